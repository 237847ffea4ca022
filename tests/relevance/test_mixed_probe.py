"""The team's mixed-genre probe (data/relevance/mixed_*.jsonl): 240 texts written at stop 23 in genres
the earlier probes lack (local news, press releases, humanitarian situation reports, live blogs, radio
bulletins, translated wires, bare headlines, opinion columns), and measured before any rule was
written for them: 160 tell no event (crime, accidents and disasters, politics and business, words in
other senses, history, threats and plans, other), 80 tell 87 recent events of every ACLED sub-event
type. Its first reading (silent 0.856, found 0.8625, event precision 0.705) is where general news
still fails; the floors below hold today's figures, not the targets of issue 16."""
import json
from pathlib import Path

import pytest

from strikewatch.eval.score_relevance import score_relevance, text_reports
from strikewatch.pipeline import load_pipeline

DATA = Path(__file__).resolve().parents[2] / "data" / "relevance"
CAUSES = {"crime", "word_sense", "accident_disaster", "politics_business", "irrealis", "historical", "other"}


def _rows(name):
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_label_has_its_text_and_every_event_its_place():
    texts = {r["id"]: r for r in _rows("mixed_texts.jsonl")}
    labels = _rows("mixed_labels.jsonl")
    assert len(labels) == len(texts) == 240 and {lab["id"] for lab in labels} == set(texts)
    for lab in labels:
        if lab["in_scope"]:
            assert lab["events"] and all(e["place"] in texts[lab["id"]]["text"] for e in lab["events"]), lab["id"]
        else:
            assert lab["cause"] in CAUSES and not lab["events"], lab["id"]
    assert sum(lab["in_scope"] for lab in labels) == 80


@pytest.mark.issue(16)
def test_the_pipeline_is_mostly_silent_on_non_events_in_every_genre():
    labels = _rows("mixed_labels.jsonl")
    result = load_pipeline().run(text_reports(_rows("mixed_texts.jsonl")), merge=False)
    by_article: dict[str, list] = {}
    for event in result.report_events:
        by_article.setdefault(event.sources[0].report, []).append(event)
    scores = score_relevance(labels, by_article)
    assert scores["article"]["out_of_scope_silent"] >= 0.88  # 0.9062 now (0.856 when first read)
    assert scores["article"]["in_scope_found"] >= 0.85  # 0.8875 now (0.8625 when first read)
    assert scores["event_precision"] >= 0.76  # 0.7978 now (0.705 when first read)
