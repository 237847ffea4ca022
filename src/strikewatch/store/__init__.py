"""Event stores: DuckDB embedded by default, PostgreSQL (+ PostGIS) for servers.

The store classes are imported on first use (``duckdb`` takes ~80 ms to import), so
commands that only need ``DEFAULT_DB`` for their help, such as ``extract``, start
without it.
"""
from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

DEFAULT_DB = "strikewatch.duckdb"

__all__ = ["Store", "PostgresStore", "EventFilter", "DEFAULT_DB", "open_store"]
_LAZY = {"Store": ".duckdb_store", "PostgresStore": ".postgres_store", "is_postgres_url": ".postgres_store",
         "EventFilter": ".query"}

if TYPE_CHECKING:
    from .duckdb_store import Store
    from .postgres_store import PostgresStore, is_postgres_url
    from .query import EventFilter


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_store(path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> "Store":
    """Open (and migrate) the store at ``path``: a DuckDB file, ``:memory:``, or a ``postgresql://`` URL."""
    from .duckdb_store import Store
    from .postgres_store import PostgresStore, is_postgres_url

    if is_postgres_url(path):
        return PostgresStore.open(str(path), read_only=read_only)
    return Store.open(path, read_only=read_only)
