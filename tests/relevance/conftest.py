"""The team's relevance probes (data/relevance/<name>_*.jsonl): their rows, and the pipeline's scores on them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "data" / "relevance"
CAUSES = {"crime", "word_sense", "accident_disaster", "politics_business", "irrealis", "historical", "sport", "other"}


def rows(name: str) -> list[dict]:
    """The JSON lines of ``data/relevance/<name>``."""
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def probe_rows():
    return rows


@pytest.fixture(scope="session")
def probe_scores():
    """``scores(labels_file, texts_file)``: ``score_relevance`` of the pipeline's events on a probe."""
    from strikewatch.eval.score_relevance import score_relevance, text_reports
    from strikewatch.pipeline import load_pipeline

    def scores(labels: str, texts: str) -> dict:
        result = load_pipeline().run(text_reports(rows(texts)), merge=False)
        by_article: dict[str, list] = {}
        for event in result.report_events:
            by_article.setdefault(event.sources[0].report, []).append(event)
        return score_relevance(rows(labels), by_article)

    return scores


@pytest.fixture(scope="session")
def check_probe():
    """``check(labels_file, texts_file, n, n_in)``: every label has its text, every out-of-scope one a
    cause, every in-scope one events whose places (when given) are words of its text."""
    def check(labels_name: str, texts_name: str, n: int, n_in: int) -> list[dict]:
        texts = {r["id"]: r for r in rows(texts_name)}
        labels = rows(labels_name)
        assert len(labels) == len(texts) == n and {lab["id"] for lab in labels} == set(texts)
        for lab in labels:
            if lab["in_scope"]:
                assert lab["events"] and all(e["sub_event_type"] for e in lab["events"]), lab["id"]
                assert all(e.get("place") is None or e["place"] in texts[lab["id"]]["text"] for e in lab["events"]), lab["id"]
            else:
                assert lab["cause"] in CAUSES and not lab["events"], lab["id"]
        assert sum(lab["in_scope"] for lab in labels) == n_in
        return labels

    return check
