"""Stored merge blocking keys and the member index: what a save looks up instead of reading all.

Two tables (``migrations/007_block_keys.sql``), written in the transactions that write
what they index:

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

if TYPE_CHECKING:
    from ..merge.match import Profile
    from .duckdb_store import Store

KEYS_VERSION = 7  # the migration that adds report_event_keys and event_members
CHUNK = 5000  # rows read per batch when backfilling
_IDS = "(SELECT unnest(CAST(? AS VARCHAR[])))"  # a bound list of ids, on DuckDB and PostgreSQL


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


def member_rows(events: Iterable[Event]) -> list[list[object]]:
    """``event_members`` rows of merged events (an event without members stands for itself)."""
    return [[m, e.id] for e in events for m in (e.members or [e.id])]


def write_keys(store: "Store", rows: list[list[object]]) -> None:
    store._bulk_insert("report_event_keys", ("report_id", "event_id", "k"), rows)


def backfill(store: "Store") -> tuple[int, int]:
    """Key rows of every stored per-report event and member rows of every merged event that
    have none; returns how many of each were indexed."""
    ids = [i for (i,) in store.con.execute(
        "SELECT id FROM report_events WHERE id NOT IN (SELECT event_id FROM report_event_keys) ORDER BY id"
    ).fetchall()]
    for start in range(0, len(ids), CHUNK):
        rows = store.con.execute(f"SELECT report_id, data FROM report_events WHERE id IN {_IDS}",
                                 [ids[start:start + CHUNK]]).fetchall()
        write_keys(store, key_rows((r, Event.from_dict(json.loads(d))) for r, d in rows))
    merged = [i for (i,) in store.con.execute(
        "SELECT id FROM events WHERE id NOT IN (SELECT event_id FROM event_members) ORDER BY id").fetchall()]
    for start in range(0, len(merged), CHUNK):
        rows = store.con.execute(f"SELECT id, data FROM events WHERE id IN {_IDS}",
                                 [merged[start:start + CHUNK]]).fetchall()
        store._bulk_insert("event_members", ("member", "event_id"),
                           [[m, i] for i, d in rows for m in json.loads(d).get("members") or [i]])
    return len(ids), len(merged)


# ---------------------------------------------------------------- lookups

IN_LIST_MAX = 1000  # up to this many values a bound IN list (DuckDB filters the scan), else a joined array


def bound_in(column: str, values: Iterable[object], array: str = "VARCHAR") -> tuple[str, list[object]]:
    """``column IN (...)`` over bound values: a list of ``?`` for a few (DuckDB semi-joins an
    unnested array by reading every row first), an unnested array for many."""
    values = sorted(set(values))
    if len(values) <= IN_LIST_MAX:
        return f"{column} IN ({', '.join('?' * len(values))})", values
    return f"{column} IN (SELECT unnest(CAST(? AS {array}[])))", [values]


def filed_under(store: "Store", keys: set[int]) -> set[str]:
    """Ids of the stored per-report events filed under any of these hashed keys."""
    if not keys:
        return set()
    where, params = bound_in("k", keys, "BIGINT")
    return {i for (i,) in store.con.execute(
        f"SELECT DISTINCT event_id FROM report_event_keys WHERE {where}", params).fetchall()}


def _events(store: "Store", table: str, ids: Iterable[str]) -> dict[str, Event]:
    """The events with these ids in ``table`` (``report_events`` or ``events``)."""
    if not ids:
        return {}
    where, params = bound_in("id", ids)
    rows = store.con.execute(f"SELECT id, data FROM {table} WHERE {where}", params).fetchall()
    return {i: Event.from_dict(json.loads(d)) for i, d in rows}


def report_events(store: "Store", ids: set[str]) -> dict[str, Event]:
    """The stored per-report events with these ids."""
    return _events(store, "report_events", ids)


def events_of_reports(store: "Store", reports: set[str]) -> set[str]:
    """Ids of the stored per-report events of these reports."""
    if not reports:
        return set()
    where, params = bound_in("report_id", reports)
    return {i for (i,) in store.con.execute(f"SELECT id FROM report_events WHERE {where}", params).fetchall()}


def merged_containing(store: "Store", members: set[str]) -> dict[str, set[str]]:
    """The stored merged events with any of these members: event id -> all its members."""
    if not members:
        return {}
    where, params = bound_in("member", members)
    ids = {i for (i,) in store.con.execute(f"SELECT DISTINCT event_id FROM event_members WHERE {where}",
                                           params).fetchall()}
    if not ids:
        return {}
    where, params = bound_in("event_id", ids)
    out: dict[str, set[str]] = {}
    for event_id, member in store.con.execute(f"SELECT event_id, member FROM event_members WHERE {where}",
                                              params).fetchall():
        out.setdefault(event_id, set()).add(member)
    return out


def merged_events(store: "Store", ids: list[str]) -> dict[str, Event]:
    """The stored merged events with these ids."""
    return _events(store, "events", ids)
