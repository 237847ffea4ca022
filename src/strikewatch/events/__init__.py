"""Event extraction: one report (Doc, timexes, toponyms) -> coded ACLED-style events.

``extract_events`` is imported on first use, so ``strikewatch.events.taxonomy`` (the event types
as string enums) can be read by the export and the API without loading spaCy.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .taxonomy import EVENT_TYPE_OF, SUB_EVENT_TYPES, TAXONOMY, EventType, SubEventType

if TYPE_CHECKING:
    from .assemble import extract_events

__all__ = ["EVENT_TYPE_OF", "SUB_EVENT_TYPES", "TAXONOMY", "EventType", "SubEventType", "extract_events"]


def __getattr__(name: str) -> Any:
    if name == "extract_events":
        return import_module(".assemble", __name__).extract_events
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
