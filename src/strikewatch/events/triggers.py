"""Event trigger lexicon and the filters that keep non-events out (negation, threats and
plans, habitual/generic statements, headlines, references back to a counted event)."""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Span, Token

from ..nlp import text_of
from ..place.doccache import folded, per_doc, span_text
from .tokens import selected, within

# cue class per lemma (checked on the lower-cased lemma of a token)
LEMMA_CUES: dict[str, str] = {
    "airstrike": "AIR", "air-strike": "AIR", "bombard": "SHELL", "bombardment": "SHELL", "strike": "STRIKE",
    "raid": "RAID", "sortie": "AIR", "drone": "DRONE", "warplane": "AIRCTX", "jet": "AIRCTX", "aircraft": "AIRCTX",
    "helicopter": "AIRCTX",
    "shell": "SHELL", "shelling": "SHELL", "artillery": "HEAVY", "mortar": "HEAVY", "rocket": "HEAVY",
    "missile": "HEAVY", "howitzer": "HEAVY", "ifv": "HEAVY", "mlrs": "HEAVY",
    "ied": "IED", "landmine": "IED", "mine": "IED", "roadside": "IED", "explosive": "IED",
    "bomb": "BOMB", "vbied": "BOMB", "bombing": "BLAST", "blast": "BLAST", "explosion": "BLAST",
    "explode": "BLAST", "detonate": "BLAST", "car-bombing": "BLAST", "blow": "BLAST", "plant": "PLANT",
    "suicide": "SUICIDE", "grenade": "GRENADE", "chemical": "CHEM", "chlorine": "CHEM", "sarin": "CHEM",
    "clash": "CLASH", "fighting": "CLASH", "firefight": "CLASH", "gunfight": "CLASH", "battle": "CLASH",
    "ambush": "CLASH", "exchange": "XFIRE", "engage": "ENGAGE", "skirmish": "CLASH", "fight": "CLASH",
    "attack": "ATTACK", "assault": "ATTACK", "storm": "ATTACK", "kill": "KILL", "murder": "KILL", "shoot": "SHOOT",
    "behead": "KILL", "execute": "KILL", "massacre": "KILL", "stab": "KILL", "hack": "KILL", "slay": "KILL",
    "gun": "SHOOT", "die": "DIE", "dead": "DIE", "injure": "HURT", "wound": "HURT", "beat": "HURT",
    "torture": "HURT", "fire": "FIRE", "open": "OPEN",
    "abduct": "ABDUCT", "abduction": "ABDUCT", "kidnap": "ABDUCT", "kidnapping": "ABDUCT", "hostage": "ABDUCT",
    "rape": "SEXUAL", "raped": "SEXUAL", "rapes": "SEXUAL", "gang-raped": "SEXUAL", "sexual": "SEXUAL", "sexually": "SEXUAL", "molest": "SEXUAL",
    "protest": "PROTEST", "demonstration": "PROTEST", "demonstrate": "PROTEST", "rally": "PROTEST",
    "march": "PROTEST", "sit-in": "PROTEST", "picket": "PROTEST", "boycott": "PROTEST", "protester": "PROTEST",
    "demonstrator": "PROTEST", "protestor": "PROTEST",
    "riot": "RIOT", "rioter": "RIOT", "rioting": "RIOT", "stone": "RIOT", "stone-pelting": "RIOT",
    "pelt": "RIOT", "barricade": "RIOT", "torch": "LOOT", "mob": "MOB", "lynch": "MOB", "vigilante": "MOB",
    "arrest": "ARREST", "detain": "ARREST", "custody": "ARREST", "apprehend": "ARREST", "nab": "ARREST",
    "loot": "LOOT", "vandalise": "LOOT", "vandalize": "LOOT", "raze": "LOOT", "demolish": "LOOT",
    "destroy": "DESTROY", "burn": "BURN", "set": "SET", "steal": "LOOT", "rustle": "LOOT",
    "recapture": "TERR", "withdraw": "HANDOVER", "handover": "HANDOVER", "drop": "HIT", "retake": "TERR", "regain": "TERR", "seize": "SEIZE", "capture": "SEIZE",
    "overrun": "TERR", "liberate": "TERR", "takeover": "TERR", "retook": "TERR", "retaken": "TERR",
    "overran": "TERR", "shot": "SHOOT", "clashed": "CLASH", "clashes": "CLASH",
    "defuse": "DISRUPT", "dismantle": "DISRUPT", "intercept": "DISRUPT", "confiscate": "DISRUPT",
    "agreement": "AGREE", "ceasefire": "AGREE", "truce": "AGREE", "deal": "AGREE",
    "headquarters": "BASE", "base": "BASE", "deploy": "CHANGE", "recruit": "CHANGE", "mobilize": "CHANGE",
    "mobilise": "CHANGE", "reinforcement": "CHANGE", "surrender": "CHANGE", "defect": "CHANGE",
    "hit": "HIT", "target": "HIT", "knock": "HIT", "pound": "SHELL",
    "assassinate": "KILL", "assassination": "KILL", "shooting": "SHOOT", "gunshot": "SHOOT", "arson": "BURN",
    "motorcade": "PROTEST", "procession": "PROTEST", "cacerolazo": "PROTEST",
}
# cues strong enough to found an event on their own
EVENT_CUES = {"AIR", "STRIKE", "RAID", "SHELL", "BLAST", "CLASH", "XFIRE",
              "ATTACK", "KILL", "SHOOT", "ABDUCT", "SEXUAL", "PROTEST", "RIOT", "MOB", "ARREST", "LOOT",
              "TERR", "SEIZE", "DISRUPT", "AGREE", "DIE", "HURT", "FIRE", "BURN", "DESTROY", "ENGAGE", "HIT",
              "CHANGE", "BASE", "HANDOVER"}
