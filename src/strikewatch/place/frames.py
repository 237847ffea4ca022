"""Place names in spatial frames, found by the gazetteer rather than by NER.

News and strike releases put places in a few frames: "near X", "in X", "on the outskirts of X",
"north of X", "in rural X", "X province", "the X area", and open sentences with them ("Near X, two strikes
..."). spaCy often reads such a name as a person ("Near Abu Kamal") or an organisation
("Sinjar"), or misses it. :func:`frame_spans` takes the capitalised word run in each frame (with
Arabic articles, hyphens and apostrophes: "Deir ez-Zor", "Dayr Az Zawr", "Jisr al-Shughur") and
keeps its longest head that the gazetteer knows, as written, as an alternate name or by its
transliteration key. It is kept out of person and organisation names: a run that goes on into
more capitalised words, a name after a title or before a speech verb, a name that is a word of a
person named elsewhere in the text, and, after the weak frames (in, at, from, ...), any name
spaCy tags as a person or organisation.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

from ..nlp import text_of
from .build import DEMONYM
from .gazetteer import Gazetteer

_ARTICLE = r"(?:al|el|ar|er|ad|ed|as|es|an|en|at|et|az|ez|ash|esh|adh|ath|ul|ud|us|bin|ibn|bani|de|del|la|di|da|du|do|dos|das|des|los|las)"
_WORD = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
# a title-case headline's preposition ends a name ("Drone Hits SDF Vehicle Near Qamishli")
_TITLE_PREP = (r"(?!(?:Near|In|Into|Inside|Outside|Around|From|To|Towards|On|Over|Across|After|Amid|At|As|Kills?|Hits?|"
               r"Of|For|With|By|During|Following|Despite|Against)\b)")
_NAME = (rf"(?:(?:al|el|ar|ash|ad|az|ez)[- ](?=[A-Z]))?{_WORD}"
         rf"(?:(?:[ \t]+|-)(?:{_ARTICLE}[- \t]){{0,2}}{_TITLE_PREP}['’‘]?{_WORD}){{0,4}}")  # a name does not run across lines
# (a word may open on an ayn's apostrophe: "Tal 'Afar", "Ma 'arat")
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_STRONG = (rf"near|nearby|outside|outskirts\s+of|vicinity\s+of|close\s+to|general\s+area(?:\s+of)?|(?:air\s*)?(?:strikes?|raids?|attacks?|shelling|"
           rf"bombardment|bombing)\s+on|"
           rf"(?:\d+\s*(?:km|kilometers|kilometres|miles)\s+)?{_COMPASS}\s+of|"
           rf"(?:city|town|towns|village|villages|area|areas|district|province|governorate|countryside|suburbs?|environs|"
           rf"region|outskirts|sub-district|subdistrict|municipality|camp|cent(?:re|er)|heart|edge|middle)\s+of")
# what only a place undergoes: a town shelled, besieged, retaken or overrun
_GRABBED = r"captur(?:e|es|ed)|seiz(?:e|es|ed)"  # (also said of people and goods: a town of some size, or of one country)
_SEIZED = (r"shell(?:s|ed)?|pound(?:s|ed)?|besiege(?:s|d)?|retak(?:e|es|en)|retook|recapture(?:s|d)?|overr[au]n|overruns|"
           rf"liberate(?:s|d)?|t(?:ook|akes?|aken)\s+over|{_GRABBED}")
_SEIZED_BEFORE = re.compile(rf"(?i:\b(?:{_SEIZED})\s+(?:the\s+)?)$")
_WEAK = (r"in|at|into|from|to|towards?|across|inside|around|through|throughout|within|on|held|between|"
         # what an attack or an advance is done to, as headlines name it ("jets pound Saraqib", "army retakes X")
         rf"{_SEIZED}|hits?|struck|strikes?|attack(?:s|ed)?|target(?:s|ed)?|bomb(?:s|ed)?|storm(?:s|ed)?|raid(?:s|ed)?|"
         r"capture(?:s|d)?|seize(?:s|d)?|enter(?:s|ed)?|t(?:ake|akes|ook)|control\s+of|residents\s+of|bound\s+for|heading\s+(?:to|for)|"
         # where a drone or missile was brought down ("shot down a drone over Sevastopol", "over the territory of X")
         r"(?:shot\s+down|downed|intercepted|destroyed|flying|flew|hovering)\s+(?:[\w-]+\s+){0,6}?over|"
         r"over\s+the\s+(?:skies|territory|airspace)\s+of|"
         # a place named by what it is to a side ("rebel stronghold Kidal", "the jihadist bastion of X")
         r"(?:strongholds?|bastions?|enclaves?|hotbeds?)(?:\s+of)?")
# a title-case headline's head noun is no name: "Seize Town Of Paletwa" names Paletwa, after "Town Of"
_HEAD_OF = r"(?!(?:Town|City|Village|District|Province|Region|Area|Outskirts|Suburbs?|Countryside|Port|Capital)s?\s+Of\b)"
_BEFORE = re.compile(rf"(?i:\b(?P<frame>{_STRONG}|{_WEAK}))\s+(?:(?i:the)\s+)?(?:(?i:rural|greater|{_COMPASS})\s+)?{_HEAD_OF}(?P<name>{_NAME})")
_AFTER = re.compile(rf"(?P<name>{_NAME})\s+(?P<frame>(?i:province|governorate|district|sub-district|subdistrict|"
                    rf"region|area|countryside|village|town|city|camp|(?:protection|displacement|IDP) site|municipality|checkpoint|outskirts|sub-?county|"
                    rf"constituency|department|oblast|raion|rayon|hromada|LGA|commune|prefecture|tehsil|wilaya|"
                    # a junction named after its town ("blocked the Zahle roundabout"; not "the X junction in Y")
                    rf"(?:roundabout|junction|intersection|crossroads)(?!\s+(?:in|of|at|near)\s+(?:the\s+)?[A-Z]))\b|"
                    rf"(?i:state|county|township|upazila|mandal)\b(?!\s+[A-Z])|"
                    rf"(?i:falls|fell|has fallen)\s+(?i:to)\s+(?:the\s+)?(?=[A-Z]))")  # "Ramadi falls to Islamic State"  # "Cojedes state", "Kwale county", not "Ohio State University"
# words after a place that make a larger name still about the place: its parts, and the local
# authorities named after it ("Oakland Police Department", "Hama City Council")
_INSTITUTION = (r"Police|Fire\s+(?:Department|Dept|Chief|Station)|Sheriff|City\s+Council|Town\s+Council|"
                r"Township|Borough|School\s+District|Public\s+Schools|Chamber\s+of\s+Commerce|City\s+Hall|"
                r"Municipal|Mayor")
_HEADS = re.compile(r"^(?:Province|Governorate|District|Sub-?district|Region|Area|City|Town|Village|"
                    r"(?:Refugee\s+|IDP\s+|Displacement\s+)?Camp|Airport|"
                    r"Air\s+Base|Airbase|Base|Dam|Bridge|Checkpoint|Crossing|Border|Countryside|Municipality|"
                    rf"Oblast|Raion|County|State(?!\s+[A-Z])|{_INSTITUTION}|"
                    # the parts of a district named after its town ("in Isiolo South", "Gaza North")
                    r"(?:North|South|East|West|Central)(?!\s+[A-Z]))\b")
_OF_PLACE = re.compile(rf"(?P<name>{_NAME})\s+(?P<frame>{_INSTITUTION})\b")
# a dateline: a capitalised place opening a line before a dash ("COLUMBUS, Ohio (AP) --", "BEIRUT —"),
# not a record's field label ("LOCATION: ...", "FATALITIES: 3")
_DATELINE = re.compile(r"(?m)(?:^[ \t]*|(?<=[.!?] ))(?!(?:LOCATION|FATALITIES|CASUALTIES|DATE|TIME|SOURCES?|NOTES?|UPDATE|"
                       r"SUMMARY|DETAILS|COMMENTS?|ACTORS?|TARGETS?|PLACE|EVENT|TYPE)\b)(?P<name>[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,3})(?P<frame>(?:,[ ][A-Z][\w.]*"
                       r"(?:[ ][A-Z][\w.]*)?)?[ ]*(?:\([\w ]+\)[ ]*)?(?:—|–|--|-|:)[ ])")
# a headline's label: a place opening a line before a colon ("Idlib: jets pound ...", "Kharkiv, 24 June
# 2022: ..."), or a sentence in a digest ("... four days. Omdurman: On Sunday, ..."), as long as it is no word
# a headline labels its kind with ("Analysis:", "Police:", "Poll:")
_LABEL = re.compile(rf"(?m)(?:^[ \t]*|(?<=[.!?] )(?=\S+(?: \S+){{0,3}}: [A-Z]))(?P<name>{_NAME})"
                    rf"(?P<frame>(?:,[ \t]+\d{{1,2}}[ \t]+[A-Z][a-z]+\.?[ \t]+\d{{4}})?:)[ \t]+(?=\S)")
# a digest line headed by its place and a full stop ("Kostiantynivka. Two guided bombs hit ...", "Tyre, afternoon. ...")
_LINE_HEAD = re.compile(rf"(?m)^[ \t]*(?P<name>{_NAME})(?P<frame>(?:,[ \t]+(?:early[ \t]+|late[ \t]+)?(?:morning|afternoon|evening|"
                        rf"night|overnight|dawn|midday|noon))?\.)[ \t]+(?=[A-Z])")
_LABEL_WORDS = frozenset({"analysis", "breaking", "comment", "court", "data", "economy", "editorial", "exclusive",
                          "explainer", "factbox", "feature", "insight", "interview", "live", "markets", "officials",
                          "opinion", "photos", "police", "poll", "polls", "profile", "report", "review", "sources",
                          "study", "survey", "timeline", "update", "video", "watch", "weather", "witnesses",
                          # a monitor's field labels ("Toll: the civil defence said ...", "Damage: ...")
                          "toll", "casualties", "deaths", "victims", "damage", "injuries", "wounded", "context",
                          "background", "summary", "note", "notes", "methodology", "source", "assessment", "grading",
                          "location", "date", "incident", "prices", "response", "aftermath", "attribution"})
# a digest entry's place after its day: "8 March — Tal Afar. Residents said ...", "Friday (18 September) — Konduga.",
# "14 September — Zamzam camp: A drone struck ..."
_ENTRY = re.compile(rf"(?m)^[ \t]*(?:\d{{1,2}}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{{1,2}}|[A-Z][a-z]+day)(?:\s+[a-z]+)?"
                    rf"(?:\s*\([^()\n]{{1,30}}\))?\s*[—–-]\s*(?:(?i:{_COMPASS})\s+)?(?P<name>{_NAME})(?P<frame>[.:])\s")
# a legislator's home town: "Rep. Torrey Westrom, R-Elbow Lake"
_PARTY = re.compile(rf"\b(?P<frame>[DRI])-(?P<name>{_NAME})")
_LIST = re.compile(rf"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?P<name>{_NAME})")
_POSSESSIVE = re.compile(r"['’]s\b")
_BOXED = re.compile(r"\s*\((?:[A-Z][\w'’-]*(?:[ -][\w'’-]+){0,3},\s*)+[A-Z][\w'’-]*(?:[ -][\w'’-]+){0,3}\)")  # "(Y, Z)": a note's units
_SPEECH = re.compile(r"^\s+(?:said|says|told|added|stated|wrote|asked|explained|noted|argued)\b")
_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Capt|Lt|Sgt|Sheikh|President|Minister|General|Commander|"
                    r"Governor|Mayor|Imam|Prof|Sen|Rep|King|Prince|Emir)\.?\s+$")
_OTHER_LABELS = frozenset({"NORP", "LANGUAGE", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "DATE", "TIME", "MONEY",
                           "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})
_PEOPLE_LABELS = frozenset({"PERSON", "ORG"})
TOWN_POP = 10_000


class FrameSpan(NamedTuple):
    """A place name found in a spatial frame; ``translit`` when only its transliteration key matched."""

    start: int
    end: int
    strong: bool
    translit: bool


def _knows(gaz: Gazetteer, name: str) -> tuple[bool, bool]:
    """(known as written or as a variant, known by its transliteration key)."""
    cands = gaz.lookup(name)
    if cands:
        return (not all(c.kind == DEMONYM for c in cands)), False
    return False, bool(gaz.lookup_translit(name))


def _heads(text: str, start: int, name: str) -> list[tuple[int, int]]:
    """Spans of the word-prefixes of ``name`` (at ``start``), longest first."""
    ends = [m.end() for m in re.finditer(r"[\w'’]+", name)]
    return [(start, start + e) for e in reversed(ends)]


def person_words(doc: Doc, skip: list[tuple[int, int]] = ()) -> set[str]:
    """The first and last words of the text's persons of several words, other than those that
    overlap ``skip`` spans (a frame and its place, read by spaCy as a person: "Near Abu Kamal")."""
    out = set()
    for e in doc.ents:
        if e.label_ == "PERSON" and len(e) > 1 and not any(s < e.end_char and e.start_char < t for s, t in skip):
            out.update((e[0].text, e[-1].text))
    return out


def _found(gaz: Gazetteer, text: str, start: int, name: str) -> tuple[int, int, bool] | None:
    """The longest head of ``name`` the gazetteer knows, if what follows it is no more of a name."""
    for s, e in _heads(text, start, name):
        if e - s < 3:
            break
        rest = text[e:start + len(name)].strip(" -")
        if rest and not _HEADS.match(rest) and not rest.islower() and not re.match(r"(?:as|an|at)\s", rest) \
                and not (_titled(text, start) and _sizeable(gaz, text[s:e])):  # ("Rally In Tbilisi Draws Thousands")
            continue  # "Gori-based" is about Gori, and so is "retake Gori as HTS pulls back" (not an article 'as')
        known, translit = _knows(gaz, text[s:e])
        if known or translit:
            return s, e, not known
    return None


def _titled(text: str, at: int) -> bool:
    """The line around ``at`` is a title-case headline: most of its words capitalised."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _follow_list(gaz: Gazetteer, text: str, end: int, raw: dict[tuple[int, int], FrameSpan], strong: bool = False) -> None:
    """The names that continue a list after a framed place ("in Oakport and Moorhead", "in X, Y or Z",
    "between X and Y"), each found like the first and judged as after a weak frame, or a strong one
    (``strong``) after a named unit ("in X district, Y": spaCy's reading of Y as a person is likelier wrong)."""
    while (m := _LIST.match(text, end)) is not None:
        got = _found(gaz, text, m.start("name"), m.group("name"))
        if got is None:
            return
        s, end, translit = got
        raw.setdefault((s, end), FrameSpan(s, end, strong, translit))


