import numpy as np

from strikewatch.relevance import RelevanceModel, fit
from strikewatch.relevance.features import feature_strings, hashed, stem, trigger_stem

TEXTS = ["Rebels shelled the army base overnight.", "Soldiers clashed with insurgents near the river.",
         "The striker scored twice in the derby.", "Shares hit a record high on Friday.",
         "Militants ambushed a patrol, killing three soldiers.", "The bakery won a prize for its bread."]
LABELS = [1, 1, 0, 0, 1, 0]


def test_trigger_windows_read_the_sense_of_a_word():
    feats = feature_strings("Airport workers will strike on Monday")
    assert "t:strik<workers" in feats and "k:FIGHT<airport" in feats
    assert "w:the" not in feature_strings("the strike")  # function words carry style, not events
    assert stem("rallies") == stem("rally") and trigger_stem("bakery") is None


def test_features_hash_the_same_everywhere():
    idx, vals = hashed("Rebels shelled the base")
    again_idx, again_vals = hashed("Rebels shelled the base")
    assert (idx == again_idx).all() and np.allclose(vals, again_vals)
    assert abs(float((vals * vals).sum()) - 1.0) < 1e-6


def test_fit_is_deterministic_and_learns(tmp_path):
    a = fit(TEXTS, LABELS, epochs=200)
    b = fit(TEXTS, LABELS, epochs=200)
    assert np.array_equal(a.weights, b.weights) and a.bias == b.bias
    p = a.proba(TEXTS)
    assert all((pi >= 0.5) == bool(y) for pi, y in zip(p, LABELS))
    a.record = {"seed": 1}
    a.save(tmp_path / "m.npz")
    loaded = RelevanceModel.load(tmp_path / "m.npz")
    assert np.allclose(loaded.proba(TEXTS), p, atol=1e-5) and loaded.record == {"seed": 1}


def test_rows_without_features_score_the_bias_alone():
    from strikewatch.relevance.model import Design

    d = Design.of(["...", "Rebels shelled the base.", "---", "###"])
    w = np.ones(1 << 20)
    out = d.dot(w)
    assert out.shape == (4,) and out[0] == 0.0 and out[2] == 0.0 and out[3] == 0.0 and out[1] > 0


def test_a_report_ending_in_punctuation_runs():
    import datetime as dt

    from strikewatch.models import Report
    from strikewatch.pipeline import load_pipeline

    report = Report(id="r", text="Rebels shelled the army base near Kidal on Monday, killing four soldiers. ...",
                    published=dt.date(2024, 5, 8))
    result = load_pipeline().run([report, Report(id="s", text="---\n###")])
    assert not result.failures and {e.sources[0].report for e in result.report_events} == {"r"}
