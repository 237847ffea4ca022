"""Merging per-report events into events: clustering, field choice, disputes.

``merge_events`` is a pure function of the *set* of per-report events:

1. Profile every event (``match.profile``); near-duplicate reports share a story.
2. Blocking (``block.candidate_pairs``) proposes pairs; ``match.compare_profiles``
   scores them; a pair is an edge when ``Match.linked``.
3. Clustering: reviewer ``must_link`` pairs are joined first, unconditionally.
   Then edges are taken best first, ordered by (-score, smaller id, larger id),
   and join two clusters only if every cross pair is compatible (no hard
   contradiction, never two events of one report), their mean score reaches
   ``match.THRESHOLD`` (average link: one vague report cannot chain two
   different strikes together) and no ``cannot_link`` pair would end up
   together. The order is total, so the result does not depend on
   the input order; clusters never span two connected components of the edge
   graph, so re-merging one component (``merge_block``) gives exactly what a
   full merge gives for it.
4. Each cluster becomes one event: fields chosen by ``fields.choose`` (more
   precise beats vaguer; between contradicting values an official release,
   then the most recent report, then the most reports), disputes listed with
   their reports (disputes already on per-report events are kept), one Source
   per report with its evidence unioned and sorted by (report, start),
   confidence graded by ``confidence.score_confidence``.

The merged id is ``"ev-" + sha1(smallest member id)[:12]``; events come out
sorted by (date, id), undated events last.
"""
from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from ..events.notes import event_note
from ..models import EVENT_FIELDS, Event, Evidence, Source
from .block import candidate_pairs
from .confidence import score_confidence
from .fields import choose, combine_disputes, dispute_from_groups, field_values
from .match import THRESHOLD, Profile, compare_profiles, profile

Pair = frozenset[str]


def event_id(members: Iterable[str]) -> str:
    """The stable id of a merged event: a short hash of its smallest member id."""
    return "ev-" + hashlib.sha1(min(members).encode("utf-8")).hexdigest()[:12]


def _unique(report_events: list[Event]) -> list[Event]:
    by_id: dict[str, Event] = {}
    for ev in report_events:
        kept = by_id.get(ev.id)
        if kept is None or repr(ev.to_dict()) < repr(kept.to_dict()):
            by_id[ev.id] = ev
    return [by_id[k] for k in sorted(by_id)]


def event_profile(ev: Event, duplicates: dict[str, str]) -> Profile:
    """A per-report event's profile; its story is its report's canonical report (``duplicates``)."""
    report = ev.sources[0].report if ev.sources else ev.id.split("#")[0]
    return profile(ev, duplicates.get(report, report))


def _profiles(events: list[Event], duplicates: dict[str, str]) -> list[Profile]:
    return [event_profile(ev, duplicates) for ev in events]


def link_partners(must_link: Iterable[Pair]) -> dict[str, set[str]]:
    """Event id -> the ids reviewers must-linked to it (pairs of two distinct ids)."""
    partners: dict[str, set[str]] = {}
    for pair in must_link:
        if len(pair) == 2:
            a, b = sorted(pair)
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
    return partners


def linked_edges(profiles: list[Profile], only: Iterable[int] | None = None) -> list[tuple[float, int, int]]:
    """Scored edges ``(score, i, j)`` between linked profiles (indices into ``profiles``)."""
    edges = []
    for i, j in candidate_pairs(profiles, only):
        m = compare_profiles(profiles[i], profiles[j])
        if m.linked:
            edges.append((m.score, i, j))
    return edges