def _possessed(start: int, name: str) -> list[tuple[int, str]]:
    """A name run cut at a possessive: "Syria's Qamishli", "Idlib's Maarat al-Numan" are two places,
    the second inside the first."""
    m = re.search(r"['’]s\s+(?=[A-Z]|(?:al|el|an|ad|ar|as|ash|at|az)-[A-Z])", name)  # (and "Raqqa's al-Sinaa")
    if m is None:
        return [(start, name)]
    return [(start, name[:m.start()]), (start + m.end(), name[m.end():])]


def frame_spans(doc: Doc, gaz: Gazetteer) -> list[FrameSpan]:
    """Place names in spatial frames (see the module docstring), sorted by start."""
    text = text_of(doc)
    raw: dict[tuple[int, int], FrameSpan] = {}
    for pattern in (_BEFORE, _AFTER, _OF_PLACE, _DATELINE, _PARTY, _LABEL, _ENTRY, _LINE_HEAD):
        for m in pattern.finditer(text):
            if pattern in (_LABEL, _LINE_HEAD) and not _label_place(gaz, m.group("name")):
                continue
            frame = m.group("frame").lower() if pattern is _BEFORE else ""
            strong = pattern is not _BEFORE or not re.fullmatch(_WEAK, frame)
            for start, name in _possessed(m.start("name"), m.group("name")):
                got = _found(gaz, text, start, name)
                if got is None:
                    if pattern is _AFTER or strong and pattern is _BEFORE:
                        # a place the gazetteer lacks, named as one ("in Kharwar district, Logar", "near X, Fizuli"):
                        # what follows it after a comma is still its container
                        _follow_list(gaz, text, m.end(), raw, strong=pattern is _AFTER)
                    continue
                s, e, translit = got
                if translit and start != m.start("name"):
                    continue  # "Raqqa's al-Sinaa": a quarter the gazetteer lacks, not a namesake's spelling abroad
                if re.fullmatch(_SEIZED, frame) and (not re.fullmatch(_GRABBED, frame) or _sizeable(gaz, text[s:e])
                                                     or _one_country_city(gaz, text[s:e])):
                    strong = True  # "forces retook Palmyra": what is besieged or retaken is a place, not a person
                if (s, e) not in raw or strong:
                    raw[(s, e)] = FrameSpan(s, e, strong, translit)
                if pattern is _BEFORE:
                    _follow_list(gaz, text, e, raw)
                elif pattern is _AFTER:
                    _follow_list(gaz, text, m.end(), raw, strong=True)  # "X district, Y" (Y holds X), "X and Y districts"
    if not raw:
        return []
    spans = sorted(raw.values())
    people = person_words(doc, [(max(0, f.start - 30), f.end) for f in spans])
    return [f for f in spans if not _excluded(doc, gaz, text, f, people)]


