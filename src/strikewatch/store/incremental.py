"""Incremental re-merge: after a save, re-merge only the blocks that changed, reading only them.

``Store.remerge`` merges every stored per-report event and rewrites every merged
event: O(N) per save, however small the batch. ``remerge_touched`` gives the same
stored state (events, evidence, member index, review statuses, duplicate links and
change log) by re-merging only the connected *block* of the link graph around the
*seeds*:

* the per-report events of new or changed reports (``added``);
* the per-report events of reports whose duplicate link changed (their
  profiles and confidence depend on it);
* the anchors of reviewer overrides (reviewed events are always rebuilt, so
  notes and statuses follow the same path as in a full re-merge);
* every member of an earlier merged event that loses a member (``removed``,
  the events of changed reports).

The block is grown by lookups, never by reading the whole store (``grow_block``).
Starting from the seeds, each round takes the *frontier* (the events added last):

1. loads the stored per-report events filed under a blocking key the frontier
   looks up (``store.blocks``: ``merge.block.filed_keys`` rows written with each
   report, ``lookup_keys`` of the frontier), which holds every event blocking
   could pair with the frontier;
2. scores the candidate pairs touching the frontier among what is loaded
   (``merge.linked_edges``: blocking depends on the two events of a pair only, so
   a loaded subset gives the same pairs);
3. adds the linked events and the frontier's reviewer ``must_link`` partners as
   the next frontier; when none is new, the other members of the stored merged
   events containing the block's events not checked yet (one lookup in the
   ``event_members`` index per wave);

until no new event joins. The block is then closed under links, must-links and
old events (the last two are normally implied by each other: a must-link is
always inside one merged event, and merged events are linked inside). A merged event is a cluster inside one connected block of the link
graph, and links are pairwise, so merging the block alone gives exactly the
events a full merge gives for it (see ``merge.merge``); the stored merged events
with a member in the block (or removed) are replaced, every other one is kept as
stored. If an earlier event still straddled the block the full re-merge would
run instead (closure under old events rules this out). Duplicate reports are
found around the new reports only (``bands.duplicates_after_save``).

The cost follows the block and the blocking buckets around it (events of the same
type on the same days, events of the same sub-type and place for undated ones),
plus the stored duplicate links and reviewer decisions, not the size of the store:
what still grows with the store is a scan of narrow index columns per lookup
(DuckDB keeps no index on them; PostgreSQL has B-tree indexes).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Event
from . import blocks

if TYPE_CHECKING:
    from ..merge.match import Profile
    from .duckdb_store import Store


def remerge_touched(store: "Store", added: set[str], removed: set[str], *, fresh: set[str] | None = None,
                    old_links: dict[str, str] | None = None) -> int:
    """Re-merge the blocks around ``added`` per-report event ids (``removed`` ones are gone);
    returns the number of merged events in the store. ``fresh``: the ids of the reports just
    written, and ``old_links``: the duplicate links stored before they were (without them,
    duplicates are detected over every stored report)."""
    from ..merge import merge_events
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
    overrides = load_overrides(store)

    gone = set(removed)
    seeds = set(added) | {o.anchor for o in overrides} | blocks.events_of_reports(store, moved)
    seeds |= {m for ms in blocks.merged_containing(store, gone).values() for m in ms} - gone
    block = grow_block(store, seeds, duplicates=dups, must_link=must_link)
    old_members = blocks.merged_containing(store, set(block) | gone)
    drop = sorted(old_members)
    if any(m not in block and m not in gone for ms in old_members.values() for m in ms):
        return store.remerge()  # pragma: no cover - an earlier event straddles the block (see above)

    events = merge_events(list(block.values()), duplicates=dups, must_link=must_link, cannot_link=cannot_link)
    events, statuses = reviewed_with_notes(events, lambda evs: apply_reviews(evs, overrides))
    before = blocks.merged_events(store, drop)
    if moved:
        with store._transaction():
            store.con.executemany("UPDATE reports SET duplicate_of = ? WHERE id = ?",
                                  [[dups.get(r), r] for r in sorted(moved)])
    store.replace_events(events, drop=drop)
    save_statuses(store, statuses)
    record_changes(store, diff_events(before, events))
    return store.count()


def grow_block(store: "Store", seeds: set[str], *, duplicates: dict[str, str],
               must_link: set[frozenset[str]] = frozenset()) -> dict[str, Event]:
    """The stored per-report events of the block around ``seeds`` (see the module docstring),
    by id: closed under linked edges, ``must_link`` pairs and stored merged events."""
    from ..merge.merge import link_partners, linked_edges

    partners = link_partners(must_link)
    loaded = _Loaded(store, duplicates)
    loaded.add(seeds)
    block = {i for i in seeds if i in loaded.events}
    frontier, unchecked = set(block), set(block)
    looked_up: set[int] = set()
    while frontier:
        keys = set().union(*(blocks.lookup_hashes(loaded.profile[i]) for i in frontier)) - looked_up
        looked_up |= keys
        loaded.add(blocks.filed_under(store, keys))
        ids, profiles = loaded.ids, loaded.profiles
        index = {i: k for k, i in enumerate(ids)}
        nxt = {ids[k] for _, i, j in linked_edges(profiles, only=[index[i] for i in frontier]) for k in (i, j)}
        nxt.update(o for i in frontier for o in partners.get(i, ()))
        nxt -= block
        if not nxt:  # closed under links: the old merged events of the block, looked up once per wave
            nxt = {m for ms in blocks.merged_containing(store, unchecked).values() for m in ms} - block
            unchecked = set()
        loaded.add(nxt)  # must-link partners and old co-members may not be loaded yet
        frontier = {i for i in nxt if i in loaded.events}
        block |= frontier
        unchecked |= frontier
    return {i: loaded.events[i] for i in sorted(block)}


class _Loaded:
    """The per-report events read so far, with their profiles (stories from ``duplicates``)."""

    def __init__(self, store: "Store", duplicates: dict[str, str]) -> None:
        self.store = store
        self.duplicates = duplicates
        self.events: dict[str, Event] = {}
        self.ids: list[str] = []
        self.profiles: list["Profile"] = []
        self.profile: dict[str, "Profile"] = {}
        self.tried: set[str] = set()

    def add(self, ids: set[str]) -> None:
        """Read the events with these ids that are stored and not read yet."""
        from ..merge.merge import event_profile

        wanted = ids - self.tried
        self.tried |= wanted
        for i, ev in sorted(blocks.report_events(self.store, wanted).items()):
            self.events[i] = ev
            self.ids.append(i)
            self.profiles.append(event_profile(ev, self.duplicates))
            self.profile[i] = self.profiles[-1]
