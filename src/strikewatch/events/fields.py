"""A monitor's incident page opens with field lines: "Date: 9 November 2023", "Location: Shujaiya, Gaza City, Gaza
governorate", "Incident date: Sunday 28 January 2024". The page tells that incident, so the field's day dates
what its sentences leave undated, and the field's place (its most specific name the gazetteer placed) places the
mentions that name no place of their own: not the town a survivor was later taken to, nor a province in passing.
"""
from __future__ import annotations

import re

from ..models import Timex, Toponym

_FIELD = re.compile(r"(?im)^[ \t]*(?P<label>date(?:\s+of\s+(?:the\s+)?incident)?|incident\s+date|location|place|locality)"
                    r"[ \t]*:[ \t]*(?P<value>[^\n]+)")
HEAD_CHARS = 800  # field lines head the page
_TOWNS = ("city", "district")


def _values(text: str, dated: bool) -> list[tuple[int, int]]:
    """The spans of the date fields' values (``dated``) or of the place fields'."""
    return [m.span("value") for m in _FIELD.finditer(text, 0, HEAD_CHARS) if ("date" in m.group("label").lower()) is dated]


def field_date(text: str, timexes: list[Timex]) -> Timex | None:
    """The day a "Date:" field gives, if the page has one."""
    for a, b in _values(text, True):
        day = next((t for t in timexes if a <= t.start and t.end <= b and t.first is not None and t.precision == "day"), None)
        if day is not None:
            return day
    return None


def field_place(text: str, toponyms: list[Toponym]) -> Toponym | None:
    """The place a "Location:" field gives: its first town, else its first placed name that is no country."""
    for a, b in _values(text, False):
        inside = [t for t in toponyms if a <= t.start and t.end <= b and t.location is not None]
        best = next((t for t in inside if t.location.feature in _TOWNS), None) \
            or next((t for t in inside if t.location.feature != "country"), None)
        if best is not None:
            return best
    return None


def place_unplaced(groups: list, text: str, toponyms: list[Toponym]) -> None:
    """Give the page's field place to every mention of ``groups`` that names none (see the module docstring)."""
    field = field_place(text, toponyms)
    if field is None:
        return
    for m in (m for g in groups for m in g.mentions if m.place is None):
        m.place = field
