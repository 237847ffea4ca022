"""Event filters -> SQL WHERE clauses with bound parameters only.

No value from a filter is ever formatted into SQL text: values become ``?``
parameters, and the sort column is looked up in a fixed whitelist.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..errors import StoreError

STATUSES = ("machine", "confirmed", "edited", "rejected")  # every value of events.status (store.review)
SORTABLE = {
    "date": "date_first", "confidence": "confidence", "fatalities": "fatalities_best",
    "strikes": "strikes", "country": "country", "type": "sub_event_type", "sources": "n_sources",
    "id": "id",
}


@dataclass(slots=True)
class EventFilter:
    """What to select from the store; every field optional."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    disputed: bool | None = None
    min_confidence: float | None = None
    q: str | None = None  # full text over evidence
    status: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    sort: str = "date"
    descending: bool = False
    limit: int | None = None
    offset: int = 0


def where_clause(f: EventFilter) -> tuple[str, list[object]]:
    """``(sql, params)`` for the filter; sql is ``""`` or starts with ``WHERE``."""
    conds: list[str] = []
    params: list[object] = []

    def add(cond: str, *values: object) -> None:
        conds.append(cond)
        params.extend(values)

    if f.date_from:
        add("date_last >= ?", f.date_from)
    if f.date_to:
        add("date_first <= ?", f.date_to)
    if f.bbox:
        west, south, east, north = f.bbox
        if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
            raise StoreError(f"bbox {f.bbox} is not west,south,east,north in degrees")
        add("lat BETWEEN ? AND ?", south, north)
        if west <= east:
            add("lon BETWEEN ? AND ?", west, east)
        else:  # crosses the antimeridian
            add("(lon >= ? OR lon <= ?)", west, east)
    for column, value in (("country", f.country), ("admin1", f.admin1), ("event_type", f.event_type),
                          ("sub_event_type", f.sub_event_type)):
        if value:
            add(f"lower({column}) = lower(?)", value)
    if f.actor and "\n" not in f.actor:  # actors_lc = actor1 + newline + actor2, lower-cased (migration 004)
        add("strpos(actors_lc, ?) > 0", f.actor.lower())
    elif f.actor:
        like = f"%{escape_like(f.actor.lower())}%"
        add("(lower(actor1) LIKE ? ESCAPE '\\' OR lower(actor2) LIKE ? ESCAPE '\\')", like, like)
    if f.disputed is not None:
        add("disputed = ?", f.disputed)
    if f.min_confidence is not None:
        add("confidence >= ?", f.min_confidence)
    if f.q and "\n" not in f.q:  # search_plain = the evidence texts, lower-cased, one per line (migration 005)
        add("strpos(search_plain, ?) > 0", f.q.lower())
    elif f.q:
        add("id IN (SELECT event_id FROM evidence WHERE lower(text) LIKE ? ESCAPE '\\')",
            f"%{escape_like(f.q.lower())}%")
    if f.status:
        # The store writes only STATUSES, so "all but one" is one inequality: DuckDB plans
        # "status <> 'rejected'" (the API's default) far better than an IN list of the other three.
        wanted = set(f.status)
        rest = [s for s in STATUSES if s not in wanted]
        if wanted <= set(STATUSES) and len(rest) == 1:
            add("status <> ?", rest[0])
        else:
            add("status IN (" + ",".join("?" * len(f.status)) + ")", *f.status)
    if f.ids:
        add("id IN (" + ",".join("?" * len(f.ids)) + ")", *f.ids)
    return ("WHERE " + " AND ".join(conds)) if conds else "", params


def order_clause(f: EventFilter) -> tuple[str, list[object]]:
    """ORDER BY / LIMIT / OFFSET for the filter (limit and offset bound)."""
    column = SORTABLE.get(f.sort)
    if column is None:
        raise StoreError(f"cannot sort by {f.sort!r}; choose one of {', '.join(sorted(SORTABLE))}")
    direction = "DESC" if f.descending else "ASC"
    sql = f"ORDER BY {column} {direction} NULLS LAST, id ASC"
    params: list[object] = []
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(int(f.limit))
    if f.offset:
        sql += " OFFSET ?"
        params.append(int(f.offset))
    return sql, params


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
