-- strikewatch store, schema version 5: the q filter reads search_plain, stored uncompressed (DuckDB)
-- The q filter tests every row with strpos: with DuckDB's default string compression (FSST) each
-- value is decompressed first, which made q the slowest filter. search_plain holds the same text
-- (the evidence texts, lower-cased, one per line) with USING COMPRESSION uncompressed (PostgreSQL
-- drops the clause). search_text is emptied: DuckDB cannot drop a column of an indexed table.
ALTER TABLE events ADD COLUMN IF NOT EXISTS search_plain {text} {uncompressed};
UPDATE events SET search_plain = search_text, search_text = NULL
