"""Toponym recognition: which spans of a text name places, and what the words around them say.

Sources of mentions: spaCy's GPE/LOC/FAC entities, and capitalised word runs
that match a well-known gazetteer entry (countries, provinces, continents,
cities of 50,000+) where spaCy saw nothing. A filter drops names that are not
places (platforms, companies, armed groups, demonyms); GPE/LOC entities the
gazetteer lacks are kept, to be returned unresolved. The context patterns
set precision ("near X", "in and around X", "south of X"), the wanted level
("X province", "the X district") and regions ("northern Afghanistan").
"""
from __future__ import annotations

import re

import numpy as np
from spacy.tokens import Doc

from ..nlp import text_of
from .build import DEMONYM, FEATURES
from .doccache import lexical, orth_of
from .entities import PLACE_PREPS, county_head, embedded, misread, name_ends, named_otherwise, well_known
from .frames import frame_spans
from .gazetteer import Gazetteer, name_key
from .names import normalize
from .regions import COMPASS, abbreviation_key
from .resolve import Mention

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
UNRESOLVED_LABELS = frozenset({"GPE", "LOC"})  # kept with location None when the gazetteer lacks them
EMBEDDING_LABELS = frozenset({"ORG", "WORK_OF_ART", "PERSON"})  # entities that may carry a place name inside
# unknown names kept unresolved only when they look geographic ("Red River", "Hamilton Township")
_GEO_HEAD = re.compile(r"\b(?:Rivers?|Islands?|Isle|Lakes?|Mountains?|Mount|Valley|Township|County|Parish|Province|"
                       r"Region|District|Sea|Ocean|Bay|Gulf|Desert|Strait|Canal|Creek|Peninsula|Coast|Plateau|Basin|"
                       r"Camp|Governorate|Oblast|Village|Heights|Hills?|Forest|Delta|Falls)\b")
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
NOT_PLACES = frozenset(normalize(n) for n in (
    "Facebook", "Twitter", "YouTube", "Instagram", "LinkedIn", "WhatsApp", "Telegram", "TikTok", "Google",
    "Snapchat", "Reddit", "Amazon", "Apple", "Microsoft", "Reuters", "AP", "AFP", "CNN", "BBC", "Fox",
    "ISIS", "ISIL", "IS", "Daesh", "Islamic State", "Taliban", "Peshmerga", "Hezbollah", "Hamas",
    "al-Qaeda", "al Qaeda", "Al-Shabaab", "Boko Haram", "Pentagon", "Kremlin", "White House", "Congress",
    "Senate", "Parliament", "Coalition", "Twitter Inc", "Internet", "Web", "Earth", "God", "Christmas",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "Sheriff", "Police", "Court", "State",
    "City", "County", "University", "Hospital", "Airport", "Army", "Navy", "Marines",
    # bare compass words head street, school and district names ("North Main Street"); alone they
    # match provinces of Cameroon, Uganda or Zambia that news rarely means
    "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Central",
    "Northern", "Southern", "Eastern", "Western", "Metro", "Upper", "Lower",
))
_NEAR = re.compile(r"\b(?:near|nearby|close to|outside|outskirts of|vicinity of|(?:\d+\s*(?:km|kilometers|kilometres|miles)\s+)?"
                   r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+(?:the\s+)?(?:city of\s+|town of\s+)?$", re.I)
_AROUND = re.compile(r"\bin and around\s+(?:the\s+)?(?:city of\s+)?$", re.I)
_WANT_AFTER = re.compile(r"^\s+(province|governorate|district|county|parish|region|oblast|state|city|town|village|hamlet)s?\b", re.I)
# the last name of a list carries its members' kind ("over the Kyiv, Zhytomyr and Sumy oblasts")
_LIST_WANT = re.compile(r"^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?){1,6}\s+"
                        r"(province|governorate|district|region|oblast)s\b", re.I)
_WANT = {"province": "admin1", "governorate": "admin1", "region": "admin1", "state": "admin1", "oblast": "admin1",
         "district": "district", "county": "district", "parish": "district", "city": "city", "town": "city",
         "village": "village", "hamlet": "village"}  # a village is no city of 500,000 (place.prune)
_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet)\s+of\s+(?:the\s+)?$", re.I)
# a name that goes on through a particle ("Santiago de Cuba", "Martinez de la Torre", "Rostov-on-Don")
_PARTICLE_TAIL = re.compile(r"(?:\s+(?:de|del|de la|de las|de los|do|da|dos|das|di|du|des)\s+|-(?:on|upon|en|sur|de|la)-)"
                            r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_COMPASS_BEFORE = re.compile(r"\b(" + "|".join(sorted((w for w in COMPASS if w.endswith("ern") or w == "central"),
                                                       key=len, reverse=True)) + r")\s+$", re.I)
_GENERIC_END = re.compile(r"\s+(?:province|governorate|district|sub-?district|region|county|countryside|area|oblast|state|"
                          r"township|upazila|mandal|tehsil)$", re.I)
_TRIM_HEAD = re.compile(r"^(?:the|of|in)\s+", re.I)
# a name before a currency, or naming a landmark of some other town ("the X intersection in Y"), is no place's
# ("the Zahle roundabout", with no town after it, is Zahle's)
_CURRENCY = re.compile(r"\s+(?:dollars?|euros?|pounds?|rupees?|shillings?|currency|"
                       r"(?:intersection|junction|roundabout|crossroads)\s+(?:in|of|at|near)\s+(?:the\s+)?[A-Z]|"
                       r"time\)|time,)", re.I)  # (and a clock: "12:15 a.m. (Baghdad time)", "at 23:20 Moscow time,")
_TRIM_TAIL = re.compile(r"(?:['’]s|['’])$")
# a neighbourhood's designator before its own name ("Colonia Lomas de la Presa", "Barrio San Miguel",
# "Fraccionamiento Las Flores"): part of a street address in some town, not the town of Colonia
_DESIGNATOR = re.compile(r"(?i:colonia|barrio|fraccionamiento|asentamiento|unidad habitacional|favela|comunidade)$")
_NAME_GOES_ON = re.compile(r"\s+(?:(?:de|del|la|las|los|el)\s+)?[A-Z]")


_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*(?:,|\band\b|\)|\.|;|$)|\s*\(\s*\d{1,3}\s*\)")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|of|to|into|outside|around|across|over|on)\s+(?:the\s+)?$", re.I)


