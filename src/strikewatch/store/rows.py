"""The columns of the stored tables and the row values of a report, a per-report event
and a merged event (the denormalised filter columns next to the event's JSON)."""
from __future__ import annotations

import datetime as dt
import json

from ..models import Event, Report

REPORT_COLUMNS = ("id", "content_hash", "text", "title", "published", "outlet", "url", "path",
                  "duplicate_of", "ingested_at")
REPORT_EVENT_COLUMNS = ("id", "report_id", "data")
FAILURE_COLUMNS = ("report_id", "stage", "code", "message", "failed_at")
EVIDENCE_COLUMNS = ("event_id", "report_id", "field", "span_start", "span_end", "text")
MEMBER_COLUMNS = ("member", "event_id")
EVENT_COLUMNS = (
    "id", "event_type", "sub_event_type", "date", "date_first", "date_last", "date_precision",
    "location_name", "country", "admin1", "lat", "lon", "geo_precision", "actor1", "actor2", "strikes",
    "fatalities_best", "disputed", "confidence", "n_sources", "status", "data",
    "actors_lc", "search_plain",  # migrations 004/005: lower-cased search columns (see query.where_clause)
)


def event_row_values(e: Event) -> list[object]:
    """The ``events`` row of a merged event, in ``EVENT_COLUMNS`` order."""
    first = last = None
    if e.date_range:
        first, last = (dt.date.fromisoformat(x) for x in e.date_range)
    elif e.date and len(e.date) == 10:
        first = last = dt.date.fromisoformat(e.date)
    elif e.date and len(e.date) == 7:
        first = dt.date.fromisoformat(e.date + "-01")
        last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    loc = e.location
    return [
        e.id, e.event_type, e.sub_event_type, e.date, first, last, e.date_precision,
        loc.name if loc else None, loc.country if loc else None, loc.admin1 if loc else None,
        loc.lat if loc else None, loc.lon if loc else None, loc.geo_precision if loc else None,
        e.actor1, e.actor2, e.strikes, e.fatalities.best if e.fatalities else None,
        bool(e.disputed), e.confidence, len(e.report_ids), "machine",
        event_json(e),
        f"{(e.actor1 or '').lower()}\n{(e.actor2 or '').lower()}",
        "\n".join(x.text for s in e.sources for spans in s.evidence.values() for x in spans).lower() or None,
    ]


def report_row_values(r: Report, now: dt.datetime) -> list[object]:
    return [r.id, r.content_hash, r.text, r.title, r.published, r.outlet, r.url, r.path, None, now]


def event_json(e: Event) -> str:
    """An event as stored in a ``data`` column."""
    return json.dumps(e.to_dict(), ensure_ascii=False)


def evidence_rows(events: list[Event]) -> list[list[object]]:
    """``evidence`` rows (``EVIDENCE_COLUMNS``) of merged events: one per span."""
    return [[e.id, s.report, field, x.start, x.end, x.text]
            for e in events for s in e.sources for field, spans in s.evidence.items() for x in spans]


def member_rows(events: list[Event]) -> list[list[object]]:
    """``event_members`` rows of merged events (an event without members stands for itself)."""
    return [[m, e.id] for e in events for m in (e.members or [e.id])]
