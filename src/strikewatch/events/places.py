"""Places the toponym recogniser missed: a capitalised name after 'near/in/outside/around/at'
('a drone strike near Sanaa') is looked up in the gazetteer so that an event is not placed at
the country named by an adjective ('a US drone strike') for want of its real place."""
from __future__ import annotations

import re

from ..models import Toponym
from ..place import geoparse

_AFTER_PREP = re.compile(r"\b(?:near|in|outside|around|at|of|into|from|on the outskirts of)\s+"
                         r"(?P<name>[A-Z][\w'’-]+(?: (?:al|el|ez|ad|as|de|du)[- ][A-Z][\w'’-]+| [A-Z][\w'’-]+){0,2})")
_NOT_PLACES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
               "Sunday", "The", "A", "An", "This", "That", "His", "Her", "Their", "Its", "Our", "It"}
_BROAD = {"country", "region"}


def missed_places(text: str, toponyms: list[Toponym], is_actor: callable = lambda s: False) -> list[Toponym]:
    """Resolved toponyms for names after locative prepositions that ``toponyms`` does not cover."""
    covered = [(t.start, t.end) for t in toponyms if t.location is not None]
    spans: list[tuple[int, int]] = []
    for m in _AFTER_PREP.finditer(text):
        start, end = m.span("name")
        name = m.group("name")
        if name.split()[0] in _NOT_PLACES or is_actor(name):
            continue
        if any(a < end and start < b for a, b in covered):
            continue
        spans.append((start, end))
    if not spans:
        return []
    found = [t for t in geoparse(text, spans=spans)
             if t.location is not None and t.location.precision not in _BROAD and t.score >= 0.3]
    return found
