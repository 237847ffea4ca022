import pytest

from strikewatch.events.decide import combine, decide, retype, rule_prior
from strikewatch.events.typer import ENV_VAR, Typer, _load_user


def test_rules_win_and_agreement_sets_confidence(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    sub, conf = decide("Peaceful protest", "PROTEST", "Teachers marched to demand higher pay.")
    assert sub == "Peaceful protest" and 0.6 < conf <= 0.93
    assert rule_prior("HIT") < rule_prior("AIR")


def test_the_rules_answer_stands_unless_the_model_finds_another_far_more_probable():
    probs = {"Armed clash": 0.05, "Agreement": 0.90, "Attack": 0.05}
    assert combine("Armed clash", probs) == "Armed clash"  # 18x is not enough against the rules
    probs = {"Armed clash": 0.02, "Agreement": 0.95, "Attack": 0.03}
    assert combine("Armed clash", probs) == "Agreement"
    assert combine("Attack", {}) == "Attack"


@pytest.mark.issue(22)
def test_the_model_reads_what_the_rules_miss(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    text = "The army and the rebels signed a ceasefire agreement in the capital on Monday."
    sub, conf = decide("Armed clash", "CLASH", text)
    assert sub == "Agreement" and 0.5 < conf < 0.9
    sub, _ = decide("Remote explosive/landmine/IED", "BLAST",
                    "Police bomb disposal experts defused an explosive device found near the market.")
    assert sub == "Disrupted weapons use"
    # a weapon named in the text keeps the rules' answer
    assert decide("Grenade", "ATTACK", "A man threw a grenade into a bar, wounding five.")[0] == "Grenade"


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
    # the user's model takes the shipped model's place: far surer than the rules, it overrides them
    assert decide("Armed clash", "CLASH", "they planted a flag")[0] == "Headquarters or base established"
    assert retype("Armed clash", 0.7, "they planted a flag")[0] == "Headquarters or base established"
    assert retype("Armed clash", 0.7, "zzz")[0] == "Armed clash"
    assert decide(None, "HIT", "they marched")[0] == "Peaceful protest"
