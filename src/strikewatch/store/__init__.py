"""Event stores: DuckDB embedded by default, PostgreSQL (+ PostGIS) for servers.

``open_store(path)`` returns a ``SQLStore`` (the one implementation of the ``Store``
interface, ``store/interface.py``) over the dialect the path names. The modules are
imported on first use (``duckdb`` takes ~80 ms to import), so commands that only need
``DEFAULT_DB`` for their help, such as ``extract``, start without it.

Layout, bottom up: ``query`` (bound parameters, filters), ``interface`` (the Protocol),
``rows`` (column lists and row values), ``dialect`` / ``postgres`` (what differs per
engine), the classes that own tables (``bands``, ``blocks``, ``reviews``, ``changes``,
``monitor``), and ``sql`` (``SQLStore``). Saving, re-merging and review are above the
store, in ``strikewatch.curate``.
"""
from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .interface import DEFAULT_DB

__all__ = ["Store", "SQLStore", "EventFilter", "DEFAULT_DB", "open_store", "is_postgres_url"]
_LAZY = {"Store": ".interface", "SQLStore": ".sql", "is_postgres_url": ".postgres", "EventFilter": ".query"}

if TYPE_CHECKING:
    from .interface import Store
    from .postgres import is_postgres_url
    from .query import EventFilter
    from .sql import SQLStore


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_store(path: str | Path = DEFAULT_DB, *, read_only: bool = False, migrate: bool = True) -> "SQLStore":
    """Open (and migrate, unless ``migrate`` is false) the store at ``path``: a DuckDB file,
    ``:memory:``, or a ``postgresql://`` URL. ``store.live.open_store_when_free`` waits for a
    DuckDB file another process holds."""
    from .dialect import DuckDB
    from .postgres import Postgres, is_postgres_url
    from .sql import SQLStore

    if is_postgres_url(path):
        try:
            dialect = Postgres()
        except ImportError:  # pragma: no cover - psycopg is a dependency
            from ..errors import StoreError

            raise StoreError("PostgreSQL stores need psycopg: pip install 'psycopg[binary]'") from None
        return SQLStore.open(str(path), dialect, read_only=read_only, migrate=migrate)
    return SQLStore.open(str(path), DuckDB(), read_only=read_only, migrate=migrate)
