import math

import pytest

from strikewatch.eval.score_geo import MAX_KM, auc, distance_km, score


def test_distance():
    assert distance_km(0, 0, 0, 0) == 0
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.1)


def test_auc_bounds():
    assert auc([0.0, 0.0]) == 0.0
    assert auc([MAX_KM, MAX_KM]) == pytest.approx(1.0, abs=1e-4)
    assert auc([0.0, MAX_KM]) == pytest.approx(math.log(1 + MAX_KM) / 2 / math.log(MAX_KM), abs=1e-6)


def test_score_resolution_and_recognition():
    gold = [{"id": "a", "corpus": "X", "toponyms": [
        {"start": 0, "end": 5, "lat": 10.0, "lon": 10.0}, {"start": 10, "end": 15, "lat": 0.0, "lon": 0.0}]}]
    pred = [{"id": "a", "toponyms": [
        {"start": 0, "end": 5, "lat": 10.0, "lon": 10.5},
        {"start": 11, "end": 15, "lat": 20.0, "lon": 0.0},
        {"start": 30, "end": 35, "lat": 1.0, "lon": 1.0}]}]
    s = score(gold, pred)
    assert set(s) == {"X", "all"}
    x = s["X"]
    assert x["n"] == 2 and x["acc161"] == 0.5
    assert x["recognition_exact"] == {"precision": 0.3333, "recall": 0.5, "f1": 0.4}
    assert x["recognition_overlap"]["recall"] == 1.0
    assert x["recognition_overlap"]["precision"] == 0.6667


def test_missing_prediction_counts_max_error():
    gold = [{"id": "a", "corpus": "X", "toponyms": [{"start": 0, "end": 5, "lat": 1.0, "lon": 1.0}]}]
    s = score(gold, [{"id": "a", "toponyms": [{"start": 0, "end": 5, "lat": None, "lon": None}]}])
    assert s["all"]["mean_km"] == MAX_KM


def test_score_recognition_without_demonyms():
    gold = [{"id": "a", "corpus": "X", "toponyms": [
        {"start": 0, "end": 5, "name": "Ruritanians", "lat": 1.0, "lon": 1.0},
        {"start": 10, "end": 15, "name": "Zenda", "lat": 0.0, "lon": 0.0}]}]
    pred = [{"id": "a", "toponyms": [{"start": 10, "end": 15, "lat": 0.0, "lon": 0.0}]}]
    x = score(gold, pred, is_demonym=lambda name: name.endswith("ians"))["X"]
    assert x["recognition_exact"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert x["recognition_exact_no_demonyms"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert "recognition_exact_no_demonyms" not in score(gold, pred)["X"]


def test_candidate_ceiling_counts_gold_points_some_candidate_reaches():
    from strikewatch.eval.score_geo import candidate_ceiling

    text = "Flooding closed roads in Nairobi and Mombasa on Tuesday."
    doc = {"id": "d", "corpus": "T", "text": text, "toponyms": [
        {"start": text.index("Nairobi"), "end": text.index("Nairobi") + 7, "name": "Nairobi", "lat": -1.29, "lon": 36.82},
        {"start": text.index("Mombasa"), "end": text.index("Mombasa") + 7, "name": "Mombasa", "lat": 0.0, "lon": 0.0}]}
    out = candidate_ceiling([doc])
    assert out["T"] == {"n": 2, "reachable": 1, "ceiling_acc161": 0.5}  # no Mombasa lies in the Gulf of Guinea
    assert out["all"]["n"] == 2
