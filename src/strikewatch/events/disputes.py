"""Within-report target statements ('the target was a VBIED') and the disputes between them."""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Span

from ..nlp import text_of
from ..place.doccache import span_text
from .counts import TargetHit, find_targets

_STATEMENT = re.compile(r"\btargets? (?:was|were|as|is)\b|\bidentified (?:it|the (?:target|vehicle)) as\b|"
                        r"\b(?:the|that) (?:strike|attack|raid|airstrike|air strike) (?:had )?"
                        r"(?:hit|destroyed|targeted|struck)\b", re.I)
_ACCORDING = re.compile(r"\b(?:according to|citing)\s+(?P<src>[^,;]+?)(?=,|;| which | who |$)", re.I)
_SAY_VERBS = {"identify", "say", "describe", "call", "report", "confirm", "state", "announce", "tweet"}


class TargetStatement(NamedTuple):
    """A sentence that names what an already-reported strike hit, and who says so."""

    start: int
    end: int
    targets: list[TargetHit]
    source: str | None
    source_span: tuple[int, int] | None


def target_statement(sent: Span) -> TargetStatement | None:
    """The statement in a sentence like 'According to X, the target was a car bomb' or
    'officials identified the target as a truck, destroyed along with two mortars'."""
    m = _STATEMENT.search(span_text(sent))
    if not m:
        return None
    hits = find_targets(span_text(sent)[m.end():], sent.start_char + m.end(), named=False)
    if not hits:
        return None
    src, span = None, None
    acc = _ACCORDING.search(span_text(sent))
    if acc:
        src = acc.group("src").strip()
        span = (sent.start_char + acc.start("src"), sent.start_char + acc.start("src") + len(src))
    else:
        for tok in sent:
            if tok.lemma_.lower() in _SAY_VERBS:
                subj = [c for c in tok.children if c.dep_ == "nsubj"]
                if subj:
                    toks = list(subj[0].subtree)
                    span = (toks[0].idx, toks[-1].idx + len(toks[-1]))
                    src = text_of(sent.doc)[span[0]:span[1]]
                    break
    seen: set[str] = set()
    uniq = []
    for h in hits:
        if h.type not in seen:
            seen.add(h.type)
            uniq.append(h)
    return TargetStatement(sent.start_char, sent.end_char, uniq, src, span)
