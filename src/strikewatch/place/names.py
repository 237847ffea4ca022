"""Place-name normalisation: the keys under which the gazetteer files names.

Case and accent folding, punctuation (hyphens, apostrophes, dots) folded away,
"St."/"Mt."/"Ft." spelled out, and Arabic-style articles ("Al-", "ar ", "El ",
"ash-") stripped into a second, weaker key so "Ar Rutbah", "al-Rutbah" and
"Rutbah" meet.
"""
from __future__ import annotations

import re
import unicodedata

ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "an", "ad", "at", "az", "adh", "ath", "aj", "ad", "the", "la", "le"})
_PREFIX = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}
_APOS = re.compile(r"[’'`‘ʼʻ]")
_DROP = re.compile(r"\.(?=\w)|\.$|\.(?=\s)")
_PUNCT = re.compile(r"[^\w\s]|_")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Casefold and strip accents (``"Şanlıurfa"`` -> ``"sanliurfa"``)."""
    if text.isascii():
        return text.casefold()
    text = text.replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("đ", "d")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalize(name: str) -> str:
    """The main lookup key of a name (``"Al-Mawsil"`` -> ``"al mawsil"``, ``"U.S."`` -> ``"us"``)."""
    text = _APOS.sub("", fold(name))
    text = _DROP.sub("", text)
    text = _SPACE.sub(" ", _PUNCT.sub(" ", text)).strip()
    if not text:
        return ""
    head, _, rest = text.partition(" ")
    if rest and head in _PREFIX:
        text = f"{_PREFIX[head]} {rest}"
    return text


def strip_article(key: str) -> str | None:
    """The key without a leading article (``"ar rutbah"`` -> ``"rutbah"``), or None if it has none."""
    head, _, rest = key.partition(" ")
    if rest and head in ARTICLES and len(rest) >= 3:
        return rest
    return None


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script (so it can appear in English news)."""
    for ch in name:
        if ch.isalpha() and not ("LATIN" in unicodedata.name(ch, "")):
            return False
    return True


_VOWELS = re.compile(r"[aeiouy]")


def skeleton(name: str) -> str:
    """A name's consonants, case and accents folded: two spellings of one name share it ("Jenin" and
    "Janīn": "jnn"), a different name does not."""
    return _VOWELS.sub("", _PUNCT.sub("", _SPACE.sub("", fold(name))))
