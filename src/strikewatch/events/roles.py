"""An event's actors: chosen from its mentions' syntactic roles, then filled in from the report
(implicit actors, national forces given their country) and put in ACLED's conventions for crowds
and victims."""
from __future__ import annotations

import re
from collections import Counter
from typing import Protocol

from ..actors.actors import ActorMention
from ..actors.aliases import AliasTable
from ..models import Event
from .taxonomy import EventType, SubEventType

ROLES = ("actor1", "actor2")


class _HasActors(Protocol):
    actors: dict[str, ActorMention]


def pick_actors(ms: list[_HasActors]) -> dict[str, list[ActorMention]]:
    """Candidates for each role over an event's mentions, best first (named before generic);
    actor2 never repeats the chosen actor1."""
    out: dict[str, list[ActorMention]] = {}
    first: str | None = None
    for role in ROLES:
        cands = [m.actors[role] for m in ms if role in m.actors
                 and not (role == "actor2" and m.actors[role].actor.name == first)]
        cands.sort(key=lambda a: a.actor.generic)
        out[role] = cands
        if role == "actor1" and cands:
            first = cands[0].actor.name
    return out


def fill_actors(events: list[Event], freq: Counter, contexts: list[str] | None = None,
                table: AliasTable | None = None) -> None:
    """Actors a sentence leaves implicit, then ACLED's conventions: crowds (``crowd_actors``, read
    from each event's ``contexts`` text), claimed attacks, arrests, the two sides of a clash,
    unnamed perpetrators and victims; national forces get their country."""
    named = [a for a, _ in freq.most_common()]
    for k, e in enumerate(events):
        context = contexts[k] if contexts is not None else ""
        if table is not None and contexts is not None and e.event_type in (EventType.PROTESTS, EventType.RIOTS):
            crowd_actors(e, context, table)
        else:
            prev = next((p for p in reversed(events[:k]) if p.sub_event_type == e.sub_event_type), None)
            _implicit(e, prev, named)
            _armed_conventions(e, context, table)
        _nationalise(e, table)
        _foreign_taker(e)


_REGAINED = re.compile(r"(?i)re-?(?:took|tak|captur|gain|claim|cover)|liberat|took back|won back")


def _same_country(a: str, b: str) -> bool:
    """'Democratic Republic of Congo' and 'Democratic Republic of the Congo' name one country."""
    words = [set(re.findall(r"[a-z]+", x.lower())) - {"the", "of", "and"} for x in (a, b)]
    return words[0] <= words[1] or words[1] <= words[0]


_STATE_FORCE = re.compile(r"^(?:Military|Police) Forces of (?:the )?(.+?)(?: \(|$)")


def _foreign_taker(e: Event) -> None:
    """ACLED: a foreign state's forces taking a place (Russia's in Ukraine) is a non-state actor overtaking territory;
    the government that regains it is the host country's (or its affiliates')."""
    m = _STATE_FORCE.match(e.actor1 or "")
    country = e.location.country if e.location else None
    said = [x.text for s in e.sources for x in s.evidence.get("event_type", [])]
    if e.sub_event_type == SubEventType.GOVERNMENT_REGAINS_TERRITORY and m and country \
            and not _same_country(m.group(1), country) \
            and not any(_REGAINED.match(w) for w in said):  # (what a state's forces "recaptured" was its own)
        e.sub_event_type = SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY


def _implicit(e: Event, prev: Event | None, named: list) -> None:
    """Carried over from the report's previous event of the same sub-type, else the report's
    most-mentioned fitting actor (air strikes, attacks on state forces)."""
    conf = e.field_confidence
    if e.sub_event_type in (SubEventType.AIR_DRONE_STRIKE,):
        flyer = next((a.name for a in named if a.air), None)
        grounded = any(a.name == e.actor1 and not a.air for a in named)
        if grounded and flyer is not None and flyer != e.actor1:  # "a strike destroyed an ISIS depot" in a
            e.actor1, e.actor2 = flyer, e.actor2 or e.actor1     # coalition release: ISIS was struck
            conf["actor1"] = 0.5
        if e.actor1 is None:
            e.actor1 = prev.actor1 if prev and prev.actor1 and prev.actor1 != e.actor2 else flyer
            conf["actor1"] = 0.5 if e.actor1 else 0.0
        if e.actor2 is None:
            e.actor2 = prev.actor2 if prev and prev.actor2 else \
                next((a.name for a in named if a.kind in ("rebel", "militia") and a.name != e.actor1), None)
            conf["actor2"] = 0.5 if e.actor2 else 0.0
    elif e.actor1 is None and e.actor2 and (
            any(a.name == e.actor2 and a.kind in ("state", "international") for a in named)
            or e.actor2.startswith("Military Forces")):
        e.actor1 = next((a.name for a in named if a.kind in ("rebel", "militia")), None)
        conf["actor1"] = 0.4 if e.actor1 else 0.0


