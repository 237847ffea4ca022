"""What the exports add to an event's place: its country code (from the country name) and the
second-order administrative area of its gazetteer entry (GeoNames admin2, where the gazetteer
has one)."""
from __future__ import annotations

from functools import lru_cache

from ..models import Event
from . import codes


def country_of(e: Event) -> str | None:
    """ISO alpha-2 code of the event's country (None without a place or a known country)."""
    return codes.country_code(e.location.country) if e.location else None


@lru_cache(maxsize=1)
def _entries() -> tuple[object, dict[int, int]]:
    from ..place import get_gazetteer  # loaded only by the exports that fill admin2

    gaz = get_gazetteer()
    return gaz, {gid: i for i, gid in enumerate(gaz.gid.tolist()) if gid}


def admin2_of(e: Event) -> str | None:
    """The gazetteer's admin2 name for the event's place (None when it has none)."""
    if not e.location or not e.location.geonameid:
        return None
    gaz, index = _entries()
    i = index.get(int(e.location.geonameid))
    return (gaz.admin2(i) or None) if i is not None else None  # type: ignore[attr-defined]


def stable_number(event_id: str) -> int:
    """A 48-bit number derived from an event id: the same id gives the same number in every run."""
    import hashlib

    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:12], 16)