# cues that only set context, never an event by themselves (weapons are not happenings)
CONTEXT_ONLY = {"AIRCTX", "OPEN", "SET", "BOMB", "IED", "SUICIDE", "GRENADE", "CHEM", "DRONE", "HEAVY", "PLANT"}

_MODALS = {"will", "would", "could", "may", "might", "should", "must", "shall", "'ll", "can"}
_INTENT = {"vow", "threaten", "plan", "prepare", "intend", "aim", "seek", "want", "warn", "promise",
           "pledge", "urge", "expect", "try", "attempt", "hope", "continue", "call", "order", "decide",
           "need", "fail", "refuse", "deny"}
_MEANS = {"use", "fire", "deploy", "storm", "gather", "assemble", "march", "take", "block", "go"}
_INTENT_NOUNS = {"effort", "operation", "campaign", "plan", "bid", "attempt", "threat", "push", "offensive",
                 "order", "call", "fight", "ability", "abilities", "capability", "right", "mission"}
_REPORTING_NOUNS = {"video", "footage", "clip", "image", "images", "picture", "gif", "photo", "photos"}


class Cue(NamedTuple):
    """One trigger word: token index in the Doc and its cue class."""

    i: int
    cls: str


def cue_of(tok: Token) -> str | None:
    """The cue class of a token, if any."""
    if tok.ent_type_ in ("DATE", "TIME") or tok.text in ("March", "May"):
        return None  # "March 15", "May 2"
    lemma = tok.lemma_.lower()
    cls = LEMMA_CUES.get(lemma) or LEMMA_CUES.get(tok.lower_)
    if cls is None and "-" in tok.lower_:
        cls = LEMMA_CUES.get(tok.lower_.split("-")[-1])
    if cls == "HANDOVER" and lemma == "withdraw" and not any(c.lower_ in ("from", "out") for c in tok.children):
        return None  # "withdrew troops", "had withdrawn": no territory named
    if cls == "CLASH" and lemma == "fighting" and tok.dep_ in ("compound", "amod") \
            and tok.head.lemma_.lower() in ("position", "vehicle", "unit", "season", "age", "force"):
        return None  # "destroyed a fighting position": a target, not a fight
    if lemma == "storm" and tok.pos_ != "VERB":
        return None  # weather, not an assault
    if cls == "XFIRE" and not _fire_exchanged(tok):
        return None  # "prisoner exchange", "an exchange of letters": no fire
    if cls in ("CLASH", "ATTACK") and tok.pos_ == "NOUN" and _peaceful_domain(tok):
        return None  # "a legal battle", "a heart attack", "the battle to win compensation"
    if lemma == "rally" and _rallied_not_gathered(tok):
        return None  # "shares rallied", "to rally public opinion": no crowd
    if lemma == "beat" and any(c.dep_ == "dobj" and c.lemma_.lower() in _BEATEN_THINGS for c in tok.children):
        return None  # "beat forecasts", "beat the record", "beat Arsenal 2-1": winning, not a beating
    if lemma == "custody" and not (tok.head.lower_ in ("into", "in") or any(
            c.lower_ in ("police", "military", "army", "security", "state", "protective") for c in tok.children)):
        return None  # "custody of the child", "a custody hearing": family law, not an arrest
    if lemma in ("fight", "battle") and tok.pos_ == "VERB" and _campaigning(tok):
        return None  # "fighting to keep the boy", "battled for custody": a campaign, not combat
    if cls == "SHELL" and tok.dep_ == "amod" and tok.head.lemma_.lower() not in _SHELLED_PLACES:
        return None  # "shelled pistachios", "shelled eggs": food, not artillery
    if cls == "PROTEST" and lemma == "protest" and _objection(tok):
        return None  # "the union protested the freeze", "lodged a formal protest": an objection, not a crowd
    if cls == "BASE" and tok.pos_ != "NOUN":
        return None  # "Washington-based", "based on": not a base
    if cls is not None and _in_name(tok):
        return None  # "Fire District 2", "Battle Creek", "Strike Force Inc.": part of a name
    if cls == "FIRE" and tok.head.lower_ in ("on", "ablaze"):
        return "BURN"  # "set homes on fire"
    if cls == "DIE" and tok.lower_ == "dead" and tok.dep_ not in ("oprd", "acomp"):
        return None
    return cls


