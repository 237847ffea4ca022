"""Which date expression governs an event mention, and the event date it gives.

Pure functions over a text, its timexes and a mention span; no parsing model.
"""
from __future__ import annotations

import datetime as dt
import re

from ..models import Timex

RECENT_DAYS = 17  # an undated event in a report is taken to fall in the 17 days before it
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”]?\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")
_PARAGRAPH_END = re.compile(r"\n\s*\n|\n(?=\s*[A-Z\"“])")
_CLAUSE_END = re.compile(r";|\s[-–—]{1,2}\s|,\s+(?:but|while|whereas|although|though|and\s+then)\b")
_GOVERNING = ("DATE", "TIME")
_EVENT_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year",
                    "quarter": "approximate", "decade": "approximate", "approximate": "approximate"}


def _bounds(text: str, pos: int, rx: re.Pattern[str]) -> tuple[int, int]:
    """The ``[start, end)`` of the unit (sentence, clause...) of ``text`` holding ``pos``."""
    start, end = 0, len(text)
    for m in rx.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _distance(t: Timex, start: int, end: int) -> int:
    return start - t.end if t.end <= start else max(0, t.start - end)


def governing_timex(text: str, timexes: list[Timex], start: int, end: int) -> Timex | None:
    """The DATE (or TIME) expression that dates the event mention at ``[start, end)``.

    Same clause first (nearest), then same sentence (nearest, earlier ones preferred),
    then the nearest earlier day- or month-precision date in the same paragraph.
    Sets never govern, nor do durations except those anchored at the DCT ("in recent days").
    """
    dates = [t for t in timexes if (t.type in _GOVERNING or t.type == "DURATION" and t.first is not None)
             and not (t.start < end and start < t.end)]
    s_start, s_end = _bounds(text, start, _SENTENCE_END)
    in_sentence = [t for t in dates if t.start >= s_start and t.end <= s_end]
    c_start, c_end = _bounds(text[s_start:s_end], start - s_start, _CLAUSE_END)
    in_clause = [t for t in in_sentence if t.start >= s_start + c_start and t.end <= s_start + c_end]
    if in_clause:
        return min(in_clause, key=lambda t: (_distance(t, start, end), t.start > start))
    if in_sentence:
        return min(in_sentence, key=lambda t: (t.start > start, _distance(t, start, end)))
    p_start, _ = _bounds(text, start, _PARAGRAPH_END)
    earlier = [t for t in dates if p_start <= t.start and t.end <= s_start
               and t.precision in ("day", "month") and t.first is not None]
    return max(earlier, key=lambda t: t.start) if earlier else None


def event_date(timex: Timex | None, dct: dt.date | None
               ) -> tuple[str | None, str, tuple[str, str] | None]:
    """(date, date_precision, date_range) for an event dated by ``timex``.

    ``date`` is ISO ("2016-10-09", "2017-01") or None; the range is the first and last
    possible day. With no timex but a document date the event was "recently reported":
    the 17 days up to the DCT, precision "approximate".
    """
    if timex is None:
        if dct is None:
            return None, "unknown", None
        return None, "approximate", ((dct - dt.timedelta(days=RECENT_DAYS)).isoformat(), dct.isoformat())
    if timex.first is None or timex.last is None:
        return None, "unknown", None
    precision = _EVENT_PRECISION.get(timex.precision, "unknown")
    rng = (timex.first.isoformat(), timex.last.isoformat())
    if precision == "day" and timex.first == timex.last:
        return timex.first.isoformat(), "day", rng
    if precision == "month":
        return f"{timex.first.year:04d}-{timex.first.month:02d}", "month", rng
    return None, precision, rng
