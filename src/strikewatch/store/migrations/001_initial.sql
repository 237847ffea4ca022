-- strikewatch store, schema version 1 (DuckDB and PostgreSQL compatible SQL)
-- The text column type (and DuckDB's compression clause, 005) is filled in per engine: store/dialect.py.
CREATE TABLE IF NOT EXISTS reports (
    id            {text} PRIMARY KEY,
    content_hash  {text} NOT NULL,
    text          {text} NOT NULL,
    title         {text},
    published     DATE,
    outlet        {text},
    url           {text},
    path          {text},
    duplicate_of  {text},
    ingested_at   TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS report_events (
    id         {text} PRIMARY KEY,
    report_id  {text} NOT NULL,
    data       {text} NOT NULL
);
CREATE INDEX IF NOT EXISTS report_events_report ON report_events (report_id);

CREATE TABLE IF NOT EXISTS events (
    id               {text} PRIMARY KEY,
    event_type       {text} NOT NULL,
    sub_event_type   {text} NOT NULL,
    date             {text},
    date_first       DATE,
    date_last        DATE,
    date_precision   {text},
    location_name    {text},
    country          {text},
    admin1           {text},
    lat              DOUBLE PRECISION,
    lon              DOUBLE PRECISION,
    geo_precision    INTEGER,
    actor1           {text},
    actor2           {text},
    strikes          INTEGER,
    fatalities_best  INTEGER,
    disputed         BOOLEAN NOT NULL,
    confidence       DOUBLE PRECISION,
    n_sources        INTEGER NOT NULL,
    status           {text} NOT NULL,
    data             {text} NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events (date_first);
CREATE INDEX IF NOT EXISTS events_country ON events (country);

CREATE TABLE IF NOT EXISTS evidence (
    event_id   {text} NOT NULL,
    report_id  {text} NOT NULL,
    field      {text} NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       {text} NOT NULL
);
CREATE INDEX IF NOT EXISTS evidence_event ON evidence (event_id);

CREATE TABLE IF NOT EXISTS failures (
    report_id  {text} NOT NULL,
    stage      {text} NOT NULL,
    code       {text} NOT NULL,
    message    {text} NOT NULL,
    failed_at  TIMESTAMP NOT NULL
);
