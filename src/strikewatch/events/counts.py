"""Numbers in text: quantities with bounds, strike counts, targets with counts, casualties."""
from __future__ import annotations

import re
from typing import NamedTuple

from text_to_num import text2num

from ..models import Fatalities

_WORD_NUMS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
              "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
              "eighty ninety hundred thousand").split()
VAGUE = {"a dozen": 12, "dozen": 12, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
          "several": 3, "a few": 3, "few": 3, "a couple": 2, "couple": 2, "many": 10, "numerous": 10}
_WORD_NUM = "(?:" + "|".join(_WORD_NUMS) + ")"
# A number of up to nine words ("two hundred thirty-five thousand six hundred"): bounded, so that a long
# run of number words costs linear time, not a backtrack over the whole run at each of its words.
NUM = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD_NUM}(?:[- ]{_WORD_NUM}){{0,8}}"
       r"|a dozen|dozens|scores|hundreds|thousands|several|a few|a couple)")
# The first word of a NUM: what a lookahead needs to tell that a number starts here.
NUM_START = r"(?:\d|" + _WORD_NUM + r"\b|a dozen|dozens|scores|hundreds|thousands|several|a few|a couple)"
_QUANT = r"(?P<q>at least|more than|over|nearly|almost|about|around|approximately|some|up to|as many as|roughly)"
QUANTITY_RX = re.compile(rf"(?:{_QUANT}\s+)?(?P<n>{NUM})(?!\w)(?:\s+(?:to|and|or|-)\s+(?P<n2>{NUM})(?!\w))?", re.I)


def parse_number(text: str) -> int | None:
    """'12', '5,000', 'six', 'twenty-one', 'a dozen' -> int (None if not a number)."""
    t = " ".join(text.lower().replace("-", " ").split())
    if not t:
        return None
    if t.replace(",", "").isdigit():
        return int(t.replace(",", ""))
    if t in VAGUE:
        return VAGUE[t]
    if t in ("a", "an", "one", "another", "single", "lone"):
        return 1
    try:
        return text2num(t, "en")
    except ValueError:
        return None


def parse_quantity(text: str) -> Fatalities | None:
    """A count with bounds: 'at least 12' -> (12, 12, None); 'up to 30' -> (30, None, 30);
    'between 8 and 10' -> (8, 8, 10); 'dozens' -> (12, 12, None); 'five' -> (5, 5, 5)."""
    m = QUANTITY_RX.search(text)
    if not m:
        n = parse_number(text)
        return Fatalities(n, n, n) if n is not None else None
    n = parse_number(m.group("n"))
    if n is None:
        return None
    if m.group("n2"):
        n2 = parse_number(m.group("n2"))
        return Fatalities(n, n, n2)
    q = (m.group("q") or "").lower()
    vague = m.group("n").lower() in VAGUE
    if q in ("at least", "more than", "over") or vague:
        return Fatalities(n, n, None)
    if q in ("up to", "as many as"):
        return Fatalities(n, None, n)
    if q:
        return Fatalities(n, None, None)
    return Fatalities(n, n, n)


# ---------------------------------------------------------------- strikes

STRIKE_NOUN = r"(?:air[- ]?strikes?|drone strikes?|(?:drone|air|aerial|missile) attacks?|strikes?|air raids?|raids?|sorties|bombings?)"
_STRIKE_RX = re.compile(
    rf"(?P<of>\bone of (?:the )?)?(?<![\w-])(?P<n>{NUM}|another|an?|one)\s+(?:more\s+)?"
    rf"(?:(?!(?:{NUM_START}|and|or|another|an?|on|in|at|of|the|with|by)\b)[A-Za-z][\w.-]*\s+){{0,2}}?"
    rf"(?P<noun>{STRIKE_NOUN})\b", re.I)


class Count(NamedTuple):
    start: int
    end: int
    value: int | None


def strike_counts(text: str, offset: int = 0) -> list[Count]:
    """Strike-count phrases: 'seven strikes', 'two coalition airstrikes', 'another strike' (1),
    'one of seven strikes' (7). Offsets are shifted by ``offset``."""
    out: list[Count] = []
    for m in _STRIKE_RX.finditer(text):
        value = parse_number(m.group("n"))
        if value is None:
            continue
        if value > 1 and not m.group("noun").lower().endswith(("s", "sorties")):
            continue
        start = m.start("of") if m.group("of") else m.start("n")
        out.append(Count(offset + start, offset + m.end(), value))
    return out


