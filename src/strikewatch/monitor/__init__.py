"""Continuous monitoring: watch sources, log changes, fire alerts, write notes and digests.

* ``watch``: the watch loop over ``sources`` (folders, growing JSONL files, RSS/Atom feeds
  fetched by ``fetch``, parsed by ``feeds``), checkpointed in the store;
* ``alerts``: TOML alert rules over the change log, delivered to stdout, JSONL files or webhooks;
* ``event_note(event)`` (from ``events.notes``): a neutral one-sentence note per event;
* ``digest``: a self-contained HTML or Markdown digest of a period.
"""
from __future__ import annotations

from ..events.notes import event_note

__all__ = ["event_note"]
