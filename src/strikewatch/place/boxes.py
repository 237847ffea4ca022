"""Names given in brackets after a place: "X (Y)", "X town (Y district, Z)".

Monitoring notes name an event's place and then, in brackets, the district and province that hold
it. A name there is an area far more often than a town, and it is the text's own statement of where
the place is: resolution gives its area readings a bonus and keeps one of them even when the rest of
the report points elsewhere (:func:`strikewatch.place.resolve.resolve`).
"""
from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from .build import FEATURES
from .gazetteer import Gazetteer

# "X (", "X village (", "X military camp (": up to two lower-case words that say what X is
OPENS = re.compile(r"\s*(?:[a-z][a-z-]*\s+){0,2}\(\s*")
_GOES_ON = re.compile(r"\s*,\s*")  # "(Y, Z": Z is boxed too
_CLOSES = re.compile(r"[^()]{0,60}\)")
_AREA = np.array([f in ("admin1", "district") for f in FEATURES])


def in_open_bracket(text: str, start: int, lo: int = 0) -> bool:
    """``start`` stands inside a bracket opened before it (looking back at most 80 characters, not before ``lo``)."""
    left = text[max(lo, start - 80):start]
    return left.rfind("(") > left.rfind(")")


def boxed(text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Positions among ``spans`` (sorted mentions' start and end) of the names in a bracket that
    opens right after another name and closes soon after ("X (Y, Z)": Y and Z)."""
    out: set[int] = set()
    for k in range(1, len(spans)):
        gap = text[spans[k - 1][1]:spans[k][0]]
        if (OPENS.fullmatch(gap) or k - 1 in out and _GOES_ON.fullmatch(gap)) and _CLOSES.match(text, spans[k][1]):
            out.add(k)
    return out


def area_mask(gaz: Gazetteer, ids: np.ndarray) -> np.ndarray:
    """1.0 for each of ``ids`` that is a province or district."""
    return _AREA[gaz.feature_code[ids]].astype(np.float64)


def stated_area(gaz: Gazetteer, ids: np.ndarray, kinds: Sequence[int], s: np.ndarray) -> int | None:
    """The best-scored province or district among ``ids`` matched by a name of its own (not by a key
    or a stripped article), else the best place of that very name (a province's namesake seat): a
    boxed name the report's focus would refuse is kept as that reading."""
    kinds = np.asarray(kinds)
    area = np.flatnonzero(_AREA[gaz.feature_code[ids]] & (kinds <= 1))
    if not len(area):  # the province may be pruned for its namesake seat, which stands for it
        area = np.flatnonzero(kinds == 0)
    return int(area[np.argmax(s[area])]) if len(area) else None
