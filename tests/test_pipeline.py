"""End to end: reports -> events, on the bundled examples and (when present) the seed corpus."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from strikewatch.eval.score_events import load_jsonl, score_events
from strikewatch.ingest import read_reports
from strikewatch.models import Report


@pytest.fixture(scope="session")
def pipeline():
    from strikewatch.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def examples_dir():
    from strikewatch.cli.demo import examples_dir

    return examples_dir()


@pytest.fixture(scope="session")
def example_run(pipeline, examples_dir):
    return pipeline.run(read_reports([examples_dir / "reports"]))


def test_every_evidence_span_points_into_the_original_text(example_run):
    texts = {r.id: r.text for r in example_run.reports}
    n = 0
    for event in example_run.events:
        for source in event.sources:
            for spans in source.evidence.values():
                for ev in spans:
                    assert texts[source.report][ev.start:ev.end] == ev.text
                    n += 1
    assert n > 50


def test_examples_against_their_gold(example_run, examples_dir):
    gold = load_jsonl(examples_dir / "gold.jsonl")
    scores = score_events(gold, [e.to_dict() for e in example_run.events])
    assert scores["recall"] >= 0.9, scores["details"]
    assert scores["precision"] >= 0.9, scores["spurious"]
    fields = scores["fields"]
    for name in ("event_type", "sub_event_type", "date", "location"):
        assert fields[name]["accuracy"] >= 0.9, (name, scores["details"])


def test_no_events_from_threats_and_negations(example_run):
    assert not [e for e in example_run.events if "11_threats_only" in e.report_ids]


def test_duplicate_story_is_linked_not_double_counted(example_run):
    assert example_run.duplicates == {"02_raqqa_depots_wire": "01_raqqa_depots"}
    raqqa = [e for e in example_run.events if "01_raqqa_depots" in e.report_ids]
    assert len(raqqa) == 1 and raqqa[0].report_ids == ["01_raqqa_depots", "02_raqqa_depots_wire"]


def test_report_without_publication_date_is_processed(pipeline):
    r = Report(id="nodate", text="Gunmen killed four villagers near Maiduguri on Sunday.")
    result = pipeline.run([r])
    assert not result.failures and result.events
    assert result.events[0].date is None


def test_run_is_order_independent(pipeline, examples_dir):
    reports = [r for r in read_reports([examples_dir / "reports"]) if isinstance(r, Report)]
    a = pipeline.run(reports)
    b = pipeline.run(list(reversed(reports)))
    dump = lambda res: [json.dumps(e.to_dict(), sort_keys=True) for e in res.events]  # noqa: E731
    assert dump(a) == dump(b)


@pytest.mark.shared
def test_seed_corpus_acceptance(pipeline, shared_dir):
    result = pipeline.run(read_reports([shared_dir / "corpus" / "seeds"]))
    assert not result.failures
    gold = load_jsonl(shared_dir / "gold" / "seeds" / "events.jsonl")
    scores = score_events(gold, [e.to_dict() for e in result.events])
    assert scores["matched_type_date_location"] >= 10, scores["details"]
