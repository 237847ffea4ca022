"""Blocking: which pairs of per-report events are worth comparing at all.

Cost must grow near-linearly with the number of events, so a pair is only
scored when the two events share an event type and

* a day: every day a date range covers (ranges up to ``MAX_SPAN_DAYS`` long)
  is a bucket; inside a day, places at town level sit in 1-degree grid cells
  and meet their 3x3 neighbourhood; vaguer or unlocated places meet every event
  of the day in their country (or every event that day when no country); or
* for an undated or loosely dated event (range wider than ``MAX_SPAN_DAYS``):
  the same sub-type and the same place name, the strong evidence such an event
  needs to be linked at all (see ``match``).

Blocking is a pure function of the set of profiles: pairs are returned as
sorted index tuples into the given list. Whether a pair is proposed depends on
the two profiles only, so blocking a subset gives the full result's pairs
inside it. ``filed_keys`` / ``lookup_keys`` turn blocking into keys a store can
index: every pair blocking may propose is found by looking up the keys of
either event (a superset, never a miss).
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator

from .match import MAX_SPAN_DAYS, Profile

CELL_DEG = 1.0
POINT_RADIUS_KM = 60.0


def _cell(p: Profile) -> tuple[int, int] | None:
    if p.lat is None or p.lon is None or not p.point or p.radius > POINT_RADIUS_KM:
        return None
    return math.floor(p.lat / CELL_DEG), math.floor(p.lon / CELL_DEG)


def _dated(p: Profile) -> bool:
    return p.first is not None and p.last - p.first <= MAX_SPAN_DAYS


class _DayBucket:
    """Events of one type that may have happened on one day."""

    __slots__ = ("cells", "wild", "by_country")

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        self.wild: list[int] = []  # vague or unlocated places
        self.by_country: dict[str | None, list[int]] = defaultdict(list)

    def pairs(self, profiles: list[Profile]) -> Iterator[tuple[int, int]]:
        for (cy, cx), members in self.cells.items():
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    other = self.cells.get((cy + dy, cx + dx))
                    if other is None or (dy, dx) < (0, 0):
                        continue
                    if (dy, dx) == (0, 0):
                        yield from _within(members)
                    else:
                        yield from _across(members, other)
        for i in self.wild:
            country = profiles[i].country
            pool = self.by_country[country] if country else [j for js in self.by_country.values() for j in js]
            if country:
                pool = pool + self.by_country.get(None, [])
            for j in pool:
                if j != i:
                    yield (i, j) if i < j else (j, i)


def _within(members: list[int]) -> Iterator[tuple[int, int]]:
    for x in range(len(members)):
        for y in range(x + 1, len(members)):
            i, j = members[x], members[y]
            yield (i, j) if i < j else (j, i)


def _across(xs: list[int], ys: list[int]) -> Iterator[tuple[int, int]]:
    for i in xs:
        for j in ys:
            yield (i, j) if i < j else (j, i)


def candidate_pairs(profiles: list[Profile], only: Iterable[int] | None = None) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, that blocking lets through.

    With ``only``, just the pairs touching those indices (for incremental
    re-merging); the result is then a subset of the full one.
    """
    days: dict[tuple[str, int], _DayBucket] = defaultdict(_DayBucket)
    strong: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        if p.place_name is not None:
            strong[(p.event_type, p.sub_event_type, p.place_name)].append(i)
        if not _dated(p):
            continue
        cell = _cell(p)
        for day in range(p.first, p.last + 1):
            bucket = days[(p.event_type, day)]
            if cell is None:
                bucket.wild.append(i)
            else:
                bucket.cells[cell].append(i)
            bucket.by_country[p.country].append(i)
    keep = None if only is None else set(only)
    pairs: set[tuple[int, int]] = set()
    for bucket in days.values():
        for pair in bucket.pairs(profiles):
            if keep is None or pair[0] in keep or pair[1] in keep:
                pairs.add(pair)
    for i, p in enumerate(profiles):
        if _dated(p) or p.place_name is None or (keep is not None and i not in keep):
            continue
        for j in strong[(p.event_type, p.sub_event_type, p.place_name)]:
            if j != i:
                pairs.add((i, j) if i < j else (j, i))
    if keep is not None:
        for i in keep:  # an undated neighbour reaches a dated new event too
            p = profiles[i]
            if p.place_name is None:
                continue
            for j in strong[(p.event_type, p.sub_event_type, p.place_name)]:
                if j != i and not _dated(profiles[j]):
                    pairs.add((i, j) if i < j else (j, i))
    return pairs


# ---------------------------------------------------------------- stored keys

BlockKey = tuple[object, ...]


def filed_keys(p: Profile) -> set[BlockKey]:
    """The keys a stored event is filed under, so that a store can find the events
    ``candidate_pairs`` may pair with a given one by lookup (see ``lookup_keys``).

    A superset of the blocking above: a dated event is filed under
    ``("day", event_type, day)`` for every day of its range (cells and countries
    inside a day are not told apart) and, when it has a place name, under
    ``("dated", event_type, sub_event_type, place)``; an undated or loosely dated
    event with a place name under ``("undated", event_type, sub_event_type, place)``
    (without one, blocking never pairs it).
    """
    keys: set[BlockKey] = set()
    if _dated(p):
        keys.update(("day", p.event_type, day) for day in range(p.first, p.last + 1))
        if p.place_name is not None:
            keys.add(("dated", p.event_type, p.sub_event_type, p.place_name))
    elif p.place_name is not None:
        keys.add(("undated", p.event_type, p.sub_event_type, p.place_name))
    return keys


def lookup_keys(p: Profile) -> set[BlockKey]:
    """The keys under which every event ``candidate_pairs`` may pair with ``p`` is filed
    (``filed_keys``): for each candidate pair ``(i, j)``, ``lookup_keys(i)`` meets
    ``filed_keys(j)``. A dated event looks up its days and the undated events of its
    sub-type and place; an undated one every event, dated or not, of its sub-type and place."""
    keys: set[BlockKey] = set()
    if _dated(p):
        keys.update(("day", p.event_type, day) for day in range(p.first, p.last + 1))
    if p.place_name is not None:
        strong = (p.event_type, p.sub_event_type, p.place_name)
        keys.add(("undated", *strong))
        if not _dated(p):
            keys.add(("dated", *strong))
    return keys
