"""How an event picks its place from the report's toponyms.

:func:`missed_places` finds places the recogniser missed: a capitalised name after
'near/in/outside/around/at' ('a drone strike near Sanaa') is resolved together with the
places already found (so they lend it their country), so that an event is not placed at
the country named by an adjective ('a US drone strike') for want of its real place.

:func:`choose_place` picks, among a sentence's toponyms, the one the event happened at.
Notes and wire copy name a place, then its containers: "in X, Y", "in X (Y district, Z county)", "X village
in Y county". The event's place is the inner name; a container (after a comma or inside brackets) only stands in when the inner
name resolved to somewhere outside it (a namesake abroad, or a village the gazetteer
lacks). Otherwise the nearest name after a locative preposition wins, countries and
provinces last, and a place in a country the rest of the report does not support
(a namesake abroad) only when nothing else is there.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Callable, Sequence

from ..models import Location, Toponym, haversine_km
from ..place import geoparse, get_gazetteer, resolvable
from ..place.boxes import OPENS, in_open_bracket
from ..place.containers import KNOWN_TOWN
from ..place.focus import BIG_CITY
from ..place.seats import seat
from ..place.toponyms import is_place_name
from ..place.table import DEMONYM
from ..place.containers import ADMIN_NOUN, CONTAINER_GAP as _CONTAINER_GAP
from .bystanders import meeting_place, modifier, modifier_only, sector_name, speaker_place

_AFTER_PREP = re.compile(r"\b(?:near|in|outside|around|at|of|into|from|on the outskirts of)\s+"
                         r"(?P<name>[A-Z][\w'’-]+(?: (?:al|el|ez|ad|as|de|du)[- ][A-Z][\w'’-]+| [A-Z][\w'’-]+){0,2})")
# a name inside an ACLED-style bracket of containers: "in X town (Y, Z)", "X (Y district, Z)"
_IN_BRACKETS = re.compile(r"(?:\(|,)\s*(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?=\s*[,)])(?=[^()]*\))")
# a place named as the residents' home: "Harbourton residents", "Millford Town traders"
_AS_HOME = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w'’-]+)(?: [Tt]own)? (?=(?:residents|villagers|youths|traders|locals|inhabitants|demonstrators|protesters|rioters|fishermen)\b)")
_NOT_PLACES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
               "Sunday", "The", "A", "An", "This", "That", "His", "Her", "Their", "Its", "Our", "It"}
_BROAD = {"country", "region"}
BROAD_PRECISION = ("country", "region", "province")
_AREAS = ("admin1", "district", "country", "region")
CONFIDENT = 0.8  # an inner place resolved this surely is kept even outside its stated province
EDGE_KM = 50.0  # an inner place this near its container's point is kept though filed under another province
# a place that opens its sentence sets the scene for all of it: "On 3 May, in X, ...", "In X, ..."
_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)(?:(?:on|around|about)\b[^.,;()]{0,40},\s*)?(?:in|at|near)\s+(?:the\s+)?$", re.I)
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*,?\s+(?:and|or)\s+[A-Z]")
# a name that goes on past a particle is another place's ("San Juan de los Cerritos" is not San Juan)
_GOES_ON = re.compile(r"\s+(?:de|del|do|da|dos|das|di|du|des|la|las|los|le)(?:\s+(?:la|las|los))?\s+[A-Z]")
# words after a name that make it part of a street's or a thing's name ("Temple Road" in some other town, "the X intersection
# in Y", "the Makki mosque", "Grad rockets"; but "the Zahle roundabout" is Zahle's)
_FACILITY = re.compile(r"\s+(?:Road|Street|St\.|Avenue|Ave\.|Highway|Bridge|Drive|Lane|Boulevard|Blvd\.?|(?i:(?:intersection|junction|"
                       r"roundabout|crossroads)(?=\s+(?:in|of|at|near)\s+(?:the\s+)?[A-Z])|mosque|rockets?|missiles?|launchers?))\b")
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around|inside|into|on|of|between|towards?)\s+(?:the\s+)?"
                       r"(?:(?:city|town|village|area|district|county|province|outskirts|vicinity|centre|center)"
                       r"\s+of\s+)?$", re.I)


_ACROSS = re.compile(r"\b(?:across|over|against|throughout|within|to|at|in|near|on|into|inside)\s+(?:the\s+|an?\s+)?"
                     r"(?:\w+\s+)?$|[(,]\s*$", re.I)  # "across the LoC", "at a Kenya-Somalia border town", "(Niger)"
_DATELINE_COUNTRY = re.compile(r"\s*(?::|—|–|--)\s")  # "Nigeria: gunmen kill 12"
_DATELINE_HEAD = re.compile(r"(?:^|\n)[A-Z][A-Z .'-]{1,30},\s*$")
_DATELINE_END = re.compile(r"\s*(?:\([^)\n]{1,30}\))?\s*(?:-{1,2}|—|–|_)\s")
# a day inside a wire's dateline ("STUTTGART, Germany, March 3, 2020 — ..."): the day the story was filed
_FILED_DAY, _FILED_DAY_END = re.compile(r"(?:^|\n)[A-Z][A-Z'. -]+,(?:\s*[A-Z][\w.' -]{1,30},)?\s*$"), re.compile(r",?\s*(?:—|–|-{1,2})\s")
_DATELINE_TAIL = re.compile(r"(?:,\s*[A-Z][\w .'-]{1,30}?)?(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                            r"(?:,?\s+\d{4})?)?" + _DATELINE_END.pattern)  # ("STUTTGART, Germany, March 3, 2020 —")


def _acronym(text: str, start: int, name: str) -> bool:
    """``name`` is a capitals-only short form of the words before its bracket: "Armoured Personnel Carrier (APC)"."""
    if not name.isupper() or " " in name or len(name) < 2:
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", text[max(0, start - 80):start])
    initials = "".join(w[0] for w in words if w[0].isupper())
    return initials.upper().endswith(name)


def missed_places(text: str, toponyms: list[Toponym], is_actor: Callable[[str], bool] = lambda s: False) -> list[Toponym]:
    """Resolved toponyms for names after locative prepositions that ``toponyms`` does not cover."""
    covered = [(t.start, t.end) for t in toponyms if t.location is not None]
    gaz = get_gazetteer()
    spans: list[tuple[int, int]] = []
    for m in [*_AFTER_PREP.finditer(text), *_IN_BRACKETS.finditer(text), *_AS_HOME.finditer(text)]:
        (start, end), name = m.span("name"), m.group("name")
        if name.split()[0] in _NOT_PLACES or is_actor(name) or _FACILITY.match(text, end) or _GOES_ON.match(text, end) \
                or _acronym(text, start, name) or not is_place_name(gaz, name, known=False):
            continue
        if any(a < end and start < b for a, b in covered):
            continue
        spans.append((start, end))
    if not spans:
        return []
    new = set(spans)
    if not resolvable(text, sorted(new)):
        return []  # none could come back resolved
    joint = geoparse(text, spans=sorted(new | set(covered)))  # the places found lend their country
    found = [t for t in joint if t.location is not None]
    known = sorted([*[t for t in toponyms if t.location is not None], *found], key=lambda t: -t.end)
    return [t for t in found if (t.start, t.end) in new and t.location.precision not in _BROAD and t.score >= 0.3
            and not _abroad_of_its_place(text, t, known)]


def _abroad_of_its_place(text: str, t: Toponym, found: Sequence[Toponym]) -> bool:
    """A bracket's name read in another country than the place it follows (the nearest of ``found``): a province many
    countries have ("Mirebalais (Centre)"), a village ("Kumba (Meme, ...)"), or after a capital ("Brasília (...)")."""
    before = [o for o in found if o.end <= t.start and "(" in (gap := text[o.end:t.start]) and ")" not in gap and len(gap) <= 60]
    if not before or before[0].location.country_code == t.location.country_code:
        return False
    gaz, near, readings = get_gazetteer(), before[0], get_gazetteer().lookup(t.text)
    own = [c for c in gaz.lookup(near.text) if c.kind == 0 and gaz.cc(c.id) == near.location.country_code]
    small = max((gaz.pop[c.id] for c in readings), default=0) < VILLAGE_POP  # a village abroad after a sizeable town
    return len({gaz.cc(c.id) for c in readings}) >= _COMMON_NAME or small and any(gaz.pop[c.id] >= KNOWN_TOWN for c in own) \
        or any(gaz.feature(c.id) == "city" and (gaz.is_capital[c.id] or gaz.pop[c.id] >= BIG_CITY) for c in own)


_COMMON_NAME, VILLAGE_POP = 3, 20_000  # countries naming an area so (too common to say which); a namesake village
AREA_MIN_SCORE = 0.5  # a province or district named this surely stands for a report that names no town


def named_area(text: str, toponyms: Sequence[Toponym], country: Location | None, start: int = 0) -> Location | None:
    """The province or district the report names (from ``start`` on), when it names no place more precise
    that the event could take: "Youths burnt tyres in X village, Y County" with X unknown to the
    gazetteer is in Y County. Only an area of the report's ``country`` (when one is known) and named
    surely counts; the most named one wins (then the first). A province comes back at its seat with
    precision "province", a district at its own point with precision "district"."""
    areas = [t for t in toponyms if t.start >= start and t.location is not None and t.score >= AREA_MIN_SCORE
             and t.location.feature in ("admin1", "district") and t.location.precision != "region"
             and (country is None or t.location.country_code == country.country_code) and not filed_at(text, t)]
    if country is None and len({t.location.country_code for t in areas}) > 1:
        return None  # provinces of two countries and no clear focus: neither is surely the event's
    if not areas or _FACILITY.match(text, areas[0].end):
        return None
    counts = defaultdict(int)
    for t in areas:
        counts[(t.location.name, t.location.country_code)] += 1
    best = max(areas, key=lambda t: (counts[(t.location.name, t.location.country_code)], -t.start)).location
    prec = "province" if best.feature == "admin1" else "district"
    return replace(seat(get_gazetteer(), best), precision=prec)


def country_weights(toponyms: Sequence[Toponym]) -> dict[str, float]:
    """How strongly the report's resolved toponyms point at each country (summed confidences)."""
    out: dict[str, float] = defaultdict(float)
    for t in toponyms:
        if t.location is not None and t.location.country:
            out[t.location.country] += max(t.score, 0.1)
    return dict(out)


