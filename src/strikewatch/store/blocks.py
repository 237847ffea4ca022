"""Stored merge blocking keys and the member index: what a save looks up instead of reading all.

``BlockIndex`` owns two tables (``migrations/007_block_keys.sql``), written in the
transactions that write what they index:

* ``report_event_keys``: every per-report event's blocking keys
  (``merge.block.filed_keys``, hashed to 64 bits by ``key_hash``; a collision only
  loads an extra event, never misses one), written with the report. The stored
  events that blocking may pair with an event are those filed under one of its
  ``merge.block.lookup_keys`` (``filed_under``).
* ``event_members``: member id -> merged event id, rewritten with the merged events
  (``Store.replace_events``); ``merged_containing`` finds the merged events a set
  of members belongs to, with all their members.

Both are filled for stores created before schema version 7 when that migration runs
(``backfill``). Blocking keys do not depend on duplicate links, so they never change
while a report's events stay the same.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..models import Event
from .interface import Store
from .query import Binds, bound_in
from .rows import MEMBER_COLUMNS

if TYPE_CHECKING:
    from ..merge.match import Profile

KEYS_VERSION = 7  # the migration that adds report_event_keys and event_members
CHUNK = 5000  # rows read per batch when backfilling
KEY_COLUMNS = ("report_id", "event_id", "k")


def key_hash(key: tuple[object, ...]) -> int:
    """A stable signed 64-bit hash of one blocking key (same in every process)."""
    digest = hashlib.blake2b(repr(key).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def filed_hashes(ev: Event) -> set[int]:
    """The hashed keys a per-report event is filed under."""
    from ..merge.block import filed_keys
    from ..merge.match import profile

    return {key_hash(k) for k in filed_keys(profile(ev))}


def lookup_hashes(p: "Profile") -> set[int]:
    """The hashed keys under which every event blocking may pair with the profiled one is filed."""
    from ..merge.block import lookup_keys

    return {key_hash(k) for k in lookup_keys(p)}


def key_rows(events: Iterable[tuple[str, Event]]) -> list[list[object]]:
    """``(report id, per-report event)`` -> ``report_event_keys`` rows (computed before a write)."""
    return [[rid, ev.id, k] for rid, ev in events for k in sorted(filed_hashes(ev))]


class BlockIndex:
    """The blocking keys of the stored per-report events and the member index of merged events."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def write_keys(self, rows: list[list[object]], *, replace: Iterable[str] = ()) -> None:
        """Add ``key_rows``; the keys of the reports in ``replace`` are deleted first."""
        self.store.delete_rows("report_event_keys", "report_id", list(replace))
        self.store.insert_rows("report_event_keys", KEY_COLUMNS, rows)

    def backfill(self) -> tuple[int, int]:
        """Key rows of every stored per-report event and member rows of every merged event that
        have none; returns how many of each were indexed."""
        ids = [i for (i,) in self.store.query(
            "SELECT id FROM report_events WHERE id NOT IN (SELECT event_id FROM report_event_keys) ORDER BY id")]
        for start in range(0, len(ids), CHUNK):
            rows = self.store.query("SELECT report_id, data FROM report_events WHERE id IN "
                                    "(SELECT unnest(CAST($1 AS VARCHAR[])))", [ids[start:start + CHUNK]])
            self.write_keys(key_rows((r, Event.from_dict(json.loads(d))) for r, d in rows))
        merged = [i for (i,) in self.store.query(
            "SELECT id FROM events WHERE id NOT IN (SELECT event_id FROM event_members) ORDER BY id")]
        for start in range(0, len(merged), CHUNK):
            rows = self.store.query("SELECT id, data FROM events WHERE id IN (SELECT unnest(CAST($1 AS VARCHAR[])))",
                                    [merged[start:start + CHUNK]])
            self.store.insert_rows("event_members", MEMBER_COLUMNS,
                                   [[m, i] for i, d in rows for m in json.loads(d).get("members") or [i]])
        return len(ids), len(merged)

    def filed_under(self, keys: set[int]) -> set[str]:
        """Ids of the stored per-report events filed under any of these hashed keys."""
        if not keys:
            return set()
        b = Binds()
        return {i for (i,) in self.store.query(
            f"SELECT DISTINCT event_id FROM report_event_keys WHERE {bound_in('k', keys, b, 'BIGINT')}", b.values)}

    def report_events(self, ids: set[str]) -> dict[str, Event]:
        """The stored per-report events with these ids."""
        return self.store.report_events(ids)

    def merged_containing(self, members: set[str]) -> dict[str, set[str]]:
        """The stored merged events with any of these members: event id -> all its members."""
        if not members:
            return {}
        b = Binds()
        ids = {i for (i,) in self.store.query(
            f"SELECT DISTINCT event_id FROM event_members WHERE {bound_in('member', members, b)}", b.values)}
        if not ids:
            return {}
        b = Binds()
        out: dict[str, set[str]] = {}
        for event_id, member in self.store.query(
                f"SELECT event_id, member FROM event_members WHERE {bound_in('event_id', ids, b)}", b.values):
            out.setdefault(event_id, set()).add(member)
        return out