_FIRE_WORDS = {"fire", "gunfire", "shot", "shots", "bullet", "bullets", "blow", "blows", "rocket", "rockets",
               "mortar", "mortars", "artillery", "shell", "shells", "grenade", "grenades", "missile", "missiles"}
# modifiers that put a fight or an attack in a peaceful domain (courts, illness, markets, words, games)
_PEACEFUL_MODIFIERS = {"legal", "court", "courtroom", "custody", "verbal", "cancer", "heart", "panic", "asthma",
                       "anxiety", "price", "trade", "ratings", "bidding", "budget", "pillow", "food", "snowball",
                       "cyber", "media", "tax", "boardroom", "takeover", "patent", "copyright", "propaganda",
                       "charm", "uphill", "personal", "inner", "epic", "bureaucratic", "procedural", "zoning"}


# what a shelling hits when 'shelled' modifies it ('the shelled town'): anything else shelled is food
_SHELLED_PLACES = {"town", "city", "village", "area", "district", "neighbourhood", "neighborhood", "building",
                   "hospital", "school", "market", "position", "base", "camp", "home", "house", "street", "region"}
# what one fights for in court, in politics or in the market
_CAUSES = {"custody", "right", "rights", "compensation", "justice", "access", "recognition", "survival", "freedom",
           "ownership", "funding", "money", "votes", "seat", "title", "championship", "life",
           "job", "jobs", "benefit", "benefits", "change", "reform", "return", "release", "equality", "contract"}
# what one fights to do in court, in politics or in the market ('fighting to keep the boy')
_CAMPAIGN_AIMS = {"keep", "win", "save", "stay", "get", "overturn", "prove", "obtain", "preserve", "change", "bring",
                  "raise", "earn", "make", "have", "remain"}


