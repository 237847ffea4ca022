"""Land borders between countries (countryinfo's ``borders``), read once, when first asked.

A report's hints point at the country whose forces it names ("Turkish artillery shelled villages
north of Tal Tamr"); the place they struck often lies across that country's border.
"""
from __future__ import annotations

import glob
import importlib.util
import json
import os
from functools import lru_cache


@lru_cache(maxsize=1)
def _borders() -> dict[str, frozenset[str]]:
    spec = importlib.util.find_spec("countryinfo")
    if spec is None or not spec.submodule_search_locations:
        return {}
    folder = os.path.join(list(spec.submodule_search_locations)[0], "data")
    alpha3, raw = {}, {}
    for path in glob.glob(os.path.join(folder, "*.json")):
        with open(path, encoding="utf-8") as f:
            info = json.load(f)
        iso = info.get("ISO") or {}
        if iso.get("alpha2") and iso.get("alpha3"):
            alpha3[iso["alpha3"]] = iso["alpha2"]
            raw[iso["alpha2"]] = info.get("borders") or []
    return {a2: frozenset(alpha3[b] for b in codes if b in alpha3) for a2, codes in raw.items()}


def neighbours(iso2: str) -> frozenset[str]:
    """ISO-2 codes of the countries that share a land border with ``iso2`` (empty if unknown)."""
    return _borders().get(iso2, frozenset())
