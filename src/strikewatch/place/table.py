"""The gazetteer table being built: feature kinds, name-index codes and :class:`Table`, the
columns plus name index that :mod:`strikewatch.place.build` fills from the embedded data and
:mod:`strikewatch.place.grow` from GeoNames dump files (both build on it; neither on the other's
internals)."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np

from .names import normalize, strip_article

FEATURES = ("city", "district", "admin1", "country", "region", "continent")
AREA_FEATURES = ("country", "admin1", "continent", "region")
CLUE_PROVINCE = 1_000_000  # provinces this populous count as area names for context clues
PRIMARY, ALTERNATE, DEMONYM, STRIPPED = 0, 1, 2, 3
TRANSLIT = 4  # a candidate found by its transliteration key (a second index; never stored in the first)
DEMONYM_COUNTRIES = frozenset({"US", "CA", "AU"})  # whose provinces' demonyms news uses ("Ohioans")
REGION_POPULATION = 50_000_000  # prior weight of the built-in macro-regions


class Table:
    """Columns of gazetteer entries plus the name index being built; ``admin1_names`` maps
    (country, GeoNames admin1 code) to the province name the entries carry, ``blocked`` holds the
    keys of country names and demonyms (never filed as a town's variant)."""

    def __init__(self) -> None:
        self.cols: dict[str, list[Any]] = defaultdict(list)
        self.index: dict[str, list[int]] = defaultdict(list)
        self.capitals: list[int] = []
        self.admin1_names: dict[tuple[str, str], str] = {}
        self.blocked: set[str] = set()
        self.borders: dict[str, list[str]] = {}  # each country's land neighbours (ISO-2)
        self.stats: dict[str, Any] = {}

    def add(self, name: str, lat: float, lon: float, pop: int, feature: str, cc: str, admin1: str,
            admin2: str = "", gid: int = 0, bbox: tuple[float, float, float, float] | None = None) -> int:
        i = len(self.cols["name"])
        for key, val in (("name", name), ("lat", lat), ("lon", lon), ("pop", pop), ("feature", FEATURES.index(feature)),
                         ("cc", cc), ("admin1", admin1), ("admin2", admin2), ("gid", gid),
                         ("bbox", bbox or (np.nan,) * 4)):
            self.cols[key].append(val)
        return i

    def name(self, i: int, name: str, kind: int) -> None:
        key = normalize(name)
        if not key:
            return
        codes = self.index[key]
        code = i * 4 + kind
        if code not in codes and not any(c // 4 == i for c in codes):
            codes.append(code)
        short = strip_article(key)
        if short and kind != DEMONYM:
            s_codes = self.index[short]
            if not any(c // 4 == i for c in s_codes):
                s_codes.append(i * 4 + STRIPPED)
