"""The watch loop: poll sources, process what is new, store, checkpoint, alert.

One cycle: every source is polled with its checkpoint; reports the store
already holds (same content hash) are dropped, so nothing is processed twice;
the rest go through ``process`` (the pipeline, without merging) and
``curate.save_run`` (which re-merges and records the change log); only then
are the sources' checkpoints written, so a crash at any point loses nothing.
Given an ``Opener`` (``store.live``) the store is open only to read the checkpoints
and known hashes, and then to save, check in and run the alerts: polling and
extraction run with it closed, so ``serve`` and other commands share a DuckDB file.
Alert rules run last, over the changes recorded since the last alert pass.
``run`` repeats cycles every ``interval`` seconds until SIGINT (Ctrl-C), which
stops cleanly between cycles (a second Ctrl-C aborts at once).
"""
from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..curate import Merger, save_run
from ..errors import StrikewatchError
from ..models import Report, ReportFailure, RunResult
from ..store.changes import ChangeLog
from ..store.interface import Store
from ..store.live import Opener
from .checkpoint import load_state, save_state
from .sources import WatchSource

log = logging.getLogger("strikewatch.monitor")
Process = Callable[[list[Report | ReportFailure]], RunResult]


def pipeline_process(fast: bool = False) -> Process:
    """``process`` backed by the default pipeline (loaded on first use, then kept; ``fast`` as in
    :func:`strikewatch.pipeline.load_pipeline`), bounded: long
    reports in pieces, a time budget each, a report that sets off a bug fails alone
    (:func:`strikewatch.bounded.run_bounded`), so no report can stall the watcher."""
    loaded: list[Any] = []

    def process(items: list[Report | ReportFailure]) -> RunResult:
        from ..bounded import run_bounded

        if not loaded:
            from ..pipeline import load_pipeline

            loaded.append(load_pipeline(fast=fast))
        return run_bounded(loaded[0], items, merge=False)

    return process


class Watcher:
    """Watch ``sources`` into ``store``; ``alerts`` (optional) has ``run()`` and ``close()``.

    ``process`` and ``merge`` default to the pipeline and the store's merge; tests inject their own.
    """

    def __init__(self, store: Store | Opener, sources: Sequence[WatchSource], process: Process | None = None,
                 *, alerts: Any = None, merge: Merger | None = None, fast: bool = False) -> None:
        self.opener = store if isinstance(store, Opener) else Opener(store)
        self.merge = merge
        self.sources = list(sources)
        self.process = process or pipeline_process(fast=fast)
        self.alerts = alerts

    def cycle(self) -> dict[str, int]:
        """One poll-process-store-checkpoint-alert pass; returns counts."""
        items: list[Report | ReportFailure] = []
        updates: dict[str, dict[str, Any]] = {}
        with self._store() as store:
            states = {src.key: load_state(store, src.key) for src in self.sources}
            known = set(store.content_hashes().values())
        for src in self.sources:
            try:
                poll = src.poll(states[src.key])
            except (StrikewatchError, OSError) as exc:
                log.warning("source %s: poll failed: %s", src.key, exc)
                continue
            items.extend(poll.items)
            if poll.updates:
                updates[src.key] = poll.updates
        fresh = self._fresh(items, known)
        stats = {"items": len(items), "new": len(fresh), "reports_new": 0, "failures": 0, "changes": 0, "alerts": 0}
        result = self.process(fresh) if fresh else None  # the slow part, with the store closed
        with self._store() as store:
            if result is not None:
                before = ChangeLog(store).last_seq()
                counts = save_run(store, result, merge=self.merge)
                stats |= {"reports_new": counts["reports_new"], "failures": counts["failures"],
                          "changes": ChangeLog(store).last_seq() - before}
            save_state(store, updates)
            if self.alerts is not None:
                self.alerts.use(store)
                stats["alerts"] = self.alerts.run()
        if fresh:
            log.info("cycle: %(new)d new item(s), %(reports_new)d report(s) stored, %(failures)d failure(s), "
                     "%(changes)d change(s), %(alerts)d alert(s)", stats)
        return stats

    @contextmanager
    def _store(self) -> Iterator[Store]:
        with self.opener.session() as store:
            yield store

    @staticmethod
    def _fresh(items: list[Report | ReportFailure], known: set[str]) -> list[Report | ReportFailure]:
        """Items not yet in the store: reports by content hash (the last version of an id wins)."""
        reports: dict[str, Report] = {}
        failures: list[ReportFailure] = []
        for item in items:
            if isinstance(item, ReportFailure):
                failures.append(item)
            elif item.content_hash not in known:
                reports.pop(item.id, None)
                reports[item.id] = item
        return [*reports.values(), *failures]

    def run(self, *, interval: float = 60.0, once: bool = False, stop: threading.Event | None = None,
            on_cycle: Callable[[dict[str, int]], None] | None = None) -> int:
        """Cycle until ``stop`` is set or SIGINT arrives (or once); returns the number of cycles."""
        stop = stop or threading.Event()
        restore = _catch_sigint(stop)
        cycles = 0
        try:
            while not stop.is_set():
                try:
                    stats = self.cycle()
                except (StrikewatchError, OSError, RuntimeError, ValueError) as exc:
                    log.error("cycle failed, nothing checkpointed; retrying next cycle: %s", exc)
                    stats = {"error": 1}
                cycles += 1
                if on_cycle:
                    on_cycle(stats)
                if once:
                    break
                stop.wait(interval)
        finally:
            restore()
            if self.alerts is not None:
                with self._store() as store:
                    self.alerts.use(store)
                    self.alerts.close()
        return cycles


def _catch_sigint(stop: threading.Event) -> Callable[[], None]:
    """Make SIGINT set ``stop`` (once; a second SIGINT aborts); returns the undo function."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = signal.getsignal(signal.SIGINT)

    def handler(signum: int, frame: object) -> None:
        log.warning("interrupted: stopping after this cycle (Ctrl-C again to abort)")
        stop.set()
        signal.signal(signal.SIGINT, previous)

    signal.signal(signal.SIGINT, handler)
    return lambda: signal.signal(signal.SIGINT, previous)
