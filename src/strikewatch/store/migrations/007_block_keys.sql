-- strikewatch store, schema version 7: merge blocking keys and the member index (DuckDB and PostgreSQL)
-- report_event_keys: one row per per-report event and blocking key it is filed under
--                    (merge.block.filed_keys, hashed to 64 bits by store.blocks.key_hash). A save
--                    loads the stored events that may pair with its new ones by these keys instead
--                    of reading every per-report event.
-- event_members:     which merged event each per-report event (member) belongs to, so a save finds
--                    the merged events its block touches by lookup instead of reading every event.
-- Rows for what was stored before this version are written when the migration runs (Store.migrate).
-- No index here (DuckDB scans these narrow tables), PostgreSQL gets its indexes in PostgresStore.migrate.
CREATE TABLE IF NOT EXISTS report_event_keys (
    report_id  {text} NOT NULL,
    event_id   {text} NOT NULL,
    k          BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS event_members (
    member    {text} NOT NULL,
    event_id  {text} NOT NULL
)
