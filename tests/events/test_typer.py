import json

import pytest

from strikewatch.errors import ConfigError
from strikewatch.events.taxonomy import SUB_EVENT_TYPES
from strikewatch.events.typer import Typer, features, load_examples, shipped_typer
from strikewatch.events.typer_data import fit_typer, read_labelled


def test_features_are_words_and_bigrams():
    assert features("The police fired tear gas.") == ["police", "fired", "tear", "gas", "police_fired",
                                                      "fired_tear", "tear_gas"]


def test_examples_cover_every_sub_type_with_our_sentences():
    rows = load_examples()
    assert {r["sub_event_type"] for r in rows} == set(SUB_EVENT_TYPES)
    assert len(rows) >= 200


@pytest.mark.parametrize("text,label", [
    ("Crowds of nurses rallied outside the hospital over unpaid salaries.", "Peaceful protest"),
    ("Officers used tear gas and arrested marchers.", "Protest with intervention"),
    ("A villager was lynched by a crowd who accused him of stealing a goat.", "Mob violence"),
    ("Kidnappers seized two engineers on the road.", "Abduction/forced disappearance"),
])
def test_shipped_typer_reads_unseen_sentences(text, label):
    assert shipped_typer().predict(text)[0] == label


def test_fit_save_load_roundtrip(tmp_path):
    model = Typer.fit(["troops shelled the town", "crowds marched peacefully"],
                      ["Shelling/artillery/missile attack", "Peaceful protest"])
    p = tmp_path / "m.json"
    model.save(p)
    again = Typer.from_json(json.loads(p.read_text()))
    assert again.predict("they shelled it")[0] == "Shelling/artillery/missile attack"
    probs = again.proba("marched")
    assert abs(sum(probs.values()) - 1) < 1e-9 and probs["Peaceful protest"] > 0.5
    with pytest.raises(ConfigError):
        Typer.from_json({"kind": "other"})


def test_read_labelled_csv_and_jsonl(tmp_path):
    csv_path = tmp_path / "n.csv"
    csv_path.write_text("notes,sub_event_type\nMen looted shops,Looting/property destruction\n"
                        "bad row,Not a type\n", encoding="utf-8")
    jl = tmp_path / "n.jsonl"
    jl.write_text(json.dumps({"text": "Police arrested five", "sub_event_type": "Arrests"}) + "\n")
    assert read_labelled(csv_path) == [("Men looted shops", "Looting/property destruction")]
    assert read_labelled(jl) == [("Police arrested five", "Arrests")]
    assert fit_typer(read_labelled(jl)).predict("arrested")[0] == "Arrests"


def test_train_typer_command_writes_a_loadable_model(tmp_path):
    from click.testing import CliRunner

    from strikewatch.cli import main
    import strikewatch.cli.commands  # noqa: F401  (registers the commands)

    data = tmp_path / "notes.jsonl"
    rows = [{"text": f"crowd {k} marched peacefully", "sub_event_type": "Peaceful protest"} for k in range(30)]
    rows += [{"text": f"gunmen {k} shot villagers", "sub_event_type": "Attack"} for k in range(30)]
    data.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / "typer.json"
    res = CliRunner().invoke(main, ["train-typer", "--data", str(data), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "fitted on 60 notes" in res.output
    model = Typer.from_json(json.loads(out.read_text()))
    assert model.predict("gunmen shot two villagers")[0] == "Attack"
    assert model.temperature >= 1.0


def test_seen_features_follow_the_model():
    model = Typer.fit(["rebels shelled the town", "crowds marched peacefully"], ["Armed clash", "Peaceful protest"])
    assert "shelled" in model._features_seen() and "tanks" not in model._features_seen()
    before = model.proba("tanks shelled")
    model.loglik["Armed clash"]["tanks"] = 0.0  # a feature added later counts from then on
    assert "tanks" in model._features_seen()
    assert model.proba("tanks shelled")["Armed clash"] > before["Armed clash"]
