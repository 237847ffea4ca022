"""Analyst review: confirm, reject, edit, merge and split events, with an audit log.

Reviewer decisions live in three tables (``migrations/002_review.sql``):

* ``overrides``: a field value (or the event's ``status``) set by a reviewer,
  keyed by an *anchor*: the smallest member id of the event when it was
  reviewed. Member ids are the per-report event ids, which re-extraction and
  re-merging keep, so ``apply_reviews`` finds the override again on whichever
  merged event contains the anchor; the machine never overwrites it.
* ``links``: ``must`` / ``cannot`` pairs of member ids, passed to
  ``merge_events(must_link=..., cannot_link=...)`` by ``Store.remerge``.
* ``reviews``: the audit log: who, when, what, the value before and after.

Functions take the ``Store``; ``apply_override``/``apply_reviews`` are the
pure part. SQL is portable (DuckDB and PostgreSQL) with bound parameters only.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from itertools import combinations
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import InputError, StoreError
from ..models import Event
from .query import STATUSES, escape_like  # noqa: F401 - STATUSES is read from here by the API

if TYPE_CHECKING:
    from .duckdb_store import Store

EDITABLE = ("event_type", "sub_event_type", "date", "location", "actor1", "actor2", "strikes",
            "fatalities", "civilian_fatalities", "injured", "note")
COUNTS = ("fatalities", "civilian_fatalities", "injured")
_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
MAX_TEXT = 500


class NotFound(StoreError):
    """The event (or report) a review action names is not in the store."""

    code = "not_found"


class Override(NamedTuple):
    anchor: str
    field: str
    value: Any
    reviewer: str
    updated_at: dt.datetime


# ---------------------------------------------------------------- pure part


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


# ---------------------------------------------------------------- reading


def reviewed_with_notes(events: list[Event], review: "Callable[[list[Event]], tuple[list[Event], dict[str, str]]]"
                        ) -> tuple[list[Event], dict[str, str]]:
    """Write each merged event's machine note, then apply ``review``; a note follows the reviewer's
    edits (rewritten from the edited fields) unless a reviewer wrote the note itself."""
    from ..events.notes import event_note

    machine_notes = {e.id: event_note(e) for e in events}
    for e in events:
        e.note = machine_notes[e.id]
    events, statuses = review(events)
    for e in events:
        if e.note == machine_notes.get(e.id):
            e.note = event_note(e)
    return events, statuses


def load_overrides(store: "Store") -> list[Override]:
    rows = store.con.execute("SELECT anchor, field, value, reviewer, updated_at FROM overrides").fetchall()
    return [Override(a, f, json.loads(v), r, t) for a, f, v, r, t in rows]


def load_links(store: "Store") -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    """``(must_link, cannot_link)`` pairs of member ids for ``merge_events``."""
    must: set[frozenset[str]] = set()
    cannot: set[frozenset[str]] = set()
    for kind, a, b in store.con.execute("SELECT kind, a, b FROM links").fetchall():
        (must if kind == "must" else cannot).add(frozenset((a, b)))
    return must, cannot


def review_events(store: "Store", events: list[Event]) -> tuple[list[Event], dict[str, str]]:
    """``apply_reviews`` with the stored overrides (called by ``Store.remerge``)."""
    return apply_reviews(events, load_overrides(store))


def save_statuses(store: "Store", statuses: dict[str, str]) -> None:
    """Write the review status of merged events (every other event stays ``machine``)."""
    rows = [[s, i] for i, s in sorted(statuses.items()) if s != "machine"]
    if rows:
        store.con.executemany("UPDATE events SET status = ? WHERE id = ?", rows)


def statuses(store: "Store", ids: list[str]) -> dict[str, str]:
    """The review status of each of the given events."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return dict(store.con.execute(f"SELECT id, status FROM events WHERE id IN ({marks})", ids).fetchall())


def history(store: "Store", event: Event) -> list[dict[str, Any]]:
    """The audit log of an event (over all its members), oldest first."""
    keys = sorted(set(event.members) | {event.id})
    marks = ",".join("?" * len(keys))
    rows = store.con.execute(
        "SELECT id, event_id, action, field, before_value, after_value, reviewer, comment, reviewed_at "
        f"FROM reviews WHERE anchor IN ({marks}) OR event_id IN ({marks}) ORDER BY id", keys + keys).fetchall()
    return [{"id": i, "event_id": e, "action": a, "field": f,
             "before": json.loads(b) if b is not None else None,
             "after": json.loads(x) if x is not None else None,
             "reviewer": r, "comment": c, "at": t.isoformat(timespec="seconds")}
            for i, e, a, f, b, x, r, c, t in rows]


