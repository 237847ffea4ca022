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

from ..models import Fatalities, Toponym, haversine_km
from ..nlp import text_of
from .counts import NUM, Count, parse_number

_PREP = r"(?:in|over|near|at|around|across|outside|on)"
_ITEM = re.compile(rf"\b(?P<n>{NUM})\s+(?:[\w-]+\s+){{0,4}}?{_PREP}\s+(?:the\s+)?", re.I)
_ELLIPSIS = re.compile(rf"(?:,|\band|;)\s*(?:another\s+|a\s+further\s+)?(?P<n>{NUM})\s+{_PREP}\s+(?:the\s+)?",
                       re.I)  # ", four over Kursk region", "and 4 in Katsina": number, no noun
# "kidnapped nine travellers near Katari and four farmers in Kajuru": the next item names its own noun
_NAMED_ITEM = re.compile(rf"\band\s+(?:another\s+)?(?P<n>{NUM})\s+(?:[a-z-]+\s+){{1,2}}{_PREP}\s+(?:the\s+)?", re.I)


# an interception tally told line by line under its lead ("57 drones were shot down:\nKyiv oblast - 14\nOdesa oblast - 11")
TALLY_LINE = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?[A-Z][^\n\d:;.,]{1,50}?[ \t]*[-\u2013\u2014:][ \t]*\d{1,4}[ \t]*$")


def tally_join(before: str, after: str) -> bool:
    """Is ``after`` a tally's line after its lead (a line ending on a colon) or after another of its lines?"""
    return bool(TALLY_LINE.match(after) and (before.rstrip().endswith(":") or TALLY_LINE.match(before)))


def with_tally(sent: Span) -> Span:
    """A tally's lead (a sentence ending on a colon) run on over the tally's lines that follow it."""
    if not sent.text.rstrip().endswith(":"):
        return sent
    text, end = text_of(sent.doc), sent.end_char
    while (line := re.match(r"\s*([^\n]*)", text[end:])) is not None and line.group(1) and TALLY_LINE.match(line.group(1)):
        end += line.end()
    return sent if end == sent.end_char else sent.doc.char_span(sent.start_char, end, alignment_mode="expand") or sent


def _tallied(sent: Span, toponyms: list[Toponym]) -> list[Toponym]:
    """The places of a tally's lines in a sentence that holds two or more of them, one per line."""
    out = []
    for line in re.finditer(r"[^\n]+", sent.text):
        if TALLY_LINE.match(line.group()):
            a, b = sent.start_char + line.start(), sent.start_char + line.end()
            out += [t for t in toponyms if t.location is not None and a <= t.start < b][:1]
    return out if len(out) >= 2 else []


def elliptical(clause: str) -> bool:
    """'two in Kandahar in separate bombings': a clause that is one more item of the list before it."""
    return bool(_ELLIPSIS.match(", " + clause))


def _item_places(sent: Span, toponyms: list[Toponym]) -> list[tuple[int, int, int, Toponym]]:
    """(number start, number end, value, toponym) for the first item and each elliptical one after it."""
    text, base = sent.text, sent.start_char
    by_start = {t.start: t for t in toponyms if t.location is not None}

    def place_at(pos: int) -> Toponym | None:
        t = by_start.get(base + pos)
        return None if t is None or text[t.end - base:t.end - base + 1] == "-" else t  # not "the Abuja-Kaduna highway"

    tail = [(m, place_at(m.end())) for m in _ELLIPSIS.finditer(text)] or \
        [(m, place_at(m.end())) for m in _NAMED_ITEM.finditer(text)]
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


# between two listed places: "X and Y", "X, Y and Z", "X as well as in Y", "the areas of X and Kfar Y"
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|,?\s+as\s+well\s+as\s+)(?:(?:in|on|at|near|over)\s+)?"
                       r"(?:the\s+)?(?:(?:areas?|villages?|towns?|cities|city|districts?|outskirts|suburbs|vicinity|countryside)\s+of\s+)?$",
                       re.I)  # ("the spa town of Jermuk and the outskirts of Goris")
