"""Cross-report deduplication and event merging.

* ``find_duplicate_reports``: near-duplicate reports (syndicated copies, light
  rewrites) mapped to their canonical report (``dedup``).
* ``merge_events``: per-report events merged into events with every source,
  chosen field values, disputes and confidence (``merge``); a pure function of
  the set of its inputs. ``merge_block`` re-merges only the block around new
  per-report events; ``compare`` scores one pair (``match``); ``grade`` labels
  an event's confidence (``confidence``).
"""
from __future__ import annotations

from .confidence import grade
from .dedup import find_duplicate_reports
from .match import compare
from .merge import affected_members, merge_block, merge_events

__all__ = ["find_duplicate_reports", "merge_events", "merge_block", "affected_members", "compare", "grade"]
