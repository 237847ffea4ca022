"""The change log: what changed in the merged event record at each re-merge.

``diff_events(old, new)`` is pure: it compares the merged events before and
after a re-merge and returns one :class:`Change` per change, of these kinds:

* ``event_created``: a new event (no earlier event shares a member with it);
* ``source_added``: a report now supports an event (one change per report);
* ``field_changed``: a coded field (``EVENT_FIELDS``) took another value;
* ``dispute_raised``: sources now disagree on a field;
* ``event_merged``: an earlier event's id disappeared into another event
  (also when a re-merge renames an event because a smaller member joined);
* ``event_removed``: an earlier event has no successor at all.

Each earlier event is matched to its *successor*, the new event sharing most
per-report members with it (ties: same id first, then the smaller id). A new
event with no predecessor is created; one with several absorbed the others.

``ChangeLog`` owns the ``changes`` table: ``record`` appends changes, ``load`` reads
them back (by time or sequence number); ``record_changes`` and ``load_changes`` are the
same, as functions of the store.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field as _field
from typing import Any

from ..models import EVENT_FIELDS, Event
from .interface import Store
from .query import Binds

KINDS = ("event_created", "source_added", "field_changed", "dispute_raised", "event_merged", "event_removed")


@dataclass(frozen=True, slots=True)
class Change(Mapping):
    """One entry of the change log. ``extra`` holds what a kind adds (``report``, ``outlet``, ``url``
    for ``source_added``; ``merged_id``; ``sources`` of a dispute); ``seq`` and ``recorded_at`` are
    set once it is stored. ``to_dict()`` is the JSON shape (``strikewatch changes --json``, the API,
    alert payloads). It still reads like the dict it used to be (``change["kind"]``,
    ``change.get("report")``), so scripts written against that keep working."""

    kind: str
    event_id: str
    field: str | None = None
    old: Any = None
    new: Any = None
    extra: dict[str, Any] = _field(default_factory=dict)
    seq: int | None = None
    recorded_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        head = {} if self.seq is None else {"seq": self.seq, "recorded_at": self.recorded_at}
        return {**head, "kind": self.kind, "event_id": self.event_id, "field": self.field, "old": self.old,
                "new": self.new, **self.extra}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Change":
        if isinstance(d, Change):
            return d
        known = {"kind", "event_id", "field", "old", "new", "seq", "recorded_at"}
        return cls(d["kind"], d["event_id"], d.get("field"), d.get("old"), d.get("new"),
                   {k: v for k, v in d.items() if k not in known}, d.get("seq"), d.get("recorded_at"))

    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())


def diff_events(old: dict[str, Event], new: list[Event]) -> list[Change]:
    """Every change between the merged events ``old`` (by id) and ``new``; deterministic order."""
    successor = _successors(old, new)
    predecessors: dict[str, list[str]] = {}
    for old_id in sorted(successor):
        predecessors.setdefault(successor[old_id], []).append(old_id)
    changes: list[Change] = []
    for ev in sorted(new, key=lambda e: e.id):
        preds = predecessors.get(ev.id, [])
        if not preds:
            changes.append(_change("event_created", ev, new=_summary(ev)))
            continue
        primary = ev.id if ev.id in preds else preds[0]
        known = {r for p in preds for r in old[p].report_ids}
        changes.extend(_compare(old[primary], ev, known))
        for gone in preds:
            if gone != ev.id:
                changes.append(_change("event_merged", ev, old=gone, new=ev.id, merged_id=gone))
    for old_id in sorted(set(old) - set(successor)):
        changes.append(_change("event_removed", old[old_id], old=_summary(old[old_id])))
    return changes


def _successors(old: dict[str, Event], new: list[Event]) -> dict[str, str]:
    """Old event id -> id of the new event that carries most of its members."""
    by_member: dict[str, list[str]] = {}
    new_ids = {e.id for e in new}
    for ev in new:
        for m in _members(ev):
            by_member.setdefault(m, []).append(ev.id)
    out: dict[str, str] = {}
    for old_id, ev in old.items():
        counts: dict[str, int] = {}
        for m in _members(ev):
            for nid in by_member.get(m, []):
                counts[nid] = counts.get(nid, 0) + 1
        if old_id in new_ids:
            counts.setdefault(old_id, 0)
        if counts:
            out[old_id] = min(counts, key=lambda nid: (-counts[nid], nid != old_id, nid))
    return out


def _members(ev: Event) -> set[str]:
    return set(ev.members) or {ev.id}


def _compare(before: Event, after: Event, known_reports: set[str]) -> list[Change]:
    """Sources added (not in ``known_reports``), fields changed and disputes raised from ``before`` to ``after``."""
    out: list[Change] = []
    for src in sorted(after.sources, key=lambda s: s.report):
        if src.report not in known_reports:
            out.append(_change("source_added", after, new=src.report, report=src.report,
                               outlet=src.outlet, url=src.url))
    a, b = before.to_dict(), after.to_dict()
    for name in EVENT_FIELDS:
        if a.get(name) != b.get(name):
            out.append(_change("field_changed", after, field=name, old=a.get(name), new=b.get(name)))
    old_disputes = {d.field for d in before.disputed}
    for d in sorted(after.disputed, key=lambda d: d.field):
        if d.field not in old_disputes:
            out.append(_change("dispute_raised", after, field=d.field, new=d.values, sources=d.sources))
    return out


def _change(kind: str, ev: Event, *, field: str | None = None, old: Any = None, new: Any = None,
            **extra: Any) -> Change:
    return Change(kind, ev.id, field, old, new, extra)


def _summary(ev: Event) -> dict[str, Any]:
    """The few fields a created or removed event is listed with."""
    loc = ev.location
    return {"sub_event_type": ev.sub_event_type, "date": ev.date,
            "location": loc.name if loc else None, "country": loc.country if loc else None,
            "reports": ev.report_ids}


# ---------------------------------------------------------------- storage


class ChangeLog:
    """The ``changes`` table: appended by every re-merge, read by alerts, the API and the CLI."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def record(self, changes: Iterable[Change | Mapping[str, Any]], now: dt.datetime | None = None) -> int:
        """Append ``changes`` to the change log, in order; returns how many were written.

        Sequence numbers are drawn first and the rows go in as one bulk insert (one INSERT per row
        cost DuckDB ~1-4 ms each: most of a first save of thousands of events)."""
        at = now or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        stored = [Change.from_dict(c) for c in changes]
        rows = [[at, c.kind, c.event_id, c.field, _json(c.old), _json(c.new),
                 json.dumps(c.to_dict(), ensure_ascii=False, default=str)] for c in stored]
        if rows:
            seqs = sorted(s for (s,) in self.store.query(
                "SELECT nextval('changes_seq') FROM generate_series(1, $1)", [len(rows)]))
            self.store.insert_rows("changes", ("seq", "recorded_at", "kind", "event_id", "field", "old_value",
                                               "new_value", "data"), [[seq, *row] for seq, row in zip(seqs, rows)])
        return len(rows)

    def load(self, *, since: dt.datetime | dt.date | None = None, after_seq: int | None = None,
             limit: int | None = None) -> list[Change]:
        """Changes recorded at or after ``since`` / with sequence number above ``after_seq``, oldest first."""
        b = Binds()
        conds = []
        if since is not None:
            if not isinstance(since, dt.datetime):
                since = dt.datetime.combine(since, dt.time())
            conds.append(f"recorded_at >= {b(since)}")
        if after_seq is not None:
            conds.append(f"seq > {b(int(after_seq))}")
        sql = "SELECT seq, recorded_at, data FROM changes"
        if conds:
            sql += " WHERE " + " AND ".join(conds)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += f" LIMIT {b(int(limit))}"
        return [Change.from_dict({**json.loads(data), "seq": int(seq), "recorded_at": at.isoformat()})
                for seq, at, data in self.store.query(sql, b.values)]

    def last_seq(self) -> int:
        """The sequence number of the last change recorded (0 for none)."""
        return int(self.store.query("SELECT coalesce(max(seq), 0) FROM changes")[0][0])


def record_changes(store: Store, changes: Iterable[Change | Mapping[str, Any]], now: dt.datetime | None = None) -> int:
    """``ChangeLog(store).record(changes, now)``."""
    return ChangeLog(store).record(changes, now)


def load_changes(store: Store, *, since: dt.datetime | dt.date | None = None, after_seq: int | None = None,
                 limit: int | None = None) -> list[Change]:
    """``ChangeLog(store).load(...)``: the change log of a store, oldest first."""
    return ChangeLog(store).load(since=since, after_seq=after_seq, limit=limit)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)
