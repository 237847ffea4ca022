import json

import pytest

from strikewatch.errors import ConfigError
from strikewatch.events.taxonomy import SUB_EVENT_TYPES
from strikewatch.events.typer import Typer, features, load_classifier, shipped_typer
from strikewatch.events.typer_data import fit_typer, read_labelled
from strikewatch.events.typer_model import NONE, SubtypeModel, fit


def test_features_are_words_and_bigrams():
    assert features("The police fired tear gas.") == ["police", "fired", "tear", "gas", "police_fired",
                                                      "fired_tear", "tear_gas"]


def test_shipped_model_knows_every_sub_type_and_records_its_training():
    model = shipped_typer()
    assert set(model.labels) - {NONE} == set(SUB_EVENT_TYPES)
    record = model.record
    assert record["script"] == "training/train_typer.py" and record["rows"] >= 3000
    assert all(d["file"].startswith("training/") for d in record["data"])  # the team's own sentences only
    assert record["cv"]["leave one file out"]["accuracy"] > 0.6 and model.temperature == \
        record["cv"]["leave one file out"]["temperature"]


@pytest.mark.parametrize("text,label", [
    ("Crowds of nurses rallied outside the hospital over unpaid salaries.", "Peaceful protest"),
    ("Officers used tear gas and arrested marchers.", "Protest with intervention"),
    ("A villager was lynched by a crowd who accused him of stealing a goat.", "Mob violence"),
    ("Kidnappers seized two engineers on the road.", "Abduction/forced disappearance"),
    # near misses the rules alone cannot read (issue 22)
    ("The two militias signed a truce on Sunday after a week of fighting in the valley.", "Agreement"),
    ("Fighting broke out again on Sunday between the two militias despite last week's truce.", "Armed clash"),
    ("Engineers from the army disarmed a bomb found under a footbridge near the school.", "Disrupted weapons use"),
    ("A bomb hidden under a footbridge near the school went off as pupils crossed, wounding four.",
     "Remote explosive/landmine/IED"),
    ("The rebel movement announced it had changed its name and chosen a new leader.", "Change to group/activity"),
    ("The rebels set up a camp in the abandoned sawmill outside the town.", "Headquarters or base established"),
    ("Police fired tear gas to break up a peaceful march by nurses.", "Protest with intervention"),
    ("Nurses marching over pay threw stones at police and set a car on fire.", "Violent demonstration"),
    ("Police fired live rounds at a peaceful march by nurses, killing two.", "Excessive force against protesters"),
])
def test_shipped_typer_reads_unseen_sentences(text, label):
    assert shipped_typer().predict(text)[0] == label


def test_logistic_model_fits_deterministically_and_roundtrips(tmp_path):
    texts = ["troops shelled the town", "crowds marched peacefully", "artillery shelled the village",
             "students marched peacefully"]
    labels = ["Shelling/artillery/missile attack", "Peaceful protest"] * 2
    a = fit(texts, labels, epochs=60, min_df=1)
    b = fit(texts, labels, epochs=60, min_df=1)
    assert (a.weights == b.weights).all() and a.labels == ("Peaceful protest", "Shelling/artillery/missile attack")
    assert a.predict("they shelled it")[0] == "Shelling/artillery/missile attack"
    a.record = {"seed": 1}
    a.save(tmp_path / "m.json")  # npz bytes whatever the suffix
    again = load_classifier(tmp_path / "m.json")
    assert isinstance(again, SubtypeModel) and again.record == {"seed": 1}
    probs = again.proba("marched")
    assert abs(sum(probs.values()) - 1) < 1e-6 and probs["Peaceful protest"] > 0.5


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
    model = load_classifier(out)
    assert isinstance(model, SubtypeModel) and model.source == "notes.jsonl"
    assert model.predict("gunmen shot two villagers")[0] == "Attack"
    assert model.temperature > 0


def test_an_older_naive_bayes_file_still_loads(tmp_path):
    path = tmp_path / "old.json"
    Typer.fit(["they marched", "they shelled"], ["Peaceful protest", "Shelling/artillery/missile attack"]).save(path)
    assert load_classifier(path).predict("marched")[0] == "Peaceful protest"
    (tmp_path / "bad.json").write_text("{}")
    with pytest.raises(ConfigError):
        load_classifier(tmp_path / "bad.json")


def test_seen_features_follow_the_model():
    model = Typer.fit(["rebels shelled the town", "crowds marched peacefully"], ["Armed clash", "Peaceful protest"])
    assert "shelled" in model._features_seen() and "tanks" not in model._features_seen()
    before = model.proba("tanks shelled")
    model.loglik["Armed clash"]["tanks"] = 0.0  # a feature added later counts from then on
    assert "tanks" in model._features_seen()
    assert model.proba("tanks shelled")["Armed clash"] > before["Armed clash"]