def _campaigning(verb: Token) -> bool:
    """'fought to keep', 'is fighting for custody', 'battled over the will': a struggle for a purpose
    or a cause, with no armed side or weapon named."""
    for c in verb.children:
        if c.dep_ == "xcomp" and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children) \
                and c.lemma_.lower() in _CAMPAIGN_AIMS:
            return True
        if any(c.dep_ == "dobj" for c in verb.children):
            return False  # 'rebels fought government forces for ...': a fight with a side
        if c.dep_ == "prep" and c.lower_ in ("for", "over", "against") and any(
                g.dep_ == "pobj" and g.lower_ in _CAUSES for g in c.children):
            return True
    return False


def _fire_exchanged(tok: Token) -> bool:
    """Does an 'exchange' trade fire ('an exchange of fire', 'exchanged gunfire with police')?"""
    near = tok.doc[max(tok.i - 3, tok.sent.start):min(tok.i + 4, tok.sent.end)]
    return any(t.lower_ in _FIRE_WORDS for t in near)


def _peaceful_domain(tok: Token) -> bool:
    """A battle, fight or attack noun put in a peaceful domain by its modifier ('legal battle',
    'heart attack') or told as a campaign for a purpose ('the battle to win compensation')."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _PEACEFUL_MODIFIERS for c in tok.children):
        return True
    return any(c.dep_ in ("acl", "relcl") and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
               and c.lemma_.lower() not in ("kill", "capture", "seize", "retake", "take") for c in tok.children)


# subjects that object rather than gather: 'the ministry protested the ruling' is no crowd, while
# 'traders protest new fees' (a monitor's terse note) is one
_INSTITUTIONS = {"ministry", "government", "embassy", "company", "firm", "council", "department", "office", "board",
                 "committee", "administration", "spokesman", "spokeswoman", "spokesperson", "official", "minister",
                 "mayor", "governor", "president", "lawmaker", "senator", "club", "league", "federation", "bank",
                 "corporation", "agency", "commission", "authority", "authorities", "regulator", "court", "team",
                 "manager", "coach", "owner", "attorney", "prosecutor", "defence", "defense", "union"}
_GATHERING_WORDS = {"outside", "street", "streets", "square", "gathered", "rally", "march", "marched", "placard",
                    "placards", "banner", "banners", "chanting", "chanted", "front", "blocked", "sit-in", "gate", "gates"}
_LODGE_VERBS = {"lodge", "file", "send", "submit", "register", "deliver", "issue", "voice", "express", "make", "raise"}


def _objection(tok: Token) -> bool:
    """Is a 'protest' a formal objection rather than a gathering? 'protested that ...', 'protested to
    the embassy', 'the union protested the freeze' (an institution objecting to something, nowhere in
    public), 'lodged a formal protest', 'a diplomatic protest'."""
    words = {t.lower_ for t in tok.sent}
    if words & _GATHERING_WORDS:
        return False
    if tok.pos_ == "NOUN":
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LODGE_VERBS or any(
            c.dep_ == "amod" and c.lower_ in ("formal", "diplomatic", "official", "written", "strong") for c in tok.children)
    if tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return True
    if not any(c.dep_ == "dobj" for c in tok.children) or _placed(tok):
        return False  # 'JUI-F protested the arrest in Quetta': told with its place, a gathering
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None and tok.dep_ in ("conj", "xcomp"):
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lemma_.lower() in _INSTITUTIONS or subject.ent_type_ == "GPE"


# what rallies without a crowd: markets, and what one rallies (support, opinion, a team)
_MARKET_WORDS = {"share", "stock", "market", "price", "index", "dollar", "euro", "yen", "currency", "bond", "oil",
                 "gold", "team", "side", "economy", "sale", "investor", "equity", "future", "rupee", "pound"}
_RALLIED_THINGS = {"support", "opinion", "troop", "voter", "fan", "base", "ally", "backing", "morale", "investor",
                   "team", "player", "member", "lawmaker", "nation", "country", "public", "people", "party"}


_BEATEN_THINGS = {"forecast", "expectation", "estimate", "record", "odds", "deadline", "rival", "competitor",
                  "team", "side", "champion", "traffic", "heat", "clock", "market", "target", "projection",
                  "average", "drum", "egg", "cancer", "disease", "addiction", "opponent", "challenger", "incumbent"}


def _rallied_not_gathered(tok: Token) -> bool:
    """'Shares rallied 3 percent', 'the team rallied from behind', 'to rally public opinion': a rally
    that is no gathering of protesters."""
    if tok.pos_ != "VERB":
        return tok.pos_ == "NOUN" and (any(c.lemma_.lower() in _MARKET_WORDS for c in tok.subtree)
                                       or any(t.lower_ in ("percent", "%") for t in tok.sent))
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in _MARKET_WORDS:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _RALLIED_THINGS for c in tok.children) \
        or any(t.lower_ in ("percent", "%") for t in tok.sent)


def _placed(verb: Token) -> bool:
    """Is a verb's clause told at a named place ('in Quetta', 'at the Kabul university gate')?"""
    sent = verb.sent
    return any(t.lower_ in ("in", "at", "near", "across") and t.i + 2 <= sent.end
               and (verb.doc[t.i + 1].text[:1].isupper() or verb.doc[t.i + 1].lower_ == "the"
                    and t.i + 2 < sent.end and verb.doc[t.i + 2].text[:1].isupper())
               for t in sent if t.i > verb.i)


