"""Calendar arithmetic and the ``Norm`` result shared by the normalisers.

Every helper here is pure: it turns calendar units into a TimeML value plus the
first and last day they cover.
"""
from __future__ import annotations

import calendar as _cal
import datetime as dt
from typing import NamedTuple


class Norm(NamedTuple):
    """A normalised expression: TIMEX3 type and value, day range, precision, basis."""

    type: str
    value: str | None
    first: dt.date | None = None
    last: dt.date | None = None
    precision: str = "unknown"
    basis: str = "text"


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` months, the day clipped to the target month."""
    idx = d.year * 12 + d.month - 1 + n
    y, m = divmod(idx, 12)
    return dt.date(y, m + 1, min(d.day, _cal.monthrange(y, m + 1)[1]))


def add_years(d: dt.date, n: int) -> dt.date:
    return add_months(d, 12 * n)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day(d: dt.date, basis: str = "text", typ: str = "DATE", suffix: str = "") -> Norm:
    return Norm(typ, d.isoformat() + suffix, d, d, "day", basis)


def month(year: int, m: int, basis: str = "text", edge: str | None = None) -> Norm:
    first, last = dt.date(year, m, 1), month_end(year, m)
    first, last = narrow(first, last, edge)
    return Norm("DATE", f"{year:04d}-{m:02d}", first, last, "month", basis)


def year(y: int, basis: str = "text", edge: str | None = None) -> Norm:
    first, last = narrow(dt.date(y, 1, 1), dt.date(y, 12, 31), edge)
    return Norm("DATE", f"{y:04d}", first, last, "year", basis)


def week(d: dt.date, basis: str = "dct", weekend: bool = False) -> Norm:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    if weekend:
        sat = monday + dt.timedelta(days=5)
        return Norm("DATE", f"{iso[0]:04d}-W{iso[1]:02d}-WE", sat, sat + dt.timedelta(days=1), "week", basis)
    return Norm("DATE", f"{iso[0]:04d}-W{iso[1]:02d}", monday, monday + dt.timedelta(days=6), "week", basis)


def quarter(y: int, q: int, basis: str = "text") -> Norm:
    y, q = y + (q - 1) // 4, (q - 1) % 4 + 1
    first = dt.date(y, 3 * q - 2, 1)
    return Norm("DATE", f"{y:04d}-Q{q}", first, month_end(y, 3 * q), "quarter", basis)


def half(y: int, h: int, basis: str = "text") -> Norm:
    first, last = (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    return Norm("DATE", f"{y:04d}-H{h}", first, last, "quarter", basis)


def decade(start: int, basis: str = "text", edge: str | None = None) -> Norm:
    first, last = narrow(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), edge)
    return Norm("DATE", f"{start // 10:03d}", first, last, "decade", basis)


def narrow(first: dt.date, last: dt.date, edge: str | None) -> tuple[dt.date, dt.date]:
    """The early/mid/late third of ``[first, last]`` ("late January" -> Jan 21-31)."""
    if not edge:
        return first, last
    e = edge.lower().replace("-", " ").strip()
    span = (last - first).days + 1
    if span <= 31:
        cut1, cut2 = first + dt.timedelta(days=10), first + dt.timedelta(days=20)
    else:
        cut1 = first + dt.timedelta(days=span // 3)
        cut2 = first + dt.timedelta(days=2 * span // 3)
    if e.startswith(("early", "the beginning", "the start")):
        return first, cut1 - dt.timedelta(days=1)
    if e.startswith(("mid", "the middle")):
        return cut1, cut2 - dt.timedelta(days=1)
    if e.startswith(("late", "the end")):
        return cut2, last
    return first, last


def weekday_near(ref: dt.date, wd: int, direction: str) -> dt.date:
    """The weekday ``wd`` (1=Mon) nearest ``ref``: "past" = on/before, "future" = on/after,
    "before"/"after" = strictly."""
    delta = (ref.isoweekday() - wd) % 7
    if direction == "past":
        return ref - dt.timedelta(days=delta)
    if direction == "before":
        return ref - dt.timedelta(days=delta or 7)
    ahead = (wd - ref.isoweekday()) % 7
    if direction == "after":
        return ref + dt.timedelta(days=ahead or 7)
    return ref + dt.timedelta(days=ahead)


def nth_weekday(y: int, m: int, wd: int, n: int) -> dt.date:
    """The ``n``-th weekday ``wd`` (1=Mon) of a month."""
    first = dt.date(y, m, 1)
    return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