def _armed_conventions(e: Event, context: str, table: AliasTable | None) -> None:
    # "an attack blamed on X", "X claimed the attack": X acted; a bomb's state-force "actor" was its target
    bombed = e.event_type == EventType.EXPLOSIONS and is_state_force(e.actor1)
    if table is not None and e.event_type in _ARMED_TYPES and (e.actor1 in (None, "Unidentified Armed Group") or bombed):
        claimed = claimed_by(context, table)
        if claimed is not None and claimed != e.actor1:
            victim = e.actor1 if bombed else e.actor2
            e.actor1, e.actor2 = claimed, (None if victim == claimed else victim)
            e.field_confidence["actor1"] = 0.5
    if e.sub_event_type in _PLANTED and is_state_force(e.actor1) and e.actor2 in (None, "Civilians"):
        e.actor1, e.actor2 = "Unidentified Armed Group", e.actor1  # "a suicide bomber hit a police checkpoint":
        e.field_confidence["actor1"] = 0.4                         # the force was the target
    if e.sub_event_type == SubEventType.ARRESTS:  # ACLED: arrests are made by the police, of civilians
        e.actor1, e.actor2 = e.actor1 or "Police Forces", e.actor2 or "Civilians"
    if e.sub_event_type == SubEventType.ARMED_CLASH and e.actor1 is None and is_state_force(e.actor2):
        e.actor1, e.actor2 = e.actor2, None  # "a gang member was killed in a shootout with police"
    crowd_defaults(e)
    if e.sub_event_type == SubEventType.ARMED_CLASH and e.actor1 and e.actor2 is None:
        e.actor2 = _other_side(e.actor1, context, table)


def _nationalise(e: Event, table: AliasTable | None) -> None:
    """'Police Forces' -> 'Police Forces of Kenya' from the event's country; in Yemen 'the
    coalition' is the Saudi-led one."""
    country = e.location.country if e.location else None
    for role in ROLES:
        name = getattr(e, role)
        if name in ("Military Forces", "Police Forces", "Government") and country:
            the = f"{name} of the {country}"  # "Military Forces of the Philippines"
            setattr(e, role, the if table is not None and table.lookup(the) else f"{name} of {country}")
        elif name == "Coalition" and country in _GULF_WAR:
            setattr(e, role, "Operation Restoring Hope")


_GULF_WAR = {"Yemen", "Saudi Arabia"}
_PLANTED = {SubEventType.SUICIDE_BOMB, SubEventType.REMOTE_EXPLOSIVE}  # what state forces suffer, not do
_CLAIM_BEFORE = re.compile(r"(?:blamed on|attributed to|claimed by|carried out by|perpetrated by|planted by|"
                           r"by suspected|linked to|affiliated (?:to|with)|(?:believed|suspected|said) to "
                           r"(?:be|be from|belong to|be members of))\s+(?:the\s+|an?\s+)?(?:suspected\s+)?$",
                           re.I)
_CLAIM_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:has\s+|have\s+|had\s+)?(?:claimed|claims|(?:(?:was|were|is|are)\s+)?"
                          r"(?:blamed|suspected|believed (?:to be )?(?:behind|responsible)))\b", re.I)
_BLAMED_ON = re.compile(r"\bblamed\b[^.]{0,60}\bon\s+(?:the\s+)?$", re.I)  # "blamed the killings on X"


def _other_side(actor1: str, context: str, table: AliasTable | None) -> str:
    """A clash has two sides: the state force the text names (for a non-state actor1), else
    ACLED's 'Unidentified Armed Group'."""
    force = state_force_in(context, table) if table is not None and not is_state_force(actor1) else None
    return force if force and force != actor1 else "Unidentified Armed Group"


def claimed_by(text: str, table: AliasTable) -> str | None:
    """A named armed group that ``text`` blames for, or says claimed, what happened."""
    for h in table.find(text):
        if h.actor.generic or h.actor.kind not in ("rebel", "militia"):
            continue
        before = text[max(0, h.start - 80):h.start]
        if _CLAIM_BEFORE.search(before) or _BLAMED_ON.search(before) or _CLAIM_AFTER.match(text, h.end):
            return h.actor.name
    return None


