"""A monitor's note that names its kind of event first ("Movement of forces: On 6 May, a convoy
...", "Defusal: Police defused ...", "Property destruction: ..."). ACLED's notes label strategic
developments so; the label says what the coder decided, so it decides the sub-type over the words
of the note (a convoy "sent to its base" is a movement of forces, not a base established), and a
labelled note with no event word the rules know is still that event.
"""
from __future__ import annotations

import re

NOTE_CHARS = 800  # a labelled text longer than this is an article with a heading, not a note
CHANGE, LOOTING = "Change to group/activity", "Looting/property destruction"
DISRUPTED, BASE = "Disrupted weapons use", "Headquarters or base established"
# ACLED's sub-event type names, as ``events.taxonomy`` spells them (tests/relevance/test_labels.py checks)
LABELS: dict[str, str] = {
    "movement of forces": CHANGE, "troop movement": CHANGE,
    "troop movements": CHANGE, "military movement": CHANGE,
    "security measures": CHANGE, "security measure": CHANGE,
    "curfew": CHANGE, "change to group/activity": CHANGE,
    "property destruction": LOOTING, "looting": LOOTING,
    "defusal": DISRUPTED, "weapons seizure": DISRUPTED,
    "weapon seizure": DISRUPTED, "seizure of weapons": DISRUPTED,
    "detonation": DISRUPTED, "controlled detonation": DISRUPTED,
    "interception": DISRUPTED, "disrupted weapons use": DISRUPTED,
    "arrests": "Arrests", "arrest": "Arrests",
    "agreement": "Agreement", "ceasefire": "Agreement", "prisoner exchange": "Agreement",
    "headquarters established": BASE,
    "base established": BASE,
    "non-violent transfer of territory": "Non-violent transfer of territory",
    "recruitment": CHANGE, "change to armed group": CHANGE,
    "destruction of property": LOOTING, "land seizure": LOOTING,
    "headquarters or base established": BASE,
    "non-violent activity": "Other", "explosive remnants of war": "Other", "other": "Other",
}
_LABEL = re.compile(r"\s*([A-Z][A-Za-z /-]{2,40}?)\s*:\s")


def labelled_sub_type(body: str) -> str | None:
    """The sub-type a short note's opening label names (``None`` for other texts)."""
    m = _LABEL.match(body)
    if m is None or len(body) > NOTE_CHARS:
        return None
    return LABELS.get(m.group(1).lower())
