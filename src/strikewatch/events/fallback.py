"""Event detection by a user-fitted classifier when the rules find nothing in a short note.

Such notes describe exactly one event, often with no trigger word the rules know ('Post-election
unrest in Kisumu', 'residents banged pots against the mayor'). A user-fitted model
(``$STRIKEWATCH_TYPER``) types them from ``MIN_PROBABILITY`` on. The shipped classifier (our own
example sentences) does so only for notes of at most ``SHIPPED_MAX_CHARS`` whose trigger words,
if any, were not set aside as negated, threatened, planned or generic ('vowed to attack',
'no casualties were reported'), only from ``SHIPPED_MIN`` on, and with a lowered confidence.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..actors.actors import assign_roles, find_mentions
from ..models import Report
from .crime import break_in
from .decide import UNTYPED_STAYS_NONE
from .fatalities import casualties
from .mentions import Mention, SentenceContext, place_for, timex_for
from .phrases import SPACEFLIGHT
from .triggers import CONTEXT_ONLY, EVENT_CUES, LEMMA_CUES, cue_of, find_cues, is_irrealis, is_negated
from .typer import shipped_typer, user_typer

MAX_NOTE_CHARS = 1200  # longer texts are articles, not event notes
MIN_PROBABILITY = 0.5
SHIPPED_MAX_CHARS = 700
SHIPPED_MIN = 0.4     # the shipped model must be this sure to found an event on its own
SHIPPED_SCALE = 0.6   # its probability overstates how often it is right on notes the rules missed
LABELLED = 0.8        # the sub-type confidence of a note typed by its own label


_SPACE_LAUNCH = re.compile(rf"\b(?:{SPACEFLIGHT})\b", re.I)


def _set_aside(doc: Doc, body_start: int) -> bool:
    """True when the rules saw an event word and rejected it as negated or not (yet) real, or a
    note opens with a negated sentence ('No casualties were reported', 'There was no violence')."""
    first = True
    for sent in doc.sents:
        if sent.end_char <= body_start:
            continue
        if first and any(is_negated(t) for t in sent if t.idx >= body_start
                         and t.dep_ in ("ROOT", "nsubj", "nsubjpass", "attr")):
            return True
        first = False
        if _SPACE_LAUNCH.search(sent.text) or break_in(sent.text):
            return True  # a space launch's rocket that landed; thieves who blew up a cash machine
        if any(LEMMA_CUES.get(t.lemma_.lower()) in EVENT_CUES and cue_of(t) is None for t in sent):
            return True  # an event word read in another sense ('an earthquake struck', 'died of pneumonia')
        for c in find_cues(sent):
            tok = doc[c.i]
            if c.cls in EVENT_CUES and c.cls not in CONTEXT_ONLY and (is_negated(tok) or is_irrealis(tok)):
                return True
            if c.cls in UNTYPED_STAYS_NONE:
                return True  # a 'strike' the rules saw and did not type (a labour strike that halts work)
    return False


def _model_reading(body: str, doc: Doc, body_start: int) -> tuple[str, float] | None:
    model = user_typer()
    if model is not None:
        if len(body) > MAX_NOTE_CHARS:
            return None
        label, p = model.predict(body)
        return (label, p) if p >= MIN_PROBABILITY else None
    if len(body) > SHIPPED_MAX_CHARS or _set_aside(doc, body_start):
        return None
    label, p = shipped_typer().predict(body)
    return (label, round(SHIPPED_SCALE * p, 4)) if p >= SHIPPED_MIN else None


def note_mention(report: Report, doc: Doc, ctx: SentenceContext, label: str | None = None) -> Mention | None:
    """One mention for a whole short note, typed by a classifier (or by the ``label`` the note
    opens with: ``relevance.labels``); None for long texts, notes whose event words the rules set
    aside, or when the classifier is unsure."""
    body = report.clean[report.body_start:]
    reading = (label, LABELLED) if label else _model_reading(body, doc, report.body_start) if body.strip() else None
    if reading is None:
        return None
    label, p = reading
    sents = [s for s in doc.sents if s.end_char > report.body_start and s.text.strip()]
    if not sents:
        return None
    # the first sentence that tells something (a verb), not a release's label ("STATEMENT - Media Cell.")
    sent = next((s for s in sents if any(t.pos_ in ("VERB", "AUX") for t in s)), sents[0])
    cue = next((c for c in find_cues(sent) if c.cls in EVENT_CUES and c.cls not in CONTEXT_ONLY), None)
    root = doc[cue.i] if cue is not None else sent.root  # the deed's word, not the root of a clause told beside it
    m = Mention(label, (root.idx, root.idx + len(root)), (sent.start_char, sent.end_char), cue_conf=p)
    timex = timex_for(root, sent, ctx, [])
    if timex is not None:
        m.date, m.timex, m.date_basis = timex.first, timex, "timex"
        if ctx.dct and (ctx.dct - timex.first).days > 366:
            return None  # history, not news
    actors = find_mentions(sent, ctx.table)
    m.place = place_for(root.idx, sent, ctx, skip=[(a.start, a.end) for a in actors])
    m.actors = assign_roles(actors, root)
    kills = casualties(sent)
    m.killed = [k for k in kills if k.kind == "killed"]
    m.injured = [k for k in kills if k.kind == "injured"]
    return m


_FOUND = re.compile(r"\b(?:bod(?:y|ies)|corpses?)\b[^.]{0,80}?\b(?:found|discovered|recovered|retrieved|dumped)\b|"
                    r"\b(?:found|discovered|recovered)\b[^.]{0,40}?\b(?:bod(?:y|ies)|corpses?)\b", re.I)
_VIOLENCE_SIGNS = re.compile(r"\b(?:bullet|gunshot|shot|stab\w*|tied|bound|handcuffed|burn(?:ed|t)|dismember\w*|mutilat\w*|"
                             r"tortur\w*|strangl\w*|slit|behead\w*|decapitat\w*|signs of (?:violence|torture)|"
                             r"murder\w*|executed|bludgeon\w*|hacked|killings?)\b", re.I)


def bodies_found(body: str) -> bool:
    """A monitor's note of bodies found with marks of violence ("the body of a man was found, hands tied
    and burned"): ACLED codes the killing as an attack on whoever they were."""
    return bool(_FOUND.search(body)) and bool(_VIOLENCE_SIGNS.search(body))
