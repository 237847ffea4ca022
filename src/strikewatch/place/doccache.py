"""Per-Doc facts that several stages read, computed once per Doc instead of once per use.

spaCy builds a Python ``Token`` for every ``doc[i]`` and every step of ``for t in doc``,
and rebuilds ``Span.text`` from the tokens on every access; over a long report the
extraction stages did that hundreds of thousands of times. Here:

- :func:`span_text` slices the Doc's text, kept once built (``Span.text`` is exactly
  ``doc.text[span.start_char:span.end_char]``);
- :func:`lexical` reads the token columns that never change for a token (orth, offset,
  length, shape flags) into arrays with one ``Doc.to_array`` call;
- :func:`per_doc` keeps one value per key for the Doc last asked about (extraction
  reads one report's Doc at a time; the Doc is held, so its identity stays valid).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

import numpy as np
from spacy.attrs import IDX, IS_STOP, IS_TITLE, IS_UPPER, LENGTH, ORTH
from spacy.tokens import Doc, Span

from ..nlp import text_of

T = TypeVar("T")
_SLOTS: dict[str, tuple[Doc, int, Any]] = {}


def per_doc(doc: Doc, key: str, build: Callable[[Doc], T]) -> T:
    """``build(doc)``, remembered for the last Doc asked about under ``key`` (and rebuilt if
    that Doc's length changed, as a retokenised Doc's does)."""
    slot = _SLOTS.get(key)
    if slot is not None and slot[0] is doc and slot[1] == len(doc):
        return slot[2]
    value = build(doc)
    _SLOTS[key] = (doc, len(doc), value)
    return value


# Under re.IGNORECASE an ASCII letter also matches these characters (and nothing else outside its two
# cases); after this map, str.lower() keeps every offset and turns each such match into the letter.
_FOLD_MAP = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def folded(text: str) -> str | None:
    """``text`` where each character that a lower-case ASCII letter of an IGNORECASE regex matches is
    that letter (same offsets), or None if lower-casing would move offsets. A case-insensitive
    regex can only match a lower-case literal word where that word occurs in this text."""
    out = text.translate(_FOLD_MAP).lower()
    return out if len(out) == len(text) else None


def span_text(span: Span) -> str:
    """``span.text`` without rebuilding it from the tokens."""
    return text_of(span.doc)[span.start_char:span.end_char]


class Lexical(NamedTuple):
    """Token columns of a Doc (one entry per token)."""

    orth: np.ndarray  # uint64 string hashes of the token texts
    idx: list[int]  # character offsets
    length: list[int]  # lengths in characters
    title: np.ndarray  # bool: Token.is_title
    upper: np.ndarray  # bool: Token.is_upper
    stop: np.ndarray  # bool: Token.is_stop


def lexical(doc: Doc) -> Lexical:
    """The :class:`Lexical` columns of ``doc`` (cached for the last Doc)."""
    return per_doc(doc, "lexical", _lexical)


def _lexical(doc: Doc) -> Lexical:
    arr = doc.to_array([ORTH, IDX, LENGTH, IS_TITLE, IS_UPPER, IS_STOP]).reshape(len(doc), 6)
    return Lexical(arr[:, 0].copy(), arr[:, 1].tolist(), arr[:, 2].tolist(),
                   arr[:, 3].astype(bool), arr[:, 4].astype(bool), arr[:, 5].astype(bool))


def orth_of(doc: Doc, word: str) -> int:
    """The hash a token whose text is ``word`` has in ``Lexical.orth``."""
    return doc.vocab.strings[word]