_JOINED = re.compile(r"\band\b|&|\bas\s+well\s+as\b", re.I)  # a list ends "..., Y and Z"
_NOT_LIST = re.compile(r"\b(?:between|from)\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.I)  # "the road between X and Y"
_PROVINCES_OF = re.compile(r"\b(?:provinces|governorates|regions|oblasts)\s+of\s+(?:the\s+)?$", re.I)
_LISTABLE = {"city", "district", "admin1", "region"}  # not countries: "strikes in Syria and Iraq" sums up


def _headline(sent: Span) -> bool:
    """A headline's line: no closing stop (a note's "in Caracoli, Malambo, Atlantico." names a place and its town)."""
    return not sent.text.rstrip().endswith((".", ".\"", ".”"))


def _gaps_km(run: list[Toponym]) -> list[float | None]:
    """The distance between each two places named one after the other (None where one has no point)."""
    return [haversine_km(a.location.lat, a.location.lon, b.location.lat, b.location.lon)
            if a.location.lat is not None and b.location.lat is not None else None for a, b in zip(run, run[1:])]


def _apart(run: list[Toponym]) -> bool:
    """Towns of as many provinces as there are names: "raids hit Sanaa, Saada" lists them with no "and", as
    headlines do (a town beside its own province's city is where it is: "in Achrafieh, Beirut")."""
    provinces = {t.location.admin1 for t in run}
    return None not in provinces and len(provinces) == len(run) and all(t.location.feature == "city" for t in run) \
        and len({t.location.country_code for t in run}) == 1 \
        and all(km is not None and km > APART_KM for km in _gaps_km(run))  # (not "in Mirpur, Dhaka" read as a
    # Mirpur abroad, nor "Dahiyeh, Beirut")


APART_KM = 15.0  # listed towns lie further apart than a suburb from its city


def _coordinated(m, sent: Span, toponyms: list[Toponym]) -> list[Toponym]:
    """The places listed together with the mention's own place ("struck X and Y", "in the areas of X, Y and Z"),
    each a place of the same kind (towns with towns, provinces with provinces), none inside another."""
    if m.place is None or m.place.location is None:
        return []
    text = text_of(sent.doc)
    inside = sorted((t for t in toponyms if t.location is not None and sent.start_char <= t.start and t.end <= sent.end_char),
                    key=lambda t: t.start)
    runs: list[list[Toponym]] = []
    for t in inside:
        if runs and _LIST_GAP.fullmatch(text[runs[-1][-1].end:t.start]):
            runs[-1].append(t)
        else:
            runs.append([t])
    run = next((r for r in runs if any(t.start == m.place.start for t in r)), [])
    while len(run) > 2 and run[-1].location.feature in ("country", "admin1", "region") \
            and not _JOINED.search(text[run[-2].end:run[-1].start]):
        run = run[:-1]  # "in Jurf al-Sakhar and Al Qaim, Iraq": the list, then what holds it
    if len(run) < 2 or _NOT_LIST.search(text[max(sent.start_char, run[0].start - 40):run[0].start]):
        return []
    listed = _headline(sent) and _apart(run)  # a headline's towns apart, listed with commas only
    if not _JOINED.search(text[run[-2].end:run[-1].start]) and not listed:
        return []  # "in Achrafieh, Beirut", "Salif, Hodeidah governorate": a place and what holds it, no list
    kinds = {"town" if t.location.feature in ("city", "district") else t.location.feature for t in run}
    names = [t.location.name for t in run]
    if len(kinds) != 1 or not {t.location.feature for t in run} <= _LISTABLE or len(set(names)) != len(names) \
            or any(a.location.admin1 and a.location.admin1 == b.location.name for a in run for b in run
                   if a is not b or a.location.feature == "district") and not listed \
            or _PROVINCES_OF.search(text, max(sent.start_char, run[0].start - 40), run[0].start):
        return []  # (nor "sorties over the provinces of Raqqa, Hama, Idlib and Latakia": a summary's sweep)
    return run


# a place of its own preposition: "a weapons depot near X and a training compound near Y", "struck sites in the areas of
# X and Khiam, as well as a structure in the area of Y", "strikes in Saada governorate and on a site on the outskirts of Y"
_OWN_PREP = re.compile(r"\b(?:in|near|outside|around|on the outskirts of|in the (?:areas?|vicinity) of)\s+(?:the\s+)?"
                       r"(?:(?:town|village|city|district|camp|area) of\s+)?$", re.I)
_AXIS = re.compile(r"\s+(?:direction|axis|sector|front)\b", re.I)  # "in Kupyansk direction": a front's name, not a place
_PARTS = re.compile(r"\band\b|\bas well as\b|,", re.I)
_NOT_DEED_PLACE = re.compile(r"\b(?:hospitals?|clinics?|morgues?|shelters?|fled|displaced|taken|evacuated|transferred|"
                             r"based|headquartered|born|from|returned|interviewed|funerals?|buried)\b", re.I)


def _parallel(m, sent: Span, toponyms: list[Toponym]) -> list[Toponym]:
    """Towns each named after a preposition of its own and joined by "and", "as well as" or a comma, the mention's
    own place among them, none of them where the wounded were taken, people fled or the speaker is based."""
    if m.place is None or m.place.location is None:
        return []
    text = text_of(sent.doc)
    towns: list[Toponym] = []
    for t in sorted(toponyms, key=lambda t: t.start):
        if t.location is not None and sent.start_char <= t.start and t.end <= sent.end_char \
                and t.location.feature in ("city", "district") and not _AXIS.match(text, t.end) \
                and (_OWN_PREP.search(text, max(sent.start_char, t.start - 40), t.start)
                     or towns and _LIST_GAP.fullmatch(text[towns[-1].end:t.start])  # ("in the areas of X and Y";
                     and _JOINED.search(text[towns[-1].end:t.start])):  # "in X, Y": Y holds X)
            towns.append(t)
    if len(towns) < 2 or not any(t.start == m.place.start for t in towns) \
            or not _JOINED.search(text[towns[0].end:towns[-1].start]):
        return []  # (a list ends "... and Y": "in X, Estado Sur, ... in the Y district" lists no two places)
    if any(not _PARTS.search(text[a.end:b.start]) for a, b in zip(towns, towns[1:])) \
            or any(_NOT_DEED_PLACE.search(text[max(sent.start_char, t.start - 60):t.start]) for t in towns):
        return []
    names = [t.location.name for t in towns]
    if len(set(names)) != len(names) or any(a.location.admin1 == b.location.name for a in towns for b in towns if a is not b) \
            or any(km is None or km < NEAR_KM for km in _gaps_km(towns)):
        return []
    return towns


NEAR_KM = 3.0  # two towns closer than this are likely one place named twice


def by_place(m, sent: Span, toponyms: list[Toponym]) -> list:
    """``m`` (an events.mentions.Mention) once per listed place, or ``[m]`` when the sentence lists
    no two places with counts of their own nor two places of one deed."""
    items = _item_places(sent, toponyms)
    if len({t.location.name for *_, t in items}) >= 2 and len(items) == len({t.start for *_, t in items}):
        return _per_count(m, items)
    return _per_place(m, _tallied(sent, toponyms) or _coordinated(m, sent, toponyms) or _parallel(m, sent, toponyms)) or [m]


def _at(m, place: Toponym):
    one = copy.copy(m)
    one.place = place
    return one


def _per_count(m, items: list[tuple[int, int, int, Toponym]]) -> list:
    """One mention per counted item, each with its own toll or strike count when the first number was
    the mention's; the targets and the injured stay with the first."""
    first = items[0][0]
    tolled = next((k for k in m.killed if k.start <= first < k.end or first <= k.start < items[0][1]), None)
    counted = m.strikes is not None and m.strikes.start <= first < m.strikes.end
    out = []
    for start, end, value, place in items:
        one = _at(m, place)
        if start != first:
            one.targets, one.injured, one.killed = [], [], []
        if tolled is not None:
            one.killed = [tolled._replace(start=start, end=end, value=Fatalities(value, value, value), summary=False)]
        if counted:
            one.strikes = Count(start, end, value)
        out.append(one)
    return out


def _per_place(m, run: list[Toponym]) -> list:
    """One mention per coordinated place: a toll, targets or a count told once for the list stay with the
    first place (a count of several strikes with none, as it cannot be shared out)."""
    out = [_at(m, place) for place in run]
    for one in out[1:]:
        one.killed, one.injured, one.targets, one.strikes = [], [], [], None
    if out and m.strikes is not None and m.strikes.value not in (None, 1):
        out[0].strikes = None
    return out
