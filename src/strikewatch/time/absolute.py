"""Normalisers for calendar-absolute expressions: ISO and numeric dates, month-days and
their ranges, months, decades and centuries, quarters, halves, fiscal and calendar years.
Pure functions of (groups, ``Ctx``); the table is ``ABSOLUTE``.
"""
from __future__ import annotations

import datetime as dt

from . import calendar as cal
from .calendar import Norm
from .context import Ctx, Handler, day_number, month_day, pick_year, year_number
from .lexicon import DECADE_WORDS, month_number

_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "final": 4}


def _week_of(g: dict, ctx: Ctx) -> Norm | None:
    """"the week of March 6": the ISO week holding that day."""
    norm = month_day(g, ctx)
    if norm is None or norm.first is None:
        return None
    return cal.week(norm.first, norm.basis)


def _iso(g: dict, ctx: Ctx) -> Norm | None:
    date = cal.safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
    if date is None:
        return None
    if g.get("hh"):
        return Norm("TIME", f"{date.isoformat()}T{g['hh']}:{g['mi']}", date, date, "day", "text")
    return cal.day(date)


def _numeric(g: dict, ctx: Ctx) -> Norm | None:
    a, b, ytok = int(g["a"]), int(g["b"]), g["y"]
    y = int(ytok) if len(ytok) == 4 else (2000 + int(ytok) if int(ytok) < 50 else 1900 + int(ytok))
    # Month first (US) unless that is impossible or the separator is a period (European).
    m, d = (a, b) if g["sep"] == "/" and a <= 12 else (b, a)
    date = cal.safe_date(y, m, d) or cal.safe_date(y, d, m)
    return cal.day(date) if date else None


def _range(g: dict, ctx: Ctx) -> Norm | None:
    m = month_number(g["mon"])
    if m is None:
        return None
    d1, d2 = day_number(g["d1"]), day_number(g["d2"])
    if d2 <= d1:
        return None
    y = year_number(g.get("y"), ctx.dct)
    basis = "text"
    if y is None:
        if ctx.dct is None:
            return Norm("DATE", f"XXXX-{m:02d}", None, None, "approximate", "no-dct")
        y, basis = pick_year(ctx.dct, m, d1, ctx.future, past=ctx.past), "dct"
    first, last = cal.safe_date(y, m, d1), cal.safe_date(y, m, d2)
    if first is None or last is None:
        return None
    return Norm("DATE", f"{y:04d}-{m:02d}", first, last, "approximate", basis)


def _month_year(g: dict, ctx: Ctx) -> Norm | None:
    m = month_number(g["mon"])
    rel = (g.get("rel") or "").lower()
    if rel:
        if ctx.dct is None:
            return Norm("DATE", f"XXXX-{m:02d}", None, None, "month", "no-dct")
        y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[rel]
        return cal.month(y, m, "dct", g.get("edge"))
    y = year_number(g["y"], ctx.dct)
    return cal.month(y, m, "text", g.get("edge")) if y and m else None


def _month(g: dict, ctx: Ctx) -> Norm | None:
    mon = g["mon"]
    m = month_number(mon)
    rel = (g.get("rel") or "").lower()
    if m is None or (mon in ("May", "March") and not rel and not g.get("mid") and not g.get("prep")):
        return None
    edge = rel if rel in ("early", "late", "mid") else g.get("mid")
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{m:02d}", None, None, "month", "no-dct")
    y = ctx.dct.year
    if rel == "last":  # the month just before the DCT's would be "last month": a year back
        y -= 0 if m < ctx.dct.month - 1 else 1
    elif rel == "next":
        y += 0 if m > ctx.dct.month else 1
    elif rel != "this":
        prep = "" if g.get("poss") else (g.get("prep") or "").lower()  # "to May's figures"
        future = prep in ("until", "by", "to") or prep == "through" and not ctx.past or (ctx.future and prep not in ("since", "from"))
        y = pick_year(ctx.dct, m, 1, future, past=ctx.past)
    return cal.month(y, m, "dct", edge)


def _each_month(g: dict, ctx: Ctx) -> Norm | None:
    m = month_number(g["mon"])
    return Norm("SET", f"XXXX-{m:02d}", None, None, "unknown", "text") if m else None


def _decade(g: dict, ctx: Ctx) -> Norm | None:
    tok = g["dec"].lstrip("'")
    if len(tok) == 4:
        start = int(tok)
    elif ctx.dct is not None or len(tok) == 2:
        start = 1900 + int(tok) if len(tok) == 2 else int(tok)
        if ctx.dct is not None and start + 100 <= ctx.dct.year:
            start += 100 if start + 100 <= ctx.dct.year - 10 else 0
    else:
        return None
    if start % 10:
        return None
    return cal.decade(start, "text", g.get("edge"))


def _decade_w(g: dict, ctx: Ctx) -> Norm | None:
    start = 1900 + 10 * DECADE_WORDS[g["decw"].lower()]
    return cal.decade(start, "text", g.get("edge"))


def _century(g: dict, ctx: Ctx) -> Norm | None:
    n = int(g["cent"])
    if not 1 <= n <= 21:
        return None
    first = dt.date(max(1, (n - 1) * 100), 1, 1)
    return Norm("DATE", f"{n - 1:02d}", first, dt.date((n - 1) * 100 + 99, 12, 31), "decade", "text")


