"""Normalisers for days named from the DCT and for times of day: "yesterday", "tonight",
"this morning", "in the afternoon", clock times ("10 a.m. Tuesday", "midday").
Pure functions of (groups, ``Ctx``); the table is ``DAYTIME``.
"""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .calendar import Norm
from .context import Ctx, Handler, month_day, pod_suffix, unresolved
from .lexicon import WEEKDAYS

_DEIC_OFFSET = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "overnight": -1,
                "last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0}


def _deictic(g: dict, ctx: Ctx) -> Norm | None:
    deic = re.sub(r"\s+", " ", g["deic"].lower())
    if deic.startswith("later this "):
        deic = deic[len("later "):]
    pod = g.get("pod")
    if deic in ("tonight", "overnight", "last night"):
        pod = "night"
    elif deic.startswith("this "):
        pod = deic.split()[1]
    if ctx.dct is None:
        return unresolved("TIME" if pod else "DATE", None, "day")
    d = ctx.dct + dt.timedelta(days=_DEIC_OFFSET[deic])
    if deic == "overnight":
        return Norm("TIME", d.isoformat() + "TNI", d, ctx.dct, "approximate", "dct")
    return cal.day(d, "dct", "TIME" if pod else "DATE", pod_suffix(pod))


def _pod_deic(g: dict, ctx: Ctx) -> Norm | None:
    if ctx.dct is None:
        return unresolved("TIME", None, "day")
    d = ctx.dct + dt.timedelta(days=_DEIC_OFFSET[g["deic"].lower()])
    return cal.day(d, "dct", "TIME", pod_suffix(g["pod"]))


def _pod_at(g: dict, ctx: Ctx) -> Norm | None:
    """"in the morning", "by mid-afternoon": that part of the day last mentioned (else the DCT)."""
    pod = re.sub(r"[\s-]", "", g["pod"].lower())
    pod = pod[3:] if pod.startswith("mid") and pod != "midday" else pod
    base = ctx.anchor or ctx.dct
    if base is None:
        return unresolved("TIME", None, "day")
    return cal.day(base, "anchor" if ctx.anchor else "dct", "TIME", pod_suffix(pod))


def _edge_rel(g: dict, ctx: Ctx) -> Norm | None:
    if ctx.dct is None:
        return unresolved("DATE", None, "day")
    return cal.day(ctx.dct + dt.timedelta(days=_DEIC_OFFSET[g["deic"].lower()]), "dct")


_CLOCK = re.compile(r"(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*(?P<ap>a\.?m|p\.?m)?|(?P<word>noon|midnight|midday)"
                    r"|(?P<h2>\d{1,2})\s+in\s+the\s+(?P<pod>morning|afternoon|evening)", re.I)


def _clock(g: dict, ctx: Ctx) -> Norm | None:
    m = _CLOCK.search(g["clock"])
    if m is None:
        return None
    if m.group("word"):
        hh, mm = (24, 0) if m.group("word").lower() == "midnight" else (12, 0)
    elif m.group("h2"):
        hh, mm = int(m.group("h2")) + (0 if m.group("pod").lower() == "morning" else 12), 0
    else:
        hh, mm = int(m.group("h")), int(m.group("m") or 0)
        ap = (m.group("ap") or "").lower()
        hh = hh + 12 if ap.startswith("p") and hh < 12 else (0 if ap.startswith("a") and hh == 12 else hh)
    base = _clock_date(g, ctx)
    hm = f"T{hh:02d}:{mm:02d}"
    if base is None:
        return unresolved("TIME", f"XXXX-XX-XX{hm}", "day")
    return Norm("TIME", base.isoformat() + hm, base, base, "day", "text" if g.get("mon") else "dct")


def _clock_date(g: dict, ctx: Ctx) -> dt.date | None:
    if g.get("mon"):
        norm = month_day({"mon": g["mon"], "d": g["d"]}, ctx)
        return norm.first if norm else None
    if ctx.dct is None:
        return None
    if g.get("wd"):
        wd = WEEKDAYS[g["wd"].lower().removesuffix("'s")]
        return cal.weekday_near(ctx.dct, wd, "future" if ctx.future else "past")
    if g.get("deic"):
        return ctx.dct + dt.timedelta(days=_DEIC_OFFSET[g["deic"].lower()])
    return ctx.anchor or ctx.dct


DAYTIME: dict[str, Handler] = {
    "deictic": _deictic, "pod_deic": _pod_deic, "pod_at": _pod_at, "edge_rel": _edge_rel,
    "clock": _clock, "clock_pre": _clock,
}
