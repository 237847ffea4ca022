"""Flat, ACLED-style rows for tabular exports (CSV, Parquet)."""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from ..models import Event

# ACLED time_precision: 1 = day known, 2 = within a week or so, 3 = month or vaguer.
TIME_PRECISION = {"day": 1, "week": 2, "approximate": 2, "month": 3, "year": 3, "unknown": 3}

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities",
]
EXTRA_COLUMNS = [
    "date_precision", "date_first", "date_last", "strikes", "targets", "fatalities_low",
    "fatalities_high", "civilian_fatalities", "injured", "disputed", "confidence", "reports", "attribution",
]
COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS


def event_row(e: Event) -> dict[str, Any]:
    """One event as a flat row with ACLED's column names where they apply."""
    first, last = e.date_range if e.date_range else (e.date, e.date)
    if first and len(first) == 7:
        first = first + "-01"
    loc = e.location
    outlets = sorted({s.outlet for s in e.sources if s.outlet})
    return {
        "event_id_cnty": e.id,
        "event_date": e.date if e.date and len(e.date) == 10 else first,
        "year": int(first[:4]) if first else None,
        "time_precision": TIME_PRECISION.get(e.date_precision, 3),
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": e.actor1,
        "actor2": e.actor2,
        "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "location": loc.name if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "source": "; ".join(outlets) if outlets else None,
        "notes": e.note,
        "fatalities": e.fatalities.best if e.fatalities and e.fatalities.best is not None else 0,
        "date_precision": e.date_precision,
        "date_first": first,
        "date_last": last,
        "strikes": e.strikes,
        "targets": "; ".join(f"{t.count if t.count is not None else '?'} {t.type}" for t in e.targets) or None,
        "fatalities_low": e.fatalities.low if e.fatalities else None,
        "fatalities_high": e.fatalities.high if e.fatalities else None,
        "civilian_fatalities": e.civilian_fatalities.best if e.civilian_fatalities else None,
        "injured": e.injured.best if e.injured else None,
        "disputed": ",".join(d.field for d in e.disputed) or None,
        "confidence": round(e.confidence, 3),
        "reports": ";".join(e.report_ids),
        "attribution": e.attribution,
    }


def date_bounds(e: Event) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day the event may have happened on (a month date covers the month)."""
    if e.date_range:
        return dt.date.fromisoformat(e.date_range[0]), dt.date.fromisoformat(e.date_range[1])
    if e.date and len(e.date) == 10:
        day = dt.date.fromisoformat(e.date)
        return day, day
    if e.date and len(e.date) == 7:
        first = dt.date.fromisoformat(e.date + "-01")
        return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return None, None


def event_day(e: Event) -> dt.date | None:
    """The event's date as a day: its day when known, else the first possible day (as ACLED codes it)."""
    if e.date and len(e.date) == 10:
        return dt.date.fromisoformat(e.date)
    return date_bounds(e)[0]
