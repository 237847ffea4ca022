-- strikewatch store, schema version 3: monitoring (change log, watch checkpoints, alerts)

-- The change log: one row per change to the merged event record.
CREATE SEQUENCE IF NOT EXISTS changes_seq START 1;
CREATE TABLE IF NOT EXISTS changes (
    seq          BIGINT PRIMARY KEY DEFAULT nextval('changes_seq'),
    recorded_at  TIMESTAMP NOT NULL,
    kind         VARCHAR NOT NULL,
    event_id     VARCHAR NOT NULL,
    field        VARCHAR,
    old_value    VARCHAR,
    new_value    VARCHAR,
    data         VARCHAR NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_time ON changes (recorded_at);
CREATE INDEX IF NOT EXISTS changes_event ON changes (event_id);

-- Watch checkpoints: per source, a key and its JSON value (file stamps, offsets, ETags, seen items).
CREATE TABLE IF NOT EXISTS monitor_state (
    source      VARCHAR NOT NULL,
    key         VARCHAR NOT NULL,
    value       VARCHAR NOT NULL,
    updated_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (source, key)
);

-- Alerts: the dedupe key of every alert fired, and the delivery outbox.
CREATE TABLE IF NOT EXISTS alerts_fired (
    rule      VARCHAR NOT NULL,
    key       VARCHAR NOT NULL,
    fired_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (rule, key)
);

CREATE TABLE IF NOT EXISTS alert_outbox (
    id            VARCHAR PRIMARY KEY,
    sink          VARCHAR NOT NULL,
    payload       VARCHAR NOT NULL,
    attempts      INTEGER NOT NULL,
    last_error    VARCHAR,
    created_at    TIMESTAMP NOT NULL,
    delivered_at  TIMESTAMP
)