def container_of(text: str, t: Toponym, others: Sequence[Toponym]) -> Toponym | None:
    """The toponym that the text gives as ``t``'s container ("t, Y", "t (Y", "t village in Y county")."""
    following = [o for o in others if o.start >= t.end and o.location is not None and o.start - t.end <= 60]
    for o in sorted(following, key=lambda o: o.start):
        if _CONTAINER_GAP.match(text[t.end:o.start]) or OPENS.fullmatch(text, t.end, o.start):
            return o
        break
    return None


def _inside(outer: Toponym, inner: Toponym) -> bool:
    a, b = outer.location, inner.location
    if a.country != b.country:
        return False
    if a.precision in ("country", "region") or a.feature in ("country", "region", "continent"):
        return True
    return a.admin1 is None or a.admin1 == b.admin1


def _refuted(text: str, inner: Toponym, outer: Toponym, every: Sequence[Toponym]) -> bool:
    """The container's own container is a province or district that holds the container and not the
    inner place: "X, Y, Z department" with X read as a namesake in another province."""
    up, seen = container_of(text, outer, every), 0
    while up is not None and seen < 4:  # up the chain: "X ward, Y town, Y township, Z state"
        if up.location.feature in ("admin1", "district") and not _inside(up, inner):
            return _inside(up, outer)
        up, seen = container_of(text, up, every), seen + 1
    return False


