"""The pipeline: reports -> spaCy Docs -> mentions -> per-report events -> merged events.

``Pipeline.run`` is the one batch entry point used by the CLI, the API and the
watchers. Per-report errors (``StrikewatchError``) become ``ReportFailure``
records and the batch goes on; ``on_error="raise"`` is the strict switch.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .errors import StrikewatchError
from .events import extract_events
from .events.notes import event_note
from .merge import find_duplicate_reports, merge_events
from .models import Event, Report, ReportFailure, RunResult
from .nlp import load_nlp
from .place import geoparse
from .time import find_timexes

CHUNK_CHARS = 50_000  # long texts are parsed in paragraph-aligned chunks to bound memory


@dataclass(slots=True)
class Pipeline:
    """Extraction over batches of reports (see module docstring)."""

    nlp: Language
    batch_size: int = 16
    on_error: str = "skip"  # or "raise"

    def docs(self, reports: list[Report]) -> Iterator[Doc]:
        """One Doc per report, of ``report.clean``; long texts in chunks."""
        short = [r.clean for r in reports if len(r.clean) <= CHUNK_CHARS]
        short_docs = iter(self.nlp.pipe(short, batch_size=self.batch_size))
        for r in reports:
            if len(r.clean) <= CHUNK_CHARS:
                yield next(short_docs)
            else:
                parts = list(self.nlp.pipe(_chunks(r.clean), batch_size=4))
                yield Doc.from_docs(parts, ensure_whitespace=False)

    def extract(self, report: Report, doc: Doc) -> list[Event]:
        """Per-report events for one report and its Doc."""
        timexes = find_timexes(report.clean, report.published)
        toponyms = geoparse(report.clean, doc=doc)
        return extract_events(report, doc, timexes, toponyms)

    def run(self, items: Iterable[Report | ReportFailure], *, merge: bool = True,
            progress: Callable[[int], None] | None = None) -> RunResult:
        """Extract every report; merge across reports unless ``merge=False``."""
        result = RunResult()
        batch: list[Report] = []
        seen: set[str] = set()
        for item in items:
            if isinstance(item, ReportFailure):
                result.failures.append(item)
                if progress:
                    progress(1)
                continue
            if item.id in seen:
                result.failures.append(ReportFailure(item.id, "ingest", "duplicate_id",
                                                     f"{item.id}: a report with this id was already read"))
                continue
            seen.add(item.id)
            batch.append(item)
            if len(batch) >= self.batch_size * 4:
                self._run_batch(batch, result, progress)
                batch = []
        self._run_batch(batch, result, progress)
        if merge:
            result.duplicates = find_duplicate_reports(result.reports)
            result.events = merge_events(result.report_events, duplicates=result.duplicates)
            for event in result.events:
                event.note = event_note(event)
        return result

    def _run_batch(self, batch: list[Report], result: RunResult,
                   progress: Callable[[int], None] | None) -> None:
        for report, doc in zip(batch, self.docs(batch)):
            try:
                events = self.extract(report, doc)
            except StrikewatchError as exc:
                if self.on_error == "raise":
                    raise
                result.failures.append(ReportFailure(report.id, "extract", exc.code, str(exc)))
            else:
                result.reports.append(report)
                result.report_events.extend(events)
            if progress:
                progress(1)


def load_pipeline(*, batch_size: int = 16, on_error: str = "skip") -> Pipeline:
    """The default pipeline with the packaged English model."""
    return Pipeline(load_nlp(), batch_size=batch_size, on_error=on_error)


def _chunks(text: str) -> list[str]:
    """Split at paragraph breaks into pieces of at most ~CHUNK_CHARS; pieces join back to ``text``."""
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        pieces.append(text[start:end])
        start = end
    return pieces