def aged(text: str, start: int, end: int) -> bool:
    """A name followed by an age ("among them Hassan, 14, and Amina (9)"): a person, not a place."""
    return bool(_AGE_AFTER.match(text, end)) and not _LOCATIVE_BEFORE.search(text, max(0, start - 20), start)


_BANK_OF = re.compile(r"\bbanks?\s+of\s+the\s+$", re.I)
# a landmark named after a place: "Souq Libya" (a market in Omdurman), "Camp Victory", "Hotel Afghanistan"
_LANDMARK_BEFORE = re.compile(r"\b(?:Souq|Souk|Suq|Sooq|Market|Street|Avenue|Hotel|Mosque|Square|Camp|Stadium|SOUQ|SOUK|SUQ|"
                              r"MARKET|STREET|HOTEL|MOSQUE|SQUARE|CAMP|STADIUM)[ \t]+$")


def river_bank(text: str, start: int) -> bool:
    """A name after "the (left) bank of the": a river ("withdrew to the left bank of the Dnipro"), not its city."""
    return bool(_BANK_OF.search(text, max(0, start - 30), start))


def landmark_named(text: str, start: int) -> bool:
    """A name that a landmark's word opens ("Souq Libya"): the landmark's, not the place's."""
    return bool(_LANDMARK_BEFORE.search(text, max(0, start - 12), start))


