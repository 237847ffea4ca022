"""Strike releases: a day's summary ("conducted 24 strikes consisting of 31 engagements"), section
heads ("Strikes in Syria") and one line per place ("Near Abu Kamal, two strikes engaged ...").

Each place line is an event of its own (its place, its strike count, its targets); the summary and
the heads only count and date them. :func:`release_lines` drops the summaries (and an opening told
before the first place line) once the report has place lines, and gives their day to the undated
lines that follow them.
"""
from __future__ import annotations

import datetime as dt
import re

from .grouping import SPECIFIC_BROAD, Group

# "(forces) conducted 24 strikes consisting of 31 engagements", "carried out 12 airstrikes against ISIS"
_SUMMARY = re.compile(
    r"\b(?:conducted|carried\s+out|launched)\s+(?:a\s+total\s+of\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:air\s*)?strikes\b|\bstrikes?\s+consisting\s+of\b", re.I)
_HEAD_WORD = r"(?:(?:air\s*)?strikes|operations)"  # a section head's word: "Strikes in Syria", "Operations in Iraq"
_HEAD = re.compile(rf"^\W*{_HEAD_WORD}\s+in\s+[A-Z][\w' -]*\W*$", re.I)
# the same head opening a line of a release, and the place it names (with any place line after its colon)
_HEAD_IN = re.compile(rf"^\W*{_HEAD_WORD}\s+in\s+([A-Z][\w' -]*?)\s*(?::|$)", re.I | re.M)
# a place line opens on its place: "Near X, ...", "In the vicinity of X, ..." (after its section's head
# when nothing but a colon parts them: "Strikes in Iraq: Near Mosul, ...")
_LINE_NAME = r"[A-Z][\w'’-]*(?:[\s-]+(?:(?:al|as|ar|ad|az|an|el|ash|at)[\s-]+)?['’‘]?[A-Z][\w'’-]*){0,4}"  # ("Tal 'Afar")
# (a line may name two or three places: "Near Qayyarah and Hammam al Alil, two strikes ...": an event at each)
_PLACE_LINE = re.compile(rf"^\W*(?:(?i:{_HEAD_WORD})\s+in\s+[A-Z][\w' -]*:\s*)?(?i:near|in\s+the\s+vicinity\s+of|(?:north|south|east|west)\w*\s+of)\s+"
                         rf"{_LINE_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+){_LINE_NAME}){{0,3}}\s*,")


_COUNTED = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:air\s*)?strikes?\b", re.I)


def _head_before(text: str, pos: int) -> str | None:
    """The country or place the last section head before ``pos`` names ("Strikes in Iraq")."""
    heads = [m.group(1) for m in _HEAD_IN.finditer(text, 0, pos)]
    return heads[-1] if heads else None


def _sentence(g: Group, text: str) -> str:
    a, b = g.mentions[0].sent
    return text[a:b]


def _summary(g: Group, text: str) -> bool:
    """Every mention is a release's summary or a section head, placed at most in a country or province."""
    return all((_SUMMARY.search(text[m.sent[0]:m.sent[1]]) or _HEAD.match(text[m.sent[0]:m.sent[1]]))
               and (m.place is None or m.place.location.precision in SPECIFIC_BROAD) for m in g.mentions)


def _line(g: Group, text: str) -> bool:
    """A place line by its wording, whether or not its place was resolved ("Near Xyz, one strike ...")."""
    m = g.mentions[0]
    return (m.place is None or m.place.location.precision not in SPECIFIC_BROAD) \
        and bool(_PLACE_LINE.match(_sentence(g, text))) \
        and (m.strikes is not None or bool(_COUNTED.search(_sentence(g, text))))  # a line's count is not split by place


def _preamble(g: Group) -> bool:
    """Told before the first place line, placed at most in a country, no one killed or hurt: the
    release's opening ('forces continued to attack ISIS terrorists in Syria and Iraq')."""
    return all((m.place is None or m.place.location.precision in SPECIFIC_BROAD) and not m.killed and not m.injured
               for m in g.mentions)


def release_lines(groups: list[Group], text: str, published: dt.date | None = None) -> tuple[list[Group], bool]:
    """A strike release's events, one per place line, and whether the report is such a release.

    The summaries and heads are dropped, an undated place line takes the day of the last summary
    before it (with no dated summary, the day before ``published``: a release covers the day before
    it), a line whose place the gazetteer lacks is still an event of its own (placed by the report),
    and any other sentence after a line is told of that line's event. A release needs no further
    segmentation (``incidents.segment``).
    """
    lines = sum(_line(g, text) for g in groups)
    if not lines or lines < 2 and not any(_summary(g, text) for g in groups):
        return groups, False  # a release has a summary or at least two place lines
    out: list[Group] = []
    day, lined = None, False
    first_line = next(i for i, g in enumerate(groups) if _line(g, text))
    section = None
    for i, g in enumerate(groups):
        if _summary(g, text) or i < first_line and _preamble(g):
            dated = next((m for m in g.mentions if m.date is not None), None)
            day = dated if dated is not None and (day is None or lined) else day  # (an addendum's day right after
            lined = False  # the lead's, "Additionally, three strikes on July 17 closed ...", does not date the lines)
            where = {m.place.location.country for m in g.mentions if m.place is not None}
            if len(where) == 1:  # "Strikes in Syria", "In Iraq, forces conducted 4 strikes ..."
                section = next(m.place.location for m in g.mentions if m.place is not None)
            continue
        line = _line(g, text)
        lined = lined or bool(line)
        if day is not None and line and all(m.date is None for m in g.mentions):
            for m in g.mentions:
                m.date, m.timex, m.date_basis = day.date, day.timex, "anaphora"
        if line and section is not None and _head_before(text, g.mentions[0].sent[0]) == section.country and any(
                m.place and m.place.location.country != section.country for m in g.mentions):
            for m in g.mentions:  # "Near Al Asad" under "Strikes in Iraq" is no Israeli village: Iraq it is
                m.place = None
        if line or not out:
            g.own_place, g.section = line, section  # an unknown line's place: its section's country
            out.append(g)
        else:  # told on after a line ("The strikes also destroyed a bridge."): that line's event
            for m in g.mentions:
                m.sub_type = out[-1].mentions[0].sub_type
            out[-1].mentions.extend(g.mentions)
            out[-1].tolls.extend(g.tolls)
            out[-1].statements.extend(g.statements)
    if day is None and published is not None:  # undated, a release tells the day before it came out
        for g in (g for g in out if all(m.date is None for m in g.mentions)):
            for m in g.mentions:
                m.date, m.timex, m.date_basis = published - dt.timedelta(days=1), None, "release"
    return out, True