def _town(gaz: Gazetteer, name: str) -> bool:
    """A town of :data:`TOWN_POP` or more, or a province or county, named by its own name: spaCy's
    reading of such a word after "in" as a person or nationality ("in Greer") is likelier wrong."""
    return any(c.kind == 0 and (gaz.feature(c.id) in ("admin1", "district") or gaz.pop[c.id] >= TOWN_POP)
               for c in gaz.lookup(name))


def _sizeable(gaz: Gazetteer, name: str) -> bool:
    """Some town of ``name`` (by any of its names) has :data:`TOWN_POP` people or more."""
    return any(gaz.feature(c.id) == "city" and gaz.pop[c.id] >= TOWN_POP and c.kind != DEMONYM for c in gaz.lookup(name))


def _one_country_city(gaz: Gazetteer, name: str) -> bool:
    """Every reading of ``name`` is a town of one country ("seizes Atarib"; not "captured Smith", a US county)."""
    cands = gaz.lookup(name)
    return bool(cands) and len({gaz.cc(c.id) for c in cands}) == 1 and all(gaz.feature(c.id) == "city" for c in cands)


def _label_place(gaz: Gazetteer, name: str) -> bool:
    """A headline label that is a place: no label word, and a place by its own name or, by another of
    its names, a town of :data:`TOWN_POP` or more or one country's only town of that name ("Kobani")."""
    if name.lower() in _LABEL_WORDS or name.isupper():
        return False
    cands = [c for c in gaz.lookup(name) if c.kind != DEMONYM]
    if re.search(r"[ -]", name):  # a town's name of several words ("Maarat al-Numan:", its population unknown)
        cands = cands or gaz.lookup_translit(name)
        if any(gaz.feature(c.id) == "city" for c in cands):
            return True
    return any(c.kind == 0 for c in cands) or _sizeable(gaz, name) or _one_country_town(gaz, name)


