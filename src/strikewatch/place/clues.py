"""Context clues from the raw text: the countries, provinces and counties it names anywhere.

When only some spans are to be resolved (gold-span mode, or a caller's own
spans) the rest of the text still tells where the story is: a "Texas" or
"Tex." three sentences away, or "Cooke County" in the byline. This module
finds such area names without spaCy (a regex over capitalised words plus the
gazetteer's set of area names), so it stays cheap.
"""
from __future__ import annotations

import re

from .gazetteer import Gazetteer, name_key
from .regions import abbreviation_key
from .resolve import Mention

MAX_WORDS = 3
_WORD = re.compile(r"[A-Z][A-Za-z'’\-]*\.?(?:[A-Z]\.)*")
_COUNTY = re.compile(r"\s+(?:County|Parish)\b")
_STOP = frozenset({"The", "A", "An", "In", "On", "At", "Of", "And", "But", "For", "It", "He", "She", "They",
                   "We", "I", "This", "That", "These", "Those", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "May", "March"})
# a compass word opens a name ("South Sudan", "North Kivu") but is no area on its own (Cameroon's "South"); nor is
# "Sudan" in "South Sudan People's Defence Forces" a clue of Sudan
_COMPASS = frozenset({"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"})


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of capitalised words separated by single spaces."""
    runs: list[list[re.Match[str]]] = []
    last_end = -2
    for m in _WORD.finditer(text):
        if m.group(0) in _STOP:
            last_end = -2
            continue
        if runs and m.start() == last_end + 1 and text[last_end] == " ":
            runs[-1].append(m)
        else:
            runs.append([m])
        last_end = m.end()
    return runs


def _area_end(text: str, gaz: Gazetteer, start: int, end: int) -> int | None:
    """End offset of the area that ``text[start:end]`` names ("X County", "Tex.", "Texas"), or None."""
    county = _COUNTY.match(text, end)
    if county and len(gaz.index.get(name_key(text[start:county.end()]))):
        return county.end()
    name = text[start:end]
    if name.endswith(".") and gaz.names_area(abbreviation_key(name)):
        return end
    name = name.rstrip(".")
    if len(name) >= 3 and gaz.names_area(name_key(name)):
        return start + len(name)
    return None


def area_clues(text: str, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """Mentions of areas (countries, provinces, "X County") outside the ``taken`` spans, longest first."""
    mask = bytearray(len(text) + 1)
    for s, e in taken:
        mask[s:e] = b"\x01" * (e - s)
    out = []
    for run in _runs(text):
        i = 0
        while i < len(run):
            for j in range(min(len(run), i + MAX_WORDS), i, -1):
                if j == i + 1 and run[i].group(0) in _COMPASS:
                    continue
                start, end = run[i].start(), run[j - 1].end()
                found = None if mask.find(1, start, end) >= 0 else _area_end(text, gaz, start, end)
                if found is not None:
                    out.append(Mention(start, found))
                    i = j
                    break
            else:
                i += 1
    return out
