"""Analyst review: confirm, reject, edit, merge and split events, each audited.

Every action is one transaction: the reviewer's decision (an override or links,
``store.reviews.ReviewLog``), the events it changes (one event rewritten, or a
re-merge of the store for a merge or split) and its audit row commit together or not
at all. The pure part (checking values, applying overrides) is ``curate.overrides``.
"""
from __future__ import annotations

import datetime as dt
from itertools import combinations
from typing import Any

from ..errors import InputError, StoreError
from ..models import Event
from ..store.interface import Store
from ..store.reviews import ReviewLog
from .overrides import anchor_of, apply_override, apply_reviews, check_value, field_value
from .merging import remerge


class NotFound(StoreError):
    """The event (or report) a review action names is not in the store."""

    code = "not_found"


def confirm(store: Store, event_id: str, *, reviewer: str, comment: str | None = None) -> Event:
    """Mark an event as checked and correct."""
    return _set_status(store, event_id, "confirm", "confirmed", reviewer=reviewer, comment=comment)


def reject(store: Store, event_id: str, *, reviewer: str, comment: str | None = None) -> Event:
    """Mark an event as wrong (kept, with status ``rejected``; confirming it restores it)."""
    return _set_status(store, event_id, "reject", "rejected", reviewer=reviewer, comment=comment)


def edit(store: Store, event_id: str, changes: dict[str, Any], *, reviewer: str,
         comment: str | None = None) -> Event:
    """Set reviewed values for some fields of an event; the machine will not overwrite them."""
    event = _require(store, event_id)
    if not changes:
        raise InputError("no field to edit")
    values = {f: check_value(f, v) for f, v in changes.items()}
    anchor, now = anchor_of(event), _now()
    log = ReviewLog(store)
    with store.transaction():
        for name, value in sorted(values.items()):
            before = field_value(event, name)
            log.set_override(anchor, name, value, reviewer, now)
            event = apply_override(event, name, value)
            log.audit(event.id, anchor, "edit", name, before, field_value(event, name), reviewer, comment, now)
        return _rewrite(store, event)


def merge(store: Store, event_ids: list[str], *, reviewer: str, comment: str | None = None) -> Event:
    """Merge events into one (a must-link between them), re-merge the store, audit: one transaction."""
    if len(set(event_ids)) < 2:
        raise InputError("merge needs at least two different events")
    events = [_require(store, i) for i in dict.fromkeys(event_ids)]
    groups = [sorted(e.members or [e.id]) for e in events]
    anchors = [g[0] for g in groups]
    now = _now()
    log = ReviewLog(store)
    with store.transaction():
        for a, b in combinations(groups, 2):
            log.delete_links("cannot", a, b)
        for other in sorted({m for g in groups for m in g} - {anchors[0]}):
            log.add_link("must", anchors[0], other, reviewer, now)  # every member: one cluster
        remerge(store)
        merged = store.event_with_member(anchors[0])
        if merged is None:  # pragma: no cover - remerge always keeps every member
            raise StoreError(f"member {anchors[0]} vanished while merging")
        log.audit(merged.id, anchor_of(merged), "merge", None, [e.id for e in events], merged.id,
                  reviewer, comment, now)
    return merged


def split(store: Store, event_id: str, report_id: str, *, reviewer: str,
          comment: str | None = None) -> tuple[Event, Event]:
    """Split one report's contribution off an event: ``(remaining event, split-off event)``."""
    event = _require(store, event_id)
    if report_id not in event.report_ids:
        raise InputError(f"report {report_id} is not a source of event {event_id}")
    members = sorted(event.members or [event.id])
    owner = {i: ev.sources[0].report for i, ev in store.report_events(members).items()}
    part = [m for m in members if owner.get(m) == report_id]
    rest = [m for m in members if m not in part]
    if not part or not rest:
        raise InputError(f"event {event_id} has no other source to keep when splitting off {report_id}")
    now = _now()
    log = ReviewLog(store)
    with store.transaction():
        log.delete_links("must", part, rest)
        for a in part:
            for b in rest:
                log.add_link("cannot", a, b, reviewer, now)
        log.move_overrides(part, rest[0])
        remerge(store)
        kept, gone = store.event_with_member(rest[0]), store.event_with_member(part[0])
        if kept is None or gone is None:  # pragma: no cover - remerge always keeps every member
            raise StoreError(f"members of {event_id} vanished while splitting")
        log.audit(kept.id, rest[0], "split", "sources", event.report_ids,
                  {"kept": kept.id, "split": gone.id, "report": report_id}, reviewer, comment, now)
    return kept, gone


def orphans(store: Store) -> list[dict[str, Any]]:
    """Reviews whose event is gone from every report (an update dropped it): never reattached to
    another event (``curate.identity``), listed here with their values and audit rows."""
    return ReviewLog(store).orphans()


def history(store: Store, event: Event) -> list[dict[str, Any]]:
    """The audit log of an event (over all its members), oldest first."""
    return ReviewLog(store).history(event)


# ---------------------------------------------------------------- helpers


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _require(store: Store, event_id: str) -> Event:
    event = store.get_event(event_id)
    if event is None:
        raise NotFound(f"no event {event_id!r}")
    return event


def _set_status(store: Store, event_id: str, action: str, status: str, *, reviewer: str,
                comment: str | None) -> Event:
    event = _require(store, event_id)
    anchor, now = anchor_of(event), _now()
    log = ReviewLog(store)
    with store.transaction():
        before = store.statuses([event_id]).get(event_id, "machine")
        log.set_override(anchor, "status", status, reviewer, now)
        log.audit(event.id, anchor, action, "status", before, status, reviewer, comment, now)
        return _rewrite(store, event)


def _rewrite(store: Store, event: Event) -> Event:
    """Store one reviewed event again (row, status) without a full re-merge."""
    (event,), status = apply_reviews([event], ReviewLog(store).overrides())
    store.rewrite_event(event, status[event.id])
    return event
