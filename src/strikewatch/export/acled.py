"""Rows in ACLED's export schema: every column of ACLED's current data export, in its order.

Filled where strikewatch knows the value, empty where it does not (``assoc_actor_*``,
``admin3``, ``source_scale``; ``admin2`` where the gazetteer has none). Values follow ACLED's
conventions: ``inter1``/``inter2``/``interaction`` as text ("State forces", "State
forces-Civilians", "Protesters only"), ``iso`` the ISO 3166 numeric code, ``region`` ACLED's
region, generic actors with their country ("Civilians (Iraq)"), ``fatalities`` 0 when the
reports give no number, ``timestamp`` a Unix time. ``event_id_cnty`` is the ISO alpha-3 code
followed by a number derived from the strikewatch event id, so it is the same in every run.
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from ..events.taxonomy import EventType, SubEventType
from ..models import Event
from . import actor_types, codes
from .places import admin2_of, country_of, stable_number
from .rows import TIME_PRECISION, event_day

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
    "timestamp",
]
INT_COLUMNS = {"year", "time_precision", "iso", "geo_precision", "fatalities", "timestamp"}
FLOAT_COLUMNS = {"latitude", "longitude"}

CIVILIAN_TARGETS = {"residential building"}  # target types that are civilian objects


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder type of a sub-event type."""
    if event_type == EventType.STRATEGIC:
        return EventType.STRATEGIC
    if sub_event_type == SubEventType.EXCESSIVE_FORCE:
        return "Political violence; Demonstrations"
    if event_type == EventType.PROTESTS or sub_event_type == SubEventType.VIOLENT_DEMONSTRATION:
        return "Demonstrations"
    return "Political violence"


def civilian_targeting(e: Event, type2: str | None) -> str | None:
    """"Civilian targeting" when civilians were the target: violence against civilians, civilians as
    the second actor, or only civilian objects among the targets of a strike."""
    types = {t.type for t in e.targets}
    if e.event_type == EventType.VAC or type2 == "Civilians" or (types and types <= CIVILIAN_TARGETS):
        return "Civilian targeting"
    return None


def acled_event_id(e: Event, cc: str | None) -> str:
    """ACLED's id shape, country code then number ("SYR81374426512"), stable across runs."""
    return f"{codes.iso3(cc) or 'XXX'}{stable_number(e.id)}"


def _timestamp(e: Event) -> int | None:
    days = [s.published for s in e.sources if s.published]
    return calendar.timegm(max(days).timetuple()) if days else None


def acled_row(e: Event) -> dict[str, Any]:
    """One event as a row of ACLED's export (keys in ``ACLED_COLUMNS`` order)."""
    cc = country_of(e)
    loc = e.location
    day: dt.date | None = event_day(e)
    country = codes.acled_country(cc, loc.country if loc else None)
    type1 = actor_types.actor_type(e.actor1, cc)
    type2 = actor_types.actor_type(e.actor2, cc)
    outlets = sorted({s.outlet for s in e.sources if s.outlet})
    demo = e.event_type in (EventType.PROTESTS, EventType.RIOTS)
    return {
        "event_id_cnty": acled_event_id(e, cc),
        "event_date": day,
        "year": day.year if day else None,
        "time_precision": TIME_PRECISION.get(e.date_precision, 3),
        "disorder_type": disorder_type(e.event_type, e.sub_event_type),
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": actor_types.with_country(e.actor1, type1, country),
        "assoc_actor_1": None,
        "inter1": type1,
        "actor2": actor_types.with_country(e.actor2, type2, country),
        "assoc_actor_2": None,
        "inter2": type2,
        "interaction": actor_types.interaction(type1, type2),
        "civilian_targeting": civilian_targeting(e, type2),
        "iso": codes.iso_numeric(cc),
        "region": codes.acled_region(cc),
        "country": country,
        "admin1": loc.admin1 if loc else None,
        "admin2": admin2_of(e),
        "admin3": None,
        "location": loc.name if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "source": "; ".join(outlets) or None,
        "source_scale": None,
        "notes": e.note,
        "fatalities": e.fatalities.best if e.fatalities and e.fatalities.best is not None else 0,
        "tags": "crowd size=no report" if demo else None,
        "timestamp": _timestamp(e),
    }
