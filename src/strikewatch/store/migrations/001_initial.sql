-- strikewatch store, schema version 1 (DuckDB and PostgreSQL compatible SQL)
CREATE TABLE IF NOT EXISTS reports (
    id            VARCHAR PRIMARY KEY,
    content_hash  VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    title         VARCHAR,
    published     DATE,
    outlet        VARCHAR,
    url           VARCHAR,
    path          VARCHAR,
    duplicate_of  VARCHAR,
    ingested_at   TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS report_events (
    id         VARCHAR PRIMARY KEY,
    report_id  VARCHAR NOT NULL,
    data       VARCHAR NOT NULL
);
CREATE INDEX IF NOT EXISTS report_events_report ON report_events (report_id);

CREATE TABLE IF NOT EXISTS events (
    id               VARCHAR PRIMARY KEY,
    event_type       VARCHAR NOT NULL,
    sub_event_type   VARCHAR NOT NULL,
    date             VARCHAR,
    date_first       DATE,
    date_last        DATE,
    date_precision   VARCHAR,
    location_name    VARCHAR,
    country          VARCHAR,
    admin1           VARCHAR,
    lat              DOUBLE PRECISION,
    lon              DOUBLE PRECISION,
    geo_precision    INTEGER,
    actor1           VARCHAR,
    actor2           VARCHAR,
    strikes          INTEGER,
    fatalities_best  INTEGER,
    disputed         BOOLEAN NOT NULL,
    confidence       DOUBLE PRECISION,
    n_sources        INTEGER NOT NULL,
    status           VARCHAR NOT NULL,
    data             VARCHAR NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events (date_first);
CREATE INDEX IF NOT EXISTS events_country ON events (country);

CREATE TABLE IF NOT EXISTS evidence (
    event_id   VARCHAR NOT NULL,
    report_id  VARCHAR NOT NULL,
    field      VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       VARCHAR NOT NULL
);
CREATE INDEX IF NOT EXISTS evidence_event ON evidence (event_id);

CREATE TABLE IF NOT EXISTS failures (
    report_id  VARCHAR NOT NULL,
    stage      VARCHAR NOT NULL,
    code       VARCHAR NOT NULL,
    message    VARCHAR NOT NULL,
    failed_at  TIMESTAMP NOT NULL
);
