"""Place names inside or beside other entities: a one-word "person" that reads as a place, a
well-known place heading or closing an organisation's name ("Texas Department of ...",
"University of Alexandria"), a county heading a school or fair ("Owsley County High School").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..nlp import text_of
from .build import DEMONYM, FEATURES
from .doccache import span_text
from .gazetteer import Gazetteer

MIN_GAZ_POP = 50_000
PLACE_PREPS = frozenset({"in", "of", "from", "at", "near", "outside", "to"})
_BIG = frozenset(FEATURES.index(f) for f in ("country", "admin1", "continent", "region"))
_COUNTRY = FEATURES.index("country")
_DISTRICT = FEATURES.index("district")


def well_known(gaz: Gazetteer, name: str) -> bool:
    """A country (also by a listed alias: "DRC"), province, continent, region or city of 50,000+, a county
    named with its generic word ("Walker County"), or a big area by a name of several words."""
    county = name.endswith((" County", " Parish"))
    return any((c.kind == 0 and (gaz.feature_code[c.id] in _BIG or gaz.pop[c.id] >= MIN_GAZ_POP
                                 or county and gaz.feature_code[c.id] == _DISTRICT))
               or c.kind == 1 and (gaz.feature_code[c.id] == _COUNTRY or " " in name and gaz.pop[c.id] >= MIN_GAZ_POP
                                   and gaz.feature_code[c.id] in _BIG | {_DISTRICT}) for c in gaz.lookup(name))


# a name that is a military operation's ("Operation Hadin Kai", "OPERATION AMANI BONI"), a weapon's ("an AK rifle")
_OPERATION_BEFORE = re.compile(r"\b(?:Operation|OPERATION|Op\.)\s+(?:[A-Z][\w'’-]*\s+){0,3}$")
_WEAPON_AFTER = re.compile(r"[\s-]*(?:47|74|103|rifles?|assault rifles?)\b")


def named_otherwise(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is part of an operation's name or a rifle's ("AK-47"), not a place."""
    return bool(_OPERATION_BEFORE.search(text, max(0, start - 60), start)
                or end - start <= 3 and text[start:end].isupper() and _WEAPON_AFTER.match(text, end))


_PIECE = re.compile(r"[A-Z][^(),]*[^(),\s]")  # a bracket's names, whole ("Maarrat al-Numan")


def misread(gaz: Gazetteer, doc: Doc, ent: Span) -> list[tuple[int, int]]:
    """Place names inside a tagger's slip: a NORP entity that is a well-known place's own name, and no people's,
    after a place word ("a building in central Belgorod"); the names of an ACLED bracket read into an organisation
    or a person ("Diapaga (Tapoa, Est" tagged ORG), those the gazetteer knows."""
    if ent.label_ == "NORP" and ent.start and doc[ent.start - 1].lower_ in PLACE_PREPS | {"central", "downtown"}:
        found = gaz.lookup(ent.text)
        return [(ent.start_char, ent.end_char)] if well_known(gaz, ent.text) and all(c.kind != DEMONYM for c in found) else []
    if "(" not in ent.text or ent.label_ not in ("ORG", "PERSON"):
        return []
    return [(ent.start_char + m.start(), ent.start_char + m.end()) for m in _PIECE.finditer(ent.text)
            if any(c.kind in (0, 1) for c in gaz.lookup(m.group()))]


def _capitalised(toks: Span) -> bool:
    return all(t.is_title or t.is_upper or (t.text[:1].isupper() and "." in t.text) for t in toks)


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "coach", "gov", "governor", "sen", "senator", "rep", "president",
                     "judge", "officer", "sgt", "lt", "capt", "chief", "det", "deputy", "sheriff", "mayor", "pastor",
                     "rev", "father", "sister", "brother", "prof", "professor", "commissioner", "minister", "general"})
_SPEECH = frozenset({"said", "says", "told", "added", "asked", "stated", "states", "explained", "noted", "wrote",
                     "argued", "replied", "comments", "commented", "exclaims", "exclaimed", "testified", "recalled"})


_COUNTY_HEAD = re.compile(r"(?:the\s+)?((?:[A-Z][\w'’.-]*\s+){1,2}(?:County|Parish))\b")


