"""Verbs that tell an event only through what they act on: a named place or a held site taken over
('Fano militias took over Lalibela'), a town entered as the other side withdrew, a grenade, bomb,
drone or missile thrown or launched at something ('threw a hand grenade into a bar')."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..place.doccache import span_text


def deed_cue(tok: Token, lemma: str) -> str | None:
    """The cue class of a deed verb (one of :data:`DEED_VERBS`), or None when its objects tell no event."""
    if lemma == "take":
        return "TERR" if _took_over_place(tok) else None
    if lemma == "enter":
        return "HANDOVER" if _took_over_place(tok, "enter") and _WITHDRAWAL.search(span_text(tok.sent)) else None
    if lemma in BURST_VERBS:  # (a headline's "Car bomb rips through ..." parses 'rips' as a noun)
        after_burst = tok.i > 0 and tok.nbor(-1).lemma_.lower() in _BURSTS and tok.lower_ != lemma
        return "BLAST" if after_burst or tok.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _BURSTS for c in tok.children) else None
    if any(_thrown_weapon(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")) \
            and any(c.dep_ == "prep" and c.lower_ in _AIMED for c in tok.children):  # (or "a grenade was thrown at")
        return "ATTACK"  # the weapon gives the kind (events.instruments)
    return None


_TAKERS = {"fighter", "troop", "soldier", "army", "force", "militant", "insurgent", "rebel", "jihadist", "militia",
           "militiaman", "group", "faction", "guerrilla", "separatist"}


_HELD_SITES = {"headquarters", "base", "town", "city", "village", "camp", "barracks", "garrison", "checkpoint", "airport",
               "position", "outpost", "district", "area"}
_WITHDRAWAL = re.compile(r"\b(?:withdr[ae]w\w*|pull(?:ed|ing)? out|retreat\w*|left the (?:town|city|area)|"
                         r"under (?:a |an |the )?(?:[\w-]+ )?(?:deal|agreement|accord))\b", re.I)


def _took_over_place(tok: Token, how: str = "over") -> bool:
    """'took over <a named place or a held site>' ('entered <it>', ``how="enter"``), by an armed group
    or a named one (not 'took over Twitter', 'entered the market')."""
    if how == "over" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    armed = subject is not None and subject.lemma_.lower() in _TAKERS
    # a named side taking a named place that another side left, or that is named as a town ("Ansar Allah took over
    # Al Hazm, capital of Al Jawf governorate, after government forces retreated"; spaCy reads both as persons)
    left = subject is not None and subject.pos_ == "PROPN" and bool(_WITHDRAWAL.search(span_text(tok.sent)))
    return (armed or left or subject is not None and subject.ent_type_ in ("ORG", "NORP")) and any(
        c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC", "FAC") or (armed or left) and c.pos_ == "PROPN"
                              or c.lemma_.lower() in _HELD_SITES
                              or c.pos_ == "PROPN" and any(a.dep_ == "appos" and a.lemma_.lower() in _TOWNS for a in c.children))
        for c in tok.children)


_TOWNS = {"capital", "town", "city", "village", "stronghold", "hub", "port"}


THROW_VERBS = {"throw", "lob", "hurl", "toss", "launch", "threw"}  # (lemmas; "threw" for the triage's word list)
# what an explosion does to a place: "a car bomb ripped through the market", "blasts rocked the capital"
BURST_VERBS = {"rip", "tear", "rock", "ripped", "tore", "rocked"}
_BURSTS = {"bomb", "blast", "explosion", "explosive", "ied", "vbied", "device", "bomber"}
DEED_VERBS = THROW_VERBS | {"take", "enter"}  # (the triage's words too: BURST_VERBS are too common for it, and a
# paragraph an explosion rips through names the bomb or the blast anyway)
_AIMED = {"at", "into", "on", "onto", "toward", "towards", "inside"}


def _thrown_weapon(obj: Token) -> bool:
    """A grenade, a bomb, a drone or a missile sent at something (not a petrol bomb, which rioters
    throw, nor the police's stun grenade)."""
    return obj.lemma_.lower() in ("grenade", "explosive", "bomb", "drone", "missile", "rocket") and not any(
        c.lower_ in ("petrol", "gasoline", "fire", "molotov", "smoke", "paint", "stink", "stun", "flash", "gas", "sound")
        for c in obj.children)
