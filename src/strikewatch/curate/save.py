"""``save_run(store, result)``: store a pipeline run and re-merge, in one transaction.

New reports are written with their per-report events, the MinHash band keys of
duplicate detection (``store.bands``) and the merge blocking keys of their events
(``store.blocks``), keyed by content hash, so re-saving changes nothing. Then the
re-merge (``remerge``): the first time (or with a custom merger) over every stored
per-report event, afterwards only over the blocks the new events touch. A crash at
any point leaves the store as it was before the save.
"""
from __future__ import annotations

import datetime as dt

from ..models import Event, RunResult
from ..store.bands import DuplicateBands, keys_of
from ..store.blocks import BlockIndex, key_rows
from ..store.interface import Store
from ..store.reviews import ReviewLog
from .identity import describe, renumber
from .merging import EVERYTHING, Merger, remerge, touched


def save_run(store: Store, result: RunResult, *, merge: Merger | None = None) -> dict[str, int]:
    """Store a pipeline run; idempotent. Returns counts of what changed."""
    stored = store.has_reports()
    known = store.content_hashes({r.id for r in result.reports}) if stored and result.reports else {}
    by_report: dict[str, list[Event]] = {}
    for ev in result.report_events:
        by_report.setdefault(ev.sources[0].report, []).append(ev)
    new = [r for r in result.reports if known.get(r.id) != r.content_hash]
    ids = [r.id for r in new]
    old_ids = store.report_event_ids([i for i in ids if i in known])  # the events of rewritten reports
    removed = set(old_ids)
    gone = _stable_ids(store, [i for i in ids if i in known], old_ids, by_report)
    added = {e.id for r in new for e in by_report.get(r.id, ())}
    band_keys = keys_of(new)  # MinHash band keys: duplicate candidates are found by lookup
    block_keys = key_rows((r.id, e) for r in new for e in by_report.get(r.id, ()))  # merge blocking
    merged = 0
    with store.transaction():
        bands = DuplicateBands(store)
        old_links = bands.stored() if new and stored else {}  # before the rewrite clears them
        store.write_reports(new, by_report, result.failures)
        _settle_reviews(store, gone)
        bands.write(band_keys)
        BlockIndex(store).write_keys(block_keys, replace=ids)
        if new and merge is None and stored and store.count():
            merged = remerge(store, touched(added, removed, fresh=ids, old_links=old_links))
        elif new or not store.count():
            merged = remerge(store, EVERYTHING, merge=merge)
    return {"reports_new": len(new), "reports_unchanged": len(result.reports) - len(new),
            "failures": len(result.failures), "events": merged}


def _stable_ids(store: Store, rewritten: list[str], old_ids: dict[str, str],
                by_report: dict[str, list[Event]]) -> dict[str, Event]:
    """Give the new events of the ``rewritten`` reports the ids of the stored events they tell
    again (``curate.identity``), new ones ids no review names (also when the stored version had
    no event); returns the stored events that are gone, by id."""
    if not rewritten:
        return {}
    old = store.report_events(old_ids)
    log = ReviewLog(store)
    gone: dict[str, Event] = {}
    for rid in sorted(rewritten):
        mine = {i: ev for i, ev in old.items() if old_ids[i] == rid}
        by_report[rid], lost = renumber(rid, mine, by_report.get(rid, []), log.named_ids(rid + "#"))
        gone.update((i, mine[i]) for i in lost)
    return gone


def _settle_reviews(store: Store, gone: dict[str, Event]) -> None:
    """Reviews anchored on events that are gone: moved to the smallest member still stored of the
    merged event they were in (another report still tells it), else audited as orphaned."""
    log = ReviewLog(store)
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    for anchor in sorted(log.reviewed(sorted(gone))):
        merged = store.event_with_member(anchor)
        alive = sorted(set(store.report_events(merged.members)) - set(gone)) if merged else []
        if alive:
            log.reanchor(anchor, alive[0])
            continue
        report = gone[anchor].sources[0].report if gone[anchor].sources else anchor.rsplit("#", 1)[0]
        log.audit(merged.id if merged else anchor, anchor, "orphaned", None, describe(gone[anchor]), None,
                  "strikewatch", f"report {report} was updated and no longer tells this event", now)
