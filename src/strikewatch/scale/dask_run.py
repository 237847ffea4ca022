"""Extraction on a Dask cluster: partitions of reports -> per-report events on workers -> merge on the client.

Input is split into partitions without reading it on the client: every JSONL
file becomes chunks of ``lines_per_partition`` lines, every Parquet file one
partition per row group, every folder of .txt/.html files one partition. Each
worker reads its partitions itself (so on a real cluster the paths must be on
storage every worker sees), loads the pipeline once per process (module-level
cache) and returns per-report events. The client then drops duplicate ids,
detects duplicate reports and merges exactly as ``Pipeline.run`` does, so the
output equals the single-process run.

The per-partition function is injectable (``extract=``) for tests and for
other extraction back ends; it maps a list of reports to a ``PartitionResult``.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Event, Report, ReportFailure, RunResult

LINES_PER_PARTITION = 200
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass(frozen=True, slots=True)
class Partition:
    """A slice of the input that one task reads: ``kind`` is jsonl (lines), parquet (row group) or path."""

    path: str
    kind: str
    start: int = 0
    stop: int = 0


@dataclass(slots=True)
class PartitionResult:
    """What a worker sends back for one partition (reports slimmed to what duplicate detection needs)."""

    reports: list[Report] = field(default_factory=list)
    report_events: list[Event] = field(default_factory=list)
    failures: list[ReportFailure] = field(default_factory=list)


Extractor = Callable[[list[Report | ReportFailure]], PartitionResult]


def partitions(paths: Iterable[str | Path], lines_per_partition: int = LINES_PER_PARTITION) -> list[Partition]:
    """The partitions of ``paths``, in the order ``read_reports`` would read them."""
    out: list[Partition] = []
    for path in map(Path, paths):
        if path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
            with path.open("rb") as fh:
                n = sum(1 for _ in fh)
            out.extend(Partition(str(path), "jsonl", i, min(n, i + lines_per_partition))
                       for i in range(0, n, lines_per_partition))
        elif path.suffix.lower() == ".parquet" and path.is_file():
            import pyarrow.parquet as pq

            groups = pq.ParquetFile(path).num_row_groups
            out.extend(Partition(str(path), "parquet", g, g + 1) for g in range(groups))
        elif path.is_dir() and any(p.suffix.lower() in JSONL_SUFFIXES | {".parquet"} for p in path.iterdir()):
            children = sorted(p for p in path.iterdir() if p.is_file() and p.name != "meta.jsonl")
            out.extend(partitions(children, lines_per_partition))
        else:
            out.append(Partition(str(path), "path"))
    return out


def read_partition(part: Partition, published=None) -> list[Report | ReportFailure]:
    """The reports (or ingest failures) of one partition, as ``read_reports`` would give them."""
    from ..ingest import MAX_REPORT_BYTES, read_reports
    from ..ingest.jsonl import read_jsonl_lines

    if part.kind == "path":
        return list(read_reports([part.path], published=published))
    name = Path(part.path).name
    if part.kind == "jsonl":
        with open(part.path, "rb") as fh:  # binary: split on "\n" only, like read_jsonl_lines
            raw = b"".join(line for i, line in enumerate(fh) if part.start <= i < part.stop)
        # pad with the skipped lines as blanks so that error messages keep the file's line numbers
        text = "\n" * part.start + raw.decode("utf-8-sig" if part.start == 0 else "utf-8", errors="replace")
    else:
        import pyarrow.parquet as pq

        rows = pq.ParquetFile(part.path).read_row_group(part.start).to_pylist()
        text = "\n".join(json.dumps(r, ensure_ascii=False, default=str) for r in rows)
    out: list[Report | ReportFailure] = []
    for item in read_jsonl_lines(text, name, published=published):
        if isinstance(item, Exception):
            out.append(ReportFailure(item.report_id or name, "ingest", item.code, str(item)))
        elif len(item.text.encode("utf-8")) > MAX_REPORT_BYTES:
            out.append(ReportFailure(item.id, "ingest", "too_large",
                                     f"{item.id}: text exceeds the limit of {MAX_REPORT_BYTES / 1048576:.0f} MB"))
        else:
            out.append(item)
    return out


_PIPELINES: dict[bool, object] = {}  # one pipeline per worker process (and per ``fast`` setting)


def _pipeline(fast: bool = False):
    if fast not in _PIPELINES:
        from ..pipeline import load_pipeline

        _PIPELINES[fast] = load_pipeline(fast=fast)
    return _PIPELINES[fast]


def extract_reports(items: list[Report | ReportFailure], fast: bool = False) -> PartitionResult:
    """The default per-partition function: the standard pipeline without the cross-report merge
    (``fast``: see ``load_pipeline``; bind it with ``functools.partial``)."""
    result = _pipeline(fast).run(items, merge=False)
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