# "dropped two bombs", "two ballistic missiles struck", "a drone hit the bus": munitions that fell on
# the place, each one a strike. A count of munitions fired or launched ("fired 40 rockets") counts only with
# a verb that delivered them; none reaches across a comma ("two rockets were intercepted, while a third hit").
_MUNITION = r"(?:bombs?|missiles?|drones?|rockets?|UAVs?)"
# what stands between the number and the munition: a maker or side ('Russian', 'US'), a kind ('guided
# aerial', 'ballistic', 'Iranian-made'), never a verb or a clause ('fourteen injured when Russian missiles')
_MUNITION_MOD = (r"(?:(?-i:[A-Z][\w-]*)|[a-z]+-(?:laden|made|guided|range|way)|suspected|guided|aerial|ballistic|cruise|"
                 r"cluster|glide|barrel|kamikaze|attack|armed|unmanned|hostile|enemy|more|other|heavy|large|air-to-surface)")
_DELIVERED = r"(?:struck|strikes|hit|hits|fell|landed|slammed|exploded)"
_MUNITION_RX = re.compile(
    rf"(?:\b(?P<v>dropped|dropping)\s+)?(?<![\w-])(?P<n>{NUM}|an?|one|single)\s+"
    rf"(?:{_MUNITION_MOD}\s+){{0,3}}?(?P<noun>{_MUNITION})\b"
    rf"(?P<after>(?:\s+(?!(?:intercepted|downed|shot)\b)[^\s.;,:]+){{0,12}}?\s+{_DELIVERED}\b)?", re.I)

_HEADLINE_MUNITION = re.compile(r"(?<![\w-])(?P<noun>drone|missile|rocket|bomb)\s+(?:hits|strikes)\b", re.I)  # 'Turkish drone hits car'


def munition_counts(text: str, offset: int = 0) -> list[Count]:
    """Munitions delivered, one strike each: 'dropped two bombs' (2), 'a drone struck a car' (1),
    'two missiles, believed to be Iskanders, hit ...' is not read (the count stops at a comma)."""
    out = [Count(offset + m.start("noun"), offset + m.end("noun"), 1) for m in _HEADLINE_MUNITION.finditer(text)]
    for m in _MUNITION_RX.finditer(text):
        if not (m.group("v") or m.group("after")):
            continue
        value = parse_number(m.group("n"))
        plural = m.group("noun").lower().endswith("s")
        if value is None or (value > 1) != plural:
            continue
        out.append(Count(offset + m.start("n"), offset + m.end("noun"), value))
    return out


# ---------------------------------------------------------------- targets

