"""How a text names the container of a place: "X, Y", "X (Y", "X village in Y", "X, Z county, in Y",
"X in the eastern countryside of Y". Resolution reads a name and its container together; events
read the same gaps when they pick an event's place."""
from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from .boxes import in_open_bracket
from .build import FEATURES
from .gazetteer import Gazetteer

ADMIN_NOUN = (r"(?i:village|town|city|area|district|sub-?county|subcounty|LGA|county|constituency|division|location|ward|"
               r"province|governorate|state|region|municipality|neighbou?rhood|camp|countryside|locality|"
               r"settlement|commune|department|oblast|raion|rayon|township|tehsil|barangay|chieftaincy|prefecture)")
# a part of the container named on the way to it: "X in the eastern countryside of Y", "X, in rural Y"
_PART = (r"(?:countryside|outskirts|suburbs?|environs|parts?|edge|areas?|province|governorate|district|region|"
         r"side|heart|centre|center)")
_OF_PART = (rf"(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|rural|central)\s+(?:(?:{_PART}\s+)?of\s+)?"
            rf"|{_PART}\s+of\s+)(?:the\s+)?")
_SEP = rf"(?:\s*[,(]\s*(?:in\s+)?|\s+(?:in|of)\s+)(?:the\s+)?(?:{_OF_PART})?"
# what stands between a place and a container of it: "X, Y", "X (Y", "X village in Y", "X, Z county, in Y"
CONTAINER_GAP = re.compile(rf"^(?:\s+{ADMIN_NOUN})?{_SEP}(?:(?:[A-Z][\w'’-]*\s+){{1,3}}{ADMIN_NOUN}{_SEP})*$")


# the gap says the second name holds the first, not that both are listed: "X in Y", "X (Y", "X village, Y"
_STATED = re.compile(rf"\(|\bin\b|^\s+{ADMIN_NOUN}\b")
_BRACKET_GAP = re.compile(r"\s*\(\s*(?:[A-Z][\w'’-]*(?:[\s-]+[\w'’-]+){0,3},\s*){1,2}$")
# a quarter named with its city, perhaps through a commune the gazetteer lacks: "the X neighbourhood of Y, Port-au-Prince"
_QUARTER_OF = re.compile(r"^\s+(?i:neighbou?rhood|quarter|suburb|district|section|sector)\s+of\s+(?:the\s+)?"
                         r"(?:(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*,\s*)?$")
_COUNTRY, _REGION, _CITY = FEATURES.index("country"), FEATURES.index("region"), FEATURES.index("city")
_HOLDS = np.array([f in ("admin1", "district", "country") for f in FEATURES])
KNOWN_TOWN = 50_000  # a town this size named by its own name stays, whatever the bracket after it says ...
METROPOLIS = 1_000_000  # a city this size has quarters that texts name with it ("Korangi, Karachi")
BRACKETED_TOWN = 500_000  # ... unless the bracket names its district and province ("Surman (Maarrat al-Numan, Idlib)")