def _quarter(g: dict, ctx: Ctx) -> Norm | None:
    ordw = g["ord"].lower()
    lead = (g.get("lead") or "").lower()
    adjs = " ".join(filter(None, [g.get("adj")])).lower()
    y = year_number(g.get("qy") or g.get("fy"), ctx.dct) if (g.get("qy") or g.get("fy")) else None
    ytail = (g.get("y") or "").lower()
    if ytail[:4].isdigit():
        y = int(ytail[:4])
    if ctx.dct is None and y is None:
        q = _ORD.get(ordw)
        return Norm("DATE", f"XXXX-Q{q}" if q else None, None, None, "quarter", "no-dct")
    latest_y, latest_q = _latest_quarter(ctx.dct) if ctx.dct else (y, 4)
    shift = -1 if ("year-ago" in adjs or "year-earlier" in adjs or "last year" in ytail) else 0
    shift += 1 if "next year" in ytail else 0
    if ordw in ("latest", "last"):
        return cal.quarter(latest_y + shift, latest_q, "dct")
    if ordw == "current":
        return cal.quarter(ctx.dct.year, (ctx.dct.month - 1) // 3 + 1, "dct")
    q = _ORD[ordw]
    if y is None:
        y = ctx.dct.year
        if dt.date(y, 3 * q - 2, 1) > ctx.dct and not ctx.future:
            y -= 1
        if "year" in ytail or "year" in lead:
            y = ctx.dct.year + shift + (1 if "next" in lead else -1 if "last" in lead else 0)
            shift = 0
        return cal.quarter(y + shift, q, "dct")
    return cal.quarter(y, q, "text")


def _latest_quarter(dct: dt.date) -> tuple[int, int]:
    """The most recent quarter that has ended by ``dct``."""
    q = (dct.month - 1) // 3
    return (dct.year, q) if q else (dct.year - 1, 4)


def _quarter_rel(g: dict, ctx: Ctx) -> Norm | None:
    rel = (g.get("rel") or "").lower()
    if not (rel or g.get("lead") or g.get("y") or g.get("the")):
        return None  # a bare "quarter" is usually a fraction ("a quarter of")
    if g.get("y"):
        q = _latest_quarter(ctx.dct)[1] if ctx.dct else None
        return cal.quarter(int(g["y"]), q, "text") if q else cal.year(int(g["y"]))
    if g["unit"].lower() == "period" and rel not in ("latest", "year-ago", "year-earlier", "same") \
            and not (rel in ("comparable", "corresponding") and g.get("tail")):
        return None
    if ctx.dct is None:
        return Norm("DATE", "XXXX-QX", None, None, "quarter", "no-dct")
    y, q = _latest_quarter(ctx.dct)
    if rel == "next":
        y, q = ctx.dct.year, (ctx.dct.month - 1) // 3 + 2
    elif rel == "current":
        y, q = ctx.dct.year, (ctx.dct.month - 1) // 3 + 1
    elif rel in ("year-ago", "year-earlier", "same", "comparable", "corresponding") or "year" in (
            (g.get("tail") or "") + (g.get("lead") or "")):
        y -= 1
    return cal.quarter(y, q, "dct")


def _half(g: dict, ctx: Ctx) -> Norm | None:
    h = 1 if g["ord"].lower() == "first" else 2
    ytok = (g.get("y") or "").lower()
    if ytok[:4].isdigit():
        return cal.half(int(ytok[:4]), h)
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-H{h}", None, None, "quarter", "no-dct")
    y = ctx.dct.year + (-1 if "last" in ytok else 1 if "next" in ytok else 0)
    if not ytok and h == 2 and ctx.dct.month < 7 and not ctx.future:
        y -= 1
    return cal.half(y, h, "dct")


def _fiscal(g: dict, ctx: Ctx) -> Norm | None:
    if g.get("y"):
        return cal.year(int(g["y"]))
    rel = (g.get("rel") or "").lower()
    if ctx.dct is None or not g.get("yr"):
        return None
    if g.get("ended") is not None:
        return Norm("DURATION", "P1Y", None, None, "unknown", "text")
    return cal.year(ctx.dct.year + {"next": 1, "last": -1, "previous": -1, "latest": -1}.get(rel, 0), "dct")


def _year_edge(g: dict, ctx: Ctx) -> Norm | None:
    return cal.year(int(g["y"]), "text", g["edge"])


def _year_only(g: dict, ctx: Ctx) -> Norm | None:
    y = year_number(g["y"], ctx.dct)
    return cal.year(y) if y else None


def _year_end(g: dict, ctx: Ctx) -> Norm | None:
    """"year-end": TimeML gives the year (mod END); the range is its December.
    "since year-end" before December means last year's end."""
    if ctx.dct is None:
        return Norm("DATE", "XXXX", None, None, "month", "no-dct")
    y = ctx.dct.year - (1 if g.get("prep") and ctx.dct.month < 12 else 0)
    return cal.month(y, 12, "dct")._replace(value=f"{y:04d}")


ABSOLUTE: dict[str, Handler] = {
    "iso": _iso, "numeric": _numeric, "range_dm": _range, "range_md": _range, "md": month_day,
    "dm": month_day, "week_of": _week_of, "month_year": _month_year, "month": _month, "each_month": _each_month,
    "decade": _decade, "decade_w": _decade_w, "century": _century, "quarter": _quarter,
    "quarter_rel": _quarter_rel, "half": _half, "fiscal": _fiscal, "year_edge": _year_edge,
    "year": _year_only, "year_end": _year_end,
}
