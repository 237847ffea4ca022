"""Recognition of TIMEX3 expressions in a text: candidate spans from the grammar,
overlaps resolved, each normalised in text order with the previous day-precision
date as the anchor for relative phrases ("two days later").

Regex based and spaCy-free; a news article takes well under a millisecond per
kilobyte.
"""
from __future__ import annotations

import datetime as dt
import re

from ..models import Timex
from .calendar import Norm, year
from .grammar import Candidate, resolve, scan
from .normalize import normalize

_FUTURE = re.compile(
    r"(?<!-)\b(?:will|won't|'ll|shall|going\s+to|plans?\s+to|planned|planning|scheduled|expects?\s+to|expected"
    r"|is\s+to|are\s+to|due\s+(?:to|on|by)|upcoming|intends?\s+to|(?<!the\s)next(?!\s+to\b)|until|payable|as\s+(?:soon|early)\s+as"
    r"|(?<!week\s)(?<!month\s)(?:starting|beginning)|effective|set\s+to|to\s+be\s+held|deadline|slated)\b", re.IGNORECASE)
# ("the week beginning 26 November" names a week that may be past)
_WOULD = re.compile(r"\b(?:would|'d)\b(?!\s+(?:have|not\s+have)\b)", re.IGNORECASE)
# Between "would" and the date: a past verb, or a noun naming an event that already happened
# ("would investigate the strike on Monday" dates the strike, not the investigation).
_WOULD_BLOCK = re.compile(r"\b(?:said|says|was|were|had|did|strikes?|attacks?|raids?|bombings?|shelling"
                          r"|killings?|incidents?|assaults?|blasts?|explosions?|clashes|shooting)\b", re.IGNORECASE)
