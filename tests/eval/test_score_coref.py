"""Pairwise coref scores on tiny invented gold pairs."""
from __future__ import annotations

import pytest

from strikewatch.errors import EvalError
from strikewatch.eval.score_coref import read_pairs, score_coref


def _row(i: int, topic: int, same: bool) -> dict:
    return {"id": f"p{i}", "topic": topic, "a": {"doc": "d1", "text": "A flood hit the valley."},
            "b": {"doc": "d2", "text": "The valley flooded."}, "same_event": same}


def test_scores_overall_and_by_topic():
    rows = [_row(1, 1, True), _row(2, 1, False), _row(3, 2, True), _row(4, 2, True)]
    scores = score_coref(rows, [True, True, False, True])
    assert scores["overall"] == {"pairs": 4, "tp": 2, "fp": 1, "fn": 1,
                                 "precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert scores["by_topic"]["1"]["precision"] == 0.5 and scores["by_topic"]["2"]["recall"] == 0.5


def test_bad_rows_and_length_mismatch_raise():
    with pytest.raises(EvalError, match="p9"):
        read_pairs([{"id": "p9", "a": {"doc": "x"}, "b": {}, "same_event": True}])
    with pytest.raises(EvalError, match="2 gold pairs but 1"):
        score_coref([_row(1, 1, True), _row(2, 1, False)], [True])


def test_cli_prints_json_scores(tmp_path):
    import json

    from click.testing import CliRunner

    from strikewatch.cli import main

    data = tmp_path / "pairs.jsonl"
    a = {"doc": "d1", "text": "Firefighters battled a blaze at the Harwick paper mill in Dunmore on Tuesday."}
    b = {"doc": "d2", "text": "A fire gutted the Harwick paper mill in Dunmore on Tuesday, officials said."}
    c = {"doc": "d3", "text": "A blaze destroyed a warehouse in Port Elsin on Sunday, police said."}
    rows = [{"id": "x1", "topic": 1, "a": a, "b": b, "same_event": True},
            {"id": "x2", "topic": 1, "a": a, "b": c, "same_event": False}]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "coref", "--data", str(data), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["overall"]["f1"] == 1.0 and scores["overall"]["pairs"] == 2
    assert scores["model"]["topic_held_out"]["f1"] > 0.5
