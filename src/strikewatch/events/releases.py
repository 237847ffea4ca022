"""Strike releases: a day's summary ("conducted 24 strikes consisting of 31 engagements"), section
heads ("Strikes in Syria") and one line per place ("Near Abu Kamal, two strikes engaged ...").

Each place line is an event of its own (its place, its strike count, its targets); the summary and
the heads only count and date them. :func:`release_lines` drops the summaries (and an opening told
before the first place line) once the report has place lines, and gives their day to the undated
lines that follow them.
"""
from __future__ import annotations

import re

from .grouping import SPECIFIC_BROAD, Group

# "(forces) conducted 24 strikes consisting of 31 engagements", "carried out 12 airstrikes against ISIS"
_SUMMARY = re.compile(
    r"\b(?:conducted|carried\s+out|launched)\s+(?:a\s+total\s+of\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:air\s*)?strikes\b|\bstrikes?\s+consisting\s+of\b", re.I)
_HEAD = re.compile(r"^\W*(?:(?:air\s*)?strikes|operations)\s+in\s+[A-Z][\w' -]*\W*$", re.I)
# a place line opens on its place: "Near X, ...", "In the vicinity of X, ..."
_PLACE_LINE = re.compile(r"^\W*(?:near|in\s+the\s+vicinity\s+of|in|around|west|east|north|south)\b[^,]{2,60},", re.I)


def _sentence(g: Group, text: str) -> str:
    a, b = g.mentions[0].sent
    return text[a:b]


def _summary(g: Group, text: str) -> bool:
    """Every mention is a release's summary or a section head, placed at most in a country or province."""
    return all((_SUMMARY.search(text[m.sent[0]:m.sent[1]]) or _HEAD.match(text[m.sent[0]:m.sent[1]]))
               and (m.place is None or m.place.location.precision in SPECIFIC_BROAD) for m in g.mentions)


def _place_line(g: Group, text: str) -> bool:
    m = g.mentions[0]
    return (m.place is not None and m.place.location.precision not in SPECIFIC_BROAD
            and bool(_PLACE_LINE.match(_sentence(g, text))) and m.strikes is not None)


def _preamble(g: Group) -> bool:
    """Told before the first place line, placed at most in a country, no one killed or hurt: the
    release's opening ('forces continued to attack ISIS terrorists in Syria and Iraq')."""
    return all((m.place is None or m.place.location.precision in SPECIFIC_BROAD) and not m.killed and not m.injured
               for m in g.mentions)


def release_lines(groups: list[Group], text: str) -> tuple[list[Group], bool]:
    """``groups`` without a strike release's summaries and heads when it has place lines (an undated
    place line takes the day of the last summary before it), and whether the report is such a release."""
    lines = sum(_place_line(g, text) for g in groups)
    if not lines or lines < 2 and not any(_summary(g, text) for g in groups):
        return groups, False  # a release has a summary or at least two place lines
    out: list[Group] = []
    day = None
    first_line = next(i for i, g in enumerate(groups) if _place_line(g, text))
    for i, g in enumerate(groups):
        if _summary(g, text) or i < first_line and _preamble(g):
            dated = next((m for m in g.mentions if m.date is not None), None)
            day = dated or day
            continue
        if day is not None and _place_line(g, text) and all(m.date is None for m in g.mentions):
            for m in g.mentions:
                m.date, m.timex, m.date_basis = day.date, day.timex, "anaphora"
        out.append(g)
    return out, True
