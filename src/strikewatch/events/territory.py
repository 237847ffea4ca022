"""Strategic developments a sentence tells: a place taken (by the state's forces or their affiliates, by
an armed group, or handed over without a fight), weapons seized or disrupted, goods seized. ACLED codes a
place that changed hands as territory whatever fighting it took ("took control of", "captured the town
of X"); a place where weapons were seized is where, not what ("police seized a car bomb in a town")."""
from __future__ import annotations

import re

from ..actors.aliases import ActorName

STATE_KINDS = {"state", "international"}
NON_STATE_ARMED = {"rebel", "militia", "unidentified", "ethnic"}  # armed men who are no state's


_WEAPON_SEIZED = re.compile(r"\b(weapons?|arms|ammunition|explosives?|IEDs?|bombs?|mines?|grenades?|rifles?|guns?|"
                            r"explosive devices?|cache|munitions?|ordnance|firearms?|weaponry|rockets?|mortars?|"
                            r"missiles?|shells|detonators?)\b", re.I)


_GOODS_SEIZED = re.compile(r"\b(drugs?|narcotics?|marijuana|cannabis|cocaine|heroin|methamphetamine|meth|crack|"
                           r"(?:drug|cocaine|meth\w*) (?:lab\w*|laborator\w*)|contraband|smuggled \w+)\b", re.I)


_TERRITORY = re.compile(r"\b(control|town|village|city|area|territory|positions?|base|district|hill|"
                        r"stronghold|outpost|headquarters|localit\w+)\b", re.I)


# a site taken as its object ("rebels seize checkpoint"), not a place where goods were seized
_SEIZED_SITE = re.compile(r"\b(?:seiz|captur|overr[au]n|took|take|storm)\w*\s+(?:\w+\s+){0,2}?(?:checkpoints?|"
                          r"crossings?|airports?|air ?bases?|bridges?|dams?|oil ?fields?|barracks|garrisons?)\b", re.I)


_REGAIN = re.compile(r"\b(recaptur\w*|retak\w*|retook|regain\w*|liberat\w*|reclaim\w*|won back|took back|clear(?:ed|ing)? (?:[\w-]+ ){1,4}?(?:of|from))\b",
                     re.I)


# the state's forces as the ones who took a place ("the army seized", "government troops took control")
_STATE_TAKER = re.compile(r"^(?:\W*\w+){0,8}?\W*\b(?:the |government |national |regular )*(?:army|troops|soldiers|"
                          r"military|security forces|government forces|armed forces)\s+(?:\w+\s+)?(?:seized|took|captured|"
                          r"overran|entered|stormed|gained|wrested|assumed)\b", re.I)
# the state's forces first, their helpers told after them ("Regime forces, supported by Hezbollah fighters, regained",
# "Nigerian troops, with vigilantes as guides, recaptured", "FACA soldiers and Russian instructors retook")
_STATE_LEADS = re.compile(r"^(?:\W*\w+){0,6}?\W*\b(?:army|troops|soldiers|military(?: forces)?|security forces|government forces|"
                          r"armed forces|regime forces|pro-government forces)(?:,[^.;]{0,100}?,|,\s+[^.;,]{0,40}?|\s+and\s+[^.;,]{0,50}?|"
                          r"\s+(?:with|backed by|supported by)\s+[^.;,]{0,60}?,?)\s+(?:\w+\s+)?(?:re-?took|recaptured|regained|"
                          r"reclaimed|liberated|took back|won back|seized|captured|took|re-?takes?|recaptures?|regains?|"
                          r"reclaims?|liberates?|takes? back|wins? back)\b", re.I)
# the state's forces retaking a place, or saying they took it ("Rwandan and Mozambican forces recaptured the port town",
# "the Malian army said on Tuesday it had taken control of Kidal"); lower-case: a named army ("Arakan Army") is no state's
_STATE_REGAINS = re.compile(r"\b(?<![Rr]ebel )(?<!militia )(?<!insurgent )(?<!opposition )(?:army|troops|soldiers|military|forces)"
                            r"(?:,\s+[^.;,]{0,40}?|\s+and\s+[^.;,]{0,40}?)?\s+(?:\w+\s+)?(?:re-?took|recaptured|"
                            r"regained|reclaimed|liberated|took back|won back|re-?takes?|recaptures?|regains?|liberates?)\b|"
                            r"\b(?:army|military|troops|forces)\s+(?:said|says|announced|claimed)\s+(?:[\w,]+\s+){0,4}?"
                            r"(?:it|they)\s+(?:had|has|have)\s+(?:taken|seized|captured|regained|recaptured|retaken|liberated)\b")


