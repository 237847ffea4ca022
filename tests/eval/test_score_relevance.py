from types import SimpleNamespace as NS

from strikewatch.eval.score_relevance import calibration, score_relevance, text_reports


def ev(event_type, confidence=0.7):
    return NS(event_type=event_type, confidence=confidence)


LABELS = [
    {"id": "a", "corpus": "x", "in_scope": True, "events": [{"sub_event_type": "Armed clash"},
                                                            {"sub_event_type": "Peaceful protest"}]},
    {"id": "b", "corpus": "x", "in_scope": False, "events": [], "cause": "crime"},
    {"id": "c", "corpus": "y", "in_scope": False, "events": [], "cause": "sport"},
    {"id": "d", "corpus": "y", "in_scope": True, "events": [{"sub_event_type": "Air/drone strike"}]},
]


def test_article_and_event_scores():
    events = {"a": [ev("Battles", 0.9), ev("Violence against civilians", 0.8), ev("Strategic developments", 0.3)],
              "b": [ev("Violence against civilians", 0.6)]}
    s = score_relevance(LABELS, events)
    assert s["article"] == {"out_of_scope": 2, "out_of_scope_silent": 0.5, "in_scope": 2, "in_scope_found": 0.5,
                            "precision": 0.5}
    # a's battle and civilian attack are organised violence, as its clash is; the strategic one and b's are false
    assert (s["events"], s["events_true"], s["event_precision"]) == (4, 2, 0.5)
    assert s["event_precision_conf_ge_0.5"] == round(2 / 3, 4)
    assert s["event_recall"] == round(1 / 3, 4)  # the clash; not the protest nor d's strike
    assert s["false_articles_by_cause"]["crime"] == {"with_events": 1, "of": 1}
    assert s["by_corpus"]["y"]["out_of_scope_silent"] == 1.0


def test_calibration_bins():
    cal = calibration([(0.9, True), (0.85, False), (0.1, False)])
    assert [b["n"] for b in cal["bins"]] == [1, 2] and cal["bins"][1]["true"] == 0.5
    assert cal["ece"] == round((1 / 3) * 0.1 + (2 / 3) * abs(0.875 - 0.5), 4)


def test_text_reports_take_published_or_dct():
    reps = text_reports([{"id": 1, "text": "Body.", "dct": "1998-01-08T10:00"}, {"id": "b", "text": "x", "title": "T"}])
    assert reps[0].id == "1" and str(reps[0].published) == "1998-01-08"
    assert reps[1].published is None and reps[1].clean.startswith("T")


def test_eval_relevance_command(tmp_path):
    import json

    from click.testing import CliRunner

    from strikewatch.cli import main

    texts = [{"id": "war", "published": "2024-05-10",
              "text": "Warplanes struck rebel positions near the northern town on Thursday, killing 12 fighters."},
             {"id": "pay", "published": "2024-05-10",
              "text": "Striking nurses stayed away from wards on Monday in a dispute over pay, the union said."}]
    labels = [{"id": "war", "in_scope": True, "events": [{"sub_event_type": "Air/drone strike"}]},
              {"id": "pay", "in_scope": False, "events": [], "cause": "word_sense"}]
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps(t) for t in texts))
    (tmp_path / "l.jsonl").write_text("\n".join(json.dumps(x) for x in labels))
    args = ["eval", "relevance", "--data", str(tmp_path / "l.jsonl"), "--texts", str(tmp_path / "t.jsonl"), "--json"]
    out = json.loads(CliRunner().invoke(main, args).output)
    assert out["article"]["out_of_scope_silent"] == 1.0 and out["article"]["in_scope_found"] == 1.0
    base = json.loads(CliRunner().invoke(main, [*args, "--no-relevance"]).output)
    assert base["articles"] == 2