_STATE = ("Military Forces", "Police Forces")
# "the police station", "army barracks": a place named after a force, not the force acting
_PLACE_AFTER = re.compile(r"\s*(?:station|post|stations|posts|headquarters|HQ|camp|barracks|base|cells?|custody|"
                          r"line|lines|academy|college|quarters|canteen|hospital)\b", re.I)


_MUTUAL = re.compile(r"\b(?:clash(?:ed|es|ing)?|fought|brawl(?:ed|s)?|rival)\b", re.I)


def is_state_force(name: str | None) -> bool:
    """A national military or police force (generic or of a country)."""
    return bool(name) and name.startswith(_STATE)


def state_force_in(text: str, table: AliasTable) -> str | None:
    """The first national military or police force that ``text`` names acting (not as a place)."""
    for h in table.find(text):
        if is_state_force(h.actor.name) and not _PLACE_AFTER.match(text, h.end):
            return h.actor.name
    return None


def crowd_actors(e: Event, context: str, table: AliasTable) -> None:
    """ACLED codes every protest as by 'Protesters' and every riot as by 'Rioters'; the other side
    is the force that intervened (named anywhere in the event's context), none for a peaceful
    protest, and the crowd's victims (by default 'Civilians') for mob violence."""
    crowd = "Protesters" if e.event_type == EventType.PROTESTS else "Rioters"
    found = [a for a in (e.actor1, e.actor2) if a and a not in _GENERIC_CROWDS]
    force = next((a for a in found if is_state_force(a)), None) or state_force_in(context, table)
    if e.sub_event_type == SubEventType.PEACEFUL_PROTEST:
        other = None
    elif e.sub_event_type == SubEventType.MOB_VIOLENCE:
        mutual = "Rioters" if _MUTUAL.search(context) else None  # "rival supporters clashed"
        other = next(iter(found), None) or mutual or force or "Civilians"
    elif e.event_type == EventType.PROTESTS:
        other = force or "Police Forces"
    else:
        other = force or next(iter(found), None)
    e.actor1, e.actor2 = crowd, other
    e.field_confidence.setdefault("actor1", 0.5)


_GENERIC_CROWDS = {None, "Civilians", "Protesters", "Rioters"}
# sub-types whose unnamed victims are civilians
_ON_CIVILIANS = {SubEventType.ATTACK, SubEventType.SEXUAL_VIOLENCE, SubEventType.ABDUCTION, SubEventType.GRENADE,
                 SubEventType.REMOTE_EXPLOSIVE}
_ARMED_TYPES = {EventType.BATTLES, EventType.EXPLOSIONS, EventType.VAC}


def crowd_defaults(e: Event) -> None:
    """ACLED's conventions for unnamed crowds and victims: protests are by Protesters, riots by
    Rioters, and an attack on no one named is an attack on Civilians."""
    if e.event_type == EventType.PROTESTS and e.actor1 not in _GENERIC_CROWDS and e.actor2 in _GENERIC_CROWDS:
        e.actor1, e.actor2 = "Protesters", e.actor1  # "police dispersed protesters": the crowd acts first
    elif e.event_type == EventType.PROTESTS and e.actor1 in _GENERIC_CROWDS:
        e.actor1 = "Protesters"
    elif e.event_type == EventType.RIOTS and e.actor1 in _GENERIC_CROWDS:
        e.actor1 = "Rioters"
        if e.sub_event_type == SubEventType.MOB_VIOLENCE and e.actor2 is None:
            e.actor2 = "Civilians"
    elif e.event_type in _ARMED_TYPES and e.sub_event_type != SubEventType.AIR_DRONE_STRIKE and \
            e.actor1 in (None, "Civilians"):
        if e.actor1 == "Civilians" and e.actor2 is None:
            e.actor2 = "Civilians"  # civilians are the victims of armed violence, never its author
        e.actor1 = "Unidentified Armed Group"  # ACLED's name for a perpetrator no one names
        if e.sub_event_type in _ON_CIVILIANS and e.actor2 is None:
            e.actor2 = "Civilians"
    elif e.sub_event_type in _ON_CIVILIANS and e.actor2 is None:
        e.actor2 = "Civilians"
    else:
        return
    e.field_confidence.setdefault("actor1", 0.5)
    if e.actor2 == e.actor1:
        e.actor2 = None
