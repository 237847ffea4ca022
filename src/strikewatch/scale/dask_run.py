"""Extraction on a Dask cluster: partitions of reports -> per-report events on workers -> merge on the client.

Input is found by the same rule as every other entry point
(:func:`strikewatch.ingest.discover`) and split into partitions without reading it
on the client: every JSONL file becomes chunks of ``lines_per_partition`` lines,
every Parquet file one partition per row group, each folder's .txt/.html files
groups of ``files_per_partition``. Each worker reads its partitions itself (so on
a real cluster the paths must be on storage every worker sees), loads the pipeline once per process (module-level
cache) and returns per-report events. The client then drops duplicate ids,
detects duplicate reports and merges exactly as ``Pipeline.run`` does, so the
output equals the single-process run.

The per-partition function is injectable (``extract=``) for tests and for
other extraction back ends; it maps a list of reports to a ``PartitionResult``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Event, Report, ReportFailure, RunResult

LINES_PER_PARTITION = 200
FILES_PER_PARTITION = 50


@dataclass(frozen=True, slots=True)
class Partition:
    """A slice of the input that one task reads: ``kind`` is jsonl (lines ``start:stop``), parquet
    (row groups ``start:stop``), files (``names`` in the folder ``path``) or missing."""

    path: str
    kind: str
    start: int = 0
    stop: int = 0
    names: tuple[str, ...] = ()


@dataclass(slots=True)
class PartitionResult:
    """What a worker sends back for one partition (reports slimmed to what duplicate detection needs)."""

    reports: list[Report] = field(default_factory=list)
    report_events: list[Event] = field(default_factory=list)
    failures: list[ReportFailure] = field(default_factory=list)


Extractor = Callable[[list[Report | ReportFailure]], PartitionResult]


def partitions(paths: Iterable[str | Path], lines_per_partition: int = LINES_PER_PARTITION,
               files_per_partition: int = FILES_PER_PARTITION) -> list[Partition]:
    """The partitions of the files :func:`strikewatch.ingest.discover` finds under ``paths``, in the
    order ``read_reports`` reads them: every JSONL file in chunks of lines, every Parquet file by row
    group, runs of .txt/.html files of one folder in groups of ``files_per_partition``."""
    from ..ingest import discover
    from ..ingest.jsonl import jsonl_file_failure
    from ..ingest.parquet import row_groups

    out: list[Partition] = []
    docs: list[Path] = []

    def flush() -> None:
        if docs:
            out.append(Partition(str(docs[0].parent), "files", names=tuple(p.name for p in docs)))
            docs.clear()

    for path, kind in discover(paths):
        if kind in ("text", "html"):
            if docs and (docs[0].parent != path.parent or len(docs) >= files_per_partition):
                flush()
            docs.append(path)
            continue
        flush()
        if kind == "jsonl" and jsonl_file_failure(path) is None:
            with path.open("rb") as fh:
                n = sum(1 for _ in fh)
            out.extend(Partition(str(path), "jsonl", i, min(n, i + lines_per_partition))
                       for i in range(0, n, lines_per_partition))
        elif kind == "jsonl":  # the whole file fails: one partition reports it
            out.append(Partition(str(path), "jsonl", 0, 1))
        elif kind == "parquet":
            groups = row_groups(path)
            out.extend(Partition(str(path), "parquet", g, g + 1) for g in range(groups))
        else:
            out.append(Partition(str(path), kind))
    flush()
    return out


def read_partition(part: Partition, published=None) -> list[Report | ReportFailure]:
    """The reports (or ingest failures) of one partition, as ``read_reports`` gives them."""
    from ..ingest import failure, file_kind, read_files
    from ..ingest.jsonl import jsonl_file_failure, read_jsonl_bytes
    from ..ingest.parquet import read_parquet
    from ..ingest.validate import printable

    path = Path(part.path)
    if part.kind == "files":
        return list(read_files([(path / n, file_kind(n) or "text") for n in part.names], published=published))
    if part.kind == "parquet":
        items = read_parquet(path, groups=range(part.start, part.stop), published=published)
    elif part.kind == "jsonl":
        bad = jsonl_file_failure(path)
        if bad is not None:
            return [failure(bad, path.stem)] if part.start == 0 else []
        with path.open("rb") as fh:  # binary: split on "\n" only, like read_jsonl_bytes
            raw = b"".join(line for i, line in enumerate(fh) if part.start <= i < part.stop)
        items = read_jsonl_bytes(raw, printable(path.name), first_line=part.start + 1, published=published)
    else:
        return list(read_files([(path, part.kind)], published=published))
    return [failure(i, path.name) if isinstance(i, Exception) else i for i in items]


_PIPELINES: dict[bool, object] = {}  # one pipeline per worker process (and per ``fast`` setting)


def _pipeline(fast: bool = False):
    if fast not in _PIPELINES:
        from ..pipeline import load_pipeline

        _PIPELINES[fast] = load_pipeline(fast=fast)
    return _PIPELINES[fast]


def extract_reports(items: list[Report | ReportFailure], fast: bool = False) -> PartitionResult:
    """The default per-partition function: the standard pipeline, bounded like the single-process
    run (:func:`strikewatch.bounded.run_bounded`), without the cross-report merge (``fast``: see
    ``load_pipeline``; bind it with ``functools.partial``)."""
    from ..bounded import run_bounded

    result = run_bounded(_pipeline(fast), items, merge=False)
    slim = [Report(id=r.id, text=r.text, title=r.title, published=r.published, outlet=r.outlet, url=r.url)
            for r in result.reports]
    return PartitionResult(slim, result.report_events, result.failures)


def _task(part: Partition, published, extract: Extractor) -> PartitionResult:
    return extract(read_partition(part, published))


def combine(results: Iterable[PartitionResult], *, merge: bool = True) -> RunResult:
    """Partition results (in input order) -> a RunResult like ``Pipeline.run``'s."""
    from ..pipeline import merge_run

    out = RunResult()
    seen: set[str] = set()
    for part in results:
        out.failures.extend(part.failures)
        by_report: dict[str, list[Event]] = {}
        for ev in part.report_events:
            by_report.setdefault(ev.sources[0].report if ev.sources else "", []).append(ev)
        for r in part.reports:
            if r.id in seen:
                out.failures.append(ReportFailure(r.id, "ingest", "duplicate_id",
                                                  f"{r.id}: a report with this id was already read"))
                continue
            seen.add(r.id)
            out.reports.append(r)
            out.report_events.extend(by_report.get(r.id, []))
    return merge_run(out) if merge else out


def run_dask(paths: Iterable[str | Path], *, scheduler: str | None = None, workers: int = 2,
             published=None, merge: bool = True, extract: Extractor = extract_reports,
             lines_per_partition: int = LINES_PER_PARTITION,
             progress: Callable[[int], None] | None = None) -> RunResult:
    """Extract ``paths`` on a Dask cluster (``scheduler`` address, or a LocalCluster of ``workers`` processes)."""
    from dask.distributed import Client, LocalCluster, as_completed

    parts = partitions(paths, lines_per_partition)
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        futures = [client.submit(_task, p, published, extract, pure=False) for p in parts]
        if progress:
            for _ in as_completed(futures):
                progress(1)
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return combine(results, merge=merge)

