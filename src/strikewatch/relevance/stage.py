"""The relevance stage: which sentences of a report tell an event in strikewatch's scope.

It runs before spaCy, on the clean text. Each sentence (:func:`sentence_spans`) gets
P(in scope) from the shipped :class:`RelevanceModel`; a report is relevant when some
sentence reaches ``doc_threshold``. The pipeline parses only relevant reports. In a report
whose best sentence reaches ``trusted_threshold`` (plainly about conflict) every mention
counts whose sentence reaches ``TRUSTED_FLOOR`` ("Custody of the boy is still fought over" in a
report on a protest is no clash); in the others only mentions whose trigger lies in a sentence that reaches
``sentence_threshold``. The thresholds were chosen on the judged dev set (docs/relevance.md).
"""
from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..actors import load_aliases
from ..models import Report
from .debunks import debunked
from .floors import lethal_strike, place_taken
from .labels import NOTE_CHARS, labelled_sub_type
from .model import RelevanceModel
from .scope import (accidental_blast, acting, aside, dated_background, explained_accident, latest_year,
                    out_of_scope_story, rehearsed, tells_blast, tells_protest)
from .sentences import sentence_spans

MODEL_FILE = "relevance.npz"
SENTENCE_THRESHOLD = 0.2
DOC_THRESHOLD = 0.2
TRUSTED_THRESHOLD = 0.9
TRUSTED_FLOOR = 0.1  # even in a report plainly about conflict, a sentence this unlikely tells no event
LETHAL_FLOOR = 0.7  # a lethal strike by a named side, or a war weapon used (relevance.scope.lethal_strike): this likely at least
TAKEN_FLOOR = 0.5  # a place taken by an armed side the sentence names (relevance.floors.place_taken) is this likely at least
FRAGMENT_CHARS = 40  # ... unless it is a section head or a fragment, whose score says little
# Event confidence = sigmoid(a * logit(sentence p) + b * logit(report p) + c * field confidence + d),
# fitted on the judged dev set's events by training/calibrate_relevance.py (see docs/relevance.md).
CALIBRATION = (-0.9094, 1.8233, 2.2683, -2.0026)
# A monitor's note ("On 5 May 2021, in Leon, Guanajuato, a man was shot dead ...": short, opening on
# its full date) is a record someone already coded as an event: every sentence counts (the trigger
# rules still decide; the model, trained on news, doubted notes such as "about 1,000 labourers took to
# the streets ... to demand buses home during the lockdown"), the crime and accident rules do not
# apply, and a note with no trigger word may still be typed.
NOTE_THRESHOLD = 0.0
NOTE_FALLBACK = 0.1
_NOTE_OPENING = re.compile(
    r"\s*(?:[A-Z][A-Za-z /-]{2,40}:\s+)?(?:On|Around|Between|From|Overnight on|On the night of)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:(?:and|-)\s*\d{1,2}\s+)?[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:19|20)\d\d\b")


# ... or naming its place with ACLED's bracket of admin units and its full date, wherever in the note they stand
# ("In a statement circulated in Enugu (Enugu North, Enugu) on 4 December 2023, IPOB said ...")
_ADMIN_BRACKET = re.compile(r"\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s+\((?:[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){0,3},\s*){1,2}"
                            r"[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){0,3}\)")
