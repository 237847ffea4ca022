"""What an article tells as news: its lede, and the violence it only remembers.

:func:`lede_end` finds where an article's lede ends (its first two sentences), :func:`commemorates`
whether that lede marks an anniversary or looks back on a period, and :func:`long_ago` whether a
sentence tells habits, years back or a whole period's toll. ``incidents.segment`` drops such violence
from news (not from a monitor's records, whose every event counts), and :func:`without_plans` what
news dates after it came out.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .tolls import is_cumulative

if TYPE_CHECKING:
    from .grouping import Group

# habits and a period's run of events, background wherever they are told ("repeatedly", "a wave of", "this year")
HABITS = (r"\b(?:repeatedly|frequently|routinely|regularly|often|previously)\b|\bat\s+times\b|\bha(?:s|ve)\s+since\b"
          r"|\bfor\s+(?:(?:several|many|two|three|four|five|\d+)\s+)?(?:years|months|decades)\b|\bin\s+the\s+past\b"
          r"|\ba\s+(?:series|wave|spate|string|surge|spike|campaign)\s+of\b|\bthis\s+year\b"
          r"|\bsince\s+(?:the\s+)?(?:start|beginning|outbreak)\b"
           # a whole period told at once: "Over the course of the year, aircraft conducted more than 10,000 strikes"
          r"|\b(?:over|during|in)\s+the\s+course\s+of\b|\bthroughout\s+(?:the|that|this)\s+(?:year|month|campaign|war)\b")

# background that is no recent news at all (not "last week", "days earlier"): habits, years back, a period's toll
_LONG_AGO = re.compile(
    rf"\b(?:years|decades)\s+(?:earlier|ago|after|on|since)\b|\blast\s+year\b|{HABITS}"
    r"|\bin\s+recent\s+(?:months|years)\b|\bin\s+the\s+(?:days|weeks|months|years)\s+(?:after|following|since)\b", re.I)


_THESE_DAYS = re.compile(r"\b(?:today|yesterday|overnight|last night|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", re.I)


def long_ago(sentence: str) -> bool:
    """A sentence about habits, years back or a whole period's toll (``_LONG_AGO``; a cumulative toll
    unless it names the day: "have died since a bomb ripped through ... on Friday morning")."""
    return bool(_LONG_AGO.search(sentence)) or is_cumulative(sentence) and not _THESE_DAYS.search(sentence)


_MARKING = re.compile(r"\b(?:anniversary|commemorat\w+|look(?:s|ed|ing)? back (?:on|at)|(?:year|month) in review|memoirs?|"
                      r"revisit\w*|memorial (?:service|ceremony|ceremonies)|remember(?:s|ed|ing)?|"
                      r"(?:paid|pay|pays|paying) (?:homage|tribute)|mark(?:s|ed|ing)? (?:\w+ )?(?:years|decades)|"
                      r"(?:years|decades) (?:since|after|on)\b(?=(?:\W+\w+){0,6}?\W+(?:attacks?|bomb\w*|massacre|"
                      r"killings?|stormed|kidnapp\w*|abduct\w*|war|siege|shooting|hostage|genocide|uprising|invasion|"
                      r"assassination|coup|fall|liberation|explosion|blast|protests?|riots?)\b|(?-i:\s+[A-Z]))|"
                      r"(?:years|decades) on,)", re.I)  # ("Twenty years after Beslan, ...", "Thirty years on, ...")
# a day to come, or a gathering at which the violence happened ("bombers struck during the anniversary commemoration")
_AHEAD = re.compile(r"\b(?:ahead of|before|on the eve of|during|at|amid|attending|attended)\s+(?:the\s+|its\s+|their\s+|an?\s+)?"
                    r"(?:\w+\s+)?$", re.I)


def commemorates(lede: str) -> bool:
    """Does an article's ``lede`` mark an anniversary or remember a day ("marked five years since gunmen
    stormed ...", "Mumbai remembers ...")? Its violence, told again, is no news. Not a day to come ("torch
    vehicles ahead of anniversary"), nor years since a storm ("years after typhoons")."""
    return any(not _AHEAD.search(lede[max(0, m.start() - 30):m.start()]) for m in _MARKING.finditer(lede))


_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘(]*[A-Z0-9])|\n+")


def lede_end(text: str) -> int:
    """Where an article's lede ends: after its first two sentences (a headline and the first line),
    blank lines and a leading run of them not counted."""
    count, last = 0, len(text) - len(text.lstrip())
    for m in _SENTENCE_END.finditer(text, last):
        if text[last:m.start()].strip():
            count += 1
            if count == 2:
                return m.end()
        last = m.end()
    return len(text)


def without_plans(groups: list["Group"], published: dt.date | None) -> list["Group"]:
    """``groups`` without the mentions dated to a day more than a day after publication: news of
    such a day tells a plan ("police warned against the protest set for 31 July"), not an event;
    a group left with none is dropped."""
    if published is None:
        return groups
    late = published + dt.timedelta(days=1)
    for g in groups:
        g.mentions = [m for m in g.mentions if not (m.timex and m.timex.precision == "day" and m.date and m.date > late)]
    return [g for g in groups if g.mentions]
