import pytest


@pytest.mark.shared
def test_dev_gold_span_accuracy_floor(shared_dir):
    from strikewatch.eval.score_geo import evaluate_file

    scores, _ = evaluate_file(str(shared_dir / "eval" / "geoparse" / "dev.jsonl"), gold_spans=True)
    assert scores["LGL"]["acc161"] >= 0.87
    assert scores["GeoVirus"]["acc161"] >= 0.805
