"""The store interface: what every caller (curation, the API, the CLI, monitoring, the
tables' own classes) may ask of a store. ``SQLStore`` implements it over DuckDB and
PostgreSQL (``store/sql.py``, with a ``Dialect`` each).

Two kinds of methods:

* rows: ``transaction``, ``query``, ``execute``, ``insert_rows``, ``delete_rows``,
  ``update_rows``, ``upsert_rows``. SQL text uses numbered parameters (``$1``, ``$2``,
  ...), which both engines take as they are; build lists of them with ``query.Binds``.
  The classes that own tables (``bands.DuplicateBands``, ``blocks.BlockIndex``,
  ``reviews.ReviewLog``, ``changes.ChangeLog``, ``monitor.MonitorState``,
  ``monitor.AlertLog``) are written against these and nothing else;
* events and reports: the reads the API and exports need, and the writes a save and
  a re-merge make (``write_reports``, ``replace_events``, ``set_statuses``).

Transactions nest: an inner ``transaction()`` joins the outer one, so a re-merge called
inside a reviewer's action commits (or rolls back) with it.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol, runtime_checkable

from ..models import Event, Report, ReportFailure
from .query import EventFilter

DEFAULT_DB = "strikewatch.duckdb"
Row = tuple[Any, ...]


@runtime_checkable
class Store(Protocol):
    """An open event store (``open_store(path)``); use it as a context manager to close it."""

    path: str

    # ------------------------------------------------------------ lifetime and schema

    def close(self) -> None: ...

    def __enter__(self) -> "Store": ...

    def __exit__(self, *exc: object) -> None: ...

    @property
    def backend(self) -> str:
        """``"duckdb"`` or ``"postgresql"``."""
        ...

    @property
    def schema_version(self) -> int: ...

    def migrate(self) -> int: ...

    # ------------------------------------------------------------ rows

    def transaction(self) -> AbstractContextManager[None]:
        """``with store.transaction():`` commits at the end of the outermost block, rolls back on error."""
        ...

    def query(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        """The rows of one statement (parameters ``$1``, ``$2``, ...)."""
        ...

    def execute(self, sql: str, params: Sequence[object] = ()) -> None:
        """Run one statement for its effect."""
        ...

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        """Insert ``rows`` in one bulk load."""
        ...

    def delete_rows(self, table: str, column: str, keys: Iterable[object] | None = None) -> None:
        """Delete the rows whose ``column`` is one of ``keys`` (every row when ``keys`` is None)."""
        ...

    def update_rows(self, table: str, columns: Sequence[str], key: str, rows: Sequence[Sequence[object]]) -> None:
        """``UPDATE table SET columns WHERE key = ...`` for each row ``(*values, key value)``."""
        ...

    def upsert_rows(self, table: str, columns: Sequence[str], keys: Sequence[str],
                    rows: Sequence[Sequence[object]]) -> None:
        """Insert ``rows``; a row whose ``keys`` columns are stored already replaces the other columns."""
        ...

    # ------------------------------------------------------------ events and reports

    def events(self, flt: EventFilter | None = None) -> list[Event]: ...

    def count(self, flt: EventFilter | None = None) -> int: ...

    def get_event(self, event_id: str) -> Event | None: ...

    def event_with_member(self, member: str) -> Event | None:
        """The merged event whose members include this per-report event id."""
        ...

    def get_report(self, report_id: str) -> Report | None: ...

    def report_count(self) -> int: ...

    def has_reports(self) -> bool: ...

    def content_hashes(self, ids: Iterable[str] | None = None) -> dict[str, str]:
        """Report id -> content hash of the stored reports (with ``ids``: of those only)."""
        ...

    def failures(self) -> list[ReportFailure]: ...

    def stats(self, flt: EventFilter | None = None) -> dict[str, Any]: ...

    def statuses(self, ids: Sequence[str]) -> dict[str, str]: ...

    def strike_days(self, minimum: int, country: str | None = None) -> list[tuple[str, str, int]]:
        """``(country, day, strikes)`` of every day-precise country-day with at least ``minimum`` strikes."""
        ...

    def report_spans(self, report_id: str) -> list[dict[str, Any]]: ...

    def report_events(self, ids: Iterable[str] | None = None) -> dict[str, Event]:
        """The stored per-report events by id (with ``ids``: those only)."""
        ...

    def merged_events(self, ids: Iterable[str]) -> dict[str, Event]:
        """The stored merged events with these ids."""
        ...

    def report_event_ids(self, reports: Iterable[str]) -> dict[str, str]:
        """Per-report event id -> report id, for the events of these reports."""
        ...

    def write_reports(self, reports: Sequence[Report], events: Mapping[str, Sequence[Event]],
                      failures: Sequence[ReportFailure]) -> None:
        """Replace these reports (and their per-report events) and add the failures."""
        ...

    def replace_events(self, events: Iterable[Event], *, drop: Sequence[str] | None = None) -> None:
        """Replace the merged events (all of them, or with ``drop`` the ones with those ids)."""
        ...

    def set_statuses(self, statuses: Mapping[str, str]) -> None:
        """Write the review status of merged events (``machine`` ones are left as written)."""
        ...

    def rewrite_event(self, event: Event, status: str) -> None:
        """Store one merged event again, with its status (a reviewer's edit, no re-merge)."""
        ...