def _stands_in(text: str, inner: Toponym, outer: Toponym, weights: dict[str, float],
               every: Sequence[Toponym] = ()) -> bool:
    """Whether the container should replace the inner name, which resolved to somewhere outside it.

    A province or district always does, as does a city named like its province (the
    gazetteer more likely lacks the inner place than the text misplaces it). A city counts as a container only after a bracket or when the
    inner name resolved to another country ("Mosul, Raqqa and Aleppo" is a list, not a
    hierarchy), and a confident inner place in the city's country stays, as does any inner place of
    the container's country within :data:`EDGE_KM` of it (provinces' edges are drawn differently
    by the gazetteer and by the text).
    """
    if _inside(outer, inner):
        return False
    same_country = outer.location.country == inner.location.country
    boxed = "(" in text[inner.end:outer.start] and (outer.location.feature in _AREAS or _names_province(outer.location))
    if boxed and not same_country:
        return True  # "X (Y)": the report says X is in province Y; a namesake of X abroad is not it
    if weights.get(outer.location.country, 0.0) < weights.get(inner.location.country, 0.0):
        return False
    if same_country and _near(inner.location, outer.location):
        return False  # a town on the container's edge, filed under the next province ("X, Mombasa")
    if outer.location.feature in _AREAS or _names_province(outer.location):
        return True
    if same_country and (re.match(rf"\s+{ADMIN_NOUN}\b", text[inner.end:outer.start]) or _refuted(text, inner, outer, every)):
        return True  # "X village, Y" and "X, Y, Z department" say X is in Y: a namesake elsewhere is not X
    if same_country and inner.score >= CONFIDENT:
        return False
    return "(" in text[inner.end:outer.start] or not same_country and not _LIST_GOES_ON.match(text, outer.end)


