"""Curation above the store: saving pipeline runs, re-merging, and analyst review.

Everything here takes a ``store.Store`` and uses its public interface and the classes
that own its tables; nothing here holds SQL. ``save_run`` stores a run and re-merges
the blocks it touched; ``remerge(store, scope)`` is the one re-merge (saves and
reviewers' merges and splits use it, each in one transaction); ``review`` holds the
reviewers' actions.
"""
from __future__ import annotations

from .merging import EVERYTHING, Merger, Scope, remerge, touched
from .save import save_run

__all__ = ["EVERYTHING", "Merger", "Scope", "remerge", "save_run", "touched"]
