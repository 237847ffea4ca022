"""Transliteration keys: one spelling-blind key for the romanisations of a non-Latin place name.

English-language reporting writes Arabic, Persian, Pashto, Somali and Cyrillic names in many ways
("Deir ez-Zor", "Dayr az Zawr", "Deir al-Zour"; "Qamishli", "Kamishli"; "Kismaayo", "Kismayo";
"Kyiv", "Kiev"). :func:`translit_key` maps each to one key by rules over letters, not by a list of
names: articles (al-, el-, ez-, ...) dropped wherever they stand, diacritics and punctuation folded,
doubled letters single, q -> k, dh/th -> d, kh/gh -> h/g, a final h after a vowel dropped, and the
vowels reduced to three classes (a; e/i/y; o/u/w), with diphthongs ("ay", "aw") read as vowels.

The gazetteer files the key of every name of the places in :data:`TRANSLIT_COUNTRIES` (where such
romanisations are the rule) in a second index; resolution looks there only when a name finds
nothing as written. Keys shorter than :data:`MIN_KEY` letters are not filed: short keys collide.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .names import normalize

# Arabic-speaking countries, Persian/Pashto (IR, AF, TJ, PK), the Somali-speaking Horn (SO, DJ, ET, KE),
# Israel/Palestine, the Sahel (Arabic names), Turkey and Cyrillic-writing countries.
TRANSLIT_COUNTRIES = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SS SY TN AE YE EH "
    "IR AF TJ PK ET KE IL TD ML NE NG TR "
    "RU UA BY BG RS MK ME BA KZ KG UZ TM MN AZ AM GE MD".split())
MIN_KEY = 4
ARTICLE_WORDS = frozenset({"al", "el", "ar", "er", "as", "es", "ash", "esh", "an", "en", "ad", "ed", "at", "et",
                           "az", "ez", "adh", "ath", "aj", "ul", "ud", "us", "l"})
_RULES = (
    (re.compile(r"([a-z])\1+"), r"\1"),  # doubled letters
    (re.compile(r"kh"), "h"), (re.compile(r"gh"), "g"), (re.compile(r"[dt]h"), "d"),
    (re.compile(r"zh"), "j"), (re.compile(r"dj"), "j"), (re.compile(r"ck"), "k"), (re.compile(r"q"), "k"),
    (re.compile(r"ph"), "f"), (re.compile(r"'"), ""),
    (re.compile(r"ou|oo|aw|au|ow"), "u"),  # Zour, Zawr -> zur
    (re.compile(r"ay|ai|ei|ey|ee|ie|iy"), "i"),  # Dayr, Deir -> dir; Idlib/Edleb
    (re.compile(r"(?:ah|eh|a|e)(?=\s|$)"), "a"),  # Hasakah, Hasakeh, Hasaka -> hasaka
    (re.compile(r"[ey]"), "i"), (re.compile(r"[ow]"), "u"),
    (re.compile(r"(?<=[iu])h(?=\s|$)"), ""),
    (re.compile(r"([a-z])\1+"), r"\1"),
)


@lru_cache(maxsize=200_000)
def translit_key(name: str) -> str:
    """The transliteration key of a name (``"Dayr Az Zawr"`` and ``"Deir ez-Zor"`` -> ``"dirzur"``),
    or "" when it is too short to compare safely."""
    words = [w for w in normalize(name).split() if w not in ARTICLE_WORDS]
    if not words:
        return ""
    text = " ".join(words)
    if not text.isascii():
        return ""
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    key = text.replace(" ", "")
    return key if len(key) >= MIN_KEY else ""


def translit_index(index: dict[str, list[int]], cc_of: list[str], *, kinds: tuple[int, ...]) -> dict[str, list[int]]:
    """Transliteration key -> entry codes (``id * 4 + kind``) of a name index whose entries lie in
    :data:`TRANSLIT_COUNTRIES` (``cc_of``: country code per entry), for names of the given ``kinds``."""
    out: dict[str, list[int]] = {}
    for key, codes in index.items():
        mine = [c for c in codes if c % 4 in kinds and cc_of[c // 4] in TRANSLIT_COUNTRIES]
        if not mine:
            continue
        tkey = translit_key(key)
        if tkey and not chinese_romanisation(key):
            slot = out.setdefault(tkey, [])
            slot.extend(c for c in mine if c not in slot)
    return out


# one pinyin syllable: an initial and a final ("kai", "luo", "zhong", "xiang")
_PINYIN = re.compile(r"(?:[bpmfdtnlgkhjqxzcsryw]|zh|ch|sh)?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|"
                     r"ai|ei|ao|ou|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)")


def chinese_romanisation(name: str) -> bool:
    """A name of two or more pinyin syllables ("kai luo", Cairo's Chinese name): its key collides with short
    Arabic or Russian names ("Kilu"), and English-language reporting never writes it."""
    words = normalize(name).split()
    return len(words) >= 2 and all(_PINYIN.fullmatch(w) for w in words)

