"""The server event store: PostgreSQL (+ PostGIS when installed), same schema and behaviour as DuckDB.

``PostgresStore`` is ``Store`` over a psycopg 3 connection: every method and
query of the DuckDB store runs unchanged through a thin connection adapter that
turns DuckDB's ``?`` parameters into psycopg's ``%s``. The few dialect
differences are translated here: text columns are created with the byte-order
``"C"`` collation (so ORDER BY matches DuckDB), bulk inserts use ``COPY``, the
band keys of duplicate detection and the blocking keys and member index of
incremental re-merging get B-tree indexes (``INDEX_STEP``), and
when PostGIS is available events get a generated ``geom`` point with a GiST
index for GIS clients.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..errors import StoreError
from .duckdb_store import Store

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


def to_pyformat(sql: str) -> str:
    """DuckDB/qmark SQL -> psycopg SQL: ``?`` outside quotes -> ``%s``, literal ``%`` -> ``%%``."""
    out, quote, comment = [], None, False
    for ch in sql:
        if comment:
            out.append("%%" if ch == "%" else ch)
            comment = ch != "\n"
        elif quote:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "-" and out and out[-1] == "-":
            comment = True
            out.append(ch)
        else:
            out.append("%%" if ch == "%" else ch)
    return "".join(out)


def portable_ddl(sql: str) -> str:
    """A migration statement for PostgreSQL: text columns in byte order like DuckDB, DuckDB's
    ``USING COMPRESSION`` clause dropped."""
    if re.match(r"\s*(--[^\n]*\n\s*)*(CREATE\s+TABLE|ALTER\s+TABLE)", sql, re.IGNORECASE):
        sql = re.sub(r"\s+USING\s+COMPRESSION\s+\w+", "", sql, flags=re.IGNORECASE)
        return re.sub(r"\bVARCHAR\b", 'TEXT COLLATE "C"', sql)
    return sql


class _Connection:
    """The subset of DuckDB's connection API that ``Store`` uses, over psycopg."""

    def __init__(self, con: Any):
        self.raw = con

    def execute(self, sql: str, params: Sequence[object] | None = None) -> Any:
        try:
            return self.raw.execute(to_pyformat(portable_ddl(sql)), list(params) if params is not None else None)
        except self._errors() as exc:
            raise StoreError(f"database error: {exc}") from None

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        try:
            with self.raw.cursor() as cur:
                cur.executemany(to_pyformat(sql), [list(r) for r in rows])
        except self._errors() as exc:
            raise StoreError(f"database error: {exc}") from None

    def close(self) -> None:
        self.raw.close()

    @staticmethod
    def _errors() -> type[Exception]:
        import psycopg

        return psycopg.Error


class PostgresStore(Store):
    """``Store`` on PostgreSQL: ``PostgresStore.open("postgresql://user:pw@host/db")``."""

    @classmethod
    def open(cls, path: str, *, read_only: bool = False) -> "PostgresStore":  # type: ignore[override]
        try:
            import psycopg
        except ImportError:  # pragma: no cover - psycopg is a dependency
            raise StoreError("PostgreSQL stores need psycopg: pip install 'psycopg[binary]'") from None
        try:
            raw = psycopg.connect(path, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open store {_redact(path)}: {exc}") from None
        if read_only:
            raw.execute("SET default_transaction_read_only = on")
        store = cls(_Connection(raw), _redact(path))  # type: ignore[arg-type]
        if not read_only:
            store.migrate()
        return store

    def migrate(self) -> int:
        """Apply the shared migrations, the PostgreSQL-only indexes, then the PostGIS step when the
        extension is available."""
        version = super().migrate()
        with self._transaction():
            for statement in INDEX_STEP:
                self.con.execute(statement)
        if self._postgis():
            with self._transaction():
                for statement in POSTGIS_STEP:
                    self.con.execute(statement)
        return version

    def _postgis(self) -> bool:
        row = self.con.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone()
        if row:
            return True
        try:
            self.con.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        except StoreError:  # not installed, or no right to create it: plain lat/lon columns only
            return False
        return True

    def _bulk_insert(self, table: str, columns: tuple[str, ...], rows: list[list[object]]) -> None:
        """``COPY table (columns) FROM STDIN``: one round trip per batch."""
        if not rows:
            return
        with self.con.raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def _delete_keys(self, table: str, column: str, keys: list[str]) -> None:
        if keys:
            self.con.raw.execute(f"DELETE FROM {table} WHERE {column} = ANY(%s)", [keys])


def _redact(url: str) -> str:
    """The URL without its password (for messages and ``store.path``)."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)
