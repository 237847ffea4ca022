"""Event extraction: one report (Doc, timexes, toponyms) -> coded ACLED-style events."""
from __future__ import annotations

from .assemble import extract_events
from .taxonomy import EVENT_TYPE_OF, SUB_EVENT_TYPES, TAXONOMY

__all__ = ["EVENT_TYPE_OF", "SUB_EVENT_TYPES", "TAXONOMY", "extract_events"]
