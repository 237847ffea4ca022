"""Bounded extraction: long reports in pieces, and a time budget per report.

``run_bounded(pipeline, items)`` is ``Pipeline.run`` for input nobody vouches for (the CLI,
Dask workers and the watcher use it). Reports up to ``max_chars`` characters of clean
text go through ``Pipeline.run`` in batches as usual. A longer one (a 3 MB single-line
report is under the 5 MB cap) is cut by :func:`split_report` into pieces of at most
``max_chars`` at paragraph, sentence or word breaks; each piece is a Report of the same
id and original text whose clean text is one slice of the report's, so every stage sees
a bounded text (spaCy's ``max_length`` is never reached, and the cost of a stage that is
superlinear in its text stays that of one piece) and evidence still points into the
report's original text. Pieces are extracted in order and their events numbered on
(``<report>#0``, ``#1``, ...); what one piece says is not context for the next (an
anchor date, the report's main place), which is the price of bounding it. Before each
piece the report's clock is checked: once ``budget`` seconds are spent the report fails
with the code ``time_budget`` and the batch goes on.

A bug that a report sets off (an exception other than ``StrikewatchError``) must not cost
the batch either (nor stall a watcher that would meet the same report on every cycle): a
batch that raises is run again report by report, and the report that raises alone fails
with the code ``internal_error``, its traceback logged. ``pipeline.on_error == "raise"``
lets every error through.
"""
from __future__ import annotations

import logging
import re
import time
from array import array
from collections.abc import Callable, Iterable

from .models import Event, Report, ReportFailure, RunResult
from .pipeline import Pipeline, merge_run

log = logging.getLogger("strikewatch.bounded")

MAX_CHARS = 30_000  # clean characters per piece: above any news article, far below spaCy's max_length
TIME_BUDGET = 120.0  # seconds of extraction per long report
_SENTENCE_END = re.compile(r"[.!?][\"')\]”’]*\s+")


def split_report(report: Report, max_chars: int = MAX_CHARS) -> list[Report]:
    """``report`` itself if its clean text is short enough, else its pieces (see module docstring)."""
    clean = report.clean
    if len(clean) <= max_chars:
        return [report]
    offsets = array("q", report.offsets)
    pieces, start = [], 0
    while start < len(clean):
        end = _cut(clean, start, max_chars)
        pieces.append(Report(id=report.id, text=report.text, clean=clean[start:end], offsets=offsets[start:end + 1],
                             title=report.title, body_start=max(0, report.body_start - start),
                             published=report.published, outlet=report.outlet, url=report.url, path=report.path))
        start = end
    return pieces


def _cut(text: str, start: int, max_chars: int) -> int:
    """Where the piece from ``start`` ends: the last paragraph break, else sentence end, else space in
    the second half of the window, else the window's end."""
    end = start + max_chars
    if end >= len(text):
        return len(text)
    half = start + max_chars // 2
    cut = text.rfind("\n\n", half, end)
    if cut >= 0:
        return cut + 2
    last = None
    for last in _SENTENCE_END.finditer(text, half, end):
        pass
    if last is not None:
        return last.end()
    cut = text.rfind(" ", half, end)
    return cut + 1 if cut >= 0 else end


def run_bounded(pipeline: Pipeline, items: Iterable[Report | ReportFailure], *, merge: bool = True,
                progress: Callable[[int], None] | None = None, seen: set[str] | None = None,
                max_chars: int = MAX_CHARS, budget: float = TIME_BUDGET,
                clock: Callable[[], float] = time.monotonic) -> RunResult:
    """Like ``pipeline.run``, with long reports in pieces and a time budget each (see module docstring)."""
    result = RunResult()
    seen = set() if seen is None else seen
    short: list[Report | ReportFailure] = []

    def flush() -> None:
        if short:
            _extend(result, _run_isolated(pipeline, short, progress, seen))
            short.clear()

    for item in items:
        if isinstance(item, ReportFailure) or len(item.clean) <= max_chars or item.id in seen:
            short.append(item)  # failures and repeated ids are recorded by pipeline.run, in order
            continue
        flush()
        seen.add(item.id)
        _extend(result, _run_long(pipeline, item, max_chars, budget, clock))
        if progress:
            progress(1)
    flush()
    return merge_run(result) if merge else result


def _run_long(pipeline: Pipeline, report: Report, max_chars: int, budget: float,
              clock: Callable[[], float]) -> RunResult:
    """One long report, piece by piece, against its budget; its events numbered across pieces."""
    out = RunResult()
    started = clock()
    events: list[Event] = []
    for piece in split_report(report, max_chars):
        spent = clock() - started
        if spent > budget:
            done = piece.offsets[0]  # where the piece starts in the original text
            out.failures.append(ReportFailure(report.id, "extract", "time_budget",
                                              f"{report.id}: extraction stopped after {spent:.0f} s (budget "
                                              f"{budget:.0f} s) at character {done:,} of {len(report.text):,}; "
                                              f"split the report or raise the budget"))
            return out
        got = _run_isolated(pipeline, [piece], None, set())
        if got.failures:
            out.failures.extend(got.failures[:1])
            return out
        events.extend(got.report_events)
    positional = re.compile(re.escape(report.id) + r"#\d+")
    for n, event in enumerate(events):
        if positional.fullmatch(event.id):  # each piece counts from #0
            event.id = f"{report.id}#{n}"
    out.reports.append(report)
    out.report_events.extend(events)
    return out


def _run_isolated(pipeline: Pipeline, items: list[Report | ReportFailure],
                  progress: Callable[[int], None] | None, seen: set[str]) -> RunResult:
    """``pipeline.run`` on ``items``; if it raises a bug, each report again alone (see module docstring)."""
    before = set(seen)
    try:
        return pipeline.run(items, merge=False, progress=progress, seen=seen)
    except Exception as exc:
        if pipeline.on_error == "raise":
            raise
        if len(items) == 1:
            return _internal_error(items[0], exc, progress)
    seen.clear()
    seen.update(before)
    out = RunResult()
    for item in items:
        try:
            _extend(out, pipeline.run([item], merge=False, progress=progress, seen=seen))
        except Exception as exc:
            _extend(out, _internal_error(item, exc, progress))
    return out


def _internal_error(report: Report, exc: Exception, progress: Callable[[int], None] | None) -> RunResult:
    """A report that set off a bug: logged with its traceback and recorded; the batch goes on."""
    log.error("report %s: extraction failed", report.id, exc_info=exc)
    if progress:
        progress(1)
    return RunResult(failures=[ReportFailure(report.id, "extract", "internal_error",
                                             f"{report.id}: extraction failed ({type(exc).__name__}: {exc}); "
                                             f"this is a bug in strikewatch, please report it")])


def _extend(result: RunResult, part: RunResult) -> None:
    result.reports.extend(part.reports)
    result.report_events.extend(part.report_events)
    result.failures.extend(part.failures)
