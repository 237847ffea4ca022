"""Rules and classifier together: the final sub-type of a mention and its confidence.

The rules answer first. The shipped classifier (fitted on our own example sentences) decides
only when the rules have no answer, and its agreement with the rules raises or lowers the
confidence. A user's own classifier (``$STRIKEWATCH_TYPER``) reads each event's context and may
override the rules when it is surer than they are (see ``retype``).
"""
from __future__ import annotations

from .taxonomy import EVENT_TYPE_OF
from .typer import shipped_typer, user_typer

STRONG_CUES = {"AIR", "SHELL", "BLAST", "CLASH", "PROTEST", "RIOT", "ABDUCT", "SEXUAL", "MOB", "ARREST"}
FALLBACK_MIN = 0.45  # the shipped classifier must be at least this sure to type a rule-less mention
OVERRIDE = 0.75      # a user-fitted classifier overrides the rules from this probability on


def rule_prior(cue_class: str) -> float:
    """How often a rule decision founded on this cue class is right (a prior, before agreement)."""
    return 0.91 if cue_class in STRONG_CUES else 0.81


def decide(rule_sub: str | None, cue_class: str, text: str) -> tuple[str | None, float]:
    """(sub-type, confidence 0..1) for a sentence ``text`` whose rules said ``rule_sub``."""
    user = user_typer()
    if user is not None and rule_sub is None:
        label, p = user.predict(text)
        return (label, p) if label in EVENT_TYPE_OF else (None, 0.0)
    model = shipped_typer()
    probs = model.proba(text)
    if rule_sub is None:
        label = max(probs, key=lambda k: (probs[k], k))
        return (label, 0.6 * probs[label]) if probs[label] >= FALLBACK_MIN else (None, 0.0)
    agree = probs.get(rule_sub, 0.0)
    return rule_sub, round(0.8 * rule_prior(cue_class) + 0.2 * agree, 4)


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
