"""The server engine: PostgreSQL (+ PostGIS when installed), same schema and behaviour as DuckDB.

``Postgres`` is the ``Dialect`` of ``SQLStore`` on PostgreSQL: a psycopg 3 connection
whose raw cursors take the store's ``$n`` parameters as written; text columns in the
byte-order ``"C"`` collation (so ORDER BY matches DuckDB); bulk inserts with ``COPY``;
B-tree indexes on what a save looks up (``INDEX_STEP``: band keys of duplicate
detection, blocking keys and the member index of incremental re-merging, DuckDB needs
none); and, when PostGIS is available, a generated ``geom`` point with a GiST index on
events for GIS clients.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..errors import StoreError
from .dialect import Dialect

INDEX_STEP = (  # looked up by key (a save's duplicate candidates) and deleted by report (DuckDB needs neither)
    "CREATE INDEX IF NOT EXISTS report_bands_key ON report_bands (k1, k2)",
    "CREATE INDEX IF NOT EXISTS report_bands_report ON report_bands (report_id)",
    # the stored duplicate links, read on every save: an index-only scan instead of the reports table
    "CREATE INDEX IF NOT EXISTS reports_duplicate ON reports (duplicate_of, id) WHERE duplicate_of IS NOT NULL",
    # a save's block: per-report events by blocking key, merged events by member (store.blocks)
    "CREATE INDEX IF NOT EXISTS report_event_keys_key ON report_event_keys (k)",
    "CREATE INDEX IF NOT EXISTS report_event_keys_report ON report_event_keys (report_id)",
    "CREATE INDEX IF NOT EXISTS event_members_member ON event_members (member)",
    "CREATE INDEX IF NOT EXISTS event_members_event ON event_members (event_id)",
)
POSTGIS_STEP = (
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS geom geometry(Point, 4326) GENERATED ALWAYS AS "
    "(CASE WHEN lon IS NOT NULL AND lat IS NOT NULL THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED",
    "CREATE INDEX IF NOT EXISTS events_geom ON events USING GIST (geom)",
)


def is_postgres_url(path: object) -> bool:
    """True for ``postgresql://`` / ``postgres://`` connection URLs."""
    return isinstance(path, str) and path.startswith(("postgresql://", "postgres://"))


class Postgres(Dialect):
    """PostgreSQL through psycopg 3 (``postgresql://user:pw@host/db``)."""

    name = "postgresql"
    ddl_words = {"text": 'TEXT COLLATE "C"', "uncompressed": ""}

    def __init__(self) -> None:
        import psycopg

        self.errors = (psycopg.Error,)

    def connect(self, path: str, *, read_only: bool) -> Any:
        import psycopg

        try:
            con = psycopg.connect(path, autocommit=True, cursor_factory=psycopg.RawCursor)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open store {self.label(path)}: {exc}") from None
        if read_only:
            con.execute("SET default_transaction_read_only = on")
        return con

    def label(self, path: str) -> str:
        """The URL without its password."""
        return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", path)

    def run(self, con: Any, sql: str, params: Sequence[object]) -> Any:
        return con.execute(sql, list(params) if params else None)

    def run_many(self, con: Any, sql: str, rows: Sequence[Sequence[object]]) -> None:
        with con.cursor() as cur:
            cur.executemany(sql, [list(r) for r in rows])

    def bulk_insert(self, con: Any, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        """``COPY table (columns) FROM STDIN``: one round trip per batch."""
        with con.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def any_of(self, column: str, marker: str) -> str:
        return f"{column} = ANY({marker})"

    def extra_ddl(self, con: Any) -> list[str]:
        """The indexes, then the PostGIS column when the extension is (or can be) installed."""
        return [*INDEX_STEP, *(POSTGIS_STEP if self._postgis(con) else ())]

    def _postgis(self, con: Any) -> bool:
        import psycopg

        if con.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone():
            return True
        try:
            con.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        except psycopg.Error:  # not installed, or no right to create it: plain lat/lon columns only
            return False
        return True