_VBIED = r"(?:vehicle[- ]borne improvised[- ]explosive[- ]devices?(?: \(VBIEDs?\))?|VBIED(?:'?s)?|car[- ]bombs?|truck[- ]bombs?)"
TARGET_TYPES: tuple[tuple[str, str], ...] = (
    ("VBIED factory", rf"{_VBIED} (?:factory|factories|facility|facilities|production facility)"),
    ("VBIED", _VBIED),
    ("IED factory", r"(?:IED|bomb)[- ](?:making )?(?:factory|factories)"),
    ("weapons factory", r"weapons? (?:factory|factories|production facility)"),
    ("tactical unit", r"tactical units?"),
    ("tactical vehicle", r"tactical vehicles?"),
    ("fighting position", r"fighting positions?"),
    ("weapons cache", r"weapons? caches?|arms caches?|ammunition caches?|caches?"),
    ("command and control node", r"command(?: and control)? (?:nodes?|centers?|centres?)"),
    ("headquarters", r"headquarters|HQs?"),
    ("mortar", r"mortar (?:systems?|positions?|tubes?)|mortars?"),
    ("rocket launcher", r"rocket launchers?|rocket (?:launching|firing) (?:sites?|positions?)|rocket positions?"),
    ("sniper position", r"sniper positions?"),
    ("observation post", r"observation posts?"),
    ("bunker", r"bunkers?"),
    ("storage facility", r"(?:weapons? |ammunition |supply |logistics? )?storage (?:facilit(?:y|ies)|sites?|areas?)"),
    ("anti-aircraft weapon", r"anti-aircraft (?:weapons?|artillery|guns?)(?: systems?)?"),
    ("artillery", r"artillery (?:pieces?|systems?|positions?)"),
    ("heavy machine gun", r"heavy machine ?guns?"),
    ("tank", r"tanks?"),
    ("tunnel", r"tunnels?"),
    ("bridge", r"bridges?"),
    ("checkpoint", r"checkpoints?"),
    ("supply route", r"supply routes?"),
    ("staging area", r"staging areas?"),
    ("oil facility", r"oil (?:wells?|facilities|facility|refinery|refineries|collection points?|pump jacks?)|wellheads?|"
                     r"pump jacks?"),
    ("training camp", r"training (?:camps?|facilit(?:y|ies)|sites?|areas?)"),
    ("engineering vehicle", r"bulldozers?|excavators?|front[- ]end loaders?"),
    ("cave", r"caves?"),
    ("boat", r"boats?"),
    ("residential building", r"residential (?:buildings?|blocks?|houses?|homes?)|apartment (?:buildings?|blocks?)"),
    ("building", r"buildings?"),
    ("vehicle", r"vehicles?"),
)
_TARGET_RX = re.compile(
    rf"(?:(?<![\w-])(?P<n>{NUM}|an?|another|one)\s+(?:(?:ISIS|ISIL|IS|Daesh|enemy|militant|terrorist|Houthi|Taliban)['’]?s?\s+)?)?"
    r"(?<![\w-])(?P<t>" + "|".join(f"(?P<g{i}>{rx})" for i, (_, rx) in enumerate(TARGET_TYPES)) + r")(?![\w-])",
    re.I)
HYPERNYMS = {"vehicle": {"tactical vehicle", "VBIED"}, "building": {"headquarters", "residential building", "VBIED factory",
                                                                   "weapons factory", "IED factory", "storage facility"}}


class TargetHit(NamedTuple):
    start: int
    end: int
    type: str
    count: int | None


def find_targets(text: str, offset: int = 0, named: bool = True) -> list[TargetHit]:
    """Target nouns with their counts ('three fighting positions' -> fighting position x3;
    a bare plural gets count None). A weapon counts only as the object of a verb that hit or took
    it, unless ``named`` is False (``text`` is what a report names as the target)."""
    out: list[TargetHit] = []
    for m in _TARGET_RX.finditer(text):
        idx = next(i for i in range(len(TARGET_TYPES)) if m.group(f"g{i}"))
        ttype = TARGET_TYPES[idx][0]
        word = m.group("t")
        if m.group("n"):
            count = parse_number(m.group("n"))
        else:
            plural = word.lower().endswith("s") and ttype not in ("headquarters",) and not word.endswith("'s")
            count = None if plural else 1
        start = m.start("n") if m.group("n") else m.start("t")
        if named and ttype in _WEAPONS and not _STRUCK_BEFORE.search(text, 0, start) \
                and not _STRUCK_AFTER.match(text, m.end()):
            continue  # "militants fired mortars at ...", "a car bomb exploded": the weapon used, not one hit
        out.append(TargetHit(offset + start, offset + m.end(), ttype, count))
    return out


# a weapon is a target only after a verb that hit or took it ("one strike destroyed two mortar systems")
_WEAPONS = {"VBIED", "mortar", "rocket launcher", "anti-aircraft weapon", "artillery", "heavy machine gun", "tank"}
_STRUCK_BEFORE = re.compile(r"\b(?:engag|destroy|struck|strik|hit|damag|target|attack|seiz|captur|shot down|"
                            r"neutrali[sz]|disabl|eliminat)\w*\b(?!.*\b(?:fired|firing|launched|using|with)\b)",
                            re.I | re.S)
_STRUCK_AFTER = re.compile(r"\W*(?:\w+\s+){0,3}?(?:were|was|had been|have been)\s+(?:also\s+)?(?:destroyed|hit|struck|"
                           r"damaged|targeted|engaged|seized|captured)\b", re.I)