class _Clusters:
    """Union-find over profile indices that keeps each cluster's members."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        ra, rb = min(ra, rb), max(ra, rb)
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))


def cluster(profiles: list[Profile], edges: list[tuple[float, int, int]], *,
            must_link: Iterable[Pair] = (), cannot_link: Iterable[Pair] = ()) -> list[list[int]]:
    """Greedy best-first clustering (see the module docstring); sorted member index lists."""
    index = {p.id: i for i, p in enumerate(profiles)}
    groups = _Clusters(len(profiles))
    for pair in sorted(tuple(sorted(p)) for p in must_link):
        if len(pair) == 2 and pair[0] in index and pair[1] in index:
            groups.union(index[pair[0]], index[pair[1]])
    cannot = {frozenset(p) for p in cannot_link}
    ordered = sorted(edges, key=lambda e: (-e[0], profiles[e[1]].id, profiles[e[2]].id))
    for _, i, j in ordered:
        ri, rj = groups.find(i), groups.find(j)
        if ri != rj and _can_join(profiles, groups.members[ri], groups.members[rj], cannot):
            groups.union(ri, rj)
    return sorted(sorted(m) for m in groups.members.values())


def _can_join(profiles: list[Profile], xs: list[int], ys: list[int], cannot: set[Pair]) -> bool:
    """Every cross pair compatible and allowed, and their mean score linked (average link)."""
    total = 0.0
    for x in xs:
        for y in ys:
            if cannot and frozenset((profiles[x].id, profiles[y].id)) in cannot:
                return False
            m = compare_profiles(profiles[x], profiles[y])
            if not m.compatible:
                return False
            total += m.score
    return total / (len(xs) * len(ys)) >= THRESHOLD


# ---------------------------------------------------------------- building events


def _sources(members: list[Event]) -> list[Source]:
    by_report: dict[str, Source] = {}
    for ev in members:
        for src in ev.sources:
            acc = by_report.get(src.report)
            if acc is None:
                acc = by_report[src.report] = Source(src.report, {}, src.outlet, src.published, src.url,
                                                     src.official)
            acc.official = acc.official or src.official
            for name, evs in src.evidence.items():
                acc.evidence.setdefault(name, []).extend(evs)
    for src in by_report.values():
        src.evidence = {k: _sorted_evidence(v) for k, v in sorted(src.evidence.items())}
    return [by_report[r] for r in sorted(by_report)]


def _sorted_evidence(evs: list[Evidence]) -> list[Evidence]:
    return sorted(set(evs), key=lambda e: (e.report_id, e.start, e.end, e.text))


def build_event(members: list[Event], profiles: dict[str, Profile], duplicates: dict[str, str]) -> Event:
    """One merged event from its (compatible) per-report events."""
    members = sorted(members, key=lambda e: e.id)
    chosen: dict[str, object] = {}
    disputes = [d for ev in members for d in ev.disputed]
    field_confidence: dict[str, float] = {}
    for name in EVENT_FIELDS:
        values, compatible = field_values(name, members, profiles)
        c = choose(values, compatible)
        chosen[name] = c.value
        if c.value is not None:
            field_confidence[name] = round(c.support, 3)
        if len(c.groups) > 1:
            disputes.append(dispute_from_groups(name, c.groups))
    date = chosen["date"]
    location = chosen["location"]
    ids = [ev.id for ev in members]
    event = Event(
        id=event_id(ids),
        event_type=chosen["event_type"] or members[0].event_type,
        sub_event_type=chosen["sub_event_type"] or members[0].sub_event_type,
        date=date[0] if date else None,
        date_precision=date[1] if date else "unknown",
        date_range=_event_range(members, date),
        location=location[1] if location else None,
        actor1=chosen["actor1"], actor2=chosen["actor2"], strikes=chosen["strikes"],
        targets=list(chosen["targets"] or ()),
        fatalities=chosen["fatalities"], civilian_fatalities=chosen["civilian_fatalities"],
        injured=chosen["injured"],
        sources=_sources(members),
        disputed=combine_disputes(disputes),
        field_confidence=field_confidence,
        members=ids,
        attribution=_attribution(members, chosen["actor1"]),
    )
    event.confidence = score_confidence(event, duplicates)
    event.note = event_note(event)
    return event


_FIRMNESS = {c: k for k, c in enumerate(("unattributed", "alleged", "claimed", "confirmed"))}


def _attribution(members: list[Event], actor1: object) -> str | None:
    """The firmest attribution the sources give for the chosen actor1 (one report's acknowledgement
    outweighs another's 'allegedly'); of all members when none names it."""
    told = [ev.attribution for ev in members if ev.attribution and ev.actor1 == actor1] or \
        [ev.attribution for ev in members if ev.attribution]
    return max(told, key=lambda c: _FIRMNESS.get(c, -1)) if told else None


def _event_range(members: list[Event], date: tuple | None) -> tuple[str, str] | None:
    """The chosen member's own date_range (None when it gave none)."""
    if date is None:
        return None
    for ev in members:
        if ev.date == date[0] and ev.date_range and tuple(ev.date_range) == date[2]:
            return tuple(ev.date_range)
    return None


def _sort_key(ev: Event) -> tuple:
    return (ev.date is None, ev.date or "", ev.id)


# ---------------------------------------------------------------- public API


def merge_events(report_events: list[Event], *, duplicates: dict[str, str] | None = None,
                 must_link: set[Pair] = frozenset(), cannot_link: set[Pair] = frozenset()) -> list[Event]:
    """Merge per-report events into events (see the module docstring)."""
    with _no_gc():
        return _merge(report_events, dict(duplicates or {}), must_link, cannot_link)


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: merging allocates many small acyclic
    objects, and full collections over them made the cost superlinear."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _merge(report_events: list[Event], dups: dict[str, str], must_link: set[Pair],
           cannot_link: set[Pair]) -> list[Event]:
    events = _unique(report_events)
    profiles = _profiles(events, dups)
    edges = linked_edges(profiles)
    by_id = {p.id: p for p in profiles}
    out = [build_event([events[i] for i in c], by_id, dups)
           for c in cluster(profiles, edges, must_link=must_link, cannot_link=cannot_link)]
    return sorted(out, key=_sort_key)


def affected_members(report_events: list[Event], new_ids: Iterable[str], *,
                     duplicates: dict[str, str] | None = None,
                     must_link: set[Pair] = frozenset()) -> set[str]:
    """Ids of every per-report event in the connected block(s) of ``new_ids``.

    Re-merging exactly these (``merge_block``) and replacing the merged events
    that contain any of them gives the same result as a full re-merge.
    """
    events = _unique(report_events)
    profiles = _profiles(events, dict(duplicates or {}))
    index = {p.id: i for i, p in enumerate(profiles)}
    seen = {index[i] for i in new_ids if i in index}
    frontier = set(seen)
    links = link_partners(must_link)
    while frontier:
        nxt: set[int] = set()
        for _, i, j in linked_edges(profiles, only=frontier):
            nxt.update(k for k in (i, j) if k not in seen)
        for k in frontier:
            nxt.update(index[o] for o in links.get(profiles[k].id, ()) if o in index and index[o] not in seen)
        seen |= nxt
        frontier = nxt
    return {profiles[i].id for i in seen}


def merge_block(report_events: list[Event], new_ids: Iterable[str], *,
                duplicates: dict[str, str] | None = None, must_link: set[Pair] = frozenset(),
                cannot_link: set[Pair] = frozenset()) -> tuple[set[str], list[Event]]:
    """Re-merge only the block around ``new_ids``: (member ids re-merged, their merged events)."""
    ids = affected_members(report_events, new_ids, duplicates=duplicates, must_link=must_link)
    block = [ev for ev in report_events if ev.id in ids]
    return ids, merge_events(block, duplicates=duplicates, must_link=must_link, cannot_link=cannot_link)
