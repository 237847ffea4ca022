"""Event stores: DuckDB embedded by default."""
from __future__ import annotations

from pathlib import Path

from .duckdb_store import DEFAULT_DB, Store
from .query import EventFilter

__all__ = ["Store", "EventFilter", "DEFAULT_DB", "open_store"]


def open_store(path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> Store:
    """Open (and migrate) the store at ``path``."""
    return Store.open(path, read_only=read_only)