def report_spans(store: "Store", report_id: str) -> list[dict[str, Any]]:
    """Every evidence span in a report used by a stored event: event, field, offsets, text."""
    rows = store.con.execute(
        "SELECT event_id, field, span_start, span_end, text FROM evidence WHERE report_id = ? "
        "ORDER BY span_start, span_end, event_id, field", [report_id]).fetchall()
    return [{"event_id": e, "field": f, "start": s, "end": n, "text": t} for e, f, s, n, t in rows]


def find_event_with_member(store: "Store", member: str) -> Event | None:
    """The stored merged event whose members include ``member``."""
    pattern = "%" + escape_like(json.dumps(member)) + "%"
    for (data,) in store.con.execute("SELECT data FROM events WHERE data LIKE ? ESCAPE '\\' ORDER BY id",
                                     [pattern]).fetchall():
        ev = Event.from_dict(json.loads(data))
        if member in ev.members:
            return ev
    return None


# ---------------------------------------------------------------- actions


def confirm(store: "Store", event_id: str, *, reviewer: str, comment: str | None = None) -> Event:
    """Mark an event as checked and correct."""
    return _set_status(store, event_id, "confirm", "confirmed", reviewer=reviewer, comment=comment)


def reject(store: "Store", event_id: str, *, reviewer: str, comment: str | None = None) -> Event:
    """Mark an event as wrong (kept, with status ``rejected``; confirming it restores it)."""
    return _set_status(store, event_id, "reject", "rejected", reviewer=reviewer, comment=comment)


def edit(store: "Store", event_id: str, changes: dict[str, Any], *, reviewer: str,
         comment: str | None = None) -> Event:
    """Set reviewed values for some fields of an event; the machine will not overwrite them."""
    event = _require(store, event_id)
    if not changes:
        raise InputError("no field to edit")
    values = {f: check_value(f, v) for f, v in changes.items()}
    anchor, now = anchor_of(event), _now()
    with store._transaction():
        for name, value in sorted(values.items()):
            before = field_value(event, name)
            _upsert_override(store, anchor, name, value, reviewer, now)
            event = apply_override(event, name, value)
            _audit(store, event.id, anchor, "edit", name, before, field_value(event, name), reviewer, comment, now)
    return _rewrite(store, event)


def merge(store: "Store", event_ids: list[str], *, reviewer: str, comment: str | None = None) -> Event:
    """Merge events into one (a must-link between them), then re-merge the store."""
    if len(set(event_ids)) < 2:
        raise InputError("merge needs at least two different events")
    events = [_require(store, i) for i in dict.fromkeys(event_ids)]
    groups = [sorted(e.members or [e.id]) for e in events]
    anchors = [g[0] for g in groups]
    now = _now()
    with store._transaction():
        for a, b in combinations(groups, 2):
            _delete_links(store, "cannot", a, b)
        for other in sorted({m for g in groups for m in g} - {anchors[0]}):
            _add_link(store, "must", anchors[0], other, reviewer, now)  # every member: one cluster
    store.remerge()
    merged = find_event_with_member(store, anchors[0])
    if merged is None:  # pragma: no cover - remerge always keeps every member
        raise StoreError(f"member {anchors[0]} vanished while merging")
    with store._transaction():
        _audit(store, merged.id, anchor_of(merged), "merge", None, [e.id for e in events], merged.id,
               reviewer, comment, now)
    return merged


def split(store: "Store", event_id: str, report_id: str, *, reviewer: str,
          comment: str | None = None) -> tuple[Event, Event]:
    """Split one report's contribution off an event: ``(remaining event, split-off event)``."""
    event = _require(store, event_id)
    if report_id not in event.report_ids:
        raise InputError(f"report {report_id} is not a source of event {event_id}")
    members = sorted(event.members or [event.id])
    marks = ",".join("?" * len(members))
    owner = dict(store.con.execute(f"SELECT id, report_id FROM report_events WHERE id IN ({marks})",
                                   members).fetchall())
    part = [m for m in members if owner.get(m) == report_id]
    rest = [m for m in members if m not in part]
    if not part or not rest:
        raise InputError(f"event {event_id} has no other source to keep when splitting off {report_id}")
    now = _now()
    with store._transaction():
        _delete_links(store, "must", part, rest)
        for a in part:
            for b in rest:
                _add_link(store, "cannot", a, b, reviewer, now)
        _move_overrides(store, part, rest[0])
    store.remerge()
    kept, gone = find_event_with_member(store, rest[0]), find_event_with_member(store, part[0])
    if kept is None or gone is None:  # pragma: no cover - remerge always keeps every member
        raise StoreError(f"members of {event_id} vanished while splitting")
    with store._transaction():
        _audit(store, kept.id, rest[0], "split", "sources", event.report_ids,
               {"kept": kept.id, "split": gone.id, "report": report_id}, reviewer, comment, now)
    return kept, gone


