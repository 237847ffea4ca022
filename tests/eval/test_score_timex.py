"""TempEval-3 style timex scoring on a tiny invented gold set."""
from __future__ import annotations

import json

import pytest

from strikewatch.errors import EvalError
from strikewatch.eval.score_timex import evaluate_timex, match_doc, score_timex

TEXT = "Troops left on Monday and returned two weeks later, last month."
GOLD = [{"id": "d1", "corpus": "toy", "dct": "2016-10-24", "text": TEXT, "timexes": [
    {"start": 15, "end": 21, "text": "Monday", "type": "DATE", "value": "2016-10-24"},
    {"start": 35, "end": 50, "text": "two weeks later", "type": "DATE", "value": "2016-W45"},
    {"start": 52, "end": 62, "text": "last month", "type": "DATE", "value": "2016-09"},
]}]


def _pred(*timexes):
    return [{"id": "d1", "timexes": list(timexes)}]


def test_strict_relaxed_value_and_type():
    pred = _pred(
        {"start": 12, "end": 21, "type": "DATE", "value": "2016-10-24"},          # relaxed only
        {"start": 35, "end": 44, "type": "DURATION", "value": "P2W"},            # relaxed, wrong value/type
        {"start": 52, "end": 62, "type": "DATE", "value": "2016-09"},             # exact
        {"start": 0, "end": 6, "type": "DATE", "value": "PAST_REF"},              # false positive
    )
    s = score_timex(GOLD, pred)["overall"]
    assert (s["gold"], s["pred"]) == (3, 4)
    assert s["strict"] == {"p": 0.25, "r": 0.3333, "f1": 0.2857}
    assert s["relaxed"] == {"p": 0.75, "r": 1.0, "f1": 0.8571}
    assert s["value"] == {"p": 0.5, "r": 0.6667, "f1": 0.5714}
    assert s["type"]["f1"] == 0.5714
    assert s["type_accuracy"] == 0.6667


def test_one_to_one_matching_and_missing_prediction():
    gold = GOLD[0]["timexes"]
    pairs = match_doc(gold, [{"start": 10, "end": 60, "type": "DATE", "value": "x"}])
    assert len(pairs) == 1
    with pytest.raises(EvalError):
        score_timex(GOLD, [])


def test_evaluate_runs_the_tagger():
    scores = evaluate_timex(GOLD)
    assert scores["by_corpus"]["toy"]["relaxed"]["f1"] == 1.0
    assert scores["overall"]["value"]["r"] == 1.0


@pytest.mark.shared
def test_dev_set_floor(shared_dir):
    path = shared_dir / "eval" / "timex" / "dev.jsonl"
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    overall = evaluate_timex(docs)["overall"]
    assert overall["relaxed"]["f1"] >= 0.94
    assert overall["value"]["f1"] >= 0.80
