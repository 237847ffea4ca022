"""Rules and the learned model together: the final sub-type of a mention and its confidence.

The rules read what rules read well: a named weapon (a roadside bomb is an IED whatever verb
struck), a count of strikes, a kidnapping or a rape named as such. Their answer stands then. The
shipped model (``typer.npz``, trained on the team's own sentences only) reads the whole sentence,
which is what separates a truce from a clash, a base opened from a group renamed, a dispersed
march from a riot or from a crowd shot at, a town taken from a town fought over. It decides:

- where the rules are silent, when its best sub-type is at least ``FALLBACK_MIN`` probable (the
  model also learned ``none``: a text that tells no event leaves every sub-type improbable);
- where the rules gave a type the sentence's meaning can overturn (a generic Armed clash or
  Attack, a protest variant, a strategic development), when it is sure (``SURE``, of its
  probability given that there is an event, since the rules found one). It names a weapon only
  when the trigger word is one (a bomb exploded, a shelling); it does not redo the rules' reading
  of who fought whom (Armed clash, Attack, Mob violence among themselves), and a crowd the rules
  saw (protest or riot words) keeps to the crowd sub-types: the model picks which (or, for a
  protest the rules saw broken up, whether it was arrests of activists instead);
- where the rules named a weapon or a strong act (``RULES_STAND``), only to say the weapon was
  not used (Disrupted weapons use: defused, intercepted, seized) or was a toxic agent (Chemical
  weapon), and only when it is sure.

A user's own classifier (``$STRIKEWATCH_TYPER``, from ``train-typer``) takes the shipped
model's place, and also re-reads each event's whole context, overriding the rules when it is
surer than they are (``retype``).
"""
from __future__ import annotations

import re

from .gatherings import arrested_gathering
from .taxonomy import EVENT_TYPE_OF, EXPLOSIONS, PROTESTS, RIOTS, TAXONOMY
from .typer import shipped_typer, user_typer

STRONG_CUES = {"AIR", "SHELL", "BLAST", "CLASH", "PROTEST", "RIOT", "ABDUCT", "SEXUAL", "MOB", "ARREST"}
FALLBACK_MIN = 0.5   # the shipped model must be at least this sure to type a rule-less mention
SURE = 0.9           # ... and this sure to replace the rules' answer (given that there is an event)
EVENT_MIN = 0.5      # ... when it reads an event at all (P(none) below 1 - EVENT_MIN)
OVERRIDE = 0.75      # a user-fitted classifier overrides the rules from this probability on
WEAPONS = frozenset(TAXONOMY[EXPLOSIONS])
# (an agreement: captives freed by talks, a truce after a clash; other: graves found)
RULES_STAND = WEAPONS | {"Abduction/forced disappearance", "Sexual violence", "Agreement", "Other"}
WEAPON_CUES = frozenset({"AIR", "SHELL", "BLAST"})  # trigger classes that name how the violence was done
BY_ACTORS = frozenset({"Armed clash", "Attack", "Mob violence"})
CROWD_CUES = frozenset({"PROTEST", "RIOT", "MOB"})
TAKERS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
# a crowd in the sentence: without one, the model may not name a crowd's sub-type ("four officers shot at")
_CROWD_WORDS = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|riot\w*|crowds?|mob|"
                          r"sit-ins?|strikers|marchers|blocked|denounc\w*|demand\w*|tear ?gas|teargas\w*|disperse\w*|"
                          r"water cannons?)\b", re.I)
CROWD = frozenset(TAXONOMY[PROTESTS] + TAXONOMY[RIOTS])
NOT_USED = frozenset({"Disrupted weapons use", "Chemical weapon"})  # what the model may say of a named weapon


# cue classes the model may not type when the rules found no event: a 'strike' the rules could not type
# is a labour strike, a sport or a deal; a 'base' nothing set up is a place ('his home near the base');
# an arrest the rules set aside is of a common criminal ("held two men suspected of stealing cattle"); an agreement
# they set aside failed or is not yet made ("close to a peace deal", "earlier accords had collapsed")
UNTYPED_STAYS_NONE = frozenset({"STRIKE", "BASE", "ARREST", "AGREE"})


