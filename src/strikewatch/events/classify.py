"""Sub-event type rules: cue classes + context words + actors -> ACLED sub-event type."""
from __future__ import annotations

import re

from ..actors.aliases import ActorName

_LABOUR = re.compile(r"\b(on strike|went on strike|general strike|hunger strike|labou?r strike|strike action|"
                     r"workers'? strike|staged a strike|called a strike|sit-down strike|strike by)\b", re.I)
_AIR_CTX = re.compile(r"\b(air|aerial|aircraft|jets?|warplanes?|planes?|drones?|UAVs?|helicopters?|airstrikes?|"
                      r"air[- ]strikes?|coalition|bombers?|air force|sorties?)\b", re.I)
_HEAVY = re.compile(r"\b(mortars?|artillery|rockets?|missiles?|shells?|shelling|howitzers?|IFVs?|tanks?|"
                    r"grenade launchers?|MLRS|heavy weapons?|anti-tank|projectiles?|Grad|BMP)\b", re.I)
_SMALL_ARMS = re.compile(r"\b(small arms|machine ?guns?|gunfire|gunmen|firefight|exchange of fire|"
                         r"exchanged fire|rifles?|sniper|clash(?:es|ed)?)\b", re.I)
_INTERVENE = re.compile(r"\b(dispers\w*|tear ?gas|teargas|water cannons?|rubber bullets?|batons?|"
                        r"baton[- ]charged?|arrest\w*|detain\w*|broke up|break up|stopped|prevented|"
                        r"blocked|intervened|pepper spray|lathi)\b", re.I)
_LETHAL_FORCE = re.compile(r"\b(live (?:ammunition|bullets|rounds|fire)|opened fire|shot dead|killed|"
                           r"killing|fired (?:live|on|at))\b", re.I)
_RIOT_CTX = re.compile(r"\b(riot\w*|stones?|pelt\w*|threw|hurl\w*|burn\w*|torch\w*|set (?:\w+ )?(?:ablaze|on fire|fire)|"
                       r"vandali[sz]\w*|barricad\w*|blocked roads? with|clash\w*|violent\w*|stormed|"
                       r"molotov|damag\w*|smash\w*|attacked|looted|tyres|tires)\b", re.I)
_MOB_CTX = re.compile(r"\b(mob|lynch\w*|mob justice|angry residents|irate|vigilante|beat(?:en)? to death|"
                      r"set ablaze (?:a|the) (?:suspect|man|woman)|suspected (?:thief|thieves|robbers?|witch))\b", re.I)
_WEAPON_SEIZED = re.compile(r"\b(weapons?|arms|ammunition|explosives?|IEDs?|bombs?|mines?|grenades?|rifles?|guns?)\b", re.I)
_TERRITORY = re.compile(r"\b(control|town|village|city|area|territory|positions?|base|district|hill)\b", re.I)
_BASE = re.compile(r"\b(establish\w*|set up|opened|built)\b.*\b(base|headquarters|camp|outpost)\b", re.I)
_STATE_KINDS = {"state", "international"}
_ARMED_KINDS = {"state", "international", "rebel", "militia", "unidentified"}


def _kind(actor: ActorName | None) -> str | None:
    return actor.kind if actor else None


def _protest_type(cues: set[str], text: str, a2: ActorName | None) -> str:
    if "MOB" in cues or _MOB_CTX.search(text):
        return "Mob violence"
    if "RIOT" in cues or _RIOT_CTX.search(text):
        return "Violent demonstration"
    if _LETHAL_FORCE.search(text) and ("KILL" in cues or "SHOOT" in cues or "DIE" in cues or "HURT" in cues):
        return "Excessive force against protesters"
    if _INTERVENE.search(text) or "ARREST" in cues:
        return "Protest with intervention"
    return "Peaceful protest"


def _violence_type(cues: set[str], text: str, a1: ActorName | None, a2: ActorName | None) -> str:
    if "SEXUAL" in cues:
        return "Sexual violence"
    if "ABDUCT" in cues:
        return "Abduction/forced disappearance"
    if _kind(a2) in _ARMED_KINDS and (a1 is None or _kind(a1) in _ARMED_KINDS):
        return "Armed clash"
    if cues & {"CLASH", "XFIRE", "ENGAGE"} and _kind(a2) not in ("civilians",):
        return "Armed clash"
    return "Attack"


def classify(cues: set[str], text: str, a1: ActorName | None, a2: ActorName | None) -> str | None:
    """The sub-event type for an event whose sentence shows ``cues``; None when nothing fits."""
    protest_ctx = bool(cues & {"PROTEST", "RIOT", "MOB"}) or _kind(a1) in ("protesters", "rioters")
    if "STRIKE" in cues and _LABOUR.search(text):
        cues = (cues - {"STRIKE"}) | {"PROTEST"}
        protest_ctx = True
    if "SUICIDE" in cues and cues & {"BOMB", "ATTACK", "IED", "BLAST"}:
        return "Suicide bomb"
    if "CHEM" in cues:
        return "Chemical weapon"
    if "AIR" in cues or "DRONE" in cues and cues & {"STRIKE", "ATTACK", "HIT", "BOMB", "FIRE", "KILL"}:
        return "Air/drone strike"
    if cues & {"STRIKE", "RAID", "HIT", "DESTROY"} and (_AIR_CTX.search(text) or (a1 and a1.air)) \
            and not protest_ctx and not cues & {"SHELL"}:
        return "Air/drone strike"
    if protest_ctx:
        return _protest_type(cues, text, a2)
    if "STRIKE" in cues and "BLAST" not in cues and "SHELL" not in cues:
        return "Air/drone strike"
    if "GRENADE" in cues and cues & {"ATTACK", "BLAST", "KILL", "HURT", "HIT", "FIRE"} and not re.search(r"grenade launchers?", text, re.I):
        return "Grenade"
    if "SHELL" in cues or cues & {"FIRE", "ATTACK", "HIT", "KILL", "HURT"} and "HEAVY" in cues and _HEAVY.search(text):
        if _SMALL_ARMS.search(text) and "SHELL" not in cues:
            return "Armed clash"
        return "Shelling/artillery/missile attack"
    if cues & {"IED", "BOMB", "BLAST"}:
        return "Remote explosive/landmine/IED"
    if "STRIKE" in cues:
        return "Air/drone strike"
    if "DISRUPT" in cues or "SEIZE" in cues and _WEAPON_SEIZED.search(text) and not _TERRITORY.search(text):
        return "Disrupted weapons use"
    if "TERR" in cues or "SEIZE" in cues and _TERRITORY.search(text):
        return "Government regains territory" if _kind(a1) in _STATE_KINDS else "Non-state actor overtakes territory"
    if cues & {"SEXUAL", "ABDUCT", "CLASH", "XFIRE", "ATTACK", "KILL", "SHOOT", "ENGAGE", "DIE", "HURT"}:
        return _violence_type(cues, text, a1, a2)
    if "ARREST" in cues:
        return "Arrests"
    if cues & {"LOOT", "BURN", "DESTROY"}:
        return "Looting/property destruction"
    if "AGREE" in cues:
        return "Agreement"
    if "BASE" in cues and _BASE.search(text):
        return "Headquarters or base established"
    if "CHANGE" in cues:
        return "Change to group/activity"
    return None
