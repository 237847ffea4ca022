"""Normalisers for durations ("two weeks" -> P2W), sets ("daily" -> P1D) and
fuzzy references ("now" -> PRESENT_REF, "in recent days" -> PAST_REF). Pure functions of
(groups, ``Ctx``); the table is ``DURATIONS``."""
from __future__ import annotations

import datetime as dt
import math
import re

from .calendar import Norm
from .context import Ctx, Handler
from .lexicon import UNITS, parse_number

_VAGUE = {"several", "a few", "few", "many", "some", "recent"}


def iso_duration(n: float | None, unit: str) -> str:
    """A TimeML duration: (2, "week") -> P2W, (None, "year") -> PXY, (1.5, "hour") -> PT1H30M."""
    unit = unit.lower()
    if unit == "centuries":
        unit = "century"
    code = UNITS[unit]
    if unit == "weekend":
        return "P2D" if n == 1 else ("PXWE" if n is None else f"P{int(n)}WE")
    if n is None:
        vague = ("PTX" if unit in ("hour", "minute", "second") else "PX") + code
        return {"DE": "PXDE", "CE": "PXC", "ML": "PXML", "Q": "PXQ"}.get(code, vague)
    if code == "Q":
        n, code = n * 3, "M"
    elif code == "DE":
        n, code = n * 10, "Y"
    elif code == "CE":
        n, code = n * 100, "Y"
    elif code == "ML":
        n, code = n * 1000, "Y"
    elif unit == "fortnight":
        n = n * 2
    t = "T" if unit in ("hour", "minute", "second") else ""
    if n != int(n):
        whole, frac = int(n), n - int(n)
        sub = {"Y": (12, "M"), "H": (60, "M"), "M": (60 if t else 30, "S" if t else "D"), "D": (24, "H"),
               "W": (7, "D")}.get(code)
        if sub:
            head = f"{whole}{code}" if whole else ""
            small_t = "T" if (t or sub[1] == "H") and not t else ""
            return f"P{t}{head}{small_t}{int(round(frac * sub[0]))}{sub[1]}"
    return f"P{t}{int(n)}{code}"


def _duration(g: dict, ctx: Ctx) -> Norm | None:
    ntok = re.sub(r"\s+", " ", g["n"].lower())
    n = None if ntok in _VAGUE else parse_number(ntok)
    if ntok not in _VAGUE and n is None:
        return None
    if n is not None and n <= 0:
        return None
    if g["unit"].lower() == "quarter" and (ntok in ("a", "an") or g.get("pl") and g.get("sep") == "-"):
        return None  # "a quarter of", "three-quarters": fractions
    if n is not None and (g.get("half") or g.get("half2")):
        n += 0.5  # "two and a half years", "a minute and a half"
    if n is not None and n == 24 and g["unit"].lower() == "hour":
        n, unit = 1, "day"
    else:
        unit = g["unit"].lower()
    value = iso_duration(n, unit)
    back = _days_back(g, n, unit)
    if back is not None and ctx.dct is not None:  # "over the past 24 hours": the day before the DCT to the DCT
        return Norm("DURATION", value, ctx.dct - dt.timedelta(days=back), ctx.dct, "approximate", "dct")
    return Norm("DURATION", value, None, None, "unknown", "text")


def _past_day(g: dict, ctx: Ctx) -> Norm | None:
    """"over the past day": one day back from the DCT."""
    return _duration({**g, "n": "one"}, ctx)


def _days_back(g: dict, n: float | None, unit: str) -> int | None:
    """How many days "the past/last N hours or days" reach back from the DCT (a week at most), or None."""
    if (g.get("rel") or "").lower() not in ("past", "last", "previous") or n is None or unit not in ("hour", "day"):
        return None
    days = n / 24 if unit == "hour" else n
    return max(1, math.ceil(days)) if days <= 7 else None


def _duration_pl(g: dict, ctx: Ctx) -> Norm | None:
    rel = (g.get("rel") or "").lower()
    if not rel and not g.get("core_pre"):
        return None
    return Norm("DURATION", iso_duration(None, g["unit"]), None, None, "unknown", "text")


# How far back (or ahead) "recent days/weeks/..." reach from the DCT.
_REF_SPAN = {"days": 7, "weeks": 30, "months": 180, "years": 3 * 365, "quarters": 270}


def _vague_span(g: dict, ctx: Ctx) -> Norm | None:
    """"in recent weeks", "in the coming years": TimeML marks these as vague durations (PXW, PXY);
    the day range is the stretch they cover, ending (or starting) at the DCT."""
    value = iso_duration(None, g["unit"])
    if ctx.dct is None:
        return Norm("DURATION", value, None, None, "approximate", "no-dct")
    reach = dt.timedelta(days=_REF_SPAN.get(g["unit"].lower() + "s", 30))
    if g["rel"].lower() == "recent":
        return Norm("DURATION", value, ctx.dct - reach, ctx.dct, "approximate", "dct")
    return Norm("DURATION", value, ctx.dct, ctx.dct + reach, "approximate", "dct")


def _unit_long(g: dict, ctx: Ctx) -> Norm | None:
    """"a day-long meeting" (P1D), "a decades-long feud" (vague)."""
    unit = g["unit"].lower()
    if unit == "centuries":
        unit = "century"
    return Norm("DURATION", iso_duration(None if g.get("pl") else 1, unit), None, None, "unknown", "text")


_SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
              "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M"}


def _set(g: dict, ctx: Ctx) -> Norm | None:
    word = g["set"].lower()
    if word in _SET_WORDS:
        return Norm("SET", _SET_WORDS[word], None, None, "unknown", "text")
    unit = g.get("unit") or g.get("unit2") or g.get("unit3") or g.get("unit4")
    n = parse_number(g["n"]) if g.get("n") else 1
    if "other" in word:
        n = 2
    return Norm("SET", iso_duration(n, unit), None, None, "unknown", "text")


def _ref(g: dict, ctx: Ctx) -> Norm | None:
    ref = re.sub(r"\s+", " ", g["ref"].lower())
    if ref in ("now", "currently", "current", "the time being", "these days", "nowadays", "at present"):
        value, back = "PRESENT_REF", 0
    elif ref.startswith("then"):  # "the then-current price": present at a past time
        value, back = "PAST_REF", None
    elif "future" in ref or "coming" in ref or ref.endswith((" term", "later date")) \
            or ref in ("soon", "the days ahead"):
        value, back = "FUTURE_REF", None
    else:
        value = "PAST_REF"
        back = _REF_SPAN.get(ref.split()[-1], 30)
    if ctx.dct is None:
        return Norm("DATE", value, None, None, "approximate", "no-dct")
    if back is None:
        return Norm("DATE", value, None, None, "approximate", "dct")
    return Norm("DATE", value, ctx.dct - dt.timedelta(days=back), ctx.dct, "approximate", "dct")


def _one_day(g: dict, ctx: Ctx) -> Norm:
    return Norm("DATE", "FUTURE_REF", None, None, "approximate", "no-dct" if ctx.dct is None else "dct")


DURATIONS: dict[str, Handler] = {"duration": _duration, "past_day": _past_day, "duration_pl": _duration_pl, "set": _set,
             "ref": _ref, "vague_span": _vague_span, "unit_long": _unit_long, "one_day": _one_day}