_NAME_LABELS = {"ORG", "FAC", "GPE", "LOC", "PERSON", "WORK_OF_ART", "EVENT", "PRODUCT"}


def _in_name(tok: Token) -> bool:
    """A capitalised word inside a name (not a sentence's first word): in an entity of two or more
    capitalised words ("Battle Creek", "Fire District 2"), or tagged a proper noun inside a
    sentence that is not written in title case ("Mr. Lynch told the council", "Battle Creek Road"). Acronyms
    (IED, RPG) are words, not names."""
    if not tok.text[:1].isupper() or tok.is_sent_start or tok.is_upper or _title_case(tok.sent):
        return False  # in a title-case headline every word looks like a name
    prev = tok.doc[tok.i - 1]
    if prev.is_space or "\n" in prev.whitespace_:
        return False  # a line's first word (a headline the parser ran into the body)
    if tok.tag_ in ("NNP", "NNPS"):
        return True
    if tok.ent_type_ not in _NAME_LABELS:
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and len(ent) > 1 and all(t.text[:1].isupper() or t.like_num for t in ent)


def _title_case(sent: Span) -> bool:
    """Is a sentence written in title case, as headlines are ("Rebels Attack Army Base")?"""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 2 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


_PHRASE_CUES = (
    (re.compile(r"\bsit[- ]ins?\b|\btook to the streets\b|\btake to the streets\b|\bwalk-?outs?\b|"
                r"\bmarched\b|\bpetition\w*\b|\bchant\w*\b|\bvigils?\b|\bhuman chains?\b|\bbang(?:ed|ing) pots\b|"
                r"\bpot-banging\b|\broad blockades?\b", re.I), "PROTEST"),
    (re.compile(r"\bhanded (?:\w+ ){0,3}over\b|\bpulled out of\b", re.I), "HANDOVER"),
    (re.compile(r"\bshoot-? ?outs?\b|\bgun ?battles?\b|\bgun-?fights?\b|\bexchanged? (?:of )?(?:gun)?fire\b|"
                r"\bcross-?fire\b|\bfire ?fights?\b", re.I), "CLASH"),
)
# words (lower case) one of which every match of each phrase cue above contains
_PHRASE_WORDS = (("sit-in", "sit in", "to the streets", "walk", "marched", "petition", "chant", "vigil", "human chain",
                  "bang", "road blockade"), ("handed", "pulled out of"), ("shoot", "gun", "fire"))
_OVERRIDING = {"CLASH"}  # a phrase that names a two-sided fight outranks its first word's own cue ('shoot-out')


