"""Grow the gazetteer being built with GeoNames dump files (:mod:`strikewatch.place.dumps`).

A dump row joins the entry the embedded data already has for it (same geonameid; for a country,
province or district the same country and name), lending it its names; any other kept row becomes
an entry of its own: populated places and sites as towns ("city"), ADM1 as provinces and ADM2-5 as
districts, each in its province (named as the embedded data names it where it can).
"""
from __future__ import annotations

import os
from collections import Counter
from typing import Any

from .table import ALTERNATE, FEATURES, PRIMARY, Table
from .dumps import Place, classify, read_alternates, read_codes, read_places, usable_name

_CITY, _DISTRICT, _ADMIN1, _COUNTRY = (FEATURES.index(f) for f in ("city", "district", "admin1", "country"))


class _Joins:
    """Where a dump row may already have an entry: by geonameid, country, province or district name."""

    def __init__(self, t: Table) -> None:
        c = t.cols
        self.by_gid = {g: i for i, g in enumerate(c["gid"]) if g}
        self.country = {cc: i for i, (f, cc) in enumerate(zip(c["feature"], c["cc"])) if f == _COUNTRY}
        self.admin1 = {(cc, a1): i for i, (f, cc, a1) in enumerate(zip(c["feature"], c["cc"], c["admin1"]))
                       if f == _ADMIN1}
        self.district = {(cc, a1, a2): i for i, (f, cc, a1, a2) in
                         enumerate(zip(c["feature"], c["cc"], c["admin1"], c["admin2"])) if f == _DISTRICT}


def _province(t: Table, codes: dict[str, str], p: Place) -> str:
    """The province name an entry in ``p``'s admin1 gets: the embedded data's, else the codes file's."""
    return t.admin1_names.get((p.cc, p.admin1)) or codes.get(f"{p.cc}.{p.admin1}", "")


def _existing(t: Table, joins: _Joins, codes: dict[str, str], p: Place) -> int | None:
    if p.gid in joins.by_gid:
        return joins.by_gid[p.gid]
    feature = p.feature
    if feature == "country":
        return joins.country.get(p.cc)
    a1 = _province(t, codes, p)
    if feature == "admin1" and p.fcode == "ADM1":
        return joins.admin1.get((p.cc, a1))
    if feature == "district" and p.fcode == "ADM2":
        return joins.district.get((p.cc, a1, p.name)) or joins.district.get((p.cc, a1, p.ascii))
    return None


def add_dumps(t: Table, paths: list[str]) -> dict[str, Any]:
    """Add the rows of the dump files ``paths`` to ``t``; returns (and records in ``t.stats``) what was read."""
    files = classify(paths)
    codes = read_codes(files.admin1 + files.admin2)
    joins = _Joins(t)
    skipped: Counter = Counter()
    added: Counter = Counter()
    joined = 0
    entry_of: dict[int, int] = {}  # geonameid -> entry, for the alternate-names files
    for path in files.places:
        for p in read_places(path, skipped):
            i = _existing(t, joins, codes, p)
            if i is None:
                feature = p.feature
                a1 = _province(t, codes, p) or (p.ascii or p.name if feature == "admin1" else "")
                a2 = codes.get(f"{p.cc}.{p.admin1}.{p.admin2}", "") if p.admin2 and feature != "admin1" else ""
                if p.fcode == "ADM2":
                    a2 = a2 or p.ascii or p.name
                i = t.add(p.name, p.lat, p.lon, p.pop, feature, p.cc, a1, a2, gid=p.gid)
                t.name(i, p.name, PRIMARY)
                if p.ascii and p.ascii != p.name:
                    t.name(i, p.ascii, PRIMARY)
                joins.by_gid[p.gid] = i
                added[f"{p.fclass}.{p.fcode}" if p.fclass == "S" else p.fclass] += 1
            else:
                for form in (p.name, p.ascii):
                    if form and usable_name(form, t.blocked):
                        t.name(i, form, ALTERNATE)
                joined += 1
            entry_of[p.gid] = i
            for alt in p.alternates:
                if usable_name(alt, t.blocked):
                    t.name(i, alt, ALTERNATE)
    alternates = read_alternates(files.alternates, set(entry_of)) if files.alternates else {}
    for gid, names in alternates.items():
        for alt in names:
            if usable_name(alt, t.blocked):
                t.name(entry_of[gid], alt, ALTERNATE)
    t.stats.update({  # beside the embedded data's own counts (the supplement's)
        "dumps": [{"file": os.path.abspath(p), "bytes": os.path.getsize(p)} for p in paths],
        "dump_added": dict(sorted(added.items())), "dump_joined": joined,
        "dump_skipped": dict(sorted(skipped.items())), "dump_alternate_names": sum(map(len, alternates.values())),
    })
    return t.stats