def designator(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a neighbourhood's designator followed by its own name (:data:`_DESIGNATOR`)."""
    return bool(_DESIGNATOR.fullmatch(text[start:end]) and _NAME_GOES_ON.match(text, end))


def context(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """Precision and wanted feature that the words around ``text[start:end]`` imply."""
    before = text[max(0, start - 40):start]
    precision = "in and around" if _AROUND.search(before) else "near" if _NEAR.search(before) else None
    after = _WANT_AFTER.match(text[end:end + 16]) or _LIST_WANT.match(text[end:end + 160])
    return precision, _WANT[after.group(1).lower()] if after else "village" if _VILLAGE_BEFORE.search(before) else None


def compass_before(text: str, start: int) -> re.Match[str] | None:
    """The "northern " directly before a name, if any."""
    return _COMPASS_BEFORE.search(text[max(0, start - 20):start])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    head = _TRIM_HEAD.match(text[start:end])
    start += head.end() if head else 0
    tail = _TRIM_TAIL.search(text[start:end])
    return start, end - (len(tail.group(0)) if tail else 0)


def may_stay_unresolved(name: str) -> bool:
    """Whether ``recognize`` may keep an entity the gazetteer lacks: a geographic head ("Red River"), a particle ("Barra de X")."""
    return bool(_GEO_HEAD.search(name) or _PARTICLE_TAIL.search(name))


def is_place_name(gaz: Gazetteer, name: str, *, known: bool = True) -> bool:
    """False for names that are not places: the stop list, and names known only as demonyms.

    With ``known`` the name must also be in the gazetteer; without it an unknown
    name passes (a place spaCy found that the gazetteer lacks stays, unresolved).
    """
    key = name_key(name)
    if not key or key in NOT_PLACES or not any(ch.isupper() for ch in name):
        return False
    cands = gaz.lookup(name) or gaz.lookup(_GENERIC_END.sub("", name))  # "Hama province"
    if not cands:
        return not known
    return not all(c.kind == DEMONYM for c in cands)


def _sentence_start(text: str, start: int) -> bool:
    """True when only quotes, brackets and spaces stand between ``start`` and a sentence end."""
    k = start - 1
    while k >= 0 and text[k] in " \t\"'“‘(":
        k -= 1
    return k < 0 or text[k] in ".!?\n:"


_AREA_AFTER = re.compile(r",\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")


def _before_area(gaz: Gazetteer, text: str, end: int) -> bool:
    """True when ", <country or state>" follows: a dateline or address ("COLUMBUS, Ohio (AP)")."""
    m = _AREA_AFTER.match(text, end)
    if not m:
        return False
    words = m.group(1).split()
    forms = [m.group(1), words[0]] if len(words) > 1 else [m.group(1)]
    return any(gaz.names_area(abbreviation_key(f) if f.endswith(".") else name_key(f)) for f in forms)


def _chained_areas(gaz: Gazetteer, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Provinces and countries after a place and a comma ("in Comayaguela, Francisco Morazan"), whatever the tagger
    called them: a person's or party's name there is the address's next level."""
    out = []
    for _, end in spans:
        m = _AREA_AFTER.match(text, end)
        if m and not any(a < m.end(1) and m.start(1) < b for a, b in spans):
            name = m.group(1)
            if gaz.names_area(name_key(name)):
                out.append((m.start(1), m.end(1)))
            elif " " in name and gaz.names_area(name_key(name.split()[0])):
                out.append((m.start(1), m.start(1) + len(name.split()[0])))
    return out


def _gazetteer_spans(doc: Doc, gaz: Gazetteer, taken: np.ndarray) -> list[tuple[int, int]]:
    """Capitalised token runs (up to 4 words and the joiners between them) that name well-known places, longest first. Token columns are read
    once (:func:`lexical`); a window may only hold capitalised, untaken tokens (or "-", "of" and name particles
    inside), so the longest candidate at ``i`` is the run of such tokens starting there; only capitalised
    non-stop-word tokens can start one."""
    n, text, lex = len(doc), text_of(doc), lexical(doc)
    joiner = np.isin(lex.orth, [orth_of(doc, w) for w in ("-", "of", "del", "de", "la", "el", "al", "da", "do", "du",
                                                          "des", "los", "las", "au", "aux", "sur", "az", "ad", "ar", "as", "ash", "at", "an",
                                                          "ez", "es", "ed", "er", "en", "ibn", "bin")])
    # "Lanao del Sur", "Bay of ...", "Dayr az Zawr", "Ras al Ayn"
    okay = ~taken & (lex.title | lex.upper | joiner)
    ok, join, starts, lengths = okay.tolist(), joiner.tolist(), lex.idx, lex.length
    # a name may open on its lower-case article: "al-Qaim", "ad-Dawr" (an article, a hyphen, a capitalised word)
    hyphen = lex.orth == orth_of(doc, "-")
    article = np.zeros(n, dtype=bool)
    if n > 2:
        article[:-2] = joiner[:-2] & hyphen[1:-1] & lex.title[2:] & ~taken[:-2]
    out, i = [], 0
    for k in np.flatnonzero(okay & ~lex.stop | article).tolist():
        if k < i:
            continue
        i, found = k, None
        run, words = 1, 1  # up to four words, and the joiners between them ("Port-au-Prince")
        while i + run < n and ok[i + run] and (join[i + run] or words < 4):
            words += not join[i + run]
            run += 1
        for j in range(i + run, i, -1):
            if join[j - 1]:
                continue
            s, e = starts[i], starts[j - 1] + lengths[j - 1]
            if e - s < 3 or (j - i == 1 and _sentence_start(text, s) and not _before_area(gaz, text, e)):
                continue
            if well_known(gaz, text[s:e]) and not _country_inside_name(gaz, text, s, e):
                found = (s, e, j)
                break
        if found:
            out.append(found[:2])
            i = found[2]
        else:
            i += 1
    return out


_CAP_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]+[ \t]$")
_CAP_AFTER = re.compile(r"[ \t][A-Z][a-z]+\b")


def _country_inside_name(gaz: Gazetteer, text: str, s: int, e: int) -> bool:
    """A country's name between two capitalised words in running text ("Datu Saudi Ampatuan", a Philippine town):
    part of a longer name the gazetteer lacks, not the country (a title-case headline proves nothing)."""
    if not (_CAP_BEFORE.search(text, max(0, s - 30), s) and _CAP_AFTER.match(text, e)) or not _is_area(gaz, text[s:e], ("country",)):
        return False
    line = text[text.rfind("\n", 0, s) + 1:text.find("\n", e) % (len(text) + 1)]
    return any(w[:1].islower() for w in re.findall(r"[A-Za-z]{4,}", line)) and not _GEO_HEAD.match(text, e + 1)


def recognize(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Place mentions of a spaCy Doc, with their context cues, sorted by start."""
    text = text_of(doc)
    taken = np.zeros(len(doc), dtype=bool)
    spans, unknown_ok = [], set()
    people: set[str] | None = None
    named = {e.start for e in doc.ents if e.label_ == "PERSON"}  # "killing Salem Abu Ajila": a first name
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS or ent.label_ in BLOCKING_LABELS:
            taken[ent.start:ent.end] = True
        if ent.label_ in PLACE_LABELS and not (ent.end in named and len(ent) == 1 and ent.text.isalpha() and ent.start
                                                and doc[ent.start - 1].lower_ not in PLACE_PREPS):
            span = _trim(text, ent.start_char, ent.end_char)
            spans.append(span)
            if ent.label_ in UNRESOLVED_LABELS and _GEO_HEAD.search(text[span[0]:span[1]]):
                unknown_ok.add(span)
        if ent.label_ in EMBEDDING_LABELS or ent.label_ == "FAC" or ent.label_ in UNRESOLVED_LABELS and len(ent) > 1 \
                and not gaz.lookup(ent.text) and not _GEO_HEAD.search(ent.text):  # "Kandahar Shia": a place's head
            if people is None and ent.label_ == "PERSON":
                people = name_ends(doc)
            inner = embedded(doc, gaz, ent, people)
            if inner and not (ent.label_ in UNRESOLVED_LABELS and gaz.lookup(text[inner[1]:ent.end_char].strip(" ,"))):
                spans.append(inner)  # (not "San Francisco Campeche": a town named with its state)
        spans += misread(gaz, doc, ent)
        if ent.label_ in BLOCKING_LABELS or ent.label_ == "FAC":
            county = county_head(gaz, text, ent)
            if county:
                spans.append(county)
    spans += _gazetteer_spans(doc, gaz, taken)
    spans = _add_frames(doc, gaz, spans, unknown_ok)
    spans += _chained_areas(gaz, text, spans)
    spans, unknown_ok = _extend_particles(text, gaz, spans, unknown_ok)
    spans = [_over_word_before(text, gaz, *_over_hyphen(text, gaz, s, e)) for s, e in spans]
    return [m for s, e in sorted(set(spans)) if e > s and text[s] != "-"  # (not "-Atlantique" of "Loire-Atlantique")
            and not _CAPITAL_DISTRICT.search(text, max(0, s - 30), e)  # "Bogotá, D.C.": Colombia's capital district
            and not _CURRENCY.match(text, e) and not designator(text, s, e)
            and not aged(text, s, e) and not river_bank(text, s) and not landmark_named(text, s) and not named_otherwise(text, s, e)
            for m in [mention(text, s, e, gaz)]
            if is_place_name(gaz, _name_of(text, m), known=(s, e) not in unknown_ok)]


def _add_frames(doc: Doc, gaz: Gazetteer, spans: list[tuple[int, int]], unknown_ok: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` plus the names in spatial frames (:func:`strikewatch.place.frames.frame_spans`); a frame's
    name replaces the shorter spans it overlaps and gives way to a longer one ("Hama province") that
    would stay a place, not to one that would be dropped ("the Dadaab Refugee Camp", unknown as a whole)."""
    text = text_of(doc)
    for f in frame_spans(doc, gaz):
        overlapping = [sp for sp in spans if sp[0] < f.end and f.start < sp[1]]
        if any(b - a > f.end - f.start and ((a, b) in unknown_ok or is_place_name(gaz, text[a:b]))
               for a, b in overlapping):
            continue
        spans = [sp for sp in spans if sp not in overlapping] + [(f.start, f.end)]
        if f.translit:
            unknown_ok.add((f.start, f.end))
    return spans


def _extend_particles(text: str, gaz: Gazetteer, spans: list[tuple[int, int]],
                      unknown_ok: set[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Grow a span over a particle and the capitalised words after it ("Barra" -> "Barra de Sao Miguel"):
    the head alone names some other place. The longest continuation the gazetteer knows is kept;
    if it knows none, the whole name stays, unresolved, rather than resolving to its head."""
    out, ok, grown = [], set(unknown_ok), []
    for s, e in spans:
        tail = _PARTICLE_TAIL.match(text, e)
        if not tail or (e - s) < 3:
            out.append((s, e))
            continue
        words = list(re.finditer(r"[\w'’-]+", text[tail.start():tail.end()]))
        end = tail.end()
        for w in reversed(words[1:]):
            stop = tail.start() + w.end()
            if gaz.lookup(text[s:stop]):
                end = stop
                break
        else:
            ok.add((s, end))
        out.append((s, end))
        grown.append((s, end))
    out = [(s, e) for s, e in out if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in grown)]
    return out, ok


_HYPHEN_TAIL = re.compile(r"-[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?")


def _over_hyphen(text: str, gaz: Gazetteer, s: int, e: int) -> tuple[int, int]:
    """A span grown over "-Word" when the gazetteer knows the hyphenated whole ("Nord" -> "Nord-Kivu"); one that opens on
    a hyphen moved past it when the names it joins are two (``_PAIRED``, ``_ROUTE``) or it is a dash ("area - Clarke")."""
    if text[s] == "-" and (text[s + 1:s + 2].isspace() or _PAIRED.search(text, max(0, s - 8), s) or _ROUTE.match(text, e)):
        s = e - len(text[s + 1:e].lstrip())
    tail = _HYPHEN_TAIL.match(text, e)
    return (s, tail.end()) if tail and gaz.lookup(text[s:tail.end()]) else (s, e)


_PAIRED = re.compile(r"(?<![\w-])[A-Z]{1,5}$")  # two names joined: "R-Florence", "an EU-Israel summit", "Sidon-Beirut road"
_ROUTE = re.compile(r"\s+(?i:road|highway|motorway|route|axis|railway|border|corridor|treaty|summit|council|talks|flights?)\b")
_CAPITAL_DISTRICT = re.compile(r"(?<!Washington)(?:,\s*|\s+)D\.\s?C\.$")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’]+\s+$")


def _over_word_before(text: str, gaz: Gazetteer, s: int, e: int) -> tuple[int, int]:
    """A span grown over the demonym (or "Old", "New", "Greater") before it when the gazetteer knows the whole by
    its own name ("Kurdistan" -> "Iraqi Kurdistan", "Homs" -> "Old Homs"), where that word alone was read as no place."""
    word = _WORD_BEFORE.search(text, max(0, s - 30), s)
    head = word.group().strip() if word else ""
    if word and (head in ("Old", "New", "Greater") or any(c.kind == DEMONYM for c in gaz.lookup(head))) \
            and any(c.kind in (0, 1) for c in gaz.lookup(text[word.start():e])):
        return word.start(), e
    return s, e


def _name_of(text: str, m: Mention) -> str:
    s = text[m.start:m.end]
    return s[len(m.compass):].strip() if m.compass and s.lower().startswith(m.compass.lower()) else s


def _is_area(gaz: Gazetteer, name: str, features: tuple[str, ...] = ("country", "admin1", "continent", "region")) -> bool:
    areas = {FEATURES.index(f) for f in features}
    return any(c.kind in (0, 1) and gaz.feature_code[c.id] in areas for c in gaz.lookup(name))


def _is_world_region(gaz: Gazetteer, name: str) -> bool:
    regions = {FEATURES.index(f) for f in ("continent", "region")}
    return any(c.kind in (0, 1) and gaz.feature_code[c.id] in regions for c in gaz.lookup(name))


def mention(text: str, start: int, end: int, gaz: Gazetteer, *, widen: bool = True) -> Mention:
    """A Mention for ``text[start:end]`` with the cues of its context.

    A compass word before (``widen``) or at the head of the span makes a region
    mention ("northern Afghanistan") when the rest names a country or province;
    with ``widen`` a "North Texas" span shrinks to the state's name, the compass
    word staying a cue.
    """
    precision, want = context(text, start, end)
    head = re.match(r"(\w+)\s+", text[start:end])
    word = head.group(1).lower() if head else ""
    if word in COMPASS and word.endswith(("ern", "central")):
        # "Western Europe" is a region of its own, not the western half of a continent
        if not _is_world_region(gaz, text[start:end]) and _is_area(gaz, text[start + head.end():end]) \
                and not any(c.kind == 0 for c in gaz.lookup(text[start:end])):  # not "Northern Ireland", a name of its own
            return Mention(start, end, precision, want, head.group(1))
    elif (word in COMPASS and _is_area(gaz, text[start + head.end():end], ("country", "admin1"))
          and text[start + head.end():end].split()[0].lower() not in COMPASS and not gaz.lookup(text[start:end])):
        # "North Texas" (not "North Carolina", a name of its own): the name is the state's, the place
        # its northern part; the compass word stays a cue outside the span
        return Mention(start + head.end() if widen else start, end, precision, want, head.group(1))
    comp = compass_before(text, start) if widen else None
    if comp and _is_area(gaz, text[start:end]) and not (comp.group(1).lower() == "central" and any(  # "central Belgorod":
            c.kind == 0 and gaz.feature(c.id) == "city" and gaz.pop[c.id] >= 300_000 for c in gaz.lookup(text[start:end]))):
        s = start - (len(text[max(0, start - 20):start]) - comp.start())
        if _is_world_region(gaz, text[s:end]):
            return Mention(s, end, precision, want)
        return Mention(s, end, precision, want, text[s:s + len(comp.group(1))])
    return Mention(start, end, precision, want)
