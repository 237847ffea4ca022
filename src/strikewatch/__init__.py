"""strikewatch: conflict-event monitoring.

The public surface for notebooks and scripts (imported on first use, so ``import strikewatch``
stays light)::

    import strikewatch
    reports = [strikewatch.build_report("r1", text, published=day) for text in texts]
    result = strikewatch.load_pipeline().run(reports)          # RunResult(events, failures, ...)
    with strikewatch.open_store("events.duckdb") as store:
        frame = strikewatch.events_table(store.events(strikewatch.EventFilter(country="Syria"))).to_pandas()
    strikes = [e for e in result.events if e.sub_event_type == strikewatch.SubEventType.AIR_DRONE_STRIKE]
    settings = strikewatch.load_settings()                      # STRIKEWATCH_* variables, as the CLI reads them

See docs/library.md.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = ["Event", "Report", "RunResult", "EventFilter", "Pipeline", "build_report", "events_table",
           "export_events", "load_pipeline", "open_store", "read_reports", "save_run",
           "EventType", "SubEventType", "Settings", "load_settings"]
_LAZY = {
    "Event": ".models", "Report": ".models", "RunResult": ".models",
    "EventType": ".events.taxonomy", "SubEventType": ".events.taxonomy",
    "Settings": ".settings", "load_settings": ".settings",
    "EventFilter": ".store", "open_store": ".store", "save_run": ".curate",
    "Pipeline": ".pipeline", "load_pipeline": ".pipeline",
    "build_report": ".ingest", "read_reports": ".ingest",
    "events_table": ".export", "export_events": ".export",
}

if TYPE_CHECKING:
    from .curate import save_run
    from .events.taxonomy import EventType, SubEventType
    from .settings import Settings, load_settings
    from .export import events_table, export_events
    from .ingest import build_report, read_reports
    from .models import Event, Report, RunResult
    from .pipeline import Pipeline, load_pipeline
    from .store import EventFilter, open_store


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
