"""A monitor's note that names its kind of event first ("Movement of forces: On 6 May, a convoy
...", "Defusal: Police defused ...", "Property destruction: ..."). ACLED's notes label strategic
developments so; the label says what the coder decided, so it decides the sub-type over the words
of the note (a convoy "sent to its base" is a movement of forces, not a base established), and a
labelled note with no event word the rules know is still that event.
"""
from __future__ import annotations

import re

from .taxonomy import SubEventType as S

NOTE_CHARS = 800  # a labelled text longer than this is an article with a heading, not a note
LABELS: dict[str, S] = {
    "movement of forces": S.CHANGE_TO_GROUP, "troop movement": S.CHANGE_TO_GROUP,
    "troop movements": S.CHANGE_TO_GROUP, "military movement": S.CHANGE_TO_GROUP,
    "security measures": S.CHANGE_TO_GROUP, "security measure": S.CHANGE_TO_GROUP,
    "curfew": S.CHANGE_TO_GROUP, "change to group/activity": S.CHANGE_TO_GROUP,
    "property destruction": S.LOOTING, "looting": S.LOOTING,
    "defusal": S.DISRUPTED_WEAPONS_USE, "weapons seizure": S.DISRUPTED_WEAPONS_USE,
    "weapon seizure": S.DISRUPTED_WEAPONS_USE, "seizure of weapons": S.DISRUPTED_WEAPONS_USE,
    "detonation": S.DISRUPTED_WEAPONS_USE, "controlled detonation": S.DISRUPTED_WEAPONS_USE,
    "interception": S.DISRUPTED_WEAPONS_USE, "disrupted weapons use": S.DISRUPTED_WEAPONS_USE,
    "arrests": S.ARRESTS, "arrest": S.ARRESTS,
    "agreement": S.AGREEMENT, "ceasefire": S.AGREEMENT, "prisoner exchange": S.AGREEMENT,
    "headquarters established": S.HEADQUARTERS_ESTABLISHED,
    "base established": S.HEADQUARTERS_ESTABLISHED,
    "non-violent transfer of territory": S.NON_VIOLENT_TRANSFER,
}
_LABEL = re.compile(r"\s*([A-Z][A-Za-z /-]{2,40}?)\s*:\s")


def labelled_sub_type(body: str) -> S | None:
    """The sub-type a short note's opening label names (``None`` for other texts)."""
    m = _LABEL.match(body)
    if m is None or len(body) > NOTE_CHARS:
        return None
    return LABELS.get(m.group(1).lower())
