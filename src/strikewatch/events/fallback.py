"""Event detection by a user-fitted classifier when the rules find nothing in a short note.

Only with ``$STRIKEWATCH_TYPER`` set (a model the user fitted on their own coded notes): such
notes describe exactly one event, often with no trigger word the rules know ('Post-election
unrest in Kisumu'). The shipped classifier never detects events on its own.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..actors.actors import assign_roles, find_mentions
from ..models import Report
from .counts import casualties
from .mentions import Mention, SentenceContext, _place_for, _timex_for
from .typer import user_typer

MAX_NOTE_CHARS = 1200  # longer texts are articles, not event notes
MIN_PROBABILITY = 0.5


def note_mention(report: Report, doc: Doc, ctx: SentenceContext) -> Mention | None:
    """One mention for a whole short note, typed by the user's classifier; None without one,
    for long texts, or when the classifier is unsure."""
    model = user_typer()
    body = report.clean[report.body_start:]
    if model is None or not body.strip() or len(body) > MAX_NOTE_CHARS:
        return None
    label, p = model.predict(body)
    if p < MIN_PROBABILITY:
        return None
    sent = next((s for s in doc.sents if s.end_char > report.body_start and s.text.strip()), None)
    if sent is None:
        return None
    root = sent.root
    m = Mention(label, (root.idx, root.idx + len(root)), (sent.start_char, sent.end_char), cue_conf=p)
    timex = _timex_for(root, sent, ctx, [])
    if timex is not None:
        m.date, m.timex, m.date_basis = timex.first, timex, "timex"
    actors = find_mentions(sent, ctx.table)
    m.place = _place_for(root.idx, sent, ctx, skip=[(a.start, a.end) for a in actors])
    m.actors = assign_roles(actors, root)
    kills = casualties(sent)
    m.killed = [k for k in kills if k.kind == "killed"]
    m.injured = [k for k in kills if k.kind == "injured"]
    return m
