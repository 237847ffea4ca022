-- strikewatch store, schema version 2: analyst review (DuckDB and PostgreSQL compatible SQL)
-- reviews:   the audit log, one row per change (who, when, before, after)
-- overrides: field values (and the status) set by reviewers, keyed by a member id of the
--            event (its "anchor"), so they survive re-extraction and re-merging
-- links:     reviewer must_link / cannot_link pairs of member ids, fed to the merge
CREATE SEQUENCE IF NOT EXISTS reviews_seq START 1;

CREATE TABLE IF NOT EXISTS reviews (
    id           INTEGER PRIMARY KEY DEFAULT nextval('reviews_seq'),
    event_id     {text} NOT NULL,
    anchor       {text} NOT NULL,
    action       {text} NOT NULL,
    field        {text},
    before_value {text},
    after_value  {text},
    reviewer     {text} NOT NULL,
    comment      {text},
    reviewed_at  TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS reviews_anchor ON reviews (anchor);

CREATE TABLE IF NOT EXISTS overrides (
    anchor      {text} NOT NULL,
    field       {text} NOT NULL,
    value       {text} NOT NULL,
    reviewer    {text} NOT NULL,
    updated_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (anchor, field)
);

CREATE TABLE IF NOT EXISTS links (
    kind        {text} NOT NULL,
    a           {text} NOT NULL,
    b           {text} NOT NULL,
    reviewer    {text} NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, a, b)
);
