-- strikewatch store, schema version 3: monitoring (change log, watch checkpoints, alerts)

-- The change log: one row per change to the merged event record.
CREATE SEQUENCE IF NOT EXISTS changes_seq START 1;
CREATE TABLE IF NOT EXISTS changes (
    seq          BIGINT PRIMARY KEY DEFAULT nextval('changes_seq'),
    recorded_at  TIMESTAMP NOT NULL,
    kind         {text} NOT NULL,
    event_id     {text} NOT NULL,
    field        {text},
    old_value    {text},
    new_value    {text},
    data         {text} NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_time ON changes (recorded_at);
CREATE INDEX IF NOT EXISTS changes_event ON changes (event_id);

-- Watch checkpoints: per source, a key and its JSON value (file stamps, offsets, ETags, seen items).
CREATE TABLE IF NOT EXISTS monitor_state (
    source      {text} NOT NULL,
    key         {text} NOT NULL,
    value       {text} NOT NULL,
    updated_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (source, key)
);

-- Alerts: the dedupe key of every alert fired, and the delivery outbox.
CREATE TABLE IF NOT EXISTS alerts_fired (
    rule      {text} NOT NULL,
    key       {text} NOT NULL,
    fired_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (rule, key)
);

CREATE TABLE IF NOT EXISTS alert_outbox (
    id            {text} PRIMARY KEY,
    sink          {text} NOT NULL,
    payload       {text} NOT NULL,
    attempts      INTEGER NOT NULL,
    last_error    {text},
    created_at    TIMESTAMP NOT NULL,
    delivered_at  TIMESTAMP
)