_FULL_DATE = re.compile(r"\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                        r"\s+(?:19|20)\d\d\b")


def monitor_note(text: str) -> bool:
    """Is ``text`` a monitor's note: at most ``NOTE_CHARS`` long and opening on a full date (or naming an admin
    bracket and a full date), or on ACLED's label of its kind ("Non-violent activity: ...", see ``relevance.labels``)?"""
    return len(text) <= NOTE_CHARS and (bool(_NOTE_OPENING.match(text)) or labelled_sub_type(text) is not None
                                        or bool(_ADMIN_BRACKET.search(text) and _FULL_DATE.search(text)))


@dataclass(frozen=True, slots=True)
class Assessment:
    """One report's relevance: sentence spans of ``report.clean`` with their probabilities."""

    spans: tuple[tuple[int, int], ...]
    probs: tuple[float, ...]
    sentence_threshold: float
    doc_threshold: float
    trusted_threshold: float = TRUSTED_THRESHOLD
    story: str | None = None  # "crime", "accident_disaster", "debunked": a story out of scope (relevance.scope)
    background: frozenset[int] = frozenset()  # sentences dated years back or telling an accidental blast
    note: bool = False  # a monitor's note (see monitor_note)
    labelled: bool = False  # a note that names its kind of event (relevance.labels): read whatever its words

    @property
    def fallback_threshold(self) -> float | None:
        """How sure of its sentence the stage must be for a note with no trigger word to be typed
        (None: the extraction's default)."""
        return NOTE_FALLBACK if self.note else None

    @property
    def score(self) -> float:
        """The report's score: its most relevant sentence's probability (0 for an empty text)."""
        return max(self.probs, default=0.0)

    @property
    def trusted(self) -> bool:
        """Is the report plainly about conflict (every mention counts)?"""
        return self.score >= self.trusted_threshold

    @property
    def relevant(self) -> bool:
        if self.story == "debunked":  # an attack the report says did not happen (relevance.scope.debunked)
            return False
        return self.trusted or self.labelled or self.score >= self.doc_threshold and self.story is None

    def _index(self, pos: int) -> int | None:
        i = bisect.bisect_right([a for a, _ in self.spans], pos) - 1
        return None if i < 0 or pos >= self.spans[i][1] else i

    def prob_at(self, pos: int) -> float:
        """Probability of the sentence holding character ``pos`` (0 outside every sentence)."""
        i = self._index(pos)
        return 0.0 if i is None else self.probs[i]

    def keeps(self, pos: int) -> bool:
        """May a mention at character ``pos`` become an event (see module docstring)? Never in a
        sentence that dates itself years before publication or tells an accidental explosion
        (``relevance.scope.dated_background``, ``accidental_blast``)."""
        i = self._index(pos)  # once: each lookup scans the sentence starts
        if i in self.background:
            return False
        p = 0.0 if i is None else self.probs[i]
        # a head ('Strikes in Syria'), too short for its score to say much
        fragment = i is not None and self.spans[i][1] - self.spans[i][0] <= FRAGMENT_CHARS
        return p >= self.sentence_threshold or self.trusted and (p >= TRUSTED_FLOOR or fragment)

    def confidence(self, pos: int, fields: float) -> float:
        """Calibrated P(true event) for a mention at ``pos`` whose fields have mean confidence ``fields``."""
        a, b, c, d = CALIBRATION
        z = a * _logit(self.prob_at(pos)) + b * _logit(self.score) + c * fields + d
        return 1.0 / (1.0 + math.exp(-z))

    def relevant_spans(self) -> list[tuple[int, int]]:
        """The spans of the sentences whose mentions may become events."""
        return [s for s in self.spans if self.keeps(s[0])]


@dataclass(frozen=True)
class Relevance:
    """The stage: a model and its two thresholds."""

    model: RelevanceModel
    sentence_threshold: float = SENTENCE_THRESHOLD
    doc_threshold: float = DOC_THRESHOLD
    trusted_threshold: float = TRUSTED_THRESHOLD

    def assess(self, report: Report) -> Assessment:
        return self.assess_many([report])[0]

    def assess_many(self, reports: list[Report]) -> list[Assessment]:
        """Assess a batch (one model call for all their sentences)."""
        spans = [sentence_spans(r.clean) for r in reports]
        hits = [load_aliases().find(r.clean) for r in reports]
        texts = [r.clean[a:b] for r, ss in zip(reports, spans) for a, b in ss]
        actors = [kinds for h, ss in zip(hits, spans) for kinds in _kinds_by_sentence(h, ss)]
        probs = self.model.proba(texts, actors).tolist() if texts else []
        probs = [max(p, TAKEN_FLOOR) if place_taken(t, kinds) else max(p, LETHAL_FLOOR) if lethal_strike(t, kinds) else p
                 for p, t, kinds in zip(probs, texts, actors)]

        out, k = [], 0
        for r, ss, h in zip(reports, spans, hits):
            body = r.clean[r.body_start:]
            note, labelled = monitor_note(body), labelled_sub_type(body) is not None
            story = None if note else "debunked" if debunked(r.clean, r.published.year if r.published else None) \
                else out_of_scope_story(r.clean, *_actors(r.clean, h, ss))
            year = r.published.year if r.published else latest_year(r.clean, _THIS_YEAR)
            explained = not note and explained_accident(body)  # "... was caused by a gas leak": every blast in it
            old = frozenset(j for j, (a, b) in enumerate(ss)
                            if dated_background(r.clean[a:b], year, r.published) or accidental_blast(r.clean[a:b])
                            or rehearsed(r.clean[a:b]) and not tells_protest(r.clean[a:b])
                            or explained and tells_blast(r.clean[a:b]))
            cap = NOTE_THRESHOLD if note else 1.0  # a note's thresholds are at most NOTE_THRESHOLD
            out.append(Assessment(tuple(ss), tuple(probs[k:k + len(ss)]), min(self.sentence_threshold, cap),
                                  min(self.doc_threshold, cap), self.trusted_threshold, story, old, note, labelled))
            k += len(ss)
        return out


_THIS_YEAR = dt.date.today().year


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def actor_kinds(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[str, bool]]]:
    """Per sentence span of ``text``, ``(kind, generic)`` of the actor aliases it names."""
    return _kinds_by_sentence(load_aliases().find(text), spans)


