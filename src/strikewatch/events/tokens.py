"""Which tokens of a Doc the per-sentence word tests can fire on, found once per Doc.

The trigger, casualty and statement tests look at every token of every sentence, but
only a token whose lower-cased lemma or form is in their word lists can ever pass.
:func:`selected` reads the forms and lemmas of a whole Doc in one ``Doc.to_array`` call,
runs a word test once per distinct (lemma, form) pair and gives the indices of the tokens
it accepts (per Doc); :func:`within` keeps those of one sentence. Callers then build
``Token`` objects for those only. :func:`headline_clause` tells a headline's clause that the parser
read as one noun.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import NamedTuple

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from ..place.doccache import per_doc


class Pairs(NamedTuple):
    """The distinct (``Token.lemma_.lower()``, ``Token.lower_``) pairs of a Doc, and each token's pair."""

    lemma: list[str]
    lower: list[str]
    of_token: list[int]  # index into the pairs, per token


def pairs(doc: Doc) -> Pairs:
    """The :class:`Pairs` of ``doc`` (cached for the last Doc)."""
    return per_doc(doc, "event-pairs", _pairs)


def _pairs(doc: Doc) -> Pairs:
    arr = doc.to_array([LOWER, LEMMA]).reshape(len(doc), 2)
    index: dict[tuple[int, int], int] = {}
    of_token = [index.setdefault(pair, len(index)) for pair in zip(arr[:, 0].tolist(), arr[:, 1].tolist())]
    strings = doc.vocab.strings
    return Pairs([strings[lemma].lower() for _, lemma in index], [strings[low] for low, _ in index], of_token)


def selected(doc: Doc, name: str, test: Callable[[str, str], object]) -> list[int]:
    """Indices of the tokens for which ``test(lemma, lower)`` is true (cached per Doc under ``name``)."""
    def build(d: Doc) -> list[int]:
        p = pairs(d)
        ok = [bool(test(lemma, low)) for lemma, low in zip(p.lemma, p.lower)]
        return [i for i, k in enumerate(p.of_token) if ok[k]]

    return per_doc(doc, name, build)


def within(indices: list[int], sent: Span) -> list[int]:
    """The members of the sorted ``indices`` that lie in ``sent``."""
    return indices[bisect_left(indices, sent.start):bisect_left(indices, sent.end)]


def headline_clause(tok: Token) -> bool:
    """A headline's clause parsed as one noun ("Protesters torch vehicles", "Rebels attack helicopters"): a plural
    noun, then a singular one (the verb), both modifying the same last noun."""
    doc = tok.doc
    if tok.dep_ != "compound":
        return False
    if tok.tag_ == "NN" and tok.i > 0:
        prev = doc[tok.i - 1]
        return prev.tag_ in ("NNS", "NNPS") and prev.dep_ == "compound" and prev.head.i == tok.head.i
    if tok.tag_ in ("NNS", "NNPS") and tok.i + 1 < len(doc):
        nxt = doc[tok.i + 1]
        return nxt.tag_ == "NN" and nxt.dep_ == "compound" and nxt.head.i == tok.head.i
    return False


def dateline_word(tok: Token) -> bool:
    """'IDLIB — At least eleven civilians ...', 'Djibo: assault leaves 40 soldiers dead': a dateline's or a
    label's place, which the parser may take for the sentence's subject (its apposition being the real one)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None:
        return False
    return tok.is_upper and len(tok.text) > 1 and nxt.text in ("—", "–", "-", "--") \
        or nxt.text == ":" and (tok.i == 0 or "\n" in tok.doc[tok.i - 1].text_with_ws or bool(tok.is_sent_start))
