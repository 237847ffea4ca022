"""Rules and the learned model together: the final sub-type of a mention and its confidence.

The rules read what rules read well: a named weapon, a count, who attacked whom. The shipped
model (``typer.npz``, trained on the team's own sentences) reads the whole sentence, which is
what separates a truce from a clash, a bomb defused from one that went off, a dispersed march
from a riot. Where they disagree, the answer is the sub-type that maximises

    log P_model(sub-type | sentence) + RULE_WEIGHT[group of the rules' sub-type] * [sub-type == rules']

a product of the two: the rules' answer keeps its place unless the model finds another sub-type
exp(weight) times more probable. Where the rules are silent the model decides alone if it is
sure enough (``FALLBACK_MIN``). The weights were chosen on measurements: the rules' and the
model's out-of-file answers on the team's sentences and the rules' answers on ACLED dev notes
(docs/subtypes.md). A user's own classifier (``$STRIKEWATCH_TYPER``) reads each event's context
and may override the rules when it is surer than they are (see ``retype``).
"""
from __future__ import annotations

import math

from .taxonomy import EVENT_TYPE_OF, EXPLOSIONS, STRATEGIC
from .typer import shipped_typer, user_typer

STRONG_CUES = {"AIR", "SHELL", "BLAST", "CLASH", "PROTEST", "RIOT", "ABDUCT", "SEXUAL", "MOB", "ARREST"}
FALLBACK_MIN = 0.45  # the shipped model must be at least this sure to type a rule-less mention
OVERRIDE = 0.75      # a user-fitted classifier overrides the rules from this probability on
# log-odds the rules' answer gets over the model's reading, by the kind of answer it is
RULE_WEIGHT = {"weapon": 2.0, "violence": 2.0, "crowd": 2.0, "strategic": 3.0}
_CROWD = {"Protests", "Riots"}


def rule_prior(cue_class: str) -> float:
    """How often a rule decision founded on this cue class is right (a prior, before agreement)."""
    return 0.91 if cue_class in STRONG_CUES else 0.81


def rule_group(sub: str) -> str:
    """Which kind of rule answer ``sub`` is: weapon, violence, crowd or strategic."""
    kind = EVENT_TYPE_OF[sub]
    if kind == EXPLOSIONS:
        return "weapon"
    if kind in _CROWD:
        return "crowd"
    return "strategic" if kind == STRATEGIC or sub.endswith("territory") else "violence"


def combine(rule_sub: str, probs: dict[str, float]) -> str:
    """The sub-type the rules' answer and the model's probabilities agree on (see module doc)."""
    bonus = RULE_WEIGHT[rule_group(rule_sub)]

    def score(sub: str) -> float:
        return math.log(max(probs.get(sub, 0.0), 1e-9)) + (bonus if sub == rule_sub else 0.0)

    return max(sorted(probs), key=score) if probs else rule_sub


def decide(rule_sub: str | None, cue_class: str, text: str) -> tuple[str | None, float]:
    """(sub-type, confidence 0..1) for a sentence ``text`` whose rules said ``rule_sub``."""
    user = user_typer()
    if user is not None and rule_sub is None:
        label, p = user.predict(text)
        return (label, p) if label in EVENT_TYPE_OF else (None, 0.0)
    probs = shipped_typer().proba(text)
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
