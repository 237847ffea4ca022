-- strikewatch store, schema version 6: LSH band keys of every report (DuckDB and PostgreSQL compatible SQL)
-- report_bands: one row per report and MinHash band (merge.dedup.band_keys, 37 per report): two
--               reports are duplicate candidates when they share a (k1, k2) key. A save looks up
--               the candidates of its new reports here instead of hashing every stored report.
-- Rows for reports stored before this version are written when the migration runs (Store.migrate).
-- No index here: DuckDB hash-joins on the keys (an ART index made inserts 8x slower and the file 4x
-- larger), PostgreSQL gets its indexes on (k1, k2) and report_id in PostgresStore.migrate.
CREATE TABLE IF NOT EXISTS report_bands (
    report_id  {text} NOT NULL,
    k1         BIGINT NOT NULL,
    k2         BIGINT NOT NULL
)
