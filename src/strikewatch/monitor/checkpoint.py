"""Watch checkpoints in the store: per source, a key and its JSON value (``monitor_state``)."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from ..store import Store


def load_state(store: Store, source: str) -> dict[str, Any]:
    """The checkpoint of ``source``: ``{key: value}`` (empty for a source never seen)."""
    rows = store.con.execute("SELECT key, value FROM monitor_state WHERE source = ?", [source]).fetchall()
    return {k: json.loads(v) for k, v in rows}


def save_state(store: Store, updates: Mapping[str, Mapping[str, Any]]) -> int:
    """Write ``{source: {key: value}}`` in one transaction; returns the number of keys written."""
    with store._transaction():
        return write_state(store, updates)


def write_state(store: Store, updates: Mapping[str, Mapping[str, Any]]) -> int:
    """``save_state`` inside the caller's transaction."""
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    rows = [[source, key, json.dumps(value, sort_keys=True), now]
            for source, keys in sorted(updates.items()) for key, value in sorted(keys.items())]
    if not rows:
        return 0
    store.con.executemany(
        "INSERT INTO monitor_state (source, key, value, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (source, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        rows)
    return len(rows)