# ---------------------------------------------------------------- helpers


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _require(store: "Store", event_id: str) -> Event:
    event = store.get_event(event_id)
    if event is None:
        raise NotFound(f"no event {event_id!r}")
    return event


def _set_status(store: "Store", event_id: str, action: str, status: str, *, reviewer: str,
                comment: str | None) -> Event:
    event = _require(store, event_id)
    anchor, now = anchor_of(event), _now()
    before = statuses(store, [event_id]).get(event_id, "machine")
    with store._transaction():
        _upsert_override(store, anchor, "status", status, reviewer, now)
        _audit(store, event.id, anchor, action, "status", before, status, reviewer, comment, now)
    return _rewrite(store, event)


def _rewrite(store: "Store", event: Event) -> Event:
    """Store one reviewed event again (row, status) without a full re-merge."""
    from .duckdb_store import EVENT_COLUMNS, event_row_values

    (event,), status = apply_reviews([event], load_overrides(store))
    with store._transaction():
        store.con.execute("DELETE FROM events WHERE id = ?", [event.id])
        store.con.execute(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES "
                          f"({', '.join('?' * len(EVENT_COLUMNS))})", event_row_values(event))
        store.con.execute("UPDATE events SET status = ? WHERE id = ?", [status[event.id], event.id])
    return event


def _upsert_override(store: "Store", anchor: str, field: str, value: Any, reviewer: str,
                     now: dt.datetime) -> None:
    store.con.execute("DELETE FROM overrides WHERE anchor = ? AND field = ?", [anchor, field])
    store.con.execute("INSERT INTO overrides VALUES (?, ?, ?, ?, ?)",
                      [anchor, field, json.dumps(value, ensure_ascii=False), reviewer, now])


def _move_overrides(store: "Store", old: list[str], new: str) -> None:
    """Re-key overrides from anchors in ``old`` to ``new`` (the newer value wins per field)."""
    marks = ",".join("?" * len(old))
    rows = store.con.execute(f"SELECT anchor, field, value, reviewer, updated_at FROM overrides "
                             f"WHERE anchor IN ({marks}) ORDER BY updated_at", old).fetchall()
    store.con.execute(f"DELETE FROM overrides WHERE anchor IN ({marks})", old)
    for _, field, value, reviewer, at in rows:
        kept = store.con.execute("SELECT updated_at FROM overrides WHERE anchor = ? AND field = ?",
                                 [new, field]).fetchone()
        if kept is None or kept[0] <= at:
            _upsert_override(store, new, field, json.loads(value), reviewer, at)


def _add_link(store: "Store", kind: str, a: str, b: str, reviewer: str, now: dt.datetime) -> None:
    a, b = sorted((a, b))
    store.con.execute("DELETE FROM links WHERE kind = ? AND a = ? AND b = ?", [kind, a, b])
    store.con.execute("INSERT INTO links VALUES (?, ?, ?, ?, ?)", [kind, a, b, reviewer, now])


def _delete_links(store: "Store", kind: str, xs: list[str], ys: list[str]) -> None:
    mx, my = ",".join("?" * len(xs)), ",".join("?" * len(ys))
    store.con.execute(f"DELETE FROM links WHERE kind = ? AND ((a IN ({mx}) AND b IN ({my})) "
                      f"OR (a IN ({my}) AND b IN ({mx})))", [kind, *xs, *ys, *ys, *xs])


def _audit(store: "Store", event_id: str, anchor: str, action: str, field: str | None, before: Any,
           after: Any, reviewer: str, comment: str | None, now: dt.datetime) -> None:
    store.con.execute(
        "INSERT INTO reviews (event_id, anchor, action, field, before_value, after_value, reviewer, comment, "
        "reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [event_id, anchor, action, field, json.dumps(before, ensure_ascii=False),
         json.dumps(after, ensure_ascii=False), reviewer, comment, now])
