"""Actor mentions in a sentence and their roles (actor1 acts, actor2 is hit)."""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Span, Token

from ..place.doccache import span_text
from .aliases import ActorName, AliasTable

_AGENT_PREPS = {"by"}
_TARGET_PREPS = {"on", "against", "at", "targeting", "upon", "toward", "towards", "with"}
_TAKING = {"retake", "recapture", "capture", "seize", "take", "wrest", "liberate", "regain", "reclaim", "win", "free"}
_SUBJ = {"nsubj", "csubj"}
# a partner the deed was done for or with ("in coordination with the Federal Government of Somalia, U.S. Africa
# Command conducted ..."): neither its doer nor its target
_PARTNER = re.compile(r"\b(?:in\s+(?:coordination|cooperation|partnership|conjunction)\s+with|in\s+support\s+of|"
                      r"coordinated\s+with|at\s+the\s+(?:request|invitation|direction)\s+of|on\s+behalf\s+of|"
                      r"with\s+the\s+(?:approval|consent|support|help|backing|assistance)\s+of|approved\s+by|"
                      r"(?:supported|backed|assisted|aided|accompanied)\s+by|alongside|,\s*with)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                      re.I)  # "Regime forces, supported by Hezbollah fighters, ...": helpers, not the actor
_OBJ = {"dobj", "nsubjpass", "attr", "dative", "oprd"}


class ActorMention(NamedTuple):
    """An actor named in the text (offsets index the Doc's text)."""

    start: int
    end: int
    actor: ActorName
    head: int  # index of the mention's syntactic head token in the Doc


def find_mentions(sent: Span, table: AliasTable) -> list[ActorMention]:
    """Actor mentions in one sentence; a generic noun next to a named actor defers to it
    ("ISIS gunmen" -> ISIS, "coalition aircraft" -> coalition)."""
    doc = sent.doc
    out: list[ActorMention] = []
    for hit in table.find(span_text(sent)):
        start, end = sent.start_char + hit.start, sent.start_char + hit.end
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        out.append(ActorMention(start, end, hit.actor, span.root.i))
    kept: list[ActorMention] = []
    for m in out:
        prev = kept[-1] if kept else None
        if prev and m.actor.generic and not prev.actor.generic and 0 <= m.start - prev.end <= 2:
            kept[-1] = prev._replace(end=m.end, head=m.head)
            continue
        if prev and prev.actor.generic and not m.actor.generic and 0 <= m.start - prev.end <= 2 \
                and prev.actor.kind == "state":
            continue
        kept.append(m)
    return kept


# verbs that always take the victim as object: without one, "Two soldiers killed in ambush" is a
# headline passive
_VICTIM_VERBS = {"kill", "injure", "wound", "shoot", "abduct", "kidnap", "arrest", "behead", "lynch", "murder",
                 "detain", "capture", "rape", "ambush", "stab", "hack", "execute", "massacre", "torture"}


def _is_passive(tok: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or tok.tag_ == "VBN" and tok.dep_ == "acl":
        return True
    return tok.tag_ in ("VBD", "VBN") and tok.lemma_.lower() in _VICTIM_VERBS \
        and any(c.dep_ == "nsubj" for c in tok.children) \
        and tok.dep_ != "conj" and not any(c.dep_ in ("dobj", "aux", "ccomp", "xcomp", "conj", "dative", "advcl")
                                           for c in tok.children)


def _ancestors_path(tok: Token) -> list[Token]:
    path = [tok]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _edge_role(child: Token, head: Token) -> str | None:
    """Role of whatever hangs under ``child`` relative to the verb/noun ``head``."""
    dep = child.dep_
    if head.pos_ in ("VERB", "AUX"):
        passive = _is_passive(head)
        if dep in _SUBJ:
            return "actor2" if passive or head.lemma_.lower() in ("die", "perish") else "actor1"
        if dep == "agent":
            return "actor1"
        if dep in _OBJ:
            return "actor2"
        if dep == "prep":
            word = child.lower_
            if word in _AGENT_PREPS:
                return "actor1"
            if word == "between":
                return "actor1"
            if word in _TARGET_PREPS or word == "from" and head.lemma_.lower() in _TAKING:
                return "actor2"  # "retaken the town from al-Shabaab": whom it was taken from
        return None
    if dep in ("compound", "amod", "poss", "nmod"):
        return "actor1"
    if dep == "prep":
        if child.lower_ in _AGENT_PREPS or child.lower_ == "between":
            return "actor1"
        if child.lower_ in _TARGET_PREPS or child.lower_ == "of":
            return "actor2"
    return None


def role_of(mention: ActorMention, trigger: Token) -> str | None:
    """'actor1', 'actor2' or None for a mention relative to an event trigger."""
    doc = trigger.doc
    if mention.start <= trigger.idx < mention.end:
        return "actor1"  # "coalition airstrikes": the actor is part of the trigger phrase
    head = doc[mention.head]
    second = False
    while head.dep_ == "conj" and head.head.i != head.i and head.i != trigger.i:
        head, second = head.head, True
    if second and head.head.lower_ == "between":
        return "actor2"
    m_path = _ancestors_path(head)
    t_path = _ancestors_path(trigger)
    t_set = {t.i for t in t_path}
    lca_idx = next((k for k, t in enumerate(m_path) if t.i in t_set), None)
    if lca_idx is None or lca_idx == 0:
        return None
    lca = m_path[lca_idx]
    child = m_path[lca_idx - 1]
    if lca.i == trigger.i:
        return _edge_role(child, trigger)
    t_child = next((t for t in t_path if t.head.i == lca.i and t.i != lca.i), None)
    if t_child is not None and t_child.i == trigger.i and trigger.dep_ == "acl" and _is_passive(trigger):
        return "actor2"  # "SLDF suspect killed by police": the noun the passive describes, and its modifiers
    role = _edge_role(child, lca)
    if t_child is not None and t_child.dep_ in _OBJ and child.dep_ in _OBJ:
        return None
    if t_child is not None and t_child.dep_ in _SUBJ and role == "actor1":
        return None
    return role


def _clause(tok: Token) -> int:
    """Index of the head of the clause a token sits in (coordinated clauses are separate)."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("conj", "ccomp", "advcl", "parataxis", "relcl") \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return cur.i
        cur = cur.head
    return cur.i


_SYMMETRIC = {"fight", "fighting", "clash", "battle", "sign", "agree", "agreement", "ceasefire", "truce",
              "deal", "exchange", "skirmish", "gunfight", "firefight", "meet", "negotiate", "accord"}


def _tokens(m: ActorMention, doc) -> set[int]:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return {t.i for t in span} if span is not None else {m.head}


def _first_conjunct(m: ActorMention, mentions: list[ActorMention], doc) -> tuple[ActorMention, ActorMention | None]:
    """For 'A and B ...' the first conjunct leads; returns (leader, the other conjunct or None)."""
    mine = _tokens(m, doc)
    for other in mentions:
        if other.actor.name == m.actor.name:
            continue
        theirs = _tokens(other, doc)
        linked = any(doc[i].dep_ == "conj" and doc[i].head.i in theirs for i in mine) or \
            any(doc[i].dep_ == "conj" and doc[i].head.i in mine for i in theirs)
        if linked:
            return (other, m) if other.start < m.start else (m, other)
    return m, None


def assign_roles(mentions: list[ActorMention], trigger: Token) -> dict[str, ActorMention]:
    """Pick actor1 and actor2 for a trigger: syntactic roles first (named beats generic,
    nearer beats farther); then unplaced mentions fill empty slots, armed actors to actor1."""
    t_char = trigger.idx
    text = trigger.doc.text
    partners = {m.start for m in mentions if _PARTNER.search(text, max(0, m.start - 60), m.start)}
    placed: dict[str, list[ActorMention]] = {"actor1": [], "actor2": []}
    loose: list[ActorMention] = []
    clause = _clause(trigger)
    for m in mentions:  # a partner has no role of its own, and acts only where no one else does
        role = role_of(m, trigger) if _clause(trigger.doc[m.head]) == clause and m.start not in partners else None
        (placed[role] if role else loose).append(m)

    def best(cands: list[ActorMention]) -> ActorMention:
        return min(cands, key=lambda m: (m.actor.generic, abs(m.start - t_char)))

    out = {role: best(c) for role, c in placed.items() if c}
    taken = {m.actor.name for m in out.values()}
    spare = [m for c in placed.values() for m in c if m.actor.name not in taken]
    loose = [m for m in loose if _clause(trigger.doc[m.head]) == clause and m.actor.name not in taken] + spare
    loose.sort(key=lambda m: (m.actor.generic, m.end > t_char, m.start in partners, abs(m.start - t_char)))
    for m in loose:
        if "actor1" not in out and m.actor.kind not in ("civilians",):
            out["actor1"] = m
        elif "actor2" not in out and m.start not in partners and (not out.get("actor1") or out["actor1"].actor.name != m.actor.name):
            out["actor2"] = m
    if "actor1" in out:
        out["actor1"], partner = _first_conjunct(out["actor1"], mentions, trigger.doc)
        if partner is not None and trigger.lemma_.lower() in _SYMMETRIC and \
                ("actor2" not in out or out["actor2"].actor.name == out["actor1"].actor.name):
            out["actor2"] = partner  # "fighting between A and B", "A and B signed a truce"
    if "actor2" not in out:
        victims = [m for m in mentions if trigger.doc[m.head].dep_ in ("nsubjpass", "dobj") and m.start not in partners
                   and ("actor1" not in out or m.actor.name != out["actor1"].actor.name)]
        if victims:  # "two officers were killed when raiders attacked": the victims of the sentence
            out["actor2"] = min(victims, key=lambda m: (m.actor.generic, abs(m.start - t_char)))
    if "actor1" in out and "actor2" in out and out["actor1"].actor.name == out["actor2"].actor.name:
        del out["actor2"]
    return out