def _in_bracket(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies inside one bracket that closes right after it."""
    return in_open_bracket(text, start) and text[end:end + 2].lstrip()[:1] == ")"


def _bracket_end(text: str, spans: Sequence[tuple[int, int]], j: int) -> int:
    """The last of the names listed from ``j`` on, when a bracket closes right after it."""
    end = j
    while end + 1 < len(spans) and text[spans[end][1]:spans[end + 1][0]].strip() == ",":
        end += 1
    return end if text[spans[end][1]:spans[end][1] + 2].lstrip()[:1] == ")" else j


def _national(gaz: Gazetteer, ids: list[int]) -> bool:
    """Every reading is a country or a region that lies in one."""
    return bool(ids) and all(gaz.feature_code[i] == _COUNTRY or gaz.feature_code[i] == _REGION and gaz.cc(i)
                             for i in ids)


def _city(gaz: Gazetteer, found: Sequence) -> list[int]:
    """The readings of a great city's name that hold a quarter named before it ("Mirpur, Dhaka": Dhaka's, not those
    of a small namesake in Bihar): of the places of that very name (not of those it is another name of), those of
    a tenth of the largest one's population or more, when that one is a city of ``METROPOLIS`` and they lie in one
    country (a smaller town's name after a comma may be a district's, and a namesake abroad: "El Baul, Girardot")."""
    ids = [c.id for c in found if c.kind == 0]  # (``found``: the gazetteer's candidates for the name)
    top = max((int(gaz.pop[i]) for i in ids), default=0)
    main = [i for i in ids if int(gaz.pop[i]) * 10 >= top]
    city = any(FEATURES[gaz.feature_code[i]] == "city" and gaz.pop[i] >= METROPOLIS for i in main)
    return main if city and len({gaz.cc(i) for i in main}) == 1 else []


def contradicted(gaz: Gazetteer, text: str, spans: Sequence[tuple[int, int]], ids: Sequence[np.ndarray]) -> set[int]:
    """Positions among ``spans`` (sorted names, with their candidate ``ids``) of names the text puts inside
    a place ("X in Y", "X district, Y") or, in a bracket, inside a province, district or country ("X (Y"),
    when none of their readings is in a country of any reading of that container: each is a namesake
    abroad ("Bait Jan in Rural Damascus" is not Israel's Beit Jann), so the name stays unresolved and
    does not pull the report's focus abroad.
    Containment is judged by country only (the gazetteer's district codes are too sparse to refuse by),
    and a town of :data:`KNOWN_TOWN` or more named by its own name is never refused (but in a city's quarter)."""
    out: set[int] = set()
    for k in range(len(spans) - 1):
        gap = text[spans[k][1]:spans[k + 1][0]]
        quarter = bool(_QUARTER_OF.match(gap))  # "the X neighbourhood of Y": X is a part of Y, whatever its size
        if not len(ids[k]) or not (CONTAINER_GAP.match(gap) or _BRACKET_GAP.match(gap) or quarter) \
                or text[spans[k + 1][0] - 1] == "-":
            continue  # (a bracket's last name holds the first: "Surman (Maarrat al-Numan, Idlib)"; a compound's
            # second half holds nothing: "Nantes (Loire-Atlantique)")
        found = gaz.lookup(text[spans[k + 1][0]:spans[k + 1][1]])
        boxed = gap.strip() == "," and _in_bracket(text, spans[k][0], spans[k + 1][1])  # "(Y, Z)": Z holds Y
        outer, stated = [int(i) for i in ids[k + 1]] + [c.id for c in found], boxed or quarter or bool(_STATED.search(gap))
        last = _bracket_end(text, spans, k + 1) if "(" in gap else k + 1  # "X (Y, Z)": Z holds X too
        outer += [int(i) for i in ids[last]] if last > k + 1 else []
        if not stated and gap.strip() == "," and not _national(gaz, outer):
            outer = _city(gaz, found)
        if not (stated or gap.strip() == "," and outer and not (gaz.feature_code[ids[k]] == _COUNTRY).any()):
            continue  # "X, Y" may list two places; "X, Iraq", "X, Iraqi Kurdistan" (a town, then a country or a
            # region of one country), "Mirpur, Dhaka" (a quarter, then its city) say where X is
        if not outer or "(" in gap and not _HOLDS[gaz.feature_code[outer]].any():
            continue  # a bracket may hold a quarter of X ("X (Y)"); "X in Y", "X district, Y" name what holds X
        inner = [int(i) for i in ids[k]]
        if {gaz.cc(i) for i in inner} & {gaz.cc(i) for i in outer}:
            continue
        limit = BRACKETED_TOWN if _BRACKET_GAP.match(gap) else KNOWN_TOWN  # "X (Y, Z)" states its province outright
        if not quarter and any(c.kind == 0 and gaz.pop[c.id] >= limit and not (boxed and gaz.feature_code[c.id] != _CITY)
               for c in gaz.lookup(text[spans[k][0]:spans[k][1]])):  # (a province abroad in a bracket goes)
            continue
        out.add(k)
    return out
