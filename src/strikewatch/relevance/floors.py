"""Floors under the relevance model's score: sentences it underrates, being trained on few of their kind.

A place taken by an armed side the sentence names, a toxic agent dropped or fired, a lethal strike by a named
side, a weapon only armed forces use named as used: the stage (``relevance.stage``) raises such a sentence's
probability to its floor; the trigger rules still decide what, if anything, it tells.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .scope import rehearsed


# a place that changed hands, said with the armed side that took it: "Peshmerga retake nine villages east of Mosul",
# "Taliban capture Kunduz city", "Ramadi falls to IS" (the model, trained on few headlines of this kind, doubts them)
_TAKEN = re.compile(r"\b(?:re-?tak(?:e|es|en|ing)|retook|recaptur(?:e|es|ed|ing)|overr[au]n|overruns|liberat(?:e|es|ed)|took (?:full )?control of|tak(?:e|es|en) (?:full )?control of|"
                    r"falls? to|fell to)\s+(?:[\w-]+\s+){0,4}?(?-i:[A-Z])", re.I)
_TAKERS = frozenset({"rebel", "militia", "state", "international"})


def place_taken(sentence: str, kinds: Iterable[tuple[str, bool]]) -> bool:
    """Does a sentence tell a place taken by an armed side it names (``kinds``: its actors' (kind, generic)), a
    toxic agent dropped or fired ("Chlorine barrels dropped on X, doctors say"), a political figure arrested
    ("Rangers arrested the former prime minister at the high court"), a gathering dispersed by police or a count of
    drones or missiles shot down ("57 attack UAVs have been confirmed shot down:")?"""
    low = sentence.lower()  # (for the cheap looks for a pattern's words before the pattern)
    return any(k in _TAKERS for k, _ in kinds) and bool(_TAKEN.search(sentence)) or bool(_TOXIC_DROPPED.search(sentence)) \
        or _arrest_told(low) and bool(_FIGURE_ARRESTED.search(sentence)) and not rehearsed(sentence) \
        or "disperse" in low and bool(_DISPERSED.search(sentence)) and not rehearsed(sentence) \
        or ("down" in low or "intercept" in low) and bool(_DOWNED_COUNT.search(sentence)) and not rehearsed(sentence)


# munitions counted as brought down ("57 attack UAVs have been confirmed shot down:", "intercepted 12 drones over X"):
# an air-defence tally, ACLED's disrupted weapons use, which the model, trained on few, doubts
_MUNITIONS = r"(?:drones|UAVs|missiles|rockets|Shaheds|projectiles)"
_DOWNED_COUNT = re.compile(rf"\b\d+\s+(?:[\w-]+\s+){{0,3}}?{_MUNITIONS}\b[^.;]{{0,40}}?\b(?:shot down|downed|intercepted)\b|"
                           rf"\b(?:shot down|downed|intercepted)\s+(?:\d+|all)\s+(?:[\w-]+\s+){{0,3}}?{_MUNITIONS}\b", re.I)


# police breaking up a gathering ("Police violently disperse prayer meeting"): ACLED's protest with intervention
_DISPERSED = re.compile(r"\b(?:police|policemen|security forces|soldiers|troops|gendarmes|officers)\b[^.;]{0,30}?\bdispers(?:e|ed|es|ing)\b|"
                        r"\bdispersed by (?:the\s+)?(?:anti-riot\s+|riot\s+)?(?:police|security forces|soldiers|troops|gendarmes)\b", re.I)


def _arrest_told(low: str) -> bool:
    """A cheap look for an arrest's words in a lower-cased sentence before the long pattern (every sentence of every
    report comes here)."""
    return "arrest" in low or "detain" in low or "custody" in low or "rounded up" in low


# a political figure arrested or detained (ACLED's "Arrests"): the model, trained on few of them, may doubt the sentence
_POLITICAL_FIGURES = (r"(?:(?:former|ex-|exiled|jailed|opposition|deputy)\s+)*(?:prime minister|president|premier|opposition leader|"
            r"party leader|leader of the opposition|presidential candidate|(?:opposition|rights|pro-democracy|student|Baloch|"
            r"Kurdish|Uyghur|Tamil|environmental|human rights)\s+activists?|dissidents?|(?:opposition\s+)?lawmakers?|"
            r"(?:opposition\s+)?(?:MPs?|senators?|mayors?|governors?))")
_FIGURE_ARRESTED = re.compile(rf"\b(?:arrested|detained|rounded up|took into custody)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|"
                              rf"several\s+|dozens of\s+|\d+\s+)?{_POLITICAL_FIGURES}\b|\b{_POLITICAL_FIGURES}\b[^.;]{{0,60}}?\b(?:was|were|has been|"
                              rf"have been|had been)\s+(?:arrested|detained|taken into custody)\b", re.I)


_TOXIC_DROPPED = re.compile(r"\b(?:chlorine|sarin|mustard gas|nerve agent|toxic gas|poison gas)\b[^.;]{0,40}?\b(?:dropped|fired|"
                            r"launched|used|attack|struck|hit)\b", re.I)


# a strike by a named armed side that killed people ("Israeli strike on school shelter in Nuseirat kills at least 18"):
# the model, weak on such short heads, may doubt it
_LETHAL_STRIKE = re.compile(r"\b(?:air ?strikes?|(?:drone |missile )?strikes?|air ?raids?|shelling|bombardment|shells|rockets?|"
                            r"missiles?|drones?|barrel bombs?)\b[^.;\n]{0,80}?\b(?:kill(?:s|ed|ing)?|left)\s+(?:at least |more than |"
                            r"over |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens)\b", re.I)
_NOT_WAR = re.compile(r"\b(?:police|lightning|storm|hunger|labou?r|workers?)\b", re.I)


def lethal_strike(sentence: str, kinds: Iterable[tuple[str, bool]]) -> bool:
    """Does a sentence tell a strike, shelling or rocket fire by an armed side it names that killed people, or name
    a weapon only armed forces use hitting something ("Ariha: two air strikes on the industrial area", "Two guided
    aerial bombs hit the northern part of town")?"""
    if _NOT_WAR.search(sentence) or rehearsed(sentence):
        return False
    return (any(k in _TAKERS and not generic for k, generic in kinds) or bool(_NATIONAL_STRIKE.search(sentence))) \
        and bool(_LETHAL_STRIKE.search(sentence)) or bool(_WAR_WEAPON.search(sentence))


# weapons no one but armed forces and groups use, named as used (not "a ban on cluster munitions", "air strike sirens")
_WAR_WEAPON = re.compile(r"\b(?:air ?strikes?|airstrikes?|air ?raids?|drone strikes?|barrel bombs?|artillery (?:fire|shells?|"
                         r"shelling|rounds)|shelling(?! out)|mortar (?:fire|shells?|rounds|bombs)|(?:guided|glide|aerial) (?:aerial )?bombs?|"
                         r"cluster munitions?|rocket fire|missile strikes?)\b(?![- ](?:sirens?|alerts?|warnings?|shelters?|"
                         r"ban|treaty|drills?|exercises?))[^.;\n]{0,80}?\b(?:hit|struck|strike|fell|landed|killed|killing|kills|"
                         r"dead|wounded|injured|destroyed|damaged|on|targeting|targeted)\b|"
                         r"\b(?:drones?|UAVs?|shells?|rockets?|missiles?)\s+(?:hit|struck|exploded|landed|fell|slammed)\s+"
                         r"(?:on|in|into|near)?\s*(?:a|an|the|two|three|several)\b|"  # "A drone hit a car park", "shells fell on the market"
                         r"\b(?:launched|carried out|conducted|waged)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                         r"several|dozens of)\s+raids?\s+on\b", re.I)  # raids counted on a district: air raids


# a strike named by its side's demonym ("Israeli strike", "Russian missile strike", "US-led coalition air raids")
_NATIONAL_STRIKE = re.compile(r"\b(?:US|U\.S\.|NATO|[A-Z][a-z]+(?:i|ian|ish|ese|an|ch))(?:-led)?\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:air ?strikes?|strikes?|air ?raids?|shelling|bombardment|rockets?|missiles?|drones?)\b")
