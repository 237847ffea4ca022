"""The seat of an area: where a province or district is put on the map when a text names only it.

Conflict monitors code an event that a report places only in a province or district at that
area's centre town (ACLED: "the provincial capital", geo-precision 2 or 3), not at the middle
of its outline. The gazetteer has no capital flags below the national level, so the seat is
the area's most populous place, which is its administrative centre in most countries.
Only provinces move: a district's own point (the middle of its places) is as near its centre
town, and districts are small.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from ..models import Location
from .build import FEATURES
from .gazetteer import Gazetteer

_CITY, _DISTRICT, _ADMIN1 = FEATURES.index("city"), FEATURES.index("district"), FEATURES.index("admin1")


def _entry(gaz: Gazetteer, loc: Location) -> int | None:
    want = _ADMIN1 if loc.feature == "admin1" else _DISTRICT
    for c in gaz.lookup(loc.name):
        if gaz.feature_code[c.id] == want and (gaz.cc(c.id) or None) == loc.country_code:
            if want == _ADMIN1 or (gaz.admin1_label(c.id) or None) == loc.admin1:
                return int(c.id)
    return None


def seat(gaz: Gazetteer, loc: Location) -> Location:
    """``loc`` moved to its province's most populous place when it is a province; name,
    precision and feature stay the province's. Other locations come back unchanged."""
    if loc.feature != "admin1":
        return loc
    i = _entry(gaz, loc)
    if i is None:
        return loc
    inside = (gaz.feature_code == _CITY) & (gaz.cc_code == gaz.cc_code[i]) & (gaz.admin1_code == gaz.admin1_code[i])
    if loc.feature == "district":
        inside &= gaz.admin2_code == gaz.admin2_code[i]
    ids = np.flatnonzero(inside)
    if not len(ids):
        return loc
    j = int(ids[np.argmax(gaz.pop[ids])])
    return replace(loc, lat=round(float(gaz.lat[j]), 5), lon=round(float(gaz.lon[j]), 5))