def _near(a: Location, b: Location) -> bool:
    """Two places of a country within :data:`EDGE_KM` of each other."""
    return None not in (a.lat, a.lon, b.lat, b.lon) and haversine_km(a.lat, a.lon, b.lat, b.lon) <= EDGE_KM


def _names_province(loc: Location) -> bool:
    """A city that shares its name with its own province ("X, Donetsk" names the oblast)."""
    gaz = get_gazetteer()
    return any(gaz.feature(c.id) == "admin1" and (gaz.cc(c.id) or None) == loc.country_code
               and gaz.admin1_label(c.id) == loc.admin1 for c in gaz.lookup(loc.name))


def _opens(t: Toponym, before: str) -> bool:
    """A town that opens its sentence ("On 3 May, in X, ..."); an opening county or province
    ("In Y County, two were hurt in X town") only frames the sentence."""
    return (bool(_OPENING.search(before)) and t.location.feature == "city"
            and not re.search(rf"\s{ADMIN_NOUN}$", t.text, re.I))


def choose_place(text: str, cands: Sequence[Toponym], pos: int, toponyms: Sequence[Toponym] = ()) -> Toponym | None:
    """The toponym among ``cands`` (one sentence's, resolved) where the event at ``pos`` happened.

    ``toponyms`` are all of the report's, for its country weights and the containers. A
    province comes back at its seat (:func:`strikewatch.place.seats.seat`), where monitors
    code events that a report places only in a province.
    """
    got = _choose(text, cands, pos, toponyms)
    if got is None or got.location.feature != "admin1":
        return got
    return replace(got, location=seat(get_gazetteer(), got.location))


def launched_from(text: str, t: Toponym) -> bool:
    """``t`` is named as where fire was launched from ("missiles launched from the Rostov region", "fired from bombers
    in the Saratov region (Engels area)"), not where it fell."""
    return bool(_ORIGIN.search(text, max(0, t.start - 100), t.start) or _ORIGINS.search(text, max(0, t.start - 160), t.start))


# the launch areas after the first ("launched from Kursk, Primorsko-Akhtarsk (Russia) and Cape Chauda"), and a bracket
# after one that names its base ("fired from bombers in the Saratov region (Engels area)")
_ORIGINS = re.compile(r"\b(?:fired|launched|took\s+off)\s+(?:[\w-]+\s+){0,8}?from\s+(?:the\s+directions?\s+of\s+)?[^.;()]{0,60}?"
                      r"(?:\(\s*|(?-i:[A-Z])[\w'’-]*(?:\s+\([^()]{0,40}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+))$|"
                      r"\b(?:fired|launched)\s+(?:[\w-]+\s+){0,8}?from\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?:area|region|district)"
                      r"\s+of\s+(?:the\s+)?$", re.I)  # ("... from the Primorsko-Akhtarsk area of the Russian Federation")


def _bystander(text: str, t: Toponym) -> bool:
    """A country named as an actor, not as a place: not after a locative preposition, nor a dateline
    ("Saudi Arabia and Jordan condemned the strike", "Egypt said talks would resume")."""
    if t.location.feature != "country":
        return False
    before = text[max(0, t.start - 40):t.start]
    return not (_LOCATIVE.search(before) or _ACROSS.search(before) or _DATELINE_COUNTRY.match(text, t.end))


# "the Somalia border", the second side of "the Kenya-Somalia border" (not "Myanmar border guards"), "the border with X"
_SIDE_AFTER = re.compile(r"\s+(?i:border|frontier)\b(?!\s+(?i:guards?|police|forces?|security|patrols?|troops)\b)")
_SIDE_BEFORE = re.compile(r"(?i:border|frontier|boundary)\s+(?i:with)\s+(?:the\s+)?$")