def county_head(gaz: Gazetteer, text: str, ent: Span) -> tuple[int, int] | None:
    """A county heading a name of another kind ("Laurel County High School", "the Walker County Fair"):
    counties are too small for the population rule, but "X County" the gazetteer knows is a place."""
    m = _COUNTY_HEAD.match(text, ent.start_char, ent.end_char)
    if not m:
        return None
    if any(c.kind == 0 and gaz.feature(c.id) == "district" for c in gaz.lookup(m.group(1))):
        return m.start(1), m.end(1)
    return None


def name_ends(doc: Doc) -> set[str]:
    """The first and last words of the text's persons of several words."""
    return {w for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for w in (e[0].text, e[-1].text)}


def _lone_place_name(doc: Doc, tok, people: set[str] | None = None) -> bool:
    """A one-word "person" that reads as a place: no title before it, no speech verb after it, and no
    person of several words in the text ends or starts with it ("Tom Jackson ... Jackson said");
    ``people``: :func:`name_ends` of ``doc``, if already known."""
    prev = doc[tok.i - 1].lower_.rstrip(".") if tok.i > 0 else ""
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    if prev in _TITLES or nxt in _SPEECH or (nxt in ("'s", "’s") and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in _SPEECH):
        return False
    return tok.text not in (name_ends(doc) if people is None else people)


_PARTICLE_NAME = re.compile(r"\s+(?:al|az|ad|ar|as|ash|at|an|ez|es|ed|er|el|en|bin|ibn)[\s-]+[A-Z][\w'’-]+")
_ARTICLE = re.compile(r"(?:Al|El|Ad|Ar|As|Ash|At|Az|Ad|An)-?")  # Arabic article as a word of its own
_LOWER_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z][\w'’]+")
_BOXED_AFTER = re.compile(r"\s*\([A-Z][\w'’-]*(?:[ -][\w'’-]+){0,3}[,)]")
_UNIT_AFTER = re.compile(r"\s+(?:village|town|district|sub-?county|locality|settlement|camp|area)\b", re.I)


def embedded(doc: Doc, gaz: Gazetteer, ent: Span, people: set[str] | None = None) -> tuple[int, int] | None:
    """A well-known place heading an organisation or facility name ("Texas Department of ...",
    "the U.S. House") or closing it ("University of Alexandria"); for a PERSON entity, a
    one-word place after "in/of/from/at/near" ("of Alexandria")."""
    toks = ent[1:] if ent[0].lower_ == "the" else ent
    tail = _PARTICLE_NAME.match(text_of(doc), ent.end_char) if len(toks) else None
    if tail and well_known(gaz, text_of(doc)[toks.start_char:tail.end()]):
        return toks.start_char, tail.end()  # "Dayr" read as an organisation: "Dayr az Zawr"
    if not len(toks) or _UNIT_AFTER.match(text_of(doc), ent.end_char):
        return None  # "Bar Ujeed village": the whole is an unknown place, not a place named "Bar"
    if ent.label_ == "PERSON":
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if len(toks) == 1 and (before in PLACE_PREPS or _lone_place_name(doc, toks[0], people)) \
                and well_known(gaz, span_text(toks)):
            return toks.start_char, toks.end_char
        if (len(toks) == 2 and _ARTICLE.fullmatch(toks[0].text) or _LOWER_ARTICLE.fullmatch(span_text(toks))) \
                and well_known(gaz, span_text(toks)):
            return toks.start_char, toks.end_char  # "have taken Al Bab", "in al-Qaim": an Arabic article, then a town's name
        if len(toks) == 1 and _BOXED_AFTER.match(text_of(doc), ent.end_char) and gaz.lookup(span_text(toks)):
            return toks.start_char, toks.end_char  # a note's "Marawi (Lanao del Sur)": a place boxed with its province
        return None
    for k in range(min(3, len(toks)), 0, -1):
        head = toks[:k]
        if _capitalised(head) and not head[-1].is_punct and well_known(gaz, span_text(head)):
            return head.start_char, head.end_char
    of = next((t.i for t in toks if t.lower_ == "of"), None)
    if of is not None and ent.end - of - 1 > 0:
        for end in range(min(ent.end, of + 4), of + 1, -1):  # "University of Kentucky Medical Center"
            tail = doc[of + 1:end]
            if _capitalised(tail) and not tail[-1].is_punct and well_known(gaz, span_text(tail)):
                return tail.start_char, tail.end_char
    return None
