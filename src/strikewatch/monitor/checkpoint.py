"""Watch checkpoints in the store: per source, a key and its JSON value (``store.monitor.MonitorState``)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..store.interface import Store
from ..store.monitor import MonitorState


def load_state(store: Store, source: str) -> dict[str, Any]:
    """The checkpoint of ``source``: ``{key: value}`` (empty for a source never seen)."""
    return MonitorState(store).load(source)


def save_state(store: Store, updates: Mapping[str, Mapping[str, Any]]) -> int:
    """Write ``{source: {key: value}}`` in one transaction (the caller's when one is open);
    returns the number of keys written."""
    return MonitorState(store).save(updates)