_ROAD = re.compile(r"[A-Z][\w'’]*(?:\s*[-–]\s*[A-Z][\w'’]*)+\s+(?i:highway|road|motorway|expressway|railway|route|stretch|corridor|axis)\b")


# a people named after its land: "Kikuyu tribesmen", "Maasai and Kikuyu ethnic militias", "the Pokot community"
_PEOPLE = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][\w'’-]+)?\s+(?:ethnic\s+|clan\s+|tribal\s+)?(?i:tribesm[ae]n|tribes?|"
                     r"militias?|clans?|communit(?:y|ies)|warriors|herders|herdsmen|pastoralists|elders|ethnic\s+groups?)\b")


def demonym_only(t: Toponym) -> bool:
    """A country read from its demonym ("the Somali populated district", "Somali militia"): people or
    things of the country, not where an event was, unless the word is also the country's own name."""
    if t.location.feature != "country":
        return False
    gaz = get_gazetteer()
    kinds = {c.kind for c in gaz.lookup(t.text) if gaz.feature(c.id) == "country" and gaz.cc(c.id) == t.location.country_code}
    return kinds == {DEMONYM}


def people_name(text: str, t: Toponym) -> bool:
    """A town's name used for a people ("Kikuyu tribesmen", "Maasai and Kikuyu ethnic militias"):
    who fought, not where; the event goes to the report's other places or its area instead."""
    return t.location.feature == "city" and bool(_PEOPLE.match(text, t.end)) \
        and not re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, t.start - 12):t.start])


def road_end(text: str, t: Toponym) -> bool:
    """A town named as an end of a road ("the Eldoret-Nakuru highway", "the X-Y road"): the road runs
    there, but the event (a blockade, an ambush) is somewhere along it, so another place named wins."""
    lo = max(0, t.start - 40)
    return any(m.start() <= t.start and t.end <= m.end() for m in _ROAD.finditer(text, lo, t.end + 60))


def border_side(text: str, t: Toponym) -> bool:
    """A country named as the far side of a border, not as where the event was: "near the Somalia
    border", "at the Kenya-Somalia border" (Somalia; the side named first is the report's own), "the
    border with Uganda". A side crossed into ("raiders crossed the border into X") is where they went."""
    return t.location.feature == "country" and bool(
        _SIDE_AFTER.match(text, t.end) or _SIDE_BEFORE.search(text[max(0, t.start - 40):t.start]))


def filed_on(text: str, start: int, end: int) -> bool:
    """The date at ``[start, end)`` is a wire dateline's: the day the story was filed, not its event's."""
    return bool(_FILED_DAY.search(text, 0, start) and _FILED_DAY_END.match(text, end))


def opens_on_dateline(text: str, pos: int) -> bool:
    """The text from ``pos`` opens on a wire's dateline town ("DAKAR, June 2 - ..."): a lede of its own."""
    return bool(_FILED_DAY.match("\n" + text[pos:pos + 40].lstrip().split(",")[0] + ","))


def filed_at(text: str, t: Toponym) -> bool:
    """Where the report was filed, not where its event happened: a line's opening name, capitals or followed by
    an agency ("MAIDUGURI (Reuters) -", "RAWALPINDI: On 14 March"), or its second name ("TAMPA, Fla. —")."""
    if t.start and text[t.start - 1] != "\n":
        return bool(_DATELINE_HEAD.search(text, max(0, t.start - 40), t.start) and _DATELINE_END.match(text, t.end))
    after, caps = _DATELINE_TAIL.match(text, t.end), text[t.start:t.end].isupper()
    return after is not None and (caps or "(" in after.group()) or caps and text.startswith(":", t.end)


