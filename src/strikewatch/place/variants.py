"""Fallback forms of a place name the gazetteer does not know as written.

News writes many names in forms no gazetteer files: a demonym for the place
("the Ossetians", "Londoners"), an abbreviation without its last dot ("N.Y"),
"Co." and "Twp." for County and Township, a part of a city ("South Dallas",
"Greater Lagos", "downtown Boston"), "X and Y" for a joint province, "Republic
of X" for a country, a river, lake, valley or township the gazetteer lacks
("Mystic Lake", "Jefferson Township": its namesake town is usually close by).
:func:`fallbacks` lists, in order of trust, the forms to try when the name
itself finds nothing, each with the features it may resolve to (a demonym may
only name an area or a large city; a part of a city only a large city; a
natural feature only a town or county, and none when its name is a country's
or province's: "Lake Chad").
"""
from __future__ import annotations

import re

from .gazetteer import Candidate, Gazetteer

AREAS = ("country", "admin1", "region", "continent")
POINTS = ("city", "district")
ANY = AREAS + POINTS
BIG_CITY = "big city"  # a city known by this primary name, of BIG_CITY_POP people or more
BIG_CITY_POP = 100_000
NOT_AN_AREA = "not an area"  # only when the form names no country or province ("Lake Chad" is not a town in Chad)

_ABBREV_WORDS = ((re.compile(r"\bCo\.?$"), "County"), (re.compile(r"\bTwp\.?$"), "Township"),
                 (re.compile(r"\bTwsp\.?$"), "Township"), (re.compile(r"\bPar\.$"), "Parish"))
_COMPASS_ABBR = {"N.": "North", "S.": "South", "E.": "East", "W.": "West"}
_PART_HEAD = re.compile(r"^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|North-East|North-West|"
                        r"South-East|South-West|Downtown|Greater|Metro|Metropolitan|Central|Inner|Outer|Old|Upper|"
                        r"Lower|Uptown|Midtown)\s+(?=[A-Z])", re.I)
# "Town of Groton" is Groton
_TOWNSHIP = re.compile(r"^(?:Town|Township|City|Village|Borough|Municipality) of\s+(?=[A-Z])")
_FEATURE_WORD = re.compile(r"^(?:Lake|Mount|Mt\.|Fort|Ft\.|Camp)\s+(?=[A-Z])|\s+(?:Rivers?|Creek|Lake|Valley|Island|Islands|"
                           r"Mountains?|Bay|Harbou?r|Falls|Park|Township|Twp\.?|Town|Borough|Village|Forest|Dam|"
                           r"Reservoir|Canyon|Beach)$")
_REPUBLIC = re.compile(r"^(?:the\s+)?(?:(?:Democratic|Federal|Islamic|People's|Arab)\s+)*Republic of\s+(?:the\s+)?(?=[A-Z])")
# demonym endings -> endings of the place name ("Ossetian" -> "Ossetia", "Ontarian" -> "Ontario")
_DEMONYM_ENDINGS = (("ians", ("ia", "io", "y", "")), ("ian", ("ia", "io", "y", "")), ("ans", ("a", "o", "")),
                    ("an", ("a", "o", "")), ("ers", ("",)), ("er", ("",)), ("ites", ("",)), ("ite", ("",)),
                    ("is", ("", "istan")), ("i", ("",)), ("ese", ("", "a")), ("s", ("",)), ("", ("ia", "istan")))
_MIN_STEM = 3


def demonym_bases(word: str) -> list[str]:
    """Place names a demonym may come from ("Gazans" -> ["Gaza", "Gazo", "Gaz"]), most likely first."""
    out: list[str] = []
    for ending, repls in _DEMONYM_ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if len(stem) < _MIN_STEM:
            continue
        out += [stem + r for r in repls]
    return [f for f in dict.fromkeys(out) if f != word]


def fallbacks(name: str) -> list[tuple[str, tuple[str, ...]]]:
    """Forms to look ``name`` up under when it finds nothing itself, with the features each may denote."""
    out: list[tuple[str, tuple[str, ...]]] = []
    if re.search(r"[A-Z]\.[A-Z]$", name) or re.fullmatch(r"[A-Z][a-z]{1,4}", name):
        out.append((name + ".", AREAS))  # "N.Y", "Calif": an abbreviation that lost its dot
    for pat, word in _ABBREV_WORDS:
        if pat.search(name):
            out.append((pat.sub(word, name), ANY))
    head = name.split(" ", 1)
    if len(head) == 2 and head[0] in _COMPASS_ABBR:
        out.append((f"{_COMPASS_ABBR[head[0]]} {head[1]}", ANY))
    bare = _TOWNSHIP.sub("", name)
    if bare != name and len(bare) >= 3:
        out.append((bare, POINTS))
    rep = _REPUBLIC.sub("", name)
    if rep != name and len(rep) >= 3:
        out.append((rep, ("country",)))
    feature = _FEATURE_WORD.search(name)
    if feature and len(name) - len(feature.group(0)) >= 3:
        # "Neches River", "Hamilton Township", "Lake Wylie": a namesake town or county is usually close by
        out.append((_FEATURE_WORD.sub("", name).strip(), (*POINTS, NOT_AN_AREA)))
    part = _PART_HEAD.match(name)
    if part and len(name) - part.end() >= 3:
        out.append((name[part.end():], (BIG_CITY,)))  # only a large city has named quarters
    if " and " in name:
        first, _, last = name.rpartition(" and ")
        out += [(last, ("admin1", "region")), (first, ("admin1", "region"))]
    words = name.split(" ")
    if words[-1][:1].isupper() and words[-1].isalpha():
        for base in demonym_bases(words[-1]):
            out.append((" ".join(words[:-1] + [base]), AREAS + (BIG_CITY,)))
    return out


def fallback_candidates(gaz: Gazetteer, name: str) -> list[Candidate]:
    """Entries of the first fallback form of an unknown name that finds any, of the features it allows."""
    for form, feats in fallbacks(name):
        cands = gaz.lookup(form)
        if NOT_AN_AREA in feats and any(c.kind in (0, 1) and gaz.feature(c.id) in AREAS for c in cands):
            continue
        found = [c for c in cands if gaz.feature(c.id) in feats or (
            BIG_CITY in feats and c.kind == 0 and gaz.feature(c.id) == "city" and gaz.pop[c.id] >= BIG_CITY_POP)]
        if found:
            return found
    return []
