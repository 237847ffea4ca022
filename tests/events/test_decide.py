import pytest

from strikewatch.events.decide import SURE, decide, may_replace, retype, rule_prior
from strikewatch.events.typer import ENV_VAR, Typer, _load_user


def test_rules_win_and_agreement_sets_confidence(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    sub, conf = decide("Peaceful protest", "PROTEST", "Teachers marched to demand higher pay.")
    assert sub == "Peaceful protest" and 0.6 < conf <= 0.93
    assert rule_prior("HIT") < rule_prior("AIR")


def test_what_the_model_may_replace():
    # a named weapon stands: the model may only say it was not used, or was a toxic agent
    assert not may_replace("Remote explosive/landmine/IED", "Peaceful protest")
    assert not may_replace("Grenade", "Attack")
    assert may_replace("Remote explosive/landmine/IED", "Disrupted weapons use")
    assert may_replace("Shelling/artillery/missile attack", "Chemical weapon")
    assert not may_replace("Abduction/forced disappearance", "Arrests")
    # a generic type, a protest variant or a strategic development gives way to the sentence's meaning
    assert may_replace("Armed clash", "Agreement")
    assert may_replace("Peaceful protest", "Protest with intervention")
    assert may_replace("Violent demonstration", "Mob violence")
    # who fought whom is the rules' reading of the actors; a crowd the rules saw stays a crowd
    assert not may_replace("Armed clash", "Attack")
    assert not may_replace("Mob violence", "Armed clash")
    assert not may_replace("Mob violence", "Violent demonstration")  # a crowd against people is no demonstration
    assert not may_replace("Violent demonstration", "Looting/property destruction")
    assert not may_replace("Peaceful protest", "Arrests")
    # a protest the rules saw broken up may be the model's arrests of activists on charges
    assert may_replace("Protest with intervention", "Arrests")
    # whose forces took a place is the rules' reading of the actors
    assert not may_replace("Government regains territory", "Non-state actor overtakes territory", "SEIZE")
    # no crowd sub-type where the rules read no crowd word ("four officers shot at on patrol")
    assert not may_replace("Attack", "Excessive force against protesters", "SHOOT")
    assert may_replace("Attack", "Excessive force against protesters", "PROTEST")
    assert may_replace("Attack", "Protest with intervention", "FIRE", "Students blocked the road; police fired tear gas.")
    assert may_replace("Change to group/activity", "Headquarters or base established")
    # ... but the model never names a weapon the rules did not find
    assert not may_replace("Armed clash", "Shelling/artillery/missile attack")
    assert not may_replace("Attack", "Air/drone strike")
    # ... unless the trigger word itself is a weapon ('a bomb exploded outside a protest camp')
    assert may_replace("Excessive force against protesters", "Remote explosive/landmine/IED", "BLAST")


def test_the_model_overrides_only_when_sure(monkeypatch):
    from strikewatch.events import decide as mod

    class Fake:
        def __init__(self, probs):
            self.probs = probs

        def proba(self, text):
            return self.probs

    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setattr(mod, "shipped_typer", lambda: Fake({"Agreement": 0.7, "Armed clash": 0.3}))
    assert decide("Armed clash", "CLASH", "x")[0] == "Armed clash"
    monkeypatch.setattr(mod, "shipped_typer", lambda: Fake({"Agreement": 0.9, "Armed clash": 0.1}))
    sub, conf = decide("Armed clash", "CLASH", "x")
    assert sub == "Agreement" and 0.5 < conf < 0.9
    # the rules found an event: what counts is the model's reading given that there is one (here
    # P(no event) = 0.5, and Agreement is 0.9 of the rest)
    monkeypatch.setattr(mod, "shipped_typer", lambda: Fake({"Agreement": 0.45, "Armed clash": 0.05}))
    assert decide("Armed clash", "CLASH", "x")[0] == "Agreement"
    # ... but not when the model reads no event at all (P(no event) = 0.8)
    monkeypatch.setattr(mod, "shipped_typer", lambda: Fake({"Agreement": 0.19, "Armed clash": 0.01}))
    assert decide("Armed clash", "CLASH", "x")[0] == "Armed clash"
    # with no rule answer, an event is founded only on the model's unconditional probability
    assert decide(None, "HIT", "x") == (None, 0.0)
    monkeypatch.setattr(mod, "shipped_typer", lambda: Fake({"Peaceful protest": 0.99, "Grenade": 0.01}))
    assert decide("Grenade", "ATTACK", "x")[0] == "Grenade"


@pytest.mark.issue(22)
def test_the_model_reads_what_the_rules_miss(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    text = "The army and the rebels signed a ceasefire agreement in the capital on Monday."
    sub, conf = decide("Armed clash", "CLASH", text)
    assert sub == "Agreement" and 0.5 < conf <= 0.9
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
