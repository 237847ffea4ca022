"""The monitoring tables of ``migrations/003_monitor.sql`` (the change log is ``changes.ChangeLog``).

* ``MonitorState`` owns ``monitor_state``: watch checkpoints, per source a key and
  its JSON value (file stamps, offsets, ETags, seen items);
* ``AlertLog`` owns ``alerts_fired`` (the dedupe key of every alert fired) and
  ``alert_outbox`` (deliveries, with attempts and the last error).

The watch loop and the alert rules that use them are ``monitor/``.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

from .interface import Store


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class MonitorState:
    """Watch checkpoints in the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def load(self, source: str) -> dict[str, Any]:
        """The checkpoint of ``source``: ``{key: value}`` (empty for a source never seen)."""
        rows = self.store.query("SELECT key, value FROM monitor_state WHERE source = $1", [source])
        return {k: json.loads(v) for k, v in rows}

    def save(self, updates: Mapping[str, Mapping[str, Any]]) -> int:
        """Write ``{source: {key: value}}`` in one transaction (the caller's, when one is open);
        returns the number of keys written."""
        now = _now()
        rows = [[source, key, json.dumps(value, sort_keys=True), now]
                for source, keys in sorted(updates.items()) for key, value in sorted(keys.items())]
        with self.store.transaction():
            self.store.upsert_rows("monitor_state", ("source", "key", "value", "updated_at"), ("source", "key"), rows)
        return len(rows)


class AlertLog:
    """Alerts fired and their delivery outbox."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def fired(self) -> set[tuple[str, str]]:
        """``(rule, key)`` of every alert fired so far."""
        return {(r, k) for r, k in self.store.query("SELECT rule, key FROM alerts_fired")}

    def record(self, fired: Sequence[tuple[str, str]], outbox: Sequence[tuple[str, str, str]],
               at: dt.datetime) -> None:
        """Add firings ``(rule, key)`` and their outbox rows ``(id, sink, payload)``, not delivered yet."""
        with self.store.transaction():
            self.store.insert_rows("alerts_fired", ("rule", "key", "fired_at"), [[r, k, at] for r, k in fired])
            self.store.insert_rows("alert_outbox", ("id", "sink", "payload", "attempts", "created_at"),
                                   [[oid, sink, payload, 0, at] for oid, sink, payload in outbox])

    def pending(self) -> list[tuple[str, str, str, int]]:
        """``(id, sink, payload, attempts)`` of every undelivered row, oldest first."""
        return self.store.query("SELECT id, sink, payload, attempts FROM alert_outbox "
                                "WHERE delivered_at IS NULL ORDER BY created_at, id")

    def pending_count(self) -> int:
        return int(self.store.query("SELECT count(*) FROM alert_outbox WHERE delivered_at IS NULL")[0][0])

    def row(self, oid: str) -> tuple[str, int]:
        """``(sink, attempts)`` of one outbox row."""
        sink, attempts = self.store.query("SELECT sink, attempts FROM alert_outbox WHERE id = $1", [oid])[0]
        return sink, attempts

    def delivered(self, oid: str) -> None:
        self.store.execute("UPDATE alert_outbox SET delivered_at = $1, attempts = attempts + 1 WHERE id = $2",
                           [_now(), oid])

    def failed(self, oid: str, error: str) -> None:
        self.store.execute("UPDATE alert_outbox SET attempts = attempts + 1, last_error = $1 WHERE id = $2",
                           [error, oid])
