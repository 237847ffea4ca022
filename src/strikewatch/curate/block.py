"""The block a save touches: re-merge only it, reading only it.

A full re-merge (``remerge(store)``) merges every stored per-report event and rewrites
every merged event: O(N) per save, however small the batch. ``remerge(store,
touched(...))`` gives the same stored state (events, evidence, member index, review
statuses, duplicate links and change log) by re-merging only the connected *block* of
the link graph around the *seeds* (``touched_block``):

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
   looks up (``store.blocks.BlockIndex``: ``merge.block.filed_keys`` rows written with each
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
found around the new reports only (``DuplicateBands.after_save``).

The cost follows the block and the blocking buckets around it (events of the same
type on the same days, events of the same sub-type and place for undated ones),
plus the stored duplicate links and reviewer decisions, not the size of the store:
what still grows with the store is a scan of narrow index columns per lookup
(DuckDB keeps no index on them; PostgreSQL has B-tree indexes).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..models import Event
from ..store.blocks import BlockIndex, lookup_hashes
from ..store.interface import Store
from ..store.reviews import Override

if TYPE_CHECKING:
    from ..merge.match import Profile


def touched_block(store: Store, *, added: Iterable[str], removed: Iterable[str], moved: Iterable[str],
                  duplicates: dict[str, str], must_link: set[frozenset[str]],
                  overrides: Iterable[Override]) -> tuple[list[Event], list[str]] | None:
    """The per-report events of the block around a save's seeds (``added`` per-report event ids,
    the members of the merged events that lost a ``removed`` one, the events of reports whose
    duplicate link ``moved``, the anchors of reviewer ``overrides``), with the ids of the stored
    merged events it replaces; None when an earlier merged event straddles the block (then
    only a full re-merge is right)."""
    index = BlockIndex(store)
    gone = set(removed)
    seeds = set(added) | {o.anchor for o in overrides} | set(store.report_event_ids(moved))
    seeds |= {m for ms in index.merged_containing(gone).values() for m in ms} - gone
    block = grow_block(store, seeds, duplicates=duplicates, must_link=must_link)
    old_members = index.merged_containing(set(block) | gone)
    if any(m not in block and m not in gone for ms in old_members.values() for m in ms):
        return None  # pragma: no cover - an earlier event straddles the block (see the module docstring)
    return list(block.values()), sorted(old_members)


def grow_block(store: Store, seeds: set[str], *, duplicates: dict[str, str],
               must_link: set[frozenset[str]] = frozenset()) -> dict[str, Event]:
    """The stored per-report events of the block around ``seeds`` (see the module docstring),
    by id: closed under linked edges, ``must_link`` pairs and stored merged events."""
    from ..merge.merge import link_partners, linked_edges

    partners = link_partners(must_link)
    index = BlockIndex(store)
    loaded = _Loaded(index, duplicates)
    loaded.add(seeds)
    block = {i for i in seeds if i in loaded.events}
    frontier, unchecked = set(block), set(block)
    looked_up: set[int] = set()
    while frontier:
        keys = set().union(*(lookup_hashes(loaded.profile[i]) for i in frontier)) - looked_up
        looked_up |= keys
        loaded.add(index.filed_under(keys))
        ids, profiles = loaded.ids, loaded.profiles
        position = {i: k for k, i in enumerate(ids)}
        nxt = {ids[k] for _, i, j in linked_edges(profiles, only=[position[i] for i in frontier]) for k in (i, j)}
        nxt.update(o for i in frontier for o in partners.get(i, ()))
        nxt -= block
        if not nxt:  # closed under links: the old merged events of the block, looked up once per wave
            nxt = {m for ms in index.merged_containing(unchecked).values() for m in ms} - block
            unchecked = set()
        loaded.add(nxt)  # must-link partners and old co-members may not be loaded yet
        frontier = {i for i in nxt if i in loaded.events}
        block |= frontier
        unchecked |= frontier
    return {i: loaded.events[i] for i in sorted(block)}


class _Loaded:
    """The per-report events read so far, with their profiles (stories from ``duplicates``)."""

    def __init__(self, index: BlockIndex, duplicates: dict[str, str]) -> None:
        self.index = index
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
        for i, ev in sorted(self.index.report_events(wanted).items()):
            self.events[i] = ev
            self.ids.append(i)
            self.profiles.append(event_profile(ev, self.duplicates))
            self.profile[i] = self.profiles[-1]