_PAST_PERFECT = re.compile(r"\bhad(?:\s+not|n't)?(?:\s+been|\s+\w+ed)\b|\bpreviously\b", re.IGNORECASE)
_PAST_AFTER = re.compile(r"\s*(?:,\s*(?:[a-z]+\s+){1,2})?(?:was|were|had)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?<=[a-z]{2})[.!?](?=\s)|[;:,\n](?=\s)|\n|``|''|[\"“”]")
# A past verb before the date ("arrested ... on Tuesday"); cue words that end in -ed are no past.
_DATING_VERB = re.compile(r"(?<!\bbe\s)\b(?!(?:planned|scheduled|expected|slated|proposed|intended)\b)[a-z]{3,}ed\b(?!\s+(?:to|for)\b)")
# A simple past verb; a participle after has/have ("has extended ... through January") may reach ahead.
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|(?<!has\s)(?<!have\s)\w{3,}ed)\b", re.IGNORECASE)
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|this|that|these|those|be)\b)[a-z]{3,}\b")
_PAST_PREP = re.compile(r"\b(?:in|on|during|since|from|through)\s+(?:(?:early|late|mid|the)\s+)?$", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b(?:release|statement|report|announcement|communiqu[eé]|briefing|press\s+conference|news\s+conference"
    r"|said|says|announced|reported|stated|added|told\s+\w+|tweeted|posted|published|issued|confirmed)"
    r"(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
_PROBE_DAY = dt.date(2000, 1, 1)
_PERIOD_REACH = 400  # characters: how far back "a year earlier" looks for the period it shifts
_SET_BEFORE = re.compile(r"(?:\d|cents?|dollars?|million|billion|percent|%|times|barrels|tons|shares|miles|flights"
                         r"|a\s+share)\s*$",
                         re.IGNORECASE)
_YEAR_BAD_BEFORE = re.compile(r"(?:\$|No\.\s*|#|\d[,.]|\d\s)$")
_YEAR_BAD_AFTER = re.compile(r"^\s*(?:%|percent|shares|people|troops|soldiers|tons|feet|meters|metres|miles|km"
                             r"|kilometers|kilometres|dollars|euros|pounds|barrels|units|cars|homes|houses|jobs)\b",
                             re.IGNORECASE)

_TENURE = re.compile(r"\b(?:Forces|Government|Police|Military|Army|Navy)\s+of\s+(?:the\s+)?[A-Z][\w'’ .-]*?\s+"
                     r"\((?:(?:19|20)\d\d-)?$")
_TENURE_END = re.compile(r"(?:-(?:(?:19|20)\d\d)?)?\)")

_AGE_AFTER = re.compile(r"\s*(?:old\b|of\s+age\b)", re.IGNORECASE)
# "a second group": the ordinal, not one second.
_ORDINAL_SECOND = re.compile(r"\s+(?!(?:later|earlier|ago|before|after|or|and|of|in|to|for|the|that|when)\b)"
                             r"[a-z]", re.IGNORECASE)


def find_timexes(text: str, dct: dt.date | None) -> list[Timex]:
    """Temporal expressions in ``text``, normalised against the document date ``dct``.

    Sorted by start, non-overlapping; ``text[t.start:t.end] == t.text`` for each.
    Without ``dct`` relative expressions stay unresolved (``basis == "no-dct"``).
    """
    # Rules that need an anchor are checked against a stand-in one: only their form is tested here.
    probe = dct or _PROBE_DAY
    probe_period = year(probe.year, "dct")
    valid = [c for c in scan(text) if _plausible(text, c)
             and normalize(c, dct, probe, _future(text, c.start, c.end), probe_period) is not None]
    out: list[Timex] = []
    anchor: dt.date | None = None
    period: tuple[int, Norm] | None = None
    for cand in resolve(valid):
        recent = period[1] if period and cand.start - period[0] < _PERIOD_REACH else None
        at = int(cand.groups.get("at") or cand.start)
        norm = normalize(cand, dct, anchor, _future(text, at, cand.end), recent, _past(text, at))
        if norm is None:
            continue
        if norm.type == "DURATION" and cand.kind == "duration" and _is_set(text, cand):
            norm = norm._replace(type="SET")
        out.append(Timex(cand.start, cand.end, text[cand.start:cand.end], norm.type, norm.value,
                         norm.first, norm.last, norm.precision, norm.basis))
        if norm.type == "DATE" and norm.first is not None and norm.precision != "approximate" \
                and norm.basis != "anchor":
            period = (cand.end, norm)
        if norm.precision == "day" and norm.first is not None and norm.type in ("DATE", "TIME") \
                and not (norm.basis == "anchor" and _dates_report(text, cand.start)):
            anchor = norm.first
    return out


def _future(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``[start, end)`` speaks of the future."""
    left = text[max(0, start - 60):start]
    cut = [m.end() for m in _CLAUSE_START.finditer(left)]
    left = left[cut[-1]:] if cut else left
    right = text[end:end + 30]
    stop = _CLAUSE_START.search(right)
    right = right[:stop.start()] if stop else right
    if _PAST_PERFECT.search(left + " " + right) or _PAST_AFTER.match(text, end):
        return False  # "had been scheduled to expire Friday", "planned for Saturday was called off"
    would = _WOULD.search(left)
    if would and not _WOULD_BLOCK.search(left[would.end():]) and not text.startswith("'s", end):
        return True  # "said he would leave Thursday"; not "would ... Wednesday's ruling"
    if _DATING_VERB.search(re.split(r"\bthat\b", left)[-1]) and not _FUTURE.search(left):
        window = left  # "arrested five on Tuesday ahead of planned rallies": the verb dates it
    else:
        window = left + " " + right
    return bool(_FUTURE.search(window)) and not re.search(r"\b(?:said|was|were|had|did)\b\s*$", left[-30:])


def _dates_report(text: str, start: int) -> bool:
    """Whether the expression at ``start`` dates a report rather than an event: it follows a
    reporting noun or verb in its clause ("in a statement the next day", "said two days later")."""
    left = text[max(0, start - 60):start]
    cut = [m.end() for m in _CLAUSE_START.finditer(left)]
    return bool(_REPORTING.search(left[cut[-1]:] if cut else left))


def _past(text: str, start: int) -> bool:
    """Whether a past-tense verb in the clause governs "in/on/during" + the expression at
    ``start`` ("the plant was hit in March"); "by"/"to"/"until" + date stay open."""
    left = text[max(0, start - 80):start]
    cut = [m.end() for m in _CLAUSE_START.finditer(left)]
    left = left[cut[-1]:] if cut else left
    verbs = list(_PAST_VERB.finditer(left))
    if not (_PAST_PREP.search(left) and verbs):
        return False
    # "subpoenaed him to testify on Feb. 10": the date goes with the infinitive, still ahead
    return not _INFINITIVE.search(left, verbs[-1].end())


def _plausible(text: str, c: Candidate) -> bool:
    """Context checks a regex alone cannot make (years that are amounts, etc.)."""
    before, after = text[max(0, c.start - 6):c.start], text[c.end:c.end + 12]
    if _TENURE.search(text, max(0, c.start - 70), c.start) and _TENURE_END.match(text, c.end):
        return False  # an actor's period, as ACLED names them: "Military Forces of Russia (2000-)", "(2018-2024)"
    if c.kind == "year":
        return not (_YEAR_BAD_BEFORE.search(before) or _YEAR_BAD_AFTER.search(after))
    if c.kind in ("md", "dm"):
        return not re.match(r"\s*(?:%|percent|\d)", after)
    unit = c.groups.get("unit")
    if unit and unit[0].isupper() and not text[c.start:c.end].startswith(unit):
        return False  # "This Week" inside a sentence: a title, not a date
    if c.kind == "duration":
        return not (_AGE_AFTER.match(after) or (c.groups["unit"].lower() == "second"
                                                 and c.groups["n"].lower() in ("a", "an")
                                                 and _ORDINAL_SECOND.match(after)))
    return True


def _is_set(text: str, c: Candidate) -> bool:
    """"$5 a year", "three times a day": a frequency, not a duration."""
    span = text[c.start:c.end].lower()
    return span.startswith(("a ", "an ", "per ")) and bool(_SET_BEFORE.search(text[max(0, c.start - 20):c.start]))


# a wire dateline: "SOUTHWEST ASIA, March 3, 2017 -", "KABUL, Afghanistan, 4 May 2019 (Reuters) -"
_DATELINE_LEAD = re.compile(r"^[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][\w .'-]{1,30})?,?\s*$")


def dateline_date(text: str, body_start: int = 0) -> dt.date | None:
    """The day a report's dateline gives ("SOUTHWEST ASIA, March 3, 2017 - ..."): its publication day
    when no metadata says so, the anchor of its "yesterday" and "on Tuesday"."""
    head = text[body_start:body_start + 120]
    for t in find_timexes(head, None):
        if t.precision == "day" and t.first is not None and t.first == t.last \
                and _DATELINE_LEAD.match(head[:t.start]) and any(ch.isdigit() for ch in t.text):
            return t.first
        break
    return None
