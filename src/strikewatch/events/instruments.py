"""Weapon words in a sentence: which means of violence an event used ('roadside bomb' -> IED).

The explicit instrument decides an explosion's sub-type; the verb ('struck', 'hit', 'attacked')
does not. When several instruments are named, the one on the trigger's subject side wins
('Russian artillery struck ...'), else the nearest one after it that is not a target
('... destroyed two artillery positions' names a target, not a weapon used).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .taxonomy import SubEventType

SUICIDE = SubEventType.SUICIDE_BOMB
AIR = SubEventType.AIR_DRONE_STRIKE
SHELL = SubEventType.SHELLING
IED = SubEventType.REMOTE_EXPLOSIVE
GRENADE = SubEventType.GRENADE
CHEM = SubEventType.CHEMICAL_WEAPON

# what air defence brings down in flight (a downing is fire met in the air; with no one hurt, a disrupted attack)
MUNITIONS_IN_FLIGHT = r"drones?|UAVs?|unmanned\s+aerial\s+vehicles?|(?:cruise\s+|ballistic\s+)?missiles?|rockets?|Shaheds?"

_PATTERNS: tuple[tuple[str, str], ...] = (
    (SUICIDE, r"suicide[- ](?:bomb\w*|attack\w*|car[- ]bomb\w*|vests?|blasts?|truck\w*|explosions?)|"
              r"blew (?:himself|herself|themselves) up|explosive[- ]laden vests?|self[- ]detonat\w*|"
              r"(?:explosives?|bomb|suicide)[- ](?:vests?|belts?)|(?:drove|driven|rammed|driving)\s+(?:\w+\s+){0,3}?"
              r"explosives?[- ]laden (?:vehicles?|cars?|trucks?|lorr(?:y|ies)|ambulances?)"),
    (CHEM, r"chemical (?:weapons?|attacks?|agents?)|chlorine gas|sarin|mustard gas|toxic gas attack"),
    (AIR, r"air[- ]?strikes?|air[- ]?raids?|air (?:attacks?|bombardment)|aerial (?:bombardment|attacks?|bombing)|"
          r"drone[- ]strikes?|drones?|UAVs?|unmanned aerial|war[- ]?planes?|fighter[- ]jets?|jets?|"
          r"aircraft|(?:air)?planes?|helicopters?|gunships?|bombers|(?:strategic|heavy|long-range|stealth|B-\d+|Tu-\d+\w*|Su-\d+\w*)[- ]bomber|"
          r"sorties|air forces?|"  # (not "the bomber", a man)
          r"barrel[- ]bombs?|explosive[- ]barrels?|"  # barrels are dropped from aircraft
          r"glide[- ]bombs?|guided (?:aerial )?bombs?|aerial bombs?|bunker[- ]busters?"),  # and so are these
    (GRENADE, r"(?<!rocket-propelled )(?<!rocket propelled )hand[- ]grenades?|"
              r"(?<!rocket-propelled )(?<!rocket propelled )(?<!stun )(?<!flash )(?<!smoke )(?<!gas )(?<!sound )"
              r"grenades?(?! launchers?)"),  # not police's stun, smoke or tear-gas grenades
    (SHELL, r"heavy machine[- ]?guns?|anti-aircraft (?:guns?|cannons?)|grenade launchers?|IFVs?|BMPs?|"
            r"recoilless (?:rifles?|guns?)|(?<!gas )(?<!teargas )shell(?:ing|ed|s)?|artillery|mortars?|rockets?(?![- ]propelled)|missiles?|howitzers?|"
            r"MLRS|Grads?|katyushas?|bombard\w*|projectiles?|tank fire|heavy (?:and (?:medium|light) )?weapons|"
            # missiles and rocket systems by name: "a group strike with Kalibr ... weapons", "an Iskander-M strike"
            r"Kalibrs?|Iskanders?(?:-M)?|Kinzhals?|Tochka(?:-U)?|HIMARS|ATACMS|Storm Shadows?|Scuds?|Smerch|Uragan|Tornado-S|"
            r"(?:1[2-9]|[2-9]\d|1\d\d)(?:\.\d)?\s?mm"),  # 12.7 mm and heavier: heavy weapons, whatever their name
    (IED, r"IEDs?|improvised[- ]explosive[- ]devices?|explosive[- ]devices?|remote[- ]controlled (?:devices?|bombs?)|roadside bombs?|land[- ]?mines?|mines?|"
          r"car[- ]bombs?|truck[- ]bombs?|VBIEDs?|bomb blasts?|booby[- ]trap\w*|magnetic bombs?|sticky bombs?|"
          r"parcel bombs?|explosives|(?<!an )(?<!more )(?<!most )explosive(?!\s+(?:[a-z]+ing|growth|comeback|"
          r"start|debut|revelations?|claims?|allegations?|report|book|memoir|interview|testimony|rise|increase|"
          r"performance|season|mix|cocktail|combination|situation|issue|topic|subject|question|speed|pace|power|"
          r"temper|row|mood|atmosphere))|an explosive(?=\s+(?:device|charge|belt|vest|substance|package|"
          r"material|ordnance)|[\s,.;]+(?:in|on|at|near|under|that|which|was|went|exploded|detonated|hidden|planted))|"
          r"bombs?|bombings?|blasts?|explosions?|detonat\w*"),
)
_RX = [(name, re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])", re.I)) for name, rx in _PATTERNS]
_TARGET_AFTER = re.compile(r"^\)?\s*(?:\(\w+\)\s*)?(?:positions?|depots?|launchers?|launching|systems?|teams?|units?|caches?|"
                           r"batter(?:y|ies)|emplacements?|pieces?|factory|factories|workshops?|stores?|"
                           r"storage|sites?|warehouses?|crews?|components?|materials?|making)\b", re.I)
_TARGET_BEFORE = re.compile(r"\b(?:destroy\w*|seiz\w*|captur\w*|recover\w*|confiscat\w*|found|discover\w*|"
                            r"defus\w*|dismantl\w*|intercept\w*|shot down|down(?:ed)?|anti(?!-?(?:personnel|tank)\b)|against|counter)"
                            r"[\s\w-]{0,25}$", re.I)
_MEANS = re.compile(r"\b(?:with|using|by|fired|firing|launched|launching|dropp\w*|carried out|conducted)\b", re.I)
# a pit, not a landmine: of a mineral, its workers or site, or a place one is at or in ("at the mine")
_NOT_MINE = re.compile(r"\b(?:gold|coal|copper|diamond|cobalt|tin|salt|artisanal|uranium|jade|lithium) mines?\b|"
                       r"\bmine (?:workers?|sites?|shafts?|owners?|operators?|company)\b|"
                       r"\b(?:at|inside|into|outside) (?:the|a) mine\b", re.I)
_GENERIC_BLAST = {"explosives", "explosive", "bomb", "bombs", "bombing", "bombings", "blast", "blasts",
                  "explosion", "explosions"}


class Instrument(NamedTuple):
    """One weapon word: its span in the sentence text and the sub-type it implies."""

    start: int
    end: int
    sub_type: str
    text: str


def find_instruments(text: str) -> list[Instrument]:
    """Every non-overlapping weapon word in ``text`` (earlier patterns win on overlap)."""
    found: list[Instrument] = []
    for name, rx in _RX:
        for m in rx.finditer(text):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            if name == IED and m.group().lower().startswith("mine") and _NOT_MINE.search(text):
                continue
            found.append(Instrument(m.start(), m.end(), name, m.group()))
    return sorted(found)


def _generic(ins: Instrument) -> bool:
    word = ins.text.lower()
    return word in _GENERIC_BLAST or word.startswith(("detonat", "bombard"))  # "bombarded by jets": the jets say how


# a weapon's units named as who struck ("missile and artillery units of the Defence Forces carried out nine strikes")
_AGENT = re.compile(r"^\s*(?:units?|troops|crews?|batter(?:y|ies)|teams?)\b(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?)?"
                    r"\s*(?:carried out|conducted|launched|delivered|struck|fired|hit|shelled|pounded)\b", re.I)


def _is_target(text: str, ins: Instrument) -> bool:
    if _AGENT.match(text[ins.end:]):
        return False
    return bool(_TARGET_AFTER.match(text[ins.end:]) or _TARGET_BEFORE.search(text[max(0, ins.start - 40):ins.start]))


# explosions at a building or a crowded site ("the explosions at two embassies", "blasts outside a hotel")
# were set there: bombs, not shells along a front
_AT_SITE = re.compile(r"\b(?:explosions|blasts)\s+(?:\w+\s+){0,2}?(?:at|outside|inside|in front of|targeting)\s+"
                      r"(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+)?(?:[\w.]+\s+){0,2}?(?:embass(?:y|ies)|markets?|"
                      r"hotels?|mosques?|church(?:es)?|stations?|offices?|schools?|buildings?|banks?|restaurants?|cafes?|"
                      r"shops?|malls?|stadiums?|airports?|ministr(?:y|ies)|courthouses?|temples?|shrines?)\b", re.I)


def instrument_for(text: str, trigger: int, struck: bool = False) -> str | None:
    """The sub-type the weapon named for a trigger at char ``trigger`` of ``text`` implies.

    The trigger's own word counts first ('airstrike', 'shelling'); then instruments before it
    (nearest first), then after it; weapons named as targets are skipped. A specific weapon
    ('roadside bomb', 'mortar') beats a generic blast word ('explosion') when both are named.
    When ``struck`` (the trigger is a verb of hitting: 'striking an ISIS truck bomb'), a weapon
    after it is its object unless introduced as a means ('with rockets', 'using drones').
    """
    found = [i for i in find_instruments(text) if not _is_target(text, i)]
    if not found:
        return None
    on = [i for i in found if i.start <= trigger < i.end]
    if on and not _generic(on[0]):
        return on[0].sub_type
    specific = [i for i in found if not _generic(i)]
    if not specific and any(i.text.lower() in ("explosions", "blasts") for i in found) and not _AT_SITE.search(text) \
            and not any(i.text.lower().startswith("bomb") for i in found):
        return SHELL  # several unexplained explosions along a front: shelling, not planted bombs (none named)
    pool = specific or found
    if any(i.sub_type == SUICIDE for i in pool):
        return SUICIDE
    before = [i for i in pool if i.end <= trigger]
    after = [i for i in pool if i.start > trigger and (not struck or _MEANS.search(text[trigger:i.start]))]
    if before:
        return max(before, key=lambda i: i.end).sub_type
    if after:
        return min(after, key=lambda i: i.start).sub_type
    return None if struck else pool[0].sub_type  # 'one strike destroyed two mortar systems': objects only


# a device thrown or set off among a gathering: the gathering is its target, not its author
# ("a grenade hurled into a crowd of party supporters", "a bomb exploded at an opposition rally")
_AMONG_CROWD = re.compile(r"\b(?:grenades?|bombs?|explosives?|explosive devices?|IEDs?)\b[^.;]{0,60}?\b(?:into|at|among|on|"
                          r"in the midst of|targeting)\s+(?:a |an |the )?(?:[\w-]+\s+){0,2}?(?:crowds?|rally|rallies|"
                          r"gatherings?|meetings?|protesters|demonstrators|marchers|mourners|worshippers|"
                          r"(?:campaign|election|opposition|political|party) (?:event|meeting|rally))\b", re.I)


def thrown_among_crowd(text: str) -> bool:
    """A grenade or bomb thrown or set off among a gathering (an explosion aimed at it, not a riot)."""
    return bool(_AMONG_CROWD.search(text))


# "launched four raids on Al-Luhayyah district", "carried out 12 raids on Saada": air raids, as Yemeni and Syrian statements say
_RAIDS_LAUNCHED = re.compile(r"(?:\b(?:launched|carried out|conducted|waged)\s+|^\s*(?:and\s+)?)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                             r"several|dozens of|a series of)\s+(?:air\s+)?raids?\s+(?:on|against|targeting)\b", re.I)


def raids_launched(text: str) -> bool:
    """Raids counted as launched on a place ("launched four raids on Al-Luhayyah district"): air raids."""
    return bool(_RAIDS_LAUNCHED.search(text))


# homes blown up once their people are gone ("soldiers blew up four houses", "dynamited the suspect's home"): a demolition
_HOMES_BLOWN = re.compile(r"\b(?:blew up|blown up|blowing up|dynamit\w+|demolish\w+)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:houses?|homes?|"
                          r"residences?|dwellings?)\b", re.I)


def homes_blown(text: str) -> bool:
    """Houses blown up or dynamited, a demolition (property destroyed), not a bombing of people."""
    return bool(_HOMES_BLOWN.search(text))


# a toxic agent used as a weapon (not police tear gas at a protest): the munition that carried it
# (shell, rocket, barrel, drone-dropped grenade) does not decide the sub-type
_CHEM_AGENT = re.compile(r"\b(?:chlorine|sarin|mustard (?:gas|agent)|nerve (?:agent|gas)|VX|chloropicrin|phosgene|"
                         r"(?:toxic|poison(?:ous)?|choking) (?:gas|agent|chemical|substance)s?|chemical (?:weapons?|agents?|"
                         r"munitions?|shells?|rockets?|bombs?|attacks?)|riot[- ]control agents?|CS gas|(?<!tear )(?<!tear-)gas canisters?"
                         r"(?=[^.]{0,80}?\b(?:aircraft|helicopters?|planes?|drones?|dropped)\b)|(?<=dropped )(?:\w+ )?gas canisters?)\b", re.I)


def chemical_agent(text: str) -> bool:
    """A toxic agent named as what was fired or dropped (chlorine, "gas canisters" dropped from aircraft)."""
    return bool(_CHEM_AGENT.search(text))