def _framed_elsewhere(text: str, name: str) -> bool:
    """``name`` also follows 'in', 'near', 'outside' or 'around' without a possessive after it."""
    return bool(re.search(rf"\b(?:in|near|outside|around)\s+{re.escape(name)}\b(?!['’]s)", text))


def _one_country_town(gaz: Gazetteer, name: str) -> bool:
    """Every reading of ``name`` (own, alternate or transliterated name) is in one country, and one of
    them is a town of :data:`TOWN_POP` or more ("Saraqeb", "Hasakah", "Paranaque" for Parañaque City),
    or an area of that size named by its own name (not "Christian" for Christian County)."""
    cands = gaz.lookup(name)
    return bool(cands) and len({gaz.cc(c.id) for c in cands}) == 1 and all(c.kind != DEMONYM for c in cands) \
        and any(gaz.pop[c.id] >= TOWN_POP and (c.kind == 0 or gaz.feature(c.id) == "city") for c in cands)


_FALLS = re.compile(r"\s+(?i:falls|fell)\s+(?i:to)\s")


def _excluded(doc: Doc, gaz: Gazetteer, text: str, f: FrameSpan, people: set[str]) -> bool:
    """Whether a frame's name is a person's or an organisation's rather than a place's."""
    name = text[f.start:f.end]
    words = name.split()
    if _TITLE.search(text[max(0, f.start - 16):f.start]) or not f.strong and _SPEECH.match(text[f.end:f.end + 12]):
        return True  # after a strong frame a speaker is the place's people: "the city of X said"
    if not f.strong and (_POSSESSIVE.match(text, f.end) or words[0] in people or words[-1] in people) \
            and not (_town(gaz, name) and _framed_elsewhere(text, name)):
        return True  # unless a town that size is also named in a plain frame ("in Greer" beside "Greer Station")
    if _BOXED.match(text, f.end):
        return False  # "shelled Kafranbel (Maarrat al-Numan, Idlib)": a note's place and its units, however spaCy reads it
    for ent in doc.ents:
        if ent.end_char <= f.start or ent.start_char >= f.end:
            continue
        if ent.label_ in _OTHER_LABELS:
            if ent.label_ in ("NORP", "PRODUCT") and (f.strong or _town(gaz, name) or _one_country_town(gaz, name)
                                                      or _SEIZED_BEFORE.search(text, max(0, f.start - 30), f.start)):
                continue  # "in Quneitra" read as a product, "in Paranaque" as a nationality, "retake Robotyne" as either
            return True
        if ent.label_ in _PEOPLE_LABELS:
            if ent.end_char > f.end and not _HEADS.match(text[f.end:ent.end_char].strip()) and not _FALLS.match(text, f.end) \
                    and not (_titled(text, f.start) and _sizeable(gaz, name)):  # (spaCy's "Kabul Falls", a headline's ORG)
                return True  # a longer name: "Sinjar Resistance Units", "Hit Hospital Director X"
            if not f.strong and ent.start_char >= f.start and " " not in name:
                if _town(gaz, name) or _one_country_town(gaz, name):
                    continue  # "in Manbij" read as an organisation: a town that size is likelier
                return True  # "in Omar", "at Harvard": spaCy's reading of one word stands after a weak frame
    return False
