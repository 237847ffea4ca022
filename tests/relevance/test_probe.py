"""The team's judged relevance probe (data/relevance/probe_*.jsonl) is well formed: every label has its
brief, every out-of-scope brief a cause, every in-scope one the kinds of its events."""
import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data" / "relevance"
CAUSES = {"crime", "word_sense", "accident_disaster", "politics_business", "irrealis", "historical", "sport", "other"}


def _rows(name):
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_label_has_its_brief_and_a_kind_of_verdict():
    texts = {r["id"]: r for r in _rows("probe_briefs.jsonl")}
    labels = _rows("probe_labels.jsonl")
    assert len(labels) == len(texts) == 400 and {lab["id"] for lab in labels} == set(texts)
    for lab in labels:
        if lab["in_scope"]:
            assert lab["events"] and all(e["sub_event_type"] for e in lab["events"]), lab["id"]
        else:
            assert lab["cause"] in CAUSES and not lab["events"], lab["id"]
    assert sum(lab["in_scope"] for lab in labels) == 80
