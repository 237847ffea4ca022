"""Event stores: DuckDB embedded by default, PostgreSQL (+ PostGIS) for servers."""
from __future__ import annotations

from pathlib import Path

from .duckdb_store import DEFAULT_DB, Store
from .postgres_store import PostgresStore, is_postgres_url
from .query import EventFilter

__all__ = ["Store", "PostgresStore", "EventFilter", "DEFAULT_DB", "open_store"]


def open_store(path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> Store:
    """Open (and migrate) the store at ``path``: a DuckDB file, ``:memory:``, or a ``postgresql://`` URL."""
    if is_postgres_url(path):
        return PostgresStore.open(str(path), read_only=read_only)
    return Store.open(path, read_only=read_only)
