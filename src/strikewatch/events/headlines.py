"""Reports that are only a headline, and headlines (or sentences) that tell two events; briefs under a headline
or in news's voice (:func:`headed_brief`, :func:`news_voice`), whose events face a confidence floor.

A headline-only report ("14 shells hit Ariha and clashes continue around Saraqib") has no body:
it is read as its own body, and its clauses joined by 'and', 'as', 'while', a comma or a
semicolon are read one by one when each names an event and a place of its own, so that neither
clause is coded with the other's type or place.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..models import Report
from ..nlp import text_of
from .spread import elliptical
from .triggers import CONTEXT_ONLY, EVENT_CUES, find_cues

_JOINERS = {"and", "as", "while", "but", ";", ",", "after"}
BODY_JOINERS = frozenset({"and", "while", ";"})  # a body sentence's joiners of two events (not its commas)
HEADLINE_CHARS = 200  # one line this short, with no full stop, is a headline


def headline_only(report: Report) -> bool:
    """The report is a headline: a title with nothing under it, or one short line that does not end
    as a sentence does (a monitoring note ends with a full stop)."""
    whole = report.clean.strip()
    if "\n" in whole or len(whole) > HEADLINE_CHARS:
        return False
    if report.body_start > 0:
        return not report.clean[report.body_start:].strip()
    return not whole.endswith((".", "!", "?", '"', "'", ")", "”"))


def clauses(sent: Span, places: list[tuple[int, int, str]], joiners: frozenset[str] | set[str] = _JOINERS) -> list[Span]:
    """``sent`` cut at each joiner whose both sides name an event and a place (``places``: the
    toponyms' spans and names) of their own, the right side not starting with a verb ('kills 7 at a
    mosque, wounds 20' is one event)."""
    doc = sent.doc
    text = text_of(doc)
    places = [(a, b, n) for a, b, n in places if text[b:b + 2] not in ("'s", "’s")]  # "Myanmar's military": whose, not where
    if len({n for a, b, n in places if sent.start_char <= a and b <= sent.end_char}) < 2:
        return [sent]  # each side needs a place of its own: with fewer than two names, no cut (and no cue search)
    cuts: list[int] = []
    start = sent.start
    for tok in sent:
        if tok.lower_ not in joiners or tok.i in (sent.start, sent.end - 1):
            continue
        left, right = doc[start:tok.i], doc[tok.i + 1:sent.end]
        if doc[tok.i + 1].pos_ in ("VERB", "AUX") or not (_tells(left) and _tells(right)) or elliptical(right.text):
            continue
        if tok.lower_ == "and" and doc[tok.i + 1].lower_ in ("the", "its") and tok.i + 2 < sent.end \
                and doc[tok.i + 2].lower_ in ("surrounding", "nearby", "neighbouring", "neighboring", "adjoining"):
            continue  # "in Kyiv and the surrounding region": one place and its surroundings
        if any(t.lower_ == "between" for t in doc[max(start, tok.i - 5):tok.i]):
            continue  # "fighting between police and insurgents in X": one event's two sides
        prev = doc[tok.i - 2] if doc[tok.i - 1].text == "," and tok.i - 2 >= start else doc[tok.i - 1]
        if tok.lower_ in ("and", ",") and any(b == prev.idx + len(prev) for _, b, _ in places) \
                and any(a == doc[tok.i + 1].idx for a, _, _ in places):
            continue  # "bombings at embassies in Kenya and Tanzania killed ...", "in Nairobi, Kenya, and Dar es Salaam",
            # "air raids hit Sanaa, Saada": places listed
        here = {n for a, b, n in places if left.start_char <= a and b <= left.end_char}
        there = {n for a, b, n in places if right.start_char <= a and b <= right.end_char}
        if not here or not there or here == there:
            continue
        cuts.append(tok.i)
        start = tok.i + 1
    if not cuts:
        return [sent]
    bounds = [sent.start, *cuts, sent.end]
    pieces = [doc[a if k == 0 else a + 1:b] for k, (a, b) in enumerate(zip(bounds, bounds[1:]))]
    return [p for p in pieces if len(p)]


def _tells(span: Span) -> bool:
    """The span has a cue that can found an event (a weapon alone counts: 'shells hit')."""
    return any(c.cls in EVENT_CUES or c.cls in CONTEXT_ONLY and c.cls in ("HEAVY", "BOMB", "DRONE", "IED")
               for c in find_cues(span))


# a brief told in news's voice (a source quoted, a news day named, a title-case headline); a monitor's log line has none
_NEWS_VOICE = re.compile(r"\b(?:said|says?|told|according to|reported|reports|today|tonight|yesterday|last night|"
                         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


def news_voice(text: str) -> bool:
    """A brief in news's voice (``_NEWS_VOICE``) or a title-case headline."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return bool(_NEWS_VOICE.search(text)) or len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# a headline line (no closing stop, not a "Label:" of a record) over a lede: a news brief, as news sites and
# aggregators give them; a monitor's note or log line is one paragraph
_HEADED = re.compile(r"\s*(?![A-Z][A-Z'. -]+,)[^\n]{10,160}(?<![.!?:;,_—–-])\n+\s*\S[^\n]{20,}")  # not a dateline


def headed_brief(report: Report) -> bool:
    """A brief with a headline over its lede (its own ``body_start`` or a first line shaped like one). Its
    events face the article floor: on the team's snippet probes events below it were nearly all false
    (diplomats condemning an attack, a missile test, a tanker fire, a walkout)."""
    return report.body_start > 0 or bool(_HEADED.match(report.clean))


def lede_start(report: Report) -> int:
    """Where the body opens: after the report's own headline, or after a first line shaped like one."""
    head = None if report.body_start else _HEADED.match(report.clean)
    return report.clean.index("\n", head.start()) if head else report.body_start
