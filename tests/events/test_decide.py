from strikewatch.events.decide import decide, retype, rule_prior
from strikewatch.events.typer import ENV_VAR, Typer, _load_user


def test_rules_win_and_agreement_sets_confidence(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    sub, conf = decide("Peaceful protest", "PROTEST", "Teachers marched to demand higher pay.")
    assert sub == "Peaceful protest" and 0.6 < conf <= 0.93
    _, low = decide("Air/drone strike", "PROTEST", "Teachers marched to demand higher pay.")
    assert low < conf and rule_prior("HIT") < rule_prior("AIR")


def test_classifier_types_what_rules_cannot(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    sub, conf = decide(None, "HIT", "An angry crowd lynched a suspected thief in the market.")
    assert sub == "Mob violence" and 0 < conf <= 0.6
    assert decide(None, "HIT", "zzz qqq") == (None, 0.0)


def test_user_model_overrides_when_sure(monkeypatch, tmp_path):
    path = tmp_path / "t.json"
    Typer.fit(["they planted a flag", "they marched"] * 5,
              ["Headquarters or base established", "Peaceful protest"] * 5).save(path)
    monkeypatch.setenv(ENV_VAR, str(path))
    _load_user.cache_clear()
    assert decide("Armed clash", "CLASH", "they planted a flag")[0] == "Armed clash"
    assert retype("Armed clash", 0.7, "they planted a flag")[0] == "Headquarters or base established"
    assert decide(None, "HIT", "they marched")[0] == "Peaceful protest"