_PRO_GOVERNMENT = re.compile(r"\b(?:pro-(?:government|Hadi|regime|Assad)|government-(?:allied|backed|aligned)|loyalists?|"
                             r"loyal to the (?:president|government|regime))\b"
                             r"(?![^.;]{0,40}?\b(?:lost|withdr|retreat|pulled out))(?=[^.;]{0,60}?\b(?:took|take|seiz|captur|"
                             r"retook|recaptur|overr|liberat|enter|regain|clear|gain|control))",
                             re.I)


# a place that fell to someone, or was taken by them ("Bunagana fell to M23", "Kabul falls to Taliban" (not "it falls to
# the army to decide"), "the fall of X to the RSF", "came
# under the control of JNIM", "the garrison was overrun by the White Army"): the one named after it took it
_ARMED_SIDE = (r"(?:the )?(?:[\w-]+ ){0,2}?(?:rebels|militants|insurgents|jihadists|fighters|militias?|forces|troops|army|"
               r"pirates|gunmen|bandits|gangs?|"
               r"Taliban|Houthis|(?-i:[A-Z][A-Z0-9-]+\b))")  # not "fell to 5 degrees", "the seat fell to Labour"
FELL = re.compile(rf"\bfell to (?={_ARMED_SIDE})|\b(?:falls|has fallen) to (?={_ARMED_SIDE})(?![^.;,]{{0,40}}?\bto [a-z]+\b)|\bfall of (?-i:[A-Z])[^.;]{{0,40}}?\bto (?={_ARMED_SIDE})|"
                  r"\bcame under (?:the )?control of\b|"
                  rf"(?<!injured )(?<!wounded )(?<!victims )(?<!bodies )\b(?:was|were|been) (?:overrun|seized|captured|taken|"
                  rf"occupied) by (?={_ARMED_SIDE}(?!\s+(?:vehicles?|ambulances?|helicopters?|trucks?|cars?|boats?)\b))", re.I)
# (not "taken by ambulance", "the wounded were taken by SDF vehicles to X")
_TAKER_AFTER = re.compile(rf"(?:{FELL.pattern})\s*(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<who>army|troops|soldiers|military|"
                          r"government|security forces|armed forces|police)\b", re.I)


# control of a place taken, said outright ("took control of", "gained control over", "took over 25 villages")
CONTROL_TAKEN = re.compile(r"\b(?:took|take|takes|taking|taken|gained|gains?|regained|regains?|wrested|assumed|seized|restored|"
                            r"recovered|captured)\s+(?:over\s+)?(?:full\s+|total\s+|effective\s+)?(?:control|territory)\b|"
                            r"\btook over\s+(?:(?:\w+\s+){0,4}?(?:villages?|towns?|areas?|positions?|bases?|posts?|sites?|"
                            r"headquarters|camps?|barracks|garrisons?|airports?)\b|"
                            r"(?-i:[A-Z]))|"
                            r"\b(?:declared|announced) (?:\w+ ){0,3}?(?:liberated|freed)\b|\bliberation of\b|"
                            r"\bcapture of (?:the (?:town|city|district) of )?(?-i:[A-Z])|" + FELL.pattern + "|"
                            r"\b(?:captured|seized|overran|retook|recaptured|took)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:villages?|towns?|"
                            r"city|district (?:centres?|centers?|headquarters)|hills?)\s+of\s+[A-Z]", re.I)


# fighters driven from a place: "dislodged ISWAP fighters who had occupied X", "pushed the militants out of X";
# the ones driven out lost it (troops driven out: an armed group took it)
_DRIVEN = r"(fighters|militants|insurgents|rebels|jihadists|terrorists|militiamen|militias?|gunmen|troops|forces|soldiers)"
DRIVEN_OUT = re.compile(rf"\b(?:dislodged|ousted)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_DRIVEN}\b|"
                        rf"\b(?:pushed|drove|driven|flushed|expelled|chased|cleared)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_DRIVEN}"
                        rf"\s+(?:\w+\s+){{0,4}}?(?:out of|from)\b", re.I)