def _may_cue(lemma: str, lower: str) -> bool:
    """Whether :func:`cue_of` can give a token of this lemma and form a class (only listed words can)."""
    return bool(LEMMA_CUES.get(lemma) or LEMMA_CUES.get(lower)
                or ("-" in lower and LEMMA_CUES.get(lower.split("-")[-1])))


def find_cues(sent: Span) -> list[Cue]:
    """Every cue token in a sentence (single words by lemma, plus a few phrases)."""
    doc = sent.doc
    cues = [Cue(i, c) for i in within(selected(doc, "cues", _may_cue), sent) if (c := cue_of(doc[i])) is not None]
    taken = {c.i for c in cues}
    text = span_text(sent)
    for (rx, cls), possible in zip(_PHRASE_CUES, per_doc(doc, "phrase-cues", _phrases_possible)):
        for m in rx.finditer(text) if possible else ():
            span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
            if span is None:
                continue
            if cls in _OVERRIDING and span[0].i in taken:
                cues = [c for c in cues if c.i != span[0].i]
                taken.discard(span[0].i)
            if span[0].i not in taken:
                cues.append(Cue(span[0].i, cls))
                taken.add(span[0].i)
    return sorted(cues)


def _phrases_possible(doc) -> tuple[bool, ...]:
    """Per phrase cue: can it match anywhere in the Doc (does the text hold one of its words)?"""
    text = folded(text_of(doc))
    return tuple(text is None or any(w in text for w in words) for words in _PHRASE_WORDS)


def _verb_of(tok: Token) -> Token:
    """The verb that governs a token's clause (the token itself when it is a verb)."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def is_negated(tok: Token) -> bool:
    """'no attack', 'did not strike', 'no casualties'."""
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") and c.dep_ == "det" for c in tok.children):
        return True
    verb = _verb_of(tok)
    return verb.i != tok.i and any(c.dep_ == "neg" for c in verb.children) and tok.dep_ in ("dobj", "nsubjpass")


def is_irrealis(tok: Token) -> bool:
    """Threats, plans, futures, habits: 'vowed to strike', 'will be killed', 'continue to hit',
    'the effort to recapture', 'expected to create'."""
    cur = tok
    for _ in range(5):
        verb = _verb_of(cur)
        if any(c.lower_ in _MODALS and c.dep_ in ("aux", "auxpass") for c in verb.children):
            return True
        purpose = cue_of(tok) == "PROTEST" and verb.head.lemma_.lower() not in _INTENT
        perfect = any(c.lemma_.lower() == "have" and c.dep_ == "aux" for c in verb.children)
        if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) and verb.head.i != verb.i \
                and verb.head.lemma_.lower() not in _MEANS and not purpose and not perfect:
            return True  # infinitives: purposes, plans, habits ("operation to retake", "continued to hit"),
            # not a perfect one, which tells what was done ("claimed to have killed", "said to have fled")
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") for c in verb.children):
            return True  # "did not say whether anyone was killed"
        if verb.lemma_.lower() == "continue" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == verb.i:
            return True  # "strikes have continued"
        if verb.head.i == verb.i or verb.dep_ not in ("xcomp", "ccomp", "acl", "pobj", "dobj", "nsubj", "nsubjpass", "prep"):
            break
        cur = verb.head
    return False


def is_reporting_reference(tok: Token) -> bool:
    """'the video of the May 3 airstrike', 'a clip of the strike': a pointer to an event, not news of it."""
    for anc in list(tok.ancestors)[:3]:
        if anc.lemma_.lower() in _REPORTING_NOUNS:
            return True
    return False


def determiner(tok: Token) -> str | None:
    """The determiner of a trigger noun ('the', 'this', 'another', 'a'...), lower-cased."""
    for c in tok.children:
        if c.dep_ in ("det", "poss", "predet"):
            return c.lower_
    return None


def is_boilerplate(sent: Span) -> bool:
    """Site furniture: 'NOW WATCH: ...', 'Follow us on ...', newsletter lines."""
    text = span_text(sent).strip()
    head = text[:40].lower()
    return head.startswith(("now watch", "watch:", "follow ", "read more", "see also", "sign up", "subscribe"))
