"""Country agreement for ``eval acled``: is an event placed in the gold row's country?

ACLED names countries its own way ("Democratic Republic of Congo", "eSwatini"); the gold name is
looked up in the gazetteer (names and aliases of countries) and compared by ISO code with the
event location's ``country_code``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..models import Event


@lru_cache(maxsize=512)
def country_code(name: str) -> str | None:
    """The ISO code of a country named ``name`` (by the gazetteer's country names and aliases)."""
    from ..place import get_gazetteer

    gaz = get_gazetteer()
    codes = {gaz.cc(c.id) for c in gaz.lookup(name) if gaz.feature(c.id) == "country" and c.kind in (0, 1)}
    return codes.pop() if len(codes) == 1 else None


def country_hit(row: dict[str, Any], event: Event | None) -> bool:
    """True when ``event`` has a location whose country is the row's ``country``."""
    loc = event.location if event is not None else None
    if loc is None or not loc.country_code or not row.get("country"):
        return False
    return country_code(row["country"]) == loc.country_code
