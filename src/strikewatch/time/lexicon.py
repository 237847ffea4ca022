"""Word lists for temporal expressions: months, weekdays, number words, units.

Pure data plus tiny lookups; the grammar (``time/grammar.py``) builds its
regular expressions from these tables.
"""
from __future__ import annotations

import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Frequent misspellings that no edit-distance rule should be needed for.
MONTH_TYPOS = {
    "febuary": 2, "feburary": 2, "janurary": 1, "januray": 1, "agust": 8, "septmber": 9,
    "setember": 9, "octobe": 10, "ocotber": 10, "octber": 10, "novmber": 11, "novemeber": 11,
    "decmber": 12, "decemeber": 12, "apirl": 4, "feberuary": 2, "augst": 8, "juli": 7,
}

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Approximate month bounds of each (northern) season: first month, last month.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "mid-afternoon": "AF", "mid afternoon": "AF", "midday": "MI",
}

UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
    "weekend": "WE", "millennium": "ML",
}
TIME_UNITS = {"second", "minute", "hour"}

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
    "a half": 0.5, "half a": 0.5, "half an": 0.5, "thousand": 1000,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "last": -1,
}
VAGUE_QUANT = ("several", "a few", "few", "many", "some", "recent", "the past few",
               "numerous", "a number of", "countless")

DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}

_NUM_RE = re.compile(r"[\s-]+")


def month_number(word: str) -> int | None:
    """The month (1-12) named by ``word``: full names, abbreviations, typos."""
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS[w]
    if w in MONTH_ABBR:
        return MONTH_ABBR[w]
    if w in MONTH_TYPOS:
        return MONTH_TYPOS[w]
    return fuzzy_month(w)


def fuzzy_month(word: str) -> int | None:
    """A month for a near-miss spelling (one edit from a full name, 5+ letters)."""
    if len(word) < 5:
        return None
    for name, num in MONTHS.items():
        if len(name) >= 5 and _within_one_edit(word, name):
            return num
    return None


def _within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one insertion, deletion or substitution."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > 1:
            return False
        if len(a) == len(b):
            i += 1
        j += 1
    return edits + (len(b) - j) <= 1


def parse_number(text: str) -> float | None:
    """Read a cardinal written in digits or words ("12", "twenty four", "forty-two", "2 1/2")."""
    t = text.lower().strip().replace(",", "")
    if not t:
        return None
    m = re.fullmatch(r"(\d+)\s+1/2", t)
    if m:
        return int(m.group(1)) + 0.5
    if re.fullmatch(r"\d+(\.\d+)?", t):
        return float(t)
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    total = 0.0
    current = 0.0
    for part in _NUM_RE.split(t):
        if part in ("and", ""):
            continue
        if part not in NUMBER_WORDS:
            return None
        val = NUMBER_WORDS[part]
        if val == 100:
            current = (current or 1) * 100
        elif val == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += val
    return total + current


def spelled_year(text: str) -> int | None:
    """Read a year said in words ("nineteen ninety-six", "two thousand")."""
    t = text.lower().replace("-", " ").split()
    if t[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(t[2:]).replace("and ", "")) if len(t) > 2 else 0
        return 2000 + int(rest or 0)
    if len(t) >= 2 and t[0] in ("nineteen", "eighteen", "twenty"):
        century = NUMBER_WORDS[t[0]]
        rest = parse_number(" ".join(t[1:]))
        if rest is not None and 0 <= rest < 100:
            return century * 100 + int(rest)
    return None
