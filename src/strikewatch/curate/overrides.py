"""What reviewers decided, applied to merged events: pure functions, no store.

An override (``store.reviews.Override``) is keyed by an *anchor*, the smallest member
id of the event when it was reviewed (``anchor_of``); ``apply_reviews`` finds it again
on whichever merged event contains the anchor after any re-merge. ``check_value``
validates a reviewer's value before it is stored; ``reviewed_with_notes`` writes the
machine note of each merged event and applies the overrides, as every re-merge does.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from ..errors import InputError
from ..models import Event
from ..store.reviews import Override

EDITABLE = ("event_type", "sub_event_type", "date", "location", "actor1", "actor2", "strikes",
            "fatalities", "civilian_fatalities", "injured", "note")
COUNTS = ("fatalities", "civilian_fatalities", "injured")
_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
MAX_TEXT = 500


def anchor_of(event: Event) -> str:
    """The member id overrides of this event are keyed by."""
    return min(event.members) if event.members else event.id


def check_value(field: str, value: Any) -> Any:
    """A reviewer's value for ``field``, validated and normalised (InputError if bad)."""
    if field not in EDITABLE:
        raise InputError(f"field {field!r} cannot be edited; choose one of {', '.join(EDITABLE)}")
    if value is None:
        if field in ("event_type", "sub_event_type"):
            raise InputError(f"{field} cannot be empty")
        return None
    if field == "date":
        if not isinstance(value, str) or not _DATE.match(value):
            raise InputError(f"date {value!r} is not YYYY-MM-DD or YYYY-MM")
        try:
            dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
        except ValueError:
            raise InputError(f"date {value!r} is not a calendar date") from None
        return value
    if field == "location":
        return _check_location(value)
    if field == "strikes" or field in COUNTS:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1_000_000:
            raise InputError(f"{field} must be a whole number from 0 to 1000000, not {value!r}")
        return value if field == "strikes" else {"best": value, "low": value, "high": value}
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        raise InputError(f"{field} must be a non-empty text of at most {MAX_TEXT} characters")
    return value.strip()


def _check_location(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or not isinstance(value.get("name"), str) or not value["name"].strip():
        raise InputError("location must be an object with a non-empty name")
    out: dict[str, Any] = {"name": value["name"].strip()[:MAX_TEXT]}
    for key in ("country", "admin1"):
        v = value.get(key)
        if v is not None and (not isinstance(v, str) or len(v) > MAX_TEXT):
            raise InputError(f"location.{key} must be a text")
        out[key] = v.strip() if v else None
    lat, lon = value.get("lat"), value.get("lon")
    if (lat is None) != (lon is None):
        raise InputError("location needs both lat and lon, or neither")
    if lat is not None:
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)) \
                or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InputError(f"location lat/lon ({lat}, {lon}) is not in degrees")
    out["lat"], out["lon"] = lat, lon
    out["precision"] = value.get("precision") if value.get("precision") in (
        "exact", "city", "near", "area", "district", "region", "province", "country") else "city"
    return out


def field_value(event: Event, field: str) -> Any:
    """The JSON value of one field of an event (as in ``Event.to_dict``), or its status."""
    return event.to_dict().get(field)


def apply_override(event: Event, field: str, value: Any) -> Event:
    """``event`` with ``field`` set to a reviewer's (normalised) value; its dispute is resolved."""
    d = event.to_dict()
    d[field] = value
    if field == "date":
        d["date_precision"] = {10: "day", 7: "month"}.get(len(value or ""), "unknown")
        d["date_range"] = None
    d["disputed"] = [x for x in d["disputed"] if x["field"] != field]
    d["field_confidence"] = dict(d["field_confidence"], **{field: 1.0})
    return Event.from_dict(d)


def apply_reviews(events: Iterable[Event], overrides: Iterable[Override]) -> tuple[list[Event], dict[str, str]]:
    """Apply reviewer overrides to merged events: ``(events, {event id: status})``.

    An override applies to the event whose members contain its anchor; for a
    field set on several of its anchors (after a merge) the latest wins.
    """
    by_anchor: dict[str, list[Override]] = {}
    for o in overrides:
        by_anchor.setdefault(o.anchor, []).append(o)
    out, statuses = [], {}
    for ev in events:
        found = [o for m in (ev.members or [ev.id]) for o in by_anchor.get(m, ())]
        latest: dict[str, Override] = {}
        for o in sorted(found, key=lambda o: (o.updated_at, o.anchor)):
            latest[o.field] = o
        for name, o in sorted(latest.items()):
            if name != "status":
                ev = apply_override(ev, name, o.value)
        status = latest["status"].value if "status" in latest else "edited" if latest else "machine"
        statuses[ev.id] = status
        out.append(ev)
    return out, statuses


def reviewed_with_notes(events: list[Event], overrides: Iterable[Override]) -> tuple[list[Event], dict[str, str]]:
    """Write each merged event's machine note, then apply the reviewers' ``overrides``; a note
    follows the reviewer's edits (rewritten from the edited fields) unless a reviewer wrote the
    note itself."""
    from ..events.notes import event_note  # imported on first use: it loads the spaCy-based extraction

    machine_notes = {e.id: event_note(e) for e in events}
    for e in events:
        e.note = machine_notes[e.id]
    events, statuses = apply_reviews(events, overrides)
    for e in events:
        if e.note == machine_notes.get(e.id):
            e.note = event_note(e)
    return events, statuses
