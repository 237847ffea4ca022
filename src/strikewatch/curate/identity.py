"""Stable identity of a report's events across versions of the report.

The pipeline numbers a report's events by position (``<report>#<n>``). Reviewers'
overrides, links and audit rows are keyed by those ids (``store.reviews``), and a
merged event's id is a hash of its smallest member id, so if an updated version of a
report told a new event *before* a reviewed one, positional ids would hand the
reviewer's values, the event id and its history to a different incident.

So when a stored report is saved again, its new events are matched to its stored
events by what they are, not where they are (``match_versions``): the event type and
sub-type, the trigger's words (the evidence of the type), the place, the day and the
first actor. A matched event keeps the stored id; an event with no match gets a number
never used for the report before (above every stored id and every id a review names,
``renumber``), so a review can never slide onto a new event. A stored event with no
match is gone: the reviews anchored on it are reported as orphaned (``curate.orphans``),
never reattached to another incident.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..models import Event

MIN_SCORE = 4  # two of trigger, place and day (with the type) are needed to call two events one


def _words(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def _trigger(ev: Event) -> str:
    for src in ev.sources[:1]:
        for name in ("event_type", "sub_event_type"):
            spans = src.evidence.get(name) or []
            if spans:
                return _words(" ".join(sorted(e.text for e in spans)))
    return ""


def describe(ev: Event) -> dict[str, str | None]:
    """What an event is, as matching reads it (also shown for an orphaned review)."""
    return {"event_type": ev.event_type, "sub_event_type": ev.sub_event_type, "date": ev.date,
            "location": ev.location.name if ev.location else None, "trigger": _trigger(ev) or None,
            "actor1": ev.actor1}


def similarity(old: Event, new: Event) -> int:
    """How surely ``new`` tells the same event as ``old`` (0 when the event types differ)."""
    a, b = describe(old), describe(new)
    if a["event_type"] != b["event_type"]:
        return 0
    score = int(a["sub_event_type"] == b["sub_event_type"])
    score += 2 * int(bool(a["trigger"]) and a["trigger"] == b["trigger"])
    score += 2 * int(_words(a["location"]) == _words(b["location"]))
    score += 2 * int(a["date"] == b["date"])
    score += int(a["actor1"] == b["actor1"])
    return score


def match_versions(old: list[Event], new: list[Event]) -> dict[int, int]:
    """``{index in new: index in old}``: each new event matched to at most one stored event,
    best pairs first (ties in reading order, so identical events keep their order)."""
    pairs = sorted(((-s, i, j) for i, o in enumerate(old) for j, n in enumerate(new)
                    if (s := similarity(o, n)) >= MIN_SCORE), key=lambda p: (p[0], abs(p[1] - p[2]), p[1], p[2]))
    taken_old: set[int] = set()
    out: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in taken_old and j not in out:
            taken_old.add(i)
            out[j] = i
    return out


def number_of(report_id: str, event_id: str) -> int | None:
    """``n`` of ``<report_id>#<n>`` (None for another report's id or another shape)."""
    prefix = report_id + "#"
    if event_id.startswith(prefix) and event_id[len(prefix):].isdigit():
        return int(event_id[len(prefix):])
    return None


def renumber(report_id: str, old: Mapping[str, Event], new: list[Event],
             used: Iterable[str] = ()) -> tuple[list[Event], list[str]]:
    """The new version's events with stable ids, and the stored ids that are gone.

    ``old``: the stored events of the report by id; ``used``: other ids that must not be
    given to a new event (those reviews name)."""
    old_ids = sorted(old, key=lambda i: (number_of(report_id, i) is None, number_of(report_id, i) or 0, i))
    olds = [old[i] for i in old_ids]
    matched = match_versions(olds, new)
    numbers = [n for i in (*old_ids, *used) if (n := number_of(report_id, i)) is not None]
    fresh = max(numbers, default=-1) + 1
    out = []
    for j, ev in enumerate(new):
        if j in matched:
            eid = old_ids[matched[j]]
        else:
            eid, fresh = f"{report_id}#{fresh}", fresh + 1
        out.append(ev if ev.id == eid else replace(ev, id=eid, members=[eid] if ev.members else []))
    kept = {old_ids[i] for i in matched.values()}
    return out, [i for i in old_ids if i not in kept]
