"""What every normaliser shares: the context ``Ctx`` a handler may use besides the
expression, and the helpers more than one handler table needs (the year of an undated
month-day, unresolved values, year tokens, month-day dates).

The bottom of ``time/``'s normalisers: ``absolute``, ``relative``, ``daytime`` and
``durations`` import from here and never from each other; ``normalize`` combines their
tables. Pure functions.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from . import calendar as cal
from .calendar import Norm
from .lexicon import PARTS_OF_DAY, WEEKDAYS, month_number, spelled_year


class Ctx(NamedTuple):
    """What a normaliser may use besides the expression: the document date, the last
    day-precision date before it, whether its clause is future, the last DATE, and
    whether the clause is clearly past (a past verb before "in/on" + the date)."""

    dct: dt.date | None
    anchor: dt.date | None
    future: bool
    period: Norm | None = None
    past: bool = False


Handler = Callable[[dict, Ctx], Norm | None]  # a normaliser: the rule's named groups and the context
FUTURE_WINDOW = 60  # days: an undated month-day this close ahead of the DCT is read as upcoming


def pick_year(dct: dt.date, m: int, d: int, future: bool, weekday: str | None = None,
              past: bool = False) -> int:
    """The year of a month-day given without one: the latest on/before the DCT unless the
    clause is about the future, or the date falls within ``FUTURE_WINDOW`` days after the
    DCT and the clause is not clearly past ("was hit in March"), or the named weekday
    only fits another year."""
    if weekday:
        wd = WEEKDAYS[weekday.lower().removesuffix("'s")]
        for y in (dct.year, dct.year - 1, dct.year + 1):
            date = cal.safe_date(y, m, d)
            if date and date.isoweekday() == wd:
                return y
    date = cal.safe_date(dct.year, m, min(d, 28))
    ahead = date if date >= dct - dt.timedelta(days=1) else cal.add_years(date, 1)
    if future or (not past and (ahead - dct).days <= FUTURE_WINDOW):
        return ahead.year
    return dct.year if date <= dct + dt.timedelta(days=1) else dct.year - 1


def unresolved(typ: str, value: str | None, precision: str) -> Norm:
    """A value that needs the document date, which is missing: no day range."""
    return Norm(typ, value, None, None, precision, "no-dct")


def pod_suffix(pod: str | None) -> str:
    """The TimeML suffix of a part of day ("morning" -> "TMO"), or "" for none."""
    return "T" + PARTS_OF_DAY[pod.lower()] if pod else ""


def year_number(tok: str | None, dct: dt.date | None) -> int | None:
    """A year token: 1998, '98, "nineteen ninety-eight"."""
    if not tok:
        return None
    t = tok.strip()
    if t.isdigit():
        return int(t)
    if t.startswith("'") and t[1:].isdigit():
        yy = int(t[1:])
        century = (dct.year // 100 * 100) if dct else 1900
        return century + yy - (100 if dct and century + yy > dct.year + 10 else 0)
    t = t.lower()
    if t.startswith("the year "):
        t = t[len("the year "):]
    return spelled_year(t)


def day_number(tok: str) -> int:
    """A day-of-month token: "3rd" -> 3."""
    return int("".join(ch for ch in tok if ch.isdigit()))


def month_day(g: dict, ctx: Ctx) -> Norm | None:
    """A month and day (``g["mon"]``, ``g["d"]``, optional ``g["y"]`` and weekday ``g["wd"]``) as one
    day; without a year, the one ``pick_year`` chooses from the document date."""
    m = month_number(g["mon"])
    if m is None:
        return None
    d = day_number(g["d"])
    y = year_number(g.get("y"), ctx.dct)
    if y is None and g.get("y"):
        return None
    if y is not None:
        date = cal.safe_date(y, m, d)
        return cal.day(date) if date else None
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{m:02d}-{d:02d}", None, None, "day", "no-dct")
    wd = g.get("wd")
    y = pick_year(ctx.dct, m, d, ctx.future, weekday=wd, past=ctx.past)
    date = cal.safe_date(y, m, d)
    return cal.day(date, "dct") if date else None
