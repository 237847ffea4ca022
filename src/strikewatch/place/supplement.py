"""The project's own supplement to the embedded gazetteer: conflict-zone places cities500 lacks.

``data/conflict_places.txt`` (tab-separated: name, alternates joined by "|", lat, lon, kind, country,
admin1, population) lists the villages, small towns, city quarters, camps, bases, crossings and dams
that conflict reports of 2012-2025 name in the Middle East, South and Central Asia, Ukraine and the
Caucasus, and Africa, with the spellings reports use. The team wrote it from its own knowledge (no
third-party gazetteer was copied); where cities500 holds the same place, the two agree to a median of
0.4 km (1,390 places). A row whose name or spelling names an entry of the same country within
:data:`MATCH_KM` lends that entry its spellings; any other row becomes an entry of its own, filed
under the province of the nearest entry of its country. A GeoNames dump built with ``strikewatch
gazetteer build`` adds to both.
"""
from __future__ import annotations

import math
import os
from collections import defaultdict

import numpy as np

from ..models import haversine_km
from .dumps import usable_name
from .names import normalize
from .table import ALTERNATE, FEATURES, PRIMARY, Table

PATH = os.path.join(os.path.dirname(__file__), "data", "conflict_places.txt")
MATCH_KM = 10.0
_CITY, _DISTRICT = FEATURES.index("city"), FEATURES.index("district")


def read_rows(path: str = PATH) -> list[dict[str, str]]:
    """The supplement's rows (header line first in the file)."""
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    head, rows = lines[0], lines[1:]
    return [dict(zip(head, r)) for r in rows if len(r) == len(head)]


def add_supplement(t: Table, path: str = PATH) -> dict[str, int]:
    """Add the supplement's rows to ``t`` (see module docstring); returns how many were joined and added."""
    c = t.cols
    towns: dict[str, list[int]] = defaultdict(list)
    for i, (f, cc) in enumerate(zip(c["feature"], c["cc"])):
        if f == _CITY:
            towns[cc].append(i)
    coords = {cc: (np.array([c["lat"][i] for i in ids]), np.array([c["lon"][i] for i in ids])) for cc, ids in towns.items()}
    joined = added = 0
    for row in read_rows(path):
        lat, lon, cc = float(row["lat"]), float(row["lon"]), row["country"]
        names = [row["name"], *(a for a in row["alternates"].split("|") if a)]
        same = [code // 4 for n in names for code in t.index.get(normalize(n), ())
                if c["cc"][code // 4] == cc and c["feature"][code // 4] in (_CITY, _DISTRICT)
                and haversine_km(lat, lon, c["lat"][code // 4], c["lon"][code // 4]) <= MATCH_KM]
        if same:
            i, kind = same[0], ALTERNATE
            joined += 1
        else:
            a1 = row["admin1"]
            if cc in coords:  # the province of the nearest entry of its country, as the embedded data names it
                lats, lons = coords[cc]
                a1 = c["admin1"][towns[cc][int(np.argmin((lats - lat) ** 2 + ((lons - lon) * math.cos(math.radians(lat))) ** 2))]]
            feature = "district" if row["kind"] == "district" else "city"
            i, kind = t.add(row["name"], lat, lon, int(row["population"] or 0), feature, cc, a1), PRIMARY
            added += 1
        for n in names:
            if usable_name(n, t.blocked):
                t.name(i, n, kind if n == row["name"] else ALTERNATE)
    return {"supplement_joined": joined, "supplement_added": added}