def rule_prior(cue_class: str) -> float:
    """How often the rules are right for this kind of trigger (measured on the dev set)."""
    return 0.91 if cue_class in STRONG_CUES else 0.81


def may_replace(rule_sub: str, model_sub: str, cue_class: str = "", text: str = "") -> bool:
    """Whether the model's answer may take the place of the rules' (see the module doc). A weapon
    is named only when the trigger itself is one (``WEAPON_CUES``: 'a bomb exploded outside a
    protest camp' is a bombing, though the rules read a protest). Who fought whom (armed men
    both sides, armed men and civilians, an unarmed crowd: ``BY_ACTORS``) is the rules' reading
    of the actors, and a crowd the rules saw stays a crowd (``CROWD``): the model picks its variant;
    where no crowd is named (no crowd cue, no protest word in ``text``) the model names no crowd's
    sub-type ("four officers shot at on patrol" is no excessive force against protesters)."""
    if rule_sub in RULES_STAND:
        return model_sub in NOT_USED
    if model_sub in WEAPONS:
        return model_sub == "Chemical weapon" or cue_class in WEAPON_CUES
    if rule_sub in BY_ACTORS and model_sub in BY_ACTORS or rule_sub in TAKERS and model_sub in TAKERS | {"Armed clash"}:
        return False  # who fought whom, and whose forces took a place (whatever fighting it took): the rules' reading
    if rule_sub == "Protest with intervention" and model_sub == "Arrests":
        return not arrested_gathering(text)  # activists detained on charges, not a gathering dispersed: the model reads which
    if rule_sub in CROWD:
        return model_sub in CROWD and rule_sub != "Mob violence"  # a crowd against people, not a demonstration
    return model_sub not in CROWD or cue_class in CROWD_CUES or bool(_CROWD_WORDS.search(text))


def decide(rule_sub: str | None, cue_class: str, text: str) -> tuple[str | None, float]:
    """(sub-type, confidence 0..1) for a sentence ``text`` whose rules said ``rule_sub``. A user's
    own classifier, if set, takes the shipped model's place."""
    user = user_typer()
    if user is not None and rule_sub is None:
        label, p = user.predict(text)
        return (label, p) if label in EVENT_TYPE_OF else (None, 0.0)
    probs = (user or shipped_typer()).proba(text)
    best = max(probs, key=lambda k: (probs[k], k)) if probs else None
    if rule_sub is None:
        if cue_class in UNTYPED_STAYS_NONE:
            return None, 0.0
        if best is not None and probs[best] >= FALLBACK_MIN:
            return best, round(0.6 * probs[best], 4)
        return None, 0.0
    # the rules found an event: the model's reading of which one, given that there is one (read
    # only when the model, too, sees an event: its sub-types of a text it reads as none are noise)
    seen = sum(probs.values())
    given = probs[best] / seen if best is not None and seen >= EVENT_MIN else 0.0
    if best is not None and best != rule_sub and given >= SURE and may_replace(rule_sub, best, cue_class, text):
        return best, round(0.5 + 0.4 * given, 4)
    return rule_sub, round(0.8 * rule_prior(cue_class) + 0.2 * probs.get(rule_sub, 0.0), 4)


def retype(rule_sub: str, rule_conf: float, context: str) -> tuple[str, float]:
    """With a user-fitted classifier: its reading of the event's whole context (the trigger
    sentence up to the next event) replaces the rules' when it is at least as confident, or
    sure (>= ``OVERRIDE``). Without one, the rules' answer stands."""
    user = user_typer()
    if user is None:
        return rule_sub, rule_conf
    label, p = user.predict(context)
    if label in EVENT_TYPE_OF and (p >= OVERRIDE or p > rule_conf):
        return label, p
    return rule_sub, rule_conf
