"""What differs between the SQL engines under ``SQLStore``: a small ``Dialect`` object each.

The SQL itself is written once: DuckDB and PostgreSQL (through psycopg's raw cursor)
both take numbered ``$n`` parameters, so no statement is rewritten at run time. A
dialect holds only what really differs:

* ``connect``: opening a connection (a file or ``:memory:``; a ``postgresql://`` URL);
* ``bulk_insert``: loading many rows at once (an Arrow table scanned by DuckDB; ``COPY``);
* ``any_of``: "column is one of the values of a bound array";
* ``ddl_words``: the words migrations leave open (``{text}``: the text column type,
  ``{uncompressed}``: DuckDB's clause for a column kept uncompressed), and ``extra_ddl``,
  statements run after the migrations (PostgreSQL's indexes and PostGIS column);
* ``errors``: driver exceptions reported as ``StoreError``.

To add a backend: a ``Dialect`` subclass here or in its own module (``store/postgres.py``),
and a branch in ``store.open_store`` that picks it from the path.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import StoreBusy, StoreError

if TYPE_CHECKING:  # pyarrow is imported lazily, on the first write
    import pyarrow as pa


class Dialect:
    """The engine-specific part of a SQL store (see the module docstring)."""

    name = "sql"
    ddl_words: Mapping[str, str] = {"text": "VARCHAR", "uncompressed": ""}
    errors: tuple[type[Exception], ...] = ()

    def connect(self, path: str, *, read_only: bool) -> Any:
        raise NotImplementedError

    def label(self, path: str) -> str:
        """``path`` as it may be shown (in messages and ``store.path``)."""
        return path

    def ddl(self, sql: str) -> str:
        """A migration statement with this engine's words filled in."""
        return sql.format_map(self.ddl_words)

    def extra_ddl(self, con: Any) -> list[str]:
        """Statements to run after the shared migrations, on every open (idempotent)."""
        return []

    def run(self, con: Any, sql: str, params: Sequence[object]) -> Any:
        """Execute one statement; returns something with ``fetchall``/``fetchone``."""
        return con.execute(sql, list(params))

    def run_many(self, con: Any, sql: str, rows: Sequence[Sequence[object]]) -> None:
        con.executemany(sql, [list(r) for r in rows])

    def bulk_insert(self, con: Any, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        raise NotImplementedError

    def any_of(self, column: str, marker: str) -> str:
        """SQL for "``column`` is one of the values of the array bound at ``marker``"."""
        return f"{column} IN (SELECT unnest({marker}))"


class DuckDB(Dialect):
    """The embedded engine: one file (or ``:memory:``)."""

    name = "duckdb"
    ddl_words = {"text": "VARCHAR", "uncompressed": "USING COMPRESSION uncompressed"}

    def connect(self, path: str, *, read_only: bool) -> Any:
        import duckdb

        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            if "lock" in str(exc).lower():  # another process has the file (see store/live.py)
                raise StoreBusy(f"store {path} is in use by another process: {exc}") from None
            raise StoreError(f"cannot open store {path}: {exc}") from None

    def bulk_insert(self, con: Any, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        """One statement: an Arrow table scanned by DuckDB (no per-row round trip)."""
        import pyarrow as pa  # imported on first write: read-only commands and --help stay light

        data = pa.table({c: _arrow_column(v) for c, v in zip(columns, zip(*rows))})
        con.register("_sw_bulk", data)
        try:
            con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _sw_bulk")
        finally:
            con.unregister("_sw_bulk")


def _arrow_column(values: tuple[object, ...]) -> "pa.Array":
    """An Arrow array for one column (all-None columns are typed null, cast by the INSERT)."""
    import pyarrow as pa

    if all(v is None for v in values):
        return pa.nulls(len(values))
    if any(isinstance(v, float) for v in values):
        return pa.array([None if v is None else float(v) for v in values], type=pa.float64())
    return pa.array(values)


def migrations(dialect: Dialect | None = None) -> list[tuple[int, str]]:
    """``(version, sql)`` for every file in store/migrations, in order; with a ``dialect``, its
    words filled in (without, the files as written)."""
    folder = resources.files("strikewatch.store") / "migrations"
    found = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            sql = item.read_text(encoding="utf-8")
            found.append((int(Path(item.name).stem.split("_", 1)[0]), dialect.ddl(sql) if dialect else sql))
    return sorted(found)
