"""Incremental re-merge: after a save, re-merge only the blocks that changed.

``Store.remerge`` merges every stored per-report event and rewrites every merged
event: O(N) merging per save, however small the batch. ``remerge_touched`` gives
the same stored state (events, evidence, review statuses, duplicate links and
change log) by re-merging only the connected blocks (``merge.affected_members``)
around the *seeds*:

* the per-report events of new or changed reports (``added``);
* the per-report events of reports whose duplicate link changed (their
  profiles and confidence depend on it);
* the anchors of reviewer overrides (reviewed events are always rebuilt, so
  notes and statuses follow the same path as in a full re-merge);
* every member of an earlier merged event that loses a member (``removed``,
  the events of changed reports) or contains another seed.

A merged event is a cluster inside one connected block of the link graph, and
links are pairwise, so merging a block alone gives exactly the events a full
merge gives for it (see ``merge.merge``); every other merged event is kept as
stored. If an earlier event straddles the re-merged block (which the argument
above rules out) the full re-merge runs instead. Duplicate reports are found
around the new reports only (``bands.duplicates_after_save``).
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..models import Event

if TYPE_CHECKING:
    from .duckdb_store import Store


def remerge_touched(store: "Store", added: set[str], removed: set[str], *, fresh: set[str] | None = None,
                    old_links: dict[str, str] | None = None) -> int:
    """Re-merge the blocks around ``added`` per-report event ids (``removed`` ones are gone);
    returns the number of merged events in the store. ``fresh``: the ids of the reports just
    written, and ``old_links``: the duplicate links stored before they were (without them,
    duplicates are detected over every stored report)."""
    from ..merge import affected_members, merge_events
    from . import bands
    from .changes import diff_events, record_changes
    from .review import apply_reviews, load_links, load_overrides, reviewed_with_notes, save_statuses

    must_link, cannot_link = load_links(store)
    if fresh is None or old_links is None:
        dups = bands.all_duplicates(store)
    else:
        dups = bands.duplicates_after_save(store, fresh, old_links)
    old_dups = bands.stored_duplicates(store)
    moved = {r for r in set(dups) | set(old_dups) if dups.get(r) != old_dups.get(r)}
    report_events = [Event.from_dict(json.loads(d)) for (d,) in
                     store.con.execute("SELECT data FROM report_events ORDER BY id").fetchall()]
    overrides = load_overrides(store)
    old_data = {i: d for i, d in store.con.execute("SELECT id, data FROM events").fetchall()}
    old_members = {i: json.loads(d).get("members") or [i] for i, d in old_data.items()}

    seeds = set(added) | {o.anchor for o in overrides}
    seeds |= {e.id for e in report_events if _report_of(e) in moved}
    gone = set(removed)
    seeds |= {m for ms in old_members.values() if any(m in gone or m in seeds for m in ms) for m in ms} - gone
    ids = affected_members(report_events, seeds, duplicates=dups, must_link=must_link)
    drop = sorted(i for i, ms in old_members.items() if any(m in ids or m in gone for m in ms))
    if any(m not in ids and m not in gone for i in drop for m in old_members[i]):
        return store.remerge()  # pragma: no cover - an earlier event straddles the block (see above)

    events = merge_events([e for e in report_events if e.id in ids], duplicates=dups,
                          must_link=must_link, cannot_link=cannot_link)
    events, statuses = reviewed_with_notes(events, lambda evs: apply_reviews(evs, overrides))
    before = {i: Event.from_dict(json.loads(old_data[i])) for i in drop}
    if moved:
        with store._transaction():
            store.con.executemany("UPDATE reports SET duplicate_of = ? WHERE id = ?",
                                  [[dups.get(r), r] for r in sorted(moved)])
    store.replace_events(events, drop=drop)
    save_statuses(store, statuses)
    record_changes(store, diff_events(before, events))
    return store.count()


def _report_of(e: Event) -> str:
    return e.sources[0].report if e.sources else e.id.split("#")[0]
