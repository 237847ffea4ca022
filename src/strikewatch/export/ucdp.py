"""Rows in the UCDP Georeferenced Event Dataset (GED) schema, every column in GED's order.

Filled where strikewatch knows the value and empty where it does not (UCDP's conflict, dyad
and actor ids, ``active_year``, ``code_status``, headlines). Conventions follow the GED
codebook: ``type_of_violence`` 1 state-based, 2 non-state, 3 one-sided (left empty for
events outside organised violence, such as protests); in state-based events the government
is ``side_a`` ("Government of Iraq"); in one-sided events ``side_b`` is "Civilians";
``where_prec`` 1 (exact place) to 6 (country); ``date_prec`` 1 (day) to 5 (over a month);
``best``/``low``/``high`` with ``low <= best <= high`` and ``best = deaths_a + deaths_b +
deaths_civilians + deaths_unknown``; ``priogrid_gid`` the PRIO-GRID cell; ``country_id``,
``gwnoa`` and ``gwnob`` Gleditsch-Ward numbers. ``id`` is a number derived from the strikewatch
event id (stable across runs) and ``relid`` is that id itself.
"""
from __future__ import annotations

import math
from typing import Any

from ..events.taxonomy import EventType
from ..models import Event
from . import actor_types, codes
from .places import admin2_of, country_of, stable_number
from .rows import date_bounds

UCDP_COLUMNS = [
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
    "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
    "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start",
    "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
    "gwnoa", "gwnob",
]
INT_COLUMNS = {"id", "year", "type_of_violence", "number_of_sources", "where_prec", "priogrid_gid", "country_id",
               "event_clarity", "date_prec", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
               "best", "high", "low", "gwnoa", "gwnob"}
FLOAT_COLUMNS = {"latitude", "longitude"}

WHERE_PREC = {"exact": 1, "city": 1, "near": 2, "in and around": 2, "district": 3, "province": 4,
              "area": 5, "region": 5, "country": 6}
ORGANISED = {"State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces"}
STATES = {"State forces", "External/Other forces"}
VIOLENT = {EventType.BATTLES, EventType.EXPLOSIONS, EventType.VAC}


def type_of_violence(e: Event, type1: str | None, type2: str | None) -> int | None:
    """1 state-based, 2 non-state, 3 one-sided; None outside organised violence or when unknown."""
    if e.event_type not in VIOLENT or type1 not in ORGANISED:
        return None
    if e.event_type == EventType.VAC or type2 == "Civilians":
        return 3
    if type2 not in ORGANISED:
        return None
    return 1 if type1 in STATES or type2 in STATES else 2


def _government(actor: str | None) -> str | None:
    cc = actor_types.state_country(actor)
    return f"Government of {codes.ucdp_country(cc)}" if cc else actor


def sides(e: Event, violence: int | None, type1: str | None, type2: str | None) -> tuple[str | None, str | None]:
    """``(side_a, side_b)``: the government first in state-based events, civilians second in one-sided."""
    a, b = e.actor1, e.actor2
    if violence == 1:
        if type2 in STATES and type1 not in STATES:
            a, b, type1, type2 = b, a, type2, type1
        a = _government(a) if type1 in STATES else a
        b = _government(b) if type2 in STATES else b
    elif violence == 3:
        a, b = (_government(a) if type1 in STATES else a), "Civilians"
    return a, b


def date_prec(e: Event) -> int | None:
    first, last = date_bounds(e)
    if first is None or last is None:
        return None
    days = (last - first).days + 1
    return 1 if days == 1 else 2 if days <= 6 else 3 if days <= 7 else 4 if days <= 31 else 5


def priogrid_gid(lat: float | None, lon: float | None) -> int | None:
    """The PRIO-GRID cell (0.5 degrees, numbered from 1 at 90S 180W, row by row eastwards)."""
    if lat is None or lon is None:
        return None
    row = min(359, int(math.floor((lat + 90) / 0.5)))
    col = min(719, int(math.floor((lon + 180) / 0.5)))
    return row * 720 + col + 1


def _deaths(e: Event) -> dict[str, int]:
    f = e.fatalities
    best = f.best if f and f.best is not None else 0
    low = min(f.low, best) if f and f.low is not None else best
    high = max(f.high, best) if f and f.high is not None else best
    civ = e.civilian_fatalities.best if e.civilian_fatalities and e.civilian_fatalities.best is not None else 0
    civ = min(civ, best)
    return {"deaths_a": 0, "deaths_b": 0, "deaths_civilians": civ, "deaths_unknown": best - civ,
            "best": best, "high": high, "low": low}


def _place_evidence(e: Event) -> str | None:
    texts = sorted({x.text for s in e.sources for x in s.evidence.get("location", [])})
    return "; ".join(texts) or None


def ucdp_row(e: Event) -> dict[str, Any]:
    """One event as a row of UCDP GED (keys in ``UCDP_COLUMNS`` order)."""
    cc = country_of(e)
    loc = e.location
    type1 = actor_types.actor_type(e.actor1, cc)
    type2 = actor_types.actor_type(e.actor2, cc)
    violence = type_of_violence(e, type1, type2)
    side_a, side_b = sides(e, violence, type1, type2)
    first, last = date_bounds(e)
    lat, lon = (loc.lat, loc.lon) if loc else (None, None)
    srcs = sorted(e.sources, key=lambda s: s.report)
    gw = codes.gw_number(cc)
    return {
        "id": stable_number(e.id), "relid": e.id, "year": first.year if first else None,
        "active_year": None, "code_status": None, "type_of_violence": violence,
        "conflict_dset_id": None, "conflict_new_id": None, "conflict_name": None,
        "dyad_dset_id": None, "dyad_new_id": None,
        "dyad_name": f"{side_a} - {side_b}" if side_a and side_b else None,
        "side_a_dset_id": None, "side_a_new_id": None, "side_a": side_a,
        "side_b_dset_id": None, "side_b_new_id": None, "side_b": side_b,
        "number_of_sources": len(e.report_ids),
        "source_article": ";".join(f"{s.outlet or s.report},{s.published or ''}" for s in srcs) or None,
        "source_office": ";".join(sorted({s.outlet for s in srcs if s.outlet})) or None,
        "source_date": ";".join(sorted({s.published.isoformat() for s in srcs if s.published})) or None,
        "source_headline": None, "source_original": None,
        "where_prec": WHERE_PREC.get(loc.precision, 5) if loc else None,
        "where_coordinates": loc.name if loc else None,
        "where_description": _place_evidence(e),
        "adm_1": loc.admin1 if loc else None, "adm_2": admin2_of(e),
        "latitude": lat, "longitude": lon,
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else None,
        "priogrid_gid": priogrid_gid(lat, lon),
        "country": codes.ucdp_country(cc, loc.country if loc else None), "country_id": gw,
        "region": codes.ucdp_region(gw), "event_clarity": 1, "date_prec": date_prec(e),
        "date_start": first, "date_end": last,
        **_deaths(e),
        "gwnoa": codes.gw_number(actor_types.state_country(side_a)),
        "gwnob": codes.gw_number(actor_types.state_country(side_b)),
    }
