"""Normalisation of one recognised expression to a TimeML value and a day range.

Pure: ``normalize(candidate, dct, anchor, future)`` depends only on its arguments.
``dct`` is the document creation date; ``anchor`` the last day-precision date
mentioned before the expression (for "the next day"); ``future`` whether the
clause is about the future ("will ... on Monday").

Each grammar rule (``grammar.RULES``) has one handler, in one of four tables:
``absolute.ABSOLUTE`` (calendar dates), ``relative.RELATIVE`` (weekdays, "last week",
"two days later", seasons, holidays), ``daytime.DAYTIME`` (days named from the DCT,
times of day) and ``durations.DURATIONS`` (durations, sets, vague references). This
module only combines them (``HANDLERS``); their shared context and helpers are in
``time/context.py``.
"""
from __future__ import annotations

import datetime as dt

import dateparser

from . import calendar as cal
from .absolute import ABSOLUTE
from .calendar import Norm
from .context import Ctx, Handler
from .daytime import DAYTIME
from .durations import DURATIONS
from .grammar import Candidate, match_all
from .relative import RELATIVE


def combine(*tables: dict[str, Handler]) -> dict[str, Handler]:
    """One table from the handler tables; a rule name in two tables is an error."""
    out: dict[str, Handler] = {}
    for table in tables:
        twice = set(out) & set(table)
        if twice:
            raise ValueError(f"rules with two handlers: {', '.join(sorted(twice))}")
        out.update(table)
    return out


HANDLERS = combine(ABSOLUTE, RELATIVE, DAYTIME, DURATIONS)  # rule name -> handler


def normalize(cand: Candidate, dct: dt.date | None, anchor: dt.date | None = None,
              future: bool = False, period: Norm | None = None, past: bool = False) -> Norm | None:
    """The normalisation of ``cand`` or None when the match is not a date after all.

    ``period`` is the last DATE before the expression ("a year earlier" shifts it)."""
    ctx = Ctx(dct, anchor, future, period, past)
    handler = HANDLERS.get(cand.kind)
    if handler is None:
        return None
    return handler(cand.groups, ctx)


def normalize_text(text: str, dct: dt.date | None, anchor: dt.date | None = None,
                   future: bool = False) -> Norm | None:
    """Normalise a whole string ("late January", "Octobe 12"); dateparser as a fallback."""
    for cand in match_all(text):
        norm = normalize(cand, dct, anchor, future)
        if norm is not None:
            return norm
    return _dateparser(text, dct)


def _dateparser(text: str, dct: dt.date | None) -> Norm | None:
    """Last resort for day-level strings the rules did not read ("12th of Octobre 2016")."""
    base = dt.datetime.combine(dct, dt.time()) if dct else None
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "REQUIRE_PARTS": ["day", "month"]}
    if base:
        settings["RELATIVE_BASE"] = base
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    return cal.day(parsed.date(), "text" if any(c.isdigit() for c in text) else "dct")
