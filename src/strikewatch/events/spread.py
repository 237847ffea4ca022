"""One sentence, one deed, several places each with its own count: one mention per place.

"Air defences shot down 12 drones over Belgorod region, four over Kursk region and two over Bryansk
region", "Gunmen kill 5 in Zamfara, 4 in Katsina": after the first item the verb and the noun are
left out, a number standing straight before the place's preposition. Each item is an event of its
own (ACLED codes one event per location), with the item's number as its toll or strike count when
the first number was the mention's toll or count.
"""
from __future__ import annotations

import copy
import re

from spacy.tokens import Span

from ..models import Fatalities, Toponym
from .counts import NUM, Count, parse_number

_PREP = r"(?:in|over|near|at|around|across|outside|on)"
_ITEM = re.compile(rf"\b(?P<n>{NUM})\s+(?:[\w-]+\s+){{0,4}}?{_PREP}\s+(?:the\s+)?", re.I)
_ELLIPSIS = re.compile(rf"(?:,|\band|;)\s*(?:another\s+|a\s+further\s+)?(?P<n>{NUM})\s+{_PREP}\s+(?:the\s+)?",
                       re.I)  # ", four over Kursk region", "and 4 in Katsina": number, no noun


def elliptical(clause: str) -> bool:
    """'two in Kandahar in separate bombings': a clause that is one more item of the list before it."""
    return bool(_ELLIPSIS.match(", " + clause))


def _item_places(sent: Span, toponyms: list[Toponym]) -> list[tuple[int, int, int, Toponym]]:
    """(number start, number end, value, toponym) for the first item and each elliptical one after it."""
    text, base = sent.text, sent.start_char
    by_start = {t.start: t for t in toponyms if t.location is not None}

    def place_at(pos: int) -> Toponym | None:
        return by_start.get(base + pos)

    tail = [(m, place_at(m.end())) for m in _ELLIPSIS.finditer(text)]
    tail = [(m, t) for m, t in tail if t is not None]
    if not tail:
        return []
    first_end = tail[0][0].start()
    head = [(m, place_at(m.end())) for m in _ITEM.finditer(text, 0, first_end)]
    head = [(m, t) for m, t in head if t is not None]
    if not head:
        return []
    out = []
    for m, t in [head[-1], *tail]:
        value = parse_number(m.group("n"))
        if value is None:
            return []
        out.append((base + m.start("n"), base + m.end("n"), value, t))
    return out


def by_place(m, sent: Span, toponyms: list[Toponym]) -> list:
    """``m`` (an events.mentions.Mention) once per listed place, or ``[m]`` when the sentence lists
    no two places with counts of their own."""
    items = _item_places(sent, toponyms)
    if len({t.location.name for *_, t in items}) < 2 or len(items) != len({t.start for *_, t in items}):
        return [m]
    first = items[0][0]
    tolled = next((k for k in m.killed if k.start <= first < k.end or first <= k.start < items[0][1]), None)
    counted = m.strikes is not None and m.strikes.start <= first < m.strikes.end
    out = []
    for start, end, value, place in items:
        one = copy.copy(m)
        one.place = place
        one.targets = list(m.targets) if start == first else []
        one.injured = list(m.injured) if start == first else []
        if tolled is not None:
            one.killed = [tolled._replace(start=start, end=end, value=Fatalities(value, value, value), summary=False)]
        elif start != first:
            one.killed = []
        if counted:
            one.strikes = Count(start, end, value)
        out.append(one)
    return out
