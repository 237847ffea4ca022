"""Deeds a sentence names only as background: the day an anniversary counts from ("marked ten years
since gunmen stormed the school") and what a group is known for ("notorious for kidnapping").
Asked by ``events.triggers.is_irrealis``."""
from __future__ import annotations

from spacy.tokens import Token

_SPANS_OF_TIME = {"years", "year", "decades", "decade"}


def is_anniversary(tok: Token) -> bool:
    """What a span of years is counted from: 'marked five years since gunmen stormed the school, killing
    147', 'Twelve years after rockets struck ...' (not the news after it: 'Two years after the city was
    retaken, a car bomb killed five')."""
    for cur in [tok, *list(tok.ancestors)[:6]]:
        for c in [cur, *cur.children]:
            if c.lower_ in ("after", "since") and 0 < c.i < tok.i and c.doc[c.i - 1].lower_ in _SPANS_OF_TIME:
                return True
    left = tok.doc[max(tok.sent.start, tok.i - 12):tok.i]
    for k, t in enumerate(left):
        if t.lower_ in ("after", "since") and t.i > 0 and t.doc[t.i - 1].lower_ in _SPANS_OF_TIME:
            return not any(x.text in (",", ";", ":") for x in left[k:])  # in the same clause
    return False


_KNOWN_FOR = {"notorious", "known", "infamous", "famous", "feared", "reviled"}


def known_for(tok: Token) -> bool:
    """'a group notorious for kidnapping', 'known for beheading hostages': a reputation, no deed told."""
    cur = tok.head if tok.dep_ == "dobj" else tok  # the hostages of "beheading hostages"
    if cur.dep_ not in ("pobj", "pcomp") or cur.head.lower_ != "for":
        return False
    prep = cur.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head  # "notorious for kidnapping for ransom and for beheading hostages"
    return prep.head.lower_ in _KNOWN_FOR
