"""Normalisers for expressions relative to the document date or to an anchor date:
weekdays, "last week", "two days later", "the next day", seasons and holidays
(days named from the DCT and clock times are in ``time/daytime.py``). Pure functions
of (groups, ``Ctx``); the table is ``RELATIVE``.
"""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .calendar import Norm
from .context import Ctx, Handler, pick_year, pod_suffix, unresolved, year_number
from .lexicon import SEASON_MONTHS, SEASONS, UNITS, WEEKDAYS, parse_number


def _weekday(g: dict, ctx: Ctx) -> Norm | None:
    wd = WEEKDAYS[g["wd"].lower().removesuffix("'s")]
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    pod = g.get("pod")
    if rel in ("each", "every"):
        return Norm("SET", f"XXXX-WXX-{wd}{pod_suffix(pod)}", None, None, "unknown", "text")
    if ctx.dct is None:
        return unresolved("TIME" if pod else "DATE", f"XXXX-WXX-{wd}{pod_suffix(pod)}", "day")
    direction = {"last": "before", "past": "before", "next": "after", "coming": "after",
                 "this coming": "after"}.get(rel, "future" if ctx.future or rel == "this" and False else "past")
    if rel == "this":
        direction = "future" if ctx.future else "past"
    ref = ctx.dct
    if rel.startswith("the "):  # "the previous Friday": before the date last mentioned
        ref = ctx.anchor or ctx.dct
        direction = "after" if rel.endswith("following") else "before"
    d = cal.weekday_near(ref, wd, direction)
    return cal.day(d, "dct", "TIME" if pod else "DATE", pod_suffix(pod))


def _weekdays_pl(g: dict, ctx: Ctx) -> Norm:
    wd = WEEKDAYS[g["wdp"].lower()[:-1]]
    return Norm("SET", f"XXXX-WXX-{wd}", None, None, "unknown", "text")


def _shift(d: dt.date, unit: str, n: float) -> dt.date:
    if unit in ("second", "minute", "hour"):  # the clock time is unknown: whole days only
        return d + dt.timedelta(days=int(n * {"second": 1 / 3600, "minute": 1 / 60, "hour": 1}[unit] / 24))
    if unit in ("day", "night", "morning", "evening"):
        return d + dt.timedelta(days=n)
    if unit in ("week", "weekend", "fortnight"):
        return d + dt.timedelta(days=7 * n * (2 if unit == "fortnight" else 1))
    if unit == "month":
        return cal.add_months(d, int(round(n)))
    if unit == "quarter":
        return cal.add_months(d, int(round(3 * n)))
    if unit == "decade":
        return cal.add_years(d, int(round(10 * n)))
    if unit in ("century", "centuries"):
        return cal.add_years(d, int(round(100 * n)))
    return cal.add_years(d, int(round(n)))


