"""The team's blind general-news probe (data/relevance/blind_*.jsonl): 200 texts written at stop 23 the
way a newsroom's day arrives (wire stories, local news, business, science, courts, weather, obituaries),
150 telling no event (crime, accidents, politics and business, words in other senses, history, threats,
sport, other; 91 of them with violent-sounding words) and 50 telling 60 recent events, often buried in
stories about something else. First read before any rule was written for it: silent 0.9533, found
0.90, event precision 0.8525; the floors below hold today's figures."""
import json
from pathlib import Path

import pytest

from strikewatch.eval.score_relevance import score_relevance, text_reports
from strikewatch.pipeline import load_pipeline

DATA = Path(__file__).resolve().parents[2] / "data" / "relevance"
CAUSES = {"crime", "word_sense", "accident_disaster", "politics_business", "irrealis", "historical", "sport", "other"}


def _rows(name):
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_label_has_its_text_and_every_event_its_place():
    texts = {r["id"]: r for r in _rows("blind_texts.jsonl")}
    labels = _rows("blind_labels.jsonl")
    assert len(labels) == len(texts) == 200 and {lab["id"] for lab in labels} == set(texts)
    for lab in labels:
        if lab["in_scope"]:
            assert lab["events"] and all(e["place"] in texts[lab["id"]]["text"] for e in lab["events"]), lab["id"]
        else:
            assert lab["cause"] in CAUSES and not lab["events"], lab["id"]
    assert sum(lab["in_scope"] for lab in labels) == 50


@pytest.mark.issue(16)
def test_the_pipeline_is_silent_on_a_days_general_news_and_finds_buried_events():
    labels = _rows("blind_labels.jsonl")
    result = load_pipeline().run(text_reports(_rows("blind_texts.jsonl")), merge=False)
    by_article: dict[str, list] = {}
    for event in result.report_events:
        by_article.setdefault(event.sources[0].report, []).append(event)
    scores = score_relevance(labels, by_article)
    assert scores["article"]["out_of_scope_silent"] >= 0.95  # 0.98 now (0.9533 when first read)
    assert scores["article"]["in_scope_found"] >= 0.86  # 0.90 now
    assert scores["event_precision"] >= 0.88  # 0.9286 now (0.8525 when first read)
