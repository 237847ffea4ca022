"""``remerge(store, scope)``: the one re-merge, for saves and for reviewers, in one transaction.

A re-merge re-detects duplicate reports, merges the stored per-report events of its
scope with the reviewers' links, writes each merged event's note and applies the
reviewers' overrides, then writes in one transaction: the duplicate links that
changed, the merged events (with evidence and member index), their review statuses
and the change log. The scope is either

* ``EVERYTHING``: every stored per-report event, replacing every merged event (the
  first save, a custom merger, a reviewer's merge or split); or
* ``touched(added, removed, fresh=..., old_links=...)``: the block of the link graph
  around what a save changed (``curate/block.py``), which gives the same stored
  state as ``EVERYTHING`` at a cost that follows the block, not the store.

The transaction joins the caller's when one is open (``store.transaction`` nests):
a reviewer's merge writes its links, re-merges and audits as one unit.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from ..models import Event
from ..store.bands import DuplicateBands
from ..store.changes import ChangeLog, diff_events
from ..store.interface import Store
from ..store.reviews import ReviewLog
from .block import touched_block
from .overrides import reviewed_with_notes

Merger = Callable[[list[Event], dict[str, str]], list[Event]]


@dataclass(frozen=True)
class Scope:
    """What a re-merge covers (``EVERYTHING``, or ``touched(...)`` by a save)."""

    everything: bool = False
    added: frozenset[str] = frozenset()  # per-report event ids a save wrote
    removed: frozenset[str] = frozenset()  # per-report event ids it replaced
    fresh: frozenset[str] | None = None  # the reports it wrote: duplicates are looked up around them
    old_links: Mapping[str, str] | None = None  # the duplicate links stored before it


EVERYTHING = Scope(everything=True)


def touched(added: Iterable[str], removed: Iterable[str], *, fresh: Iterable[str] | None = None,
            old_links: Mapping[str, str] | None = None) -> Scope:
    """The scope of a save: the blocks around the ``added`` per-report events (``removed`` ones
    are gone). ``fresh``: the ids of the reports just written, and ``old_links``: the duplicate
    links stored before they were (without them, duplicates are detected over every report)."""
    return Scope(added=frozenset(added), removed=frozenset(removed),
                 fresh=None if fresh is None else frozenset(fresh), old_links=old_links)


def remerge(store: Store, scope: Scope = EVERYTHING, *, merge: Merger | None = None) -> int:
    """Re-merge ``scope`` (with ``merge`` instead of ``merge_events`` and the reviewers' links);
    returns the number of merged events in the store."""
    with store.transaction():
        return _remerge(store, scope, merge)


def _remerge(store: Store, scope: Scope, merge: Merger | None) -> int:
    reviews = ReviewLog(store)
    must_link, cannot_link = reviews.links()
    overrides = reviews.overrides()
    bands = DuplicateBands(store)
    if scope.everything or scope.fresh is None or scope.old_links is None:
        dups = bands.all_duplicates()  # candidates from the stored band keys, texts of those only
    else:
        dups = bands.after_save(set(scope.fresh), scope.old_links)
    old_dups = bands.stored()
    moved = {r for r in set(dups) | set(old_dups) if dups.get(r) != old_dups.get(r)}
    if scope.everything:
        members, drop = list(store.report_events().values()), None
        before = {e.id: e for e in store.events()}
    else:
        block = touched_block(store, added=scope.added, removed=scope.removed, moved=moved, duplicates=dups,
                              must_link=must_link, overrides=overrides)
        if block is None:  # pragma: no cover - an earlier event straddles the block
            return _remerge(store, EVERYTHING, merge)
        members, drop = block
        before = store.merged_events(drop)
    if merge is None:
        from ..merge import merge_events

        events = merge_events(members, duplicates=dups, must_link=must_link, cannot_link=cannot_link)
    else:
        events = merge(members, dups)
    events, statuses = reviewed_with_notes(events, overrides)
    bands.set_links(dups, moved)
    store.replace_events(events, drop=drop)
    store.set_statuses(statuses)
    ChangeLog(store).record(diff_events(before, events))
    return store.count()