# where fire came from, not where it fell ("forces positioned north of Hama hit Khan Shaykhun", "a drone launched from X"),
# or where a bus was heading: an event's place only when no other is named
_ORIGIN = re.compile(r"(?:\btook\s+off\s+from|\bfrom\s+(?:[\w-]+\s+){0,2}?(?:ships|warships|vessels|submarines)\s+(?:in|on)|"
                     r"\b(?:fired|launched|firing|launching|shelling|shot)\s+(?:[\w-]+\s+){0,6}?from(?:\s+the\s+directions?\s+of|"
                     r"\s+(?:[\w-]+\s+){1,3}?(?:bombers|aircraft|ships|warships|submarines|vessels)\s+(?:in|over|from))?|\bfrom\s+(?:their\s+|its\s+|army\s+|"
                     r"rebel\s+)?positions?|\b(?:positioned|stationed|based|entrenched))\s+(?:(?:in|at|near|around|inside)\s+|"
                     r"(?:(?:\w+\s+)?(?:north|south|east|west)\w*\s+of|outside)\s+)?(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?$",
                     re.I)


# a place named as the reference point of the one before it ("the X district west of Y", "X, 20 km north of Y")
_ANCHOR = re.compile(r"(?:\s+(?:district|area|town|village|city|camp|region|province|governorate|county|raion|township))?,?"
                     r"\s+(?:\(?(?:about|some|around|nearly|roughly)?\s*\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:to the\s+)?)?"
                     r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?", re.I)
# a capital or country named for its government or its people ("chanted against Tehran's influence"), not for a part
# of it ("Gaza's Shifa hospital", "Idlib's countryside")
_OWNER = re.compile(r"['’]s\s+(?!(?:[A-Z0-9]|(?:old|new|main|central|(?:north|south|east|west)(?:ern)?|outskirts|suburbs?|"
                    r"countryside|city|centre|center|market|hospital|airport|port|streets?|district|neighbou?rhoods?|"
                    r"camps?|border|frontier|province|region|coast|villages?|towns?)\b))")


def _choose(text: str, cands: Sequence[Toponym], pos: int, toponyms: Sequence[Toponym]) -> Toponym | None:
    cands = [t for t in cands if t.location is not None and not _FACILITY.match(text, t.end)
             and not modifier_only(text, t)
             and not _bystander(text, t) and not border_side(text, t) and not people_name(text, t)
             and not demonym_only(t) and not speaker_place(text, t) and not meeting_place(text, t, pos)]
    if not cands:
        return None
    cands = [t for t in cands if not _ORIGIN.search(text, max(0, t.start - 100), t.start)] or cands
    cands = [t for t in cands if not sector_name(text, t)] or cands  # "In the Kramatorsk direction, ... near Chasiv Yar"
    cands = [t for t in cands if not _OWNER.match(text, t.end)]  # not "against Tehran's influence"
    every = list(toponyms) or list(cands)
    weights = country_weights(every)
    top = max(weights.values(), default=0.0)
    # a dateline only when nothing else is named, and in the report's country ("MAIDUGURI (Wire) - Bombs killed 19
    # across the north-east"; not "NAIROBI -" over fighting in South Sudan)
    cands = [t for t in cands if not filed_at(text, t)] or [t for t in cands if weights.get(t.location.country, 0.0) >= top - 1e-9]
    if not cands:
        return None
    lo = min(t.start for t in cands)
    inners = {id(o) for t in cands for o in [container_of(text, t, cands)] if o is not None}
    inners |= {id(t) for t in cands if any(re.fullmatch(r"['’]s\s+", text[t.end:o.start]) for o in cands)}  # "Idlib's X"
    inners |= {id(t) for t in cands if any(o.end <= t.start and _ANCHOR.fullmatch(text, o.end, t.start) for o in cands)}

    def foreign(t: Toponym) -> bool:
        return weights.get(t.location.country, 0.0) < top - 1e-9

    def key(t: Toponym) -> tuple:
        container = id(t) in inners or in_open_bracket(text, t.start, lo)
        before = text[max(0, t.start - 80):t.start]
        locative = bool(_LOCATIVE.search(before[-40:]))
        return (t.location.precision in BROAD_PRECISION, road_end(text, t), container, foreign(t),
                not _opens(t, before), not locative, abs(t.start - pos))

    best = min(cands, key=key)
    outer = container_of(text, best, every)
    if outer is not None and not modifier(text, outer) and _stands_in(text, best, outer, weights, every):
        feature = outer.location.feature
        prec = {"admin1": "province", "district": "district", "country": "country"}.get(feature or "", None)
        return replace(outer, location=replace(outer.location, precision=prec or outer.location.precision))
    if best.location.precision in BROAD_PRECISION and foreign(best) and best.score < CONFIDENT:
        return None  # a doubtful province abroad ("South" read as some country's province)
    return best
