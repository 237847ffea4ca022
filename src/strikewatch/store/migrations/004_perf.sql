-- strikewatch store, schema version 4: search columns for fast filters (DuckDB and PostgreSQL compatible SQL)
-- actors_lc:   lower(actor1) || newline || lower(actor2): the actor filter is one substring test
-- search_text: the event's evidence texts, lower-cased, one per line: the q filter scans one
--              column of the events table instead of a semi-join over every evidence row
ALTER TABLE events ADD COLUMN IF NOT EXISTS actors_lc {text};
ALTER TABLE events ADD COLUMN IF NOT EXISTS search_text {text};
UPDATE events SET actors_lc = lower(coalesce(actor1, '')) || chr(10) || lower(coalesce(actor2, ''));
UPDATE events SET search_text = (SELECT lower(string_agg(e.text, chr(10))) FROM evidence e WHERE e.event_id = events.id)