# armed groups as the ones who took a place ("rebels captured the town", "Taliban fighters seized")
_NON_STATE_TAKER = re.compile(r"\b(?:rebels?|militants?|insurgents?|jihadists?|separatists?|guerrillas?|militia(?:s|men)?|"
                              r"Taliban|fighters|gangs?|gunmen|bandits)\s+(?:\w+\s+)?(?:captured|captures?|seized|seizes?|took|"
                              r"takes?|overran|overruns?|stormed|storms?|overtook|overtakes?|recaptured|recaptures?|retook|"
                              r"retakes?|regained|regains?)\b", re.I)  # (a headline's present: "Militants overrun army checkpoint")


_HANDOVER = re.compile(r"\b(withdr[ae]w\w*|pull(?:ed)? out|handed (?:\w+ )*over|hand(?:ed)? over|handed [^.;]{0,80}?\bover to|handover|hand\w* (?:back )?control|"
                       r"retreat\w*|evacuated|abandon\w*|(?:enter\w*|deploy\w*) [^.;]{0,40}?under (?:a |an |the )?(?:[\w-]+ )?"
                       r"(?:deal|agreement|accord))\b", re.I)


_OBJECT_PLACE = re.compile(r"\b(?:seiz|captur|took|take|overr[au]n|storm)\w*\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:towns?|villages?|city|district|areas?|territory|hills?|bases?|positions?|"
                           r"strongholds?|outposts?|control)\b", re.I)


_TAKEN_OVER = re.compile(r"\b(?:took|taken|takes?)\s+(?:over|control)\b", re.I)


def _place_taken(text: str) -> bool:
    """A place is what was seized ("seized the town", "captured two army bases", "took control of")."""
    return bool(_OBJECT_PLACE.search(text) or _SEIZED_SITE.search(text) or CONTROL_TAKEN.search(text))


# a place taken with no fight, said outright ("took over the village without resistance", "entered the town
# unopposed", "No violence was reported."): ACLED's non-violent transfer, whoever took it
UNOPPOSED = re.compile(r"\b(?:without|with no|met no|meeting no|faced no|facing no|encountered no|no) (?:any )?(?:armed )?"
                       r"(?:resistance|opposition|a fight|fighting|a shot being fired|firing a (?:single )?shot|clashes|"
                       r"bloodshed|violence)\b|\bunopposed\b|\bno (?:violence|clashes|fighting|resistance) (?:was|were) "
                       r"(?:reported|recorded|encountered)\b", re.I)
_FIGHT_TOLD = re.compile(r"(?<!no )(?<!without )(?<!any )\b(?:clash\w*|fought|fighting|battl\w*|gunfights?|firefights?|"
                         r"killed|killing|dead|wounded|injured|exchanged fire|under fire)\b", re.I)


def unopposed(text: str) -> bool:
    """A taking told as met by no fight ("without resistance", "unopposed") and no fight or toll told beside it."""
    return bool(UNOPPOSED.search(text)) and not _FIGHT_TOLD.search(UNOPPOSED.sub(" ", text))


def territory(text: str, a1: ActorName | None) -> str:
    if unopposed(text):
        return "Non-violent transfer of territory"
    handover = _HANDOVER.search(text)
    if handover and not re.search(r"\b(seiz|captur|overr|storm)\w*|(?<!no )(?<!without )\b(?:clash|fought|"
                                  r"fighting|battl|bombard|shell|killing)\w*|under fire|air ?strikes", text, re.I) \
            and not (handover.group(1).lower().startswith("retreat") and _TAKEN_OVER.search(text)):
        return "Non-violent transfer of territory"  # (a side that retreated as the other took the town was driven out)
    if (a1.kind if a1 else None) in ("rebel", "militia") and not (_PRO_GOVERNMENT.search(text) or FELL.search(text)
                                                                  or DRIVEN_OUT.search(text) or _STATE_LEADS.search(text)):
        return "Non-state actor overtakes territory"  # a named armed group took it ("Tigrayan forces recapture Shire")
    if _PRO_GOVERNMENT.search(text) or _STATE_LEADS.search(text) or _STATE_REGAINS.search(text):
        return "Government regains territory"  # the state's affiliates took it, or the state with them
    if FELL.search(text):
        return "Government regains territory" if _TAKER_AFTER.search(text) else "Non-state actor overtakes territory"
    driven = DRIVEN_OUT.search(text)
    if driven:
        lost = driven.group(driven.lastindex).lower()  # who was driven out
        return "Non-state actor overtakes territory" if lost in ("troops", "forces", "soldiers") else "Government regains territory"
    if _NON_STATE_TAKER.search(text):
        return "Non-state actor overtakes territory"  # "rebels captured the town after government troops withdrew"
    if (a1.kind if a1 else None) in STATE_KINDS:
        return "Government regains territory"  # the state's forces took it
    if a1 is None and (_REGAIN.search(text) or _STATE_TAKER.search(text)):
        return "Government regains territory"  # "the army seized the town": the state's forces took it
    return "Non-state actor overtakes territory"