def _actors(text: str, hits: list, spans: list[tuple[int, int]]) -> tuple[list, list]:
    """``(kind, name)`` of the actors of a report that act in it, and of its bystanders. Acting: the
    non-state actors it names by name, and states' and international forces and actors named
    generically ("soldiers", "a crowd") in a sentence where they do violence (``relevance.scope.acting``):
    troops fighting a wildfire make no story political. None counts when named in an aside on how
    things have long been (``relevance.scope.aside``: "since the al-Shabaab attacks")."""
    starts = [a for a, _ in spans]
    acting_, bystanders = [], []
    for hit in hits:
        i = bisect.bisect_right(starts, hit.start) - 1
        sentence = text[spans[i][0]:spans[i][1]] if i >= 0 else ""
        if aside(sentence):
            continue
        if not (hit.actor.generic or hit.actor.kind in ("state", "international")) or acting(sentence):
            acting_.append((hit.actor.kind, hit.actor.name))
        elif not hit.actor.generic:
            bystanders.append((hit.actor.kind, hit.actor.name))
    return acting_, bystanders


def _kinds_by_sentence(hits: list, spans: list[tuple[int, int]]) -> list[list[tuple[str, bool]]]:
    out: list[list[tuple[str, bool]]] = [[] for _ in spans]
    starts = [a for a, _ in spans]
    for hit in hits:
        i = bisect.bisect_right(starts, hit.start) - 1
        if i >= 0 and hit.end <= spans[i][1]:
            out[i].append((hit.actor.kind, hit.actor.generic))
    return out


@lru_cache(maxsize=4)
def load_relevance(path: str | None = None, sentence_threshold: float = SENTENCE_THRESHOLD,
                   doc_threshold: float = DOC_THRESHOLD, trusted_threshold: float = TRUSTED_THRESHOLD) -> Relevance:
    """The shipped relevance stage (or one from a model file at ``path``)."""
    if path is None:
        with resources.as_file(resources.files(__package__) / MODEL_FILE) as p:
            model = RelevanceModel.load(p)
    else:
        model = RelevanceModel.load(Path(path))
    return Relevance(model, sentence_threshold, doc_threshold, trusted_threshold)
