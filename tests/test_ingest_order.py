"""Ingesting reports one at a time, in any order, gives the same events (same ids) as all at once."""
from __future__ import annotations

import itertools
import json
import random

import pytest

from strikewatch.ingest import read_reports
from strikewatch.models import Report
from strikewatch.curate import save_run
from strikewatch.store import open_store


@pytest.fixture(scope="module")
def pipeline():
    from strikewatch.pipeline import load_pipeline

    return load_pipeline()


def _snapshot(store) -> list[str]:
    out = []
    for e in store.events():
        out.append(json.dumps(e.to_dict(), sort_keys=True))
    return out


def _ingest_one_by_one(pipeline, reports: list[Report]) -> list[str]:
    with open_store(":memory:") as store:
        for r in reports:
            save_run(store, pipeline.run([r], merge=False))
        return _snapshot(store)


def _ingest_all(pipeline, reports: list[Report]) -> list[str]:
    with open_store(":memory:") as store:
        save_run(store, pipeline.run(reports, merge=False))
        again = save_run(store, pipeline.run(reports, merge=False))
        assert again["reports_new"] == 0  # re-ingesting is a no-op
        return _snapshot(store)


@pytest.mark.shared
def test_seeds_in_every_order(pipeline, shared_dir):
    reports = [r for r in read_reports([shared_dir / "corpus" / "seeds"]) if isinstance(r, Report)]
    expected = _ingest_all(pipeline, reports)
    assert expected
    for order in itertools.permutations(reports):
        assert _ingest_one_by_one(pipeline, list(order)) == expected


def test_examples_in_shuffled_orders(pipeline):
    from strikewatch.cli.demo import examples_dir

    reports = [r for r in read_reports([examples_dir() / "reports"]) if isinstance(r, Report)]
    expected = _ingest_all(pipeline, reports)
    rng = random.Random(7)
    for _ in range(3):
        order = reports[:]
        rng.shuffle(order)
        assert _ingest_one_by_one(pipeline, order) == expected
