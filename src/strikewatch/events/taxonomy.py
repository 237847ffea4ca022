"""ACLED's event taxonomy (2019+): 6 event types, 25 sub-event types. The only copy.

Both are string enums (:class:`EventType`, :class:`SubEventType`) whose values are ACLED's own
strings: a member *is* that string (``SubEventType.AIR_DRONE_STRIKE == "Air/drone strike"``, same
hash, same JSON, CSV and SQL), so code compares and looks up plain strings read from a file or a
store against members without converting, and output is byte-identical to writing the strings.
"""
from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    """ACLED's six event types."""

    BATTLES = "Battles"
    EXPLOSIONS = "Explosions/Remote violence"
    VAC = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC = "Strategic developments"

    @property
    def key(self) -> str:
        """A short stable identifier (``"explosions"``): the web UI's colour class is ``t-<key>``."""
        return self.name.lower()


class SubEventType(StrEnum):
    """ACLED's 25 sub-event types."""

    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_ESTABLISHED = "Headquarters or base established"
    LOOTING = "Looting/property destruction"
    NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
    OTHER = "Other"


# The event types under their historical names (imported across the code base).
BATTLES = EventType.BATTLES
EXPLOSIONS = EventType.EXPLOSIONS
VAC = EventType.VAC
PROTESTS = EventType.PROTESTS
RIOTS = EventType.RIOTS
STRATEGIC = EventType.STRATEGIC

S = SubEventType
TAXONOMY: dict[EventType, tuple[SubEventType, ...]] = {
    BATTLES: (S.ARMED_CLASH, S.GOVERNMENT_REGAINS_TERRITORY, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
    EXPLOSIONS: (S.CHEMICAL_WEAPON, S.AIR_DRONE_STRIKE, S.SUICIDE_BOMB, S.SHELLING, S.REMOTE_EXPLOSIVE, S.GRENADE),
    VAC: (S.SEXUAL_VIOLENCE, S.ATTACK, S.ABDUCTION),
    PROTESTS: (S.PEACEFUL_PROTEST, S.PROTEST_WITH_INTERVENTION, S.EXCESSIVE_FORCE),
    RIOTS: (S.VIOLENT_DEMONSTRATION, S.MOB_VIOLENCE),
    STRATEGIC: (S.AGREEMENT, S.ARRESTS, S.CHANGE_TO_GROUP, S.DISRUPTED_WEAPONS_USE, S.HEADQUARTERS_ESTABLISHED,
                S.LOOTING, S.NON_VIOLENT_TRANSFER, S.OTHER),
}
del S

SUB_EVENT_TYPES: tuple[SubEventType, ...] = tuple(s for subs in TAXONOMY.values() for s in subs)
EVENT_TYPE_OF: dict[str, EventType] = {s: t for t, subs in TAXONOMY.items() for s in subs}


def event_type_of(sub_event_type: str) -> EventType:
    """The event type a sub-event type belongs to (KeyError for unknown sub-types)."""
    return EVENT_TYPE_OF[sub_event_type]


def is_valid(event_type: str, sub_event_type: str) -> bool:
    """True when the pair is in the taxonomy."""
    return EVENT_TYPE_OF.get(sub_event_type) == event_type


def describe() -> list[dict[str, object]]:
    """The taxonomy as plain data, in ACLED's order: one entry per event type with its ``key`` and
    sub-event types (what ``GET /api/taxonomy`` serves the web UI)."""
    return [{"event_type": str(t), "key": t.key, "sub_event_types": [str(s) for s in subs]}
            for t, subs in TAXONOMY.items()]
