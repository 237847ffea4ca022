"""Bound parameters (``Binds``) and event filters -> SQL WHERE clauses with bound parameters only.

No value from a filter is ever formatted into SQL text: values become numbered
parameters (``$1``, ``$2``, ...: DuckDB and PostgreSQL both take them as written), and
the sort column is looked up in a fixed whitelist.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..errors import StoreError

STATUSES = ("machine", "confirmed", "edited", "rejected")  # every value of events.status (curate.review)
SORTABLE = {
    "date": "date_first", "confidence": "confidence", "fatalities": "fatalities_best",
    "strikes": "strikes", "country": "country", "type": "sub_event_type", "sources": "n_sources",
    "id": "id",
}


IN_LIST_MAX = 1000  # up to this many values a bound IN list (DuckDB filters the scan), else a joined array


class Binds:
    """The parameters of one statement: ``b(value)`` binds a value and returns its marker
    (``$1``, ``$2``, ...); ``b.values`` goes with the SQL to ``store.query``."""

    def __init__(self, *values: object) -> None:
        self.values: list[object] = list(values)

    def __call__(self, value: object) -> str:
        self.values.append(value)
        return f"${len(self.values)}"

    def many(self, values: Iterable[object]) -> str:
        """``$k, $k+1, ...``: one marker per value."""
        return ", ".join(self(v) for v in values)


def bound_in(column: str, values: Iterable[object], b: Binds, array: str = "VARCHAR") -> str:
    """``column IN (...)`` over bound values: a list of markers for a few (DuckDB semi-joins an
    unnested array by reading every row first), an unnested array for many."""
    values = sorted(set(values))
    if len(values) <= IN_LIST_MAX:
        return f"{column} IN ({b.many(values)})"
    return f"{column} IN (SELECT unnest(CAST({b(values)} AS {array}[])))"


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


def where_clause(f: EventFilter, b: Binds) -> str:
    """The WHERE clause of the filter (``""`` when it selects everything), its values bound in ``b``."""
    conds: list[str] = []
    if f.date_from:
        conds.append(f"date_last >= {b(f.date_from)}")
    if f.date_to:
        conds.append(f"date_first <= {b(f.date_to)}")
    if f.bbox:
        west, south, east, north = f.bbox
        if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
            raise StoreError(f"bbox {f.bbox} is not west,south,east,north in degrees")
        conds.append(f"lat BETWEEN {b(south)} AND {b(north)}")
        if west <= east:
            conds.append(f"lon BETWEEN {b(west)} AND {b(east)}")
        else:  # crosses the antimeridian
            conds.append(f"(lon >= {b(west)} OR lon <= {b(east)})")
    for column, value in (("country", f.country), ("admin1", f.admin1), ("event_type", f.event_type),
                          ("sub_event_type", f.sub_event_type)):
        if value:
            conds.append(f"lower({column}) = lower({b(value)})")
    if f.actor and "\n" not in f.actor:  # actors_lc = actor1 + newline + actor2, lower-cased (migration 004)
        conds.append(f"strpos(actors_lc, {b(f.actor.lower())}) > 0")
    elif f.actor:
        like = b(f"%{escape_like(f.actor.lower())}%")
        conds.append(f"(lower(actor1) LIKE {like} ESCAPE '\\' OR lower(actor2) LIKE {like} ESCAPE '\\')")
    if f.disputed is not None:
        conds.append(f"disputed = {b(f.disputed)}")
    if f.min_confidence is not None:
        conds.append(f"confidence >= {b(f.min_confidence)}")
    if f.q and "\n" not in f.q:  # search_plain = the evidence texts, lower-cased, one per line (migration 005)
        conds.append(f"strpos(search_plain, {b(f.q.lower())}) > 0")
    elif f.q:
        conds.append("id IN (SELECT event_id FROM evidence WHERE lower(text) LIKE "
                     f"{b(f'%{escape_like(f.q.lower())}%')} ESCAPE '\\')")
    if f.status:
        # The store writes only STATUSES, so "all but one" is one inequality: DuckDB plans
        # "status <> 'rejected'" (the API's default) far better than an IN list of the other three.
        wanted = set(f.status)
        rest = [s for s in STATUSES if s not in wanted]
        if wanted <= set(STATUSES) and len(rest) == 1:
            conds.append(f"status <> {b(rest[0])}")
        else:
            conds.append(f"status IN ({b.many(f.status)})")
    if f.ids:
        conds.append(f"id IN ({b.many(f.ids)})")
    return ("WHERE " + " AND ".join(conds)) if conds else ""


def order_clause(f: EventFilter, b: Binds) -> str:
    """ORDER BY / LIMIT / OFFSET for the filter (limit and offset bound in ``b``)."""
    column = SORTABLE.get(f.sort)
    if column is None:
        raise StoreError(f"cannot sort by {f.sort!r}; choose one of {', '.join(sorted(SORTABLE))}")
    direction = "DESC" if f.descending else "ASC"
    sql = f"ORDER BY {column} {direction} NULLS LAST, id ASC"
    if f.limit is not None:
        sql += f" LIMIT {b(int(f.limit))}"
    if f.offset:
        sql += f" OFFSET {b(int(f.offset))}"
    return sql


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