def _at_unit(d: dt.date, unit: str, basis: str) -> Norm:
    """The calendar unit containing ``d`` ("month" -> 2016-10)."""
    if unit in ("week", "fortnight"):
        return cal.week(d, basis)
    if unit == "weekend":
        return cal.week(d, basis, weekend=True)
    if unit == "month":
        return cal.month(d.year, d.month, basis)
    if unit == "quarter":
        return cal.quarter(d.year, (d.month - 1) // 3 + 1, basis)
    if unit in ("year",):
        return cal.year(d.year, basis)
    if unit == "decade":
        return cal.decade(d.year // 10 * 10, basis)
    if unit in ("century", "centuries"):
        c = d.year // 100
        return Norm("DATE", f"{c:02d}", dt.date(max(1, c * 100), 1, 1), dt.date(c * 100 + 99, 12, 31),
                    "decade", basis)
    return cal.day(d, basis)


def _ago(g: dict, ctx: Ctx) -> Norm | None:
    unit = (g.get("unit") or g.get("unit2")).lower()
    direction = re.sub(r"\s+", " ", g["dir"].lower())
    n = parse_number(g["n"]) if g.get("n") else None
    back = direction in ("ago", "earlier", "before", "previously")
    from_dct = direction in ("ago", "from now", "hence")
    base = ctx.dct if from_dct or ctx.anchor is None else ctx.anchor
    basis = "dct" if base is ctx.dct else "anchor"
    if n is None and direction in ("earlier", "later"):
        return Norm("DURATION", "PX" + UNITS[unit], None, None, "unknown", "text")
    if n is None:
        value = "PAST_REF" if back else "FUTURE_REF"
        if base is None:
            return unresolved("DATE", value, "approximate")
        return Norm("DATE", value, None, None, "approximate", basis)
    if base is None:
        return unresolved("DATE", None, "unknown")
    if unit == "year" and back and n == 1 and _period_ok(ctx.period, ctx.dct):
        return _shift_period(ctx.period, -1)
    d = _shift(base, unit, -n if back else n)
    same = (g.get("same") or "").lower()
    if same and unit in ("year", "month") and from_dct:  # "ten years ago this week": that week, years back
        if "week" in same:
            return _at_unit(d, "week", basis)
        if "month" in same:
            return _at_unit(d, "month", basis)
        return cal.day(d, basis)
    return _at_unit(d, unit, basis)


def _period_ok(period: Norm | None, dct: dt.date | None) -> bool:
    """Whether "a year ago" should shift ``period``: a quarter or month of the DCT's year."""
    return (period is not None and period.precision in ("quarter", "month") and period.first is not None
            and (dct is None or period.first.year == dct.year))


def _shift_period(period: Norm, years: int) -> Norm:
    """The same quarter or month ``years`` later (negative: earlier)."""
    d = cal.add_years(period.first, years)
    if period.precision == "quarter":
        return cal.quarter(d.year, (d.month - 1) // 3 + 1, "anchor")
    return cal.month(d.year, d.month, "anchor")


def _year_ago_adj(g: dict, ctx: Ctx) -> Norm | None:
    if _period_ok(ctx.period, ctx.dct):
        return _shift_period(ctx.period, -1)
    if ctx.dct is None:
        return unresolved("DATE", None, "year")
    return cal.year(ctx.dct.year - 1, "dct")


def _rel_day(g: dict, ctx: Ctx) -> Norm | None:
    unit = g["which"].lower()
    back = g["dir"].lower() in ("before", "earlier")
    base = ctx.anchor or ctx.dct
    if base is None:
        return unresolved("DATE", None, "day")
    d = _shift(base, unit, -1 if back else 1)
    return _at_unit(d, unit if unit != "night" else "day", "anchor" if ctx.anchor else "dct")


_NEXT_DIR = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}


def _next_day(g: dict, ctx: Ctx) -> Norm | None:
    unit = g["unit"].lower()
    step = _NEXT_DIR[g["rel"].lower()]
    if not g.get("the") and step == 1 and g["rel"].lower() == "next" and unit in ("week", "month", "year"):
        return None  # "next year" counts from the DCT ("rel_unit"); "the next year" from the anchor
    base = _base_for(unit, ctx)
    if base is None and unit in ("week", "month", "year") and step == 1:
        return None  # "the next year" with nothing to anchor to is a duration-like phrase
    base = base or ctx.dct
    if base is None:
        return unresolved("DATE", None, "day")
    basis = "dct" if base is ctx.dct else "anchor"
    d = _shift(base, unit, step)
    if unit in ("morning", "evening", "night"):
        return cal.day(d, basis, "TIME", pod_suffix(unit))
    return _at_unit(d, unit, basis)


def _base_for(unit: str, ctx: Ctx) -> dt.date | None:
    """The date a "that year" / "the following month" refers back to: the last day-precision
    date for day-sized units, the last mentioned period for larger ones."""
    if unit in ("month", "year", "quarter") and ctx.period is not None and ctx.period.first is not None:
        if ctx.anchor is None or ctx.period.first > ctx.anchor or ctx.period.precision != "day":
            return ctx.period.first
    return ctx.anchor


def _that_unit(g: dict, ctx: Ctx) -> Norm | None:
    unit = g["unit"].lower()
    base = _base_for(unit, ctx)
    if base is None:
        return None
    if unit in ("morning", "evening", "night"):
        return cal.day(base, "anchor", "TIME", pod_suffix(unit))
    norm = _at_unit(base, unit, "anchor")
    edge = (g.get("edge") or "").lower()
    if edge in ("early", "late") and norm.first:
        return norm._replace(**dict(zip(("first", "last"), cal.narrow(norm.first, norm.last, edge))))
    return norm


def _edge_the_unit(g: dict, ctx: Ctx) -> Norm | None:
    unit = g["unit"].lower()
    if ctx.dct is None:
        return unresolved("DATE", None, "unknown")
    norm = _at_unit(ctx.dct, unit, "dct")
    first, last = cal.narrow(norm.first, norm.last, re.sub(r"\s+", " ", g["edge"].lower()))
    return norm._replace(first=first, last=last)


_REL_STEP = {"last": -1, "past": -1, "previous": -1, "the past": -1, "the last": -1,
             "this": 0, "current": 0, "next": 1, "coming": 1, "the coming": 1}


def _rel_unit(g: dict, ctx: Ctx) -> Norm | None:
    unit = g["unit"].lower()
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    edge = re.sub(r"\s+", " ", (g.get("edge") or "").lower())
    if ctx.dct is None:
        return unresolved("DATE", None, "unknown")
    norm = _at_unit(_shift(ctx.dct, unit, _REL_STEP[rel]), unit, "dct")
    first, last = norm.first, norm.last
    if edge == "earlier":
        last = min(last, ctx.dct)
    elif edge == "later":
        first = max(first, ctx.dct)
    elif edge:
        first, last = cal.narrow(first, last, edge)
    return norm._replace(first=first, last=last)


def _season(g: dict, ctx: Ctx) -> Norm | None:
    code = SEASONS[g["season"].lower()]
    rel = (g.get("rel") or "").lower()
    ytok = g.get("y")
    if ytok:
        y = year_number(ytok, ctx.dct)
    elif rel == "" and not g.get("edge") or rel == "the" and not (g.get("edge") or g.get("prep")):
        return None  # a bare season word is rarely a date; "in the summer" is
    elif ctx.dct is None:
        return unresolved("DATE", f"XXXX-{code}", "approximate")
    elif rel in ("the", "this past") or rel == "" and g.get("edge"):
        y = _season_year(ctx.dct, code, ctx.future and rel != "this past")
    else:
        y = ctx.dct.year + {"last": -1, "past": -1, "next": 1}.get(rel, 0)
    if y is None:
        return None
    m1, m2 = SEASON_MONTHS[code]
    first = dt.date(y, m1, 1) if m1 < m2 else dt.date(y - 1 if False else y, 12, 1)
    last = cal.month_end(y if m1 < m2 else y + 1, m2)
    return Norm("DATE", f"{y:04d}-{code}", first, last, "approximate", "text" if ytok else "dct")


def _season_year(dct: dt.date, code: str, future: bool) -> int:
    """The year of the latest season ``code`` begun by ``dct`` (the next one in a future clause);
    a winter is named by the year of its December."""
    m1 = SEASON_MONTHS[code][0]
    begun = dct.year if dct >= dt.date(dct.year, m1, 1) else dct.year - 1
    if future:
        return begun + 1 if dct > cal.month_end(begun + (m1 == 12), SEASON_MONTHS[code][1]) else begun
    return begun


def _holiday(g: dict, ctx: Ctx) -> Norm | None:
    name = re.sub(r"\s+", " ", g["hol"].lower())
    if ctx.dct is None:
        return unresolved("DATE", None, "day")
    y = ctx.dct.year
    fixed = {"christmas eve": (12, 24), "new year's eve": (12, 31), "new year's day": (1, 1),
             "new year's": (1, 1), "independence day": (7, 4), "halloween": (10, 31),
             "valentine's day": (2, 14)}
    if name.startswith("thanksgiving"):
        d = cal.nth_weekday(y, 11, 4, 4)
        if d > ctx.dct and not ctx.future:
            d = cal.nth_weekday(y - 1, 11, 4, 4)
    elif name == "election day":
        d = cal.nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1)
    else:
        m, dd = fixed.get(name, (12, 25))
        d = dt.date(pick_year(ctx.dct, m, dd, ctx.future, past=ctx.past), m, dd)
    return cal.day(d, "dct")


def _the_unit(g: dict, ctx: Ctx) -> Norm | None:
    unit = g["unit"].lower()
    if g.get("ended") is not None or g.get("pre") and unit != "year":
        return Norm("DURATION", "P1" + UNITS[unit][0], None, None, "unknown", "text")
    if ctx.dct is None:
        return unresolved("DATE", None, "week")
    return _at_unit(ctx.dct if unit != "weekend" else ctx.dct - dt.timedelta(days=1), unit, "dct")


RELATIVE: dict[str, Handler] = {
    "weekday": _weekday, "weekdays_pl": _weekdays_pl, "ago": _ago, "rel_day": _rel_day,
    "next_day": _next_day, "that_unit": _that_unit, "rel_unit": _rel_unit, "season": _season,
    "holiday": _holiday, "the_unit": _the_unit, "year_ago_adj": _year_ago_adj,
    "edge_the_unit": _edge_the_unit,
}
