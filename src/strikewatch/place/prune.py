"""Readings of a name that news almost never means, dropped before resolution scores the rest."""
from __future__ import annotations

import numpy as np

from .build import FEATURES
from .gazetteer import Candidate, Gazetteer
from .translit import translit_key

BIG_PROVINCE = 1_000_000  # a province this populous, named outright, beats towns matched by a variant
VILLAGE_MAX = 500_000  # a place the text calls a village is smaller than this (news calls towns of 100,000 villages)
CAPITAL_SHARE = 0.1  # a same-name city with this share of its province's population is the province's capital
_ADMIN1 = FEATURES.index("admin1")


def prune(gaz: Gazetteer, cands: list[Candidate], want: str | None) -> list[Candidate]:
    """Drop readings news almost never means.

    A town matched only by a variant spelling loses to a country, continent,
    region or large province named outright ("Canada" is not "La Cañada"); a
    province loses to its namesake capital unless the text asks for the
    province ("Basra" is the city, "Basra province" the province). A name the text calls a village
    has no reading of :data:`VILLAGE_MAX` people or more.
    """
    cands = cands if want == "admin1" else capitals_over_provinces(gaz, cands)
    if want == "village":  # "the village of Kobe near Gao" is no city of a million
        cands = [c for c in cands if gaz.pop[c.id] < VILLAGE_MAX]
    feats = [gaz.feature(c.id) for c in cands]
    big_area = any(c.kind == 0 and (f in ("country", "continent", "region") or
                                    (f == "admin1" and gaz.pop[c.id] >= BIG_PROVINCE))
                   for c, f in zip(cands, feats))
    if not big_area:
        return cands
    return [c for c, f in zip(cands, feats) if not (c.kind in (1, 3) and f in ("city", "district"))]


def capitals_over_provinces(gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """Drop provinces whose namesake capital (a same-province city of their name, not merely
    of a variant of it, unless the province too matched only by a variant) is also a candidate."""
    city = FEATURES.index("city")
    cities = [c for c in cands if gaz.feature_code[c.id] == city]
    if not cities:
        return cands
    out = []
    for c in cands:
        if gaz.feature_code[c.id] == _ADMIN1:
            # a capital matched by a variant counts when it is the province's name romanised otherwise ("Hamah")
            cid = np.asarray([x.id for x in cities if x.kind != 1 or c.kind == 1
                              or translit_key(gaz.names[x.id]) == translit_key(gaz.names[c.id])], dtype=np.int64)
            same = (gaz.cc_code[cid] == gaz.cc_code[c.id]) & (gaz.admin1_code[cid] == gaz.admin1_code[c.id])
            if (same & (gaz.pop[cid] >= CAPITAL_SHARE * gaz.pop[c.id])).any():
                continue
        out.append(c)
    return out
