"""Actor categories named by pattern rather than by alias: '<Group> herders/raiders/militia'
-> '<Group> Ethnic Militia', '<Clan> clan militia' -> '<Clan> Clan Militia' (ACLED's style for
communal and identity militias), with country demonyms and named actors excluded."""
from __future__ import annotations

import re
from typing import Callable, NamedTuple

_NOUNS = (r"ethnic militias?|ethnic militiamen|clan militias?|clan militiamen|clan fighters|militias?|militiamen|"
          r"herders|herdsmen|herdsman|raiders|warriors|morans|tribesmen|clansmen|youths|fighters|gunmen|"
          r"community members|cattle rustlers|rustlers|pastoralists|bowmen|vigilantes")
_NAME = r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?"
GROUP_RX = re.compile(rf"(?<![\w-])(?P<a>{_NAME})(?:(?:,| and| or) (?P<b>{_NAME}))?\s+(?P<noun>{_NOUNS})(?![\w-])")
# capitalised words that start sentences or describe, not name, a group
_NOT_GROUPS = {
    "The", "These", "Those", "Their", "His", "Her", "Its", "Our", "Some", "Several", "Many", "Most", "Other",
    "Armed", "Suspected", "Unknown", "Unidentified", "Local", "Rival", "Heavily", "Angry", "Irate", "Hundreds",
    "Dozens", "Thousands", "Scores", "More", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
    "Ten", "Rebel", "Islamist", "Jihadist", "Militia", "Government", "Pro", "Anti", "Allied", "Tribal",
    "Ethnic", "Clan", "Community", "Youth", "Opposition", "Christian", "Muslim", "Islamic", "Police", "Army",
    "Security", "State", "Federal", "Regional", "Village", "Masked", "Hooded", "Young", "Militant", "Criminal",
    "Cattle", "Pastoralist", "Bandit", "Gang", "Cartel", "Enemy", "Foreign", "Former", "Retired", "Separatist",
    "Insurgent", "Terrorist", "When", "After", "Before", "While", "On", "In", "At", "During", "Unarmed",
    "Civilian", "Vigilante", "Self", "Defence", "Defense", "Defenders", "Also", "Then", "Later", "Meanwhile",
}


_COMMUNAL = {"herders", "herdsmen", "herdsman", "raiders", "tribesmen", "clansmen", "warriors", "morans",
             "pastoralists", "ethnic militia", "ethnic militias", "clan militia", "clan militias"}


class GroupHit(NamedTuple):
    start: int
    end: int
    name: str


def _canon(word: str, noun: str) -> str:
    base = "-".join(p.capitalize() for p in word.split("-"))
    return f"{base} Clan Militia" if noun.lower().startswith("clan") else f"{base} Ethnic Militia"


def find_groups(text: str, known: Callable[[str], bool],
                is_demonym: Callable[[str], bool] = lambda w: False) -> list[GroupHit]:
    """'<Group> herders' style mentions; ``known(word)`` says a word is a demonym or named actor
    (those are national forces or named groups, not identity militias), except that a demonym
    before a communal noun ('Somali herders', 'Ethiopian raiders') still names a community."""
    out: list[GroupHit] = []
    for m in GROUP_RX.finditer(text):
        words = [w for w in (m.group("a"), m.group("b")) if w]
        communal = m.group("noun").lower() in _COMMUNAL
        if any(w in _NOT_GROUPS or known(w) and not (communal and is_demonym(w)) for w in words):
            continue
        if m.group("b"):  # "Dinka and Nuer youths": two groups
            out.append(GroupHit(m.start("a"), m.end("a"), _canon(m.group("a"), m.group("noun"))))
            out.append(GroupHit(m.start("b"), m.end("noun"), _canon(m.group("b"), m.group("noun"))))
        else:
            out.append(GroupHit(m.start(), m.end(), _canon(m.group("a"), m.group("noun"))))
    return out