# people seized, not a place: "militants seized 2 teenage boys working in fields in X district"
_PEOPLE_SEIZED = re.compile(r"\b(?:seiz|captur|grabb|snatch)\w*\s+(?:\d+|two|three|four|five|six|several|dozens of|a|an)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:boys?|girls?|m[ae]n|wom[ae]n|people|villagers|child(?:ren)?|civilians|"
                            r"passengers|farmers?|students|residents|traders|workers|teachers|herders|fishermen|travell?ers)\b", re.I)


def strategic(cues: set[str], text: str, a1: ActorName | None) -> str | None:
    if "SEIZE" in cues and _PEOPLE_SEIZED.search(text):
        return "Abduction/forced disappearance"
    if cues & {"DISRUPT", "SEIZE"} and _GOODS_SEIZED.search(text) and not _WEAPON_SEIZED.search(text):
        return "Looting/property destruction"  # drugs or goods seized, a lab dismantled: no weapon (issue 22)
    if "DISRUPT" in cues or "SEIZE" in cues and _WEAPON_SEIZED.search(text) and not _place_taken(text):
        return "Disrupted weapons use"  # "police seized a car bomb in a town": the town is where, not what
    if "TERR" in cues or "SEIZE" in cues and (_TERRITORY.search(text) or _SEIZED_SITE.search(text)):
        return territory(text, a1)
    return None


# the fighting an agreement ends or follows is its background ("ending three days of shelling", "after weeks of
# clashes", "groups which have been fighting since January"); what is left of the sentence tells the agreement
_ENDED_FIGHTING = re.compile(r"\b(?:end(?:ing|ed|s)?|to end|stop(?:ping)?|halt(?:ing)?|ceas(?:e|ing)|after|following|since|"
                             r"(?:pause|lull|respite|break) (?:in|from)|"
                             r"over|amid|settling|(?:had|have|has) (?:been )?|previous|earlier|weeks? of|months? of|days? of|"
                             r"years? of)\b[^.;:]{0,80}", re.I)
_VIOLENCE = re.compile(r"\b(?:clash\w*|fight\w*|fought|attack\w*|shell\w*|kill\w*|exchanged fire|battl\w*|hostilities|"
                       r"airstrikes?|bomb\w*|burn\w*|torch\w*|loot\w*|destroy\w*|raid\w*|shot|shoot\w*|stormed)\b", re.I)
# (not an abduction: captives freed by negotiation are the agreement's own story)
_MADE = re.compile(r"\b(?:sign\w*|agreed?|agreement|reached|conclud\w*|accept\w*|committed|declared|broker(?:s|ed)?|sealed|"
                   r"struck|exchanged|swap\w*|freed|released|set free|pledg\w*|t(?:ook|akes) effect|c(?:a|o)me into (?:effect|force)|"
                   r"entered into force|went into effect)\b", re.I)


def agreement_told(text: str) -> bool:
    """Does an agreement sentence tell only the agreement, its fighting being what it ends or follows
    ('a ceasefire was agreed ..., following a week of clashes')?"""
    return bool(_MADE.search(text)) and not _VIOLENCE.search(_ENDED_FIGHTING.sub(" ", text)) and not agreement_failed(text)


_FAILED = re.compile(r"\b(?:collaps\w*|broke down|broken down|fell apart|fallen apart|failed|violated|breached|fell through|"
                     r"stalled|suspended)\b|\b(?:close to|near(?:ing|er)?(?: to)?)\s+(?:reaching\s+|agreeing\s+|signing\s+)?"
                     r"(?:a |an |the )?(?:[\w-]+ ){0,2}?(?:deal|agreement|accord|truce|ceasefire|settlement|pact)\b", re.I)


def agreement_failed(text: str) -> bool:
    """An agreement told as failed, stalled or not yet made ("earlier accords had collapsed", "close to a deal")."""
    return bool(_FAILED.search(text))

