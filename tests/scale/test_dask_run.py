import sys

import pytest

from strikewatch.bench.synth import write_corpus
from strikewatch.ingest import read_reports
from strikewatch.models import Event, Evidence, Location, Report, Source
from strikewatch.scale.dask_run import PartitionResult, combine, partitions, read_partition, run_dask


def _toy_extract(items):
    """A cheap, deterministic per-partition function: one event per report, placed by its title."""
    out = PartitionResult()
    for r in items:
        if not isinstance(r, Report):
            out.failures.append(r)
            continue
        word = r.title.split()[-1]
        start = r.text.index(word)
        out.reports.append(r)
        out.report_events.append(Event(
            id=f"{r.id}#0", event_type="Battles", sub_event_type="Armed clash", date=str(r.published),
            date_precision="day", location=Location(word, "Nowhere", lat=1.0, lon=2.0),
            sources=[Source(r.id, {"location": [Evidence(r.id, start, start + len(word), word)]}, r.outlet,
                            r.published)],
            members=[f"{r.id}#0"]))
    return out


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "reports.jsonl"
    truths = write_corpus(path, 45, seed=3)
    return path, truths


def test_partitions_read_the_same_reports_in_order(corpus):
    path, truths = corpus
    parts = partitions([path], lines_per_partition=20)
    assert [(p.start, p.stop) for p in parts] == [(0, 20), (20, 40), (40, 45)]
    read = [r for p in parts for r in read_partition(p)]
    single = list(read_reports([path]))
    assert [r.id for r in read] == [t.report_id for t in truths] == [r.id for r in single]
    assert all(a.text == b.text and a.published == b.published and a.clean == b.clean for a, b in zip(read, single))


def test_dask_run_equals_in_process_combine(corpus):
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the test module is not importable on workers
    path, _ = corpus
    local = combine([_toy_extract(list(read_reports([path])))])
    dist = run_dask([path], workers=2, extract=_toy_extract, lines_per_partition=10)
    assert [e.to_dict() for e in dist.events] == [e.to_dict() for e in local.events]
    assert len(dist.report_events) == 45 and len(dist.events) == len(local.events) < 45
    assert dist.duplicates == local.duplicates


def test_duplicate_ids_across_partitions_fail_once(tmp_path):
    write_corpus(tmp_path / "a.jsonl", 5, seed=1)
    (tmp_path / "b.jsonl").write_text((tmp_path / "a.jsonl").read_text().splitlines()[0] + "\n")
    parts = partitions([tmp_path / "a.jsonl", tmp_path / "b.jsonl"])
    result = combine([_toy_extract(read_partition(p)) for p in parts])
    assert len(result.reports) == 5 and [f.code for f in result.failures] == ["duplicate_id"]


def _pipeline_equivalence(tmp_path, n_reports):
    from strikewatch.pipeline import load_pipeline

    path = tmp_path / "reports.jsonl"
    write_corpus(path, n_reports, seed=5)
    single = load_pipeline().run(read_reports([path]))
    dist = run_dask([path], workers=2, lines_per_partition=max(10, n_reports // 6))
    assert [e.to_dict() for e in dist.events] == [e.to_dict() for e in single.events]
    assert [e.to_dict() for e in dist.report_events] == [e.to_dict() for e in single.report_events]
    assert dist.duplicates == single.duplicates and len(dist.reports) == n_reports


def test_dask_equals_single_process_pipeline(tmp_path):
    _pipeline_equivalence(tmp_path, 24)


@pytest.mark.slow
def test_dask_equals_single_process_pipeline_few_hundred(tmp_path):
    _pipeline_equivalence(tmp_path, 300)


def _mixed_folder(root):
    """A folder as users leave them: reports of every kind, a README, a meta file, a bad line."""
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    d = root / "reports"
    d.mkdir()
    (d / "README.md").write_text("# Field reports\n\nCollected by the desk; see meta.jsonl.\n", encoding="utf-8")
    (d / "a_bridge.txt").write_text("Bridge hit\n\nWarplanes struck a bridge near Mosul on Monday, killing "
                                    "two guards, officials said.\n", encoding="utf-8")
    (d / "b_market.txt").write_text("Market shelled\n\nArtillery shells hit a market in Aleppo on 3 May, "
                                    "wounding five people.\n", encoding="utf-8")
    (d / "meta.jsonl").write_text(json.dumps({"file": "a_bridge.txt", "published": "2024-05-08",
                                              "outlet": "River Post"}) + "\n", encoding="utf-8")
    lines = [{"id": "j1", "text": "Gunmen attacked a police post in Kandahar on Friday.", "published": "2024-05-05"},
             {"id": "j2", "text": "Protesters marched in Sanaa.", "outlet": {"bad": True}}]
    (d / "c.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    pq.write_table(pa.table({"id": ["p1"], "text": ["A drone strike hit a car in Idlib on Sunday."],
                             "published": ["2024-05-06"]}), d / "d.parquet")
    return d


@pytest.mark.issue(19)
def test_partitions_of_a_folder_read_what_read_reports_reads(tmp_path):
    d = _mixed_folder(tmp_path)
    parts = partitions([d], lines_per_partition=1, files_per_partition=1)
    assert [(p.kind, p.names or (p.start, p.stop)) for p in parts] == [
        ("files", ("a_bridge.txt",)), ("files", ("b_market.txt",)), ("jsonl", (0, 1)), ("jsonl", (1, 2)),
        ("parquet", (0, 1))]
    key = lambda i: (i.id, i.text, i.published, i.outlet) if isinstance(i, Report) else i.to_dict()  # noqa: E731
    assert [key(i) for p in parts for i in read_partition(p)] == [key(i) for i in read_reports([d])]


@pytest.mark.issue(19)
def test_extract_dask_equals_single_process_on_a_folder(tmp_path):
    import json

    from click.testing import CliRunner

    from strikewatch.cli import main

    d = _mixed_folder(tmp_path)
    single = CliRunner().invoke(main, ["extract", str(d), "-o", str(tmp_path / "single.jsonl")])
    dist = CliRunner().invoke(main, ["extract", str(d), "--dask", "--workers", "1", "-o", str(tmp_path / "dask.jsonl")])
    assert single.exit_code == dist.exit_code == 1, single.output + dist.output  # j2 refused (outlet)
    assert "4 report(s) processed, 1 failed" in single.output and "4 report(s) processed, 1 failed" in dist.output
    events = (tmp_path / "single.jsonl").read_text(encoding="utf-8")
    assert events == (tmp_path / "dask.jsonl").read_text(encoding="utf-8")
    assert {s["report"] for line in events.splitlines() for s in json.loads(line)["sources"]} \
        <= {"a_bridge", "b_market", "j1", "p1"}
