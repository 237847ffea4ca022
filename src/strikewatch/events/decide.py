"""Rules and the learned model together: the final sub-type of a mention and its confidence.

The rules read what rules read well: a named weapon, a count, who attacked whom. The shipped
model (``typer.npz``, trained on the team's own sentences) reads the whole sentence, which is
what separates a truce from a clash, a bomb defused from one that went off, a dispersed march
from a riot. Where they disagree, the answer is the sub-type that maximises

    log P_model(sub-type | sentence) + RULE_WEIGHT * [sub-type == the rules' answer]

a product of the two: the rules' answer keeps its place unless the model finds another sub-type
exp(RULE_WEIGHT) = 20 times more probable. Where the rules are silent the model decides alone if
it is sure enough (``FALLBACK_MIN``). The weight was chosen on measurements (docs/subtypes.md):
on the team's sentences, with the model's answers from models fitted without each sentence's
file, smaller weights do better (the rules alone 0.75, the model alone 0.84, weight 3 0.85); on
ACLED dev notes, whose wording the team did not write for, larger ones do (weight 4 keeps the
rules' 0.80, 3 costs 0.003 and gains 0.04 macro-F1). Separate weights for weapons, violence,
crowds and strategic developments did no better on both sets than one. A user's own classifier
(``$STRIKEWATCH_TYPER``, from ``train-typer``) takes the shipped model's place, and also reads
each event's whole context, overriding the rules when it is surer than they are (``retype``).
"""
from __future__ import annotations

import math

from .taxonomy import EVENT_TYPE_OF
from .typer import shipped_typer, user_typer

STRONG_CUES = {"AIR", "SHELL", "BLAST", "CLASH", "PROTEST", "RIOT", "ABDUCT", "SEXUAL", "MOB", "ARREST"}
FALLBACK_MIN = 0.45  # the shipped model must be at least this sure to type a rule-less mention
OVERRIDE = 0.75      # a user-fitted classifier overrides the rules from this probability on
RULE_WEIGHT = 3.0  # log-odds the rules' answer gets over the model's reading


def rule_prior(cue_class: str) -> float:
    """How often a rule decision founded on this cue class is right (a prior, before agreement)."""
    return 0.91 if cue_class in STRONG_CUES else 0.81


def combine(rule_sub: str, probs: dict[str, float]) -> str:
    """The sub-type the rules' answer and the model's probabilities agree on (see module doc)."""
    def score(sub: str) -> float:
        return math.log(max(probs.get(sub, 0.0), 1e-9)) + (RULE_WEIGHT if sub == rule_sub else 0.0)

    return max(sorted(probs), key=score) if probs else rule_sub


def decide(rule_sub: str | None, cue_class: str, text: str) -> tuple[str | None, float]:
    """(sub-type, confidence 0..1) for a sentence ``text`` whose rules said ``rule_sub``. A user's
    own classifier, if set, takes the shipped model's place."""
    user = user_typer()
    if user is not None and rule_sub is None:
        label, p = user.predict(text)
        return (label, p) if label in EVENT_TYPE_OF else (None, 0.0)
    probs = (user or shipped_typer()).proba(text)
    if rule_sub is None:
        label = max(probs, key=lambda k: (probs[k], k))
        return (label, round(0.6 * probs[label], 4)) if probs[label] >= FALLBACK_MIN else (None, 0.0)
    sub = combine(rule_sub, probs)
    if sub != rule_sub:
        return sub, round(0.5 + 0.4 * probs[sub], 4)
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
