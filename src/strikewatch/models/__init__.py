"""The data model: the one place where strikewatch's record types are defined.

Every stage reads and writes these types. Offsets are half-open ``[start, end)``
Python ``str`` indices. ``Evidence`` always points into ``Report.text`` (the
original text as read); extraction runs on ``Report.clean`` and maps its spans
back with ``Report.to_original``.

The types live in three modules by concept (:mod:`.report`: reports and evidence spans;
:mod:`.mentions`: temporal expressions and places found in a text; :mod:`.event`: coded events, their
fields and a run's result); every name is importable from ``strikewatch.models`` as before.
"""
from __future__ import annotations

from .event import EVENT_FIELDS, Dispute, Event, Fatalities, RunResult, Source, Target
from .mentions import EARTH_RADIUS_KM, GEO_PRECISION, Location, Timex, Toponym, haversine_km
from .report import Evidence, OffsetMap, Report, ReportFailure

__all__ = [
    "EARTH_RADIUS_KM", "EVENT_FIELDS", "GEO_PRECISION", "Dispute", "Event", "Evidence", "Fatalities", "Location",
    "OffsetMap", "Report", "ReportFailure", "RunResult", "Source", "Target", "Timex", "Toponym", "haversine_km",
]
