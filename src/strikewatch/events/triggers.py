"""Event trigger lexicon and the filters that keep non-events out (negation, threats and
plans, habitual/generic statements, headlines, references back to a counted event)."""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Span, Token

from ..nlp import text_of
from ..place.doccache import folded, per_doc, span_text
from .aside import denied, is_anniversary, known_for, told_not_done
from .deeds import BURST_VERBS, DEED_VERBS, deed_cue
from .phrases import PHRASE_CUES
from .senses import everyday_sense
from .tokens import selected, within

_DEED_LEMMAS = DEED_VERBS | BURST_VERBS  # verbs whose objects or subjects decide their cue (events.deeds.deed_cue)

# cue class per lemma (checked on the lower-cased lemma of a token)
LEMMA_CUES: dict[str, str] = {
    "airstrike": "AIR", "air-strike": "AIR", "bombard": "SHELL", "bombardment": "SHELL", "strike": "STRIKE",
    "raid": "RAID", "sortie": "AIR", "drone": "DRONE", "warplane": "AIRCTX", "jet": "AIRCTX", "aircraft": "AIRCTX",
    "helicopter": "AIRCTX",
    "shell": "SHELL", "shelling": "SHELL", "projectile": "SHELL", "artillery": "HEAVY", "mortar": "HEAVY", "rocket": "HEAVY",
    "missile": "HEAVY", "howitzer": "HEAVY", "ifv": "HEAVY", "mlrs": "HEAVY",
    "ied": "IED", "landmine": "IED", "mine": "IED", "roadside": "IED", "explosive": "IED",
    "bomb": "BOMB", "vbied": "BOMB", "bombing": "BLAST", "blast": "BLAST", "explosion": "BLAST",
    "explode": "BLAST", "detonate": "BLAST", "car-bombing": "BLAST", "blow": "BLAST", "dynamite": "BLAST", "plant": "PLANT",
    "suicide": "SUICIDE", "grenade": "GRENADE", "chemical": "CHEM", "chlorine": "CHEM", "sarin": "CHEM",
    "clash": "CLASH", "fighting": "CLASH", "firefight": "CLASH", "gunfight": "CLASH", "shootout": "CLASH", "battle": "CLASH",
    "ambush": "CLASH", "exchange": "XFIRE", "engage": "ENGAGE", "skirmish": "CLASH", "fight": "CLASH",
    "attack": "ATTACK", "assault": "ATTACK", "storm": "ATTACK", "kill": "KILL", "murder": "KILL", "shoot": "SHOOT",
    "behead": "KILL", "execute": "KILL", "massacre": "KILL", "stab": "KILL", "hack": "KILL", "slay": "KILL",
    "gun": "SHOOT", "die": "DIE", "dead": "DIE", "injure": "HURT", "wound": "HURT", "beat": "HURT",
    "torture": "HURT", "fire": "FIRE", "open": "OPEN",
    "abduct": "ABDUCT", "abduction": "ABDUCT", "kidnap": "ABDUCT", "kidnapping": "ABDUCT", "hostage": "ABDUCT",
    "rape": "SEXUAL", "raped": "SEXUAL", "rapes": "SEXUAL", "gang-raped": "SEXUAL", "sexual": "SEXUAL", "sexually": "SEXUAL", "molest": "SEXUAL",
    "protest": "PROTEST", "demonstration": "PROTEST", "demonstrate": "PROTEST", "rally": "PROTEST",
    "march": "PROTEST", "sit-in": "PROTEST", "picket": "PROTEST", "boycott": "PROTEST", "protester": "PROTEST",
    "demonstrator": "PROTEST", "protestor": "PROTEST", "marcher": "PROTEST",
    "riot": "RIOT", "rioter": "RIOT", "rioting": "RIOT", "stone": "RIOT", "stone-pelting": "RIOT",
    "pelt": "RIOT", "barricade": "RIOT", "torch": "LOOT", "mob": "MOB", "lynch": "MOB", "vigilante": "MOB",
    "arrest": "ARREST", "detain": "ARREST", "custody": "ARREST", "apprehend": "ARREST", "nab": "ARREST",
    "loot": "LOOT", "vandalise": "LOOT", "vandalize": "LOOT", "raze": "LOOT", "demolish": "LOOT",
    "destroy": "DESTROY", "burn": "BURN", "set": "SET", "steal": "LOOT", "rustle": "LOOT",
    "recapture": "TERR", "withdraw": "HANDOVER", "handover": "HANDOVER", "drop": "HIT", "retake": "TERR", "regain": "TERR", "seize": "SEIZE", "capture": "SEIZE",
    "overrun": "TERR", "liberate": "TERR", "takeover": "TERR", "retook": "TERR", "retaken": "TERR",
    "overran": "TERR", "shot": "SHOOT", "clashed": "CLASH", "clashes": "CLASH",
    "defuse": "DISRUPT", "deactivate": "DISRUPT", "dismantle": "DISRUPT", "intercept": "DISRUPT", "confiscate": "DISRUPT",
    "agreement": "AGREE", "ceasefire": "AGREE", "truce": "AGREE", "deal": "AGREE", "pact": "AGREE", "cessation": "AGREE",
    "covenant": "AGREE", "swap": "AGREE",
    "headquarters": "BASE", "base": "BASE", "deploy": "CHANGE", "recruit": "CHANGE", "mobilize": "CHANGE",
    "mobilise": "CHANGE", "reinforcement": "CHANGE", "surrender": "CHANGE", "defect": "CHANGE", "defection": "CHANGE",
    "hit": "HIT", "target": "HIT", "knock": "HIT", "pound": "SHELL",
    "assassinate": "KILL", "assassination": "KILL", "shooting": "SHOOT", "gunshot": "SHOOT", "arson": "BURN",
    "motorcade": "PROTEST", "procession": "PROTEST", "cacerolazo": "PROTEST", "offensive": "CLASH",
}
# cues strong enough to found an event on their own
EVENT_CUES = {"AIR", "STRIKE", "RAID", "SHELL", "BLAST", "CLASH", "XFIRE",
              "ATTACK", "KILL", "SHOOT", "ABDUCT", "SEXUAL", "PROTEST", "RIOT", "MOB", "ARREST", "LOOT",
              "TERR", "SEIZE", "DISRUPT", "AGREE", "DIE", "HURT", "FIRE", "BURN", "DESTROY", "ENGAGE", "HIT",
              "CHANGE", "BASE", "HANDOVER", "GRAVE", "COUP"}
# cues that only set context, never an event by themselves (weapons are not happenings)
CONTEXT_ONLY = {"AIRCTX", "OPEN", "SET", "BOMB", "IED", "SUICIDE", "GRENADE", "CHEM", "DRONE", "HEAVY", "PLANT"}

_MODALS = {"will", "would", "could", "may", "might", "should", "must", "shall", "'ll", "can"}
_INTENT = {"vow", "threaten", "plan", "prepare", "intend", "aim", "seek", "want", "warn", "promise",
           "pledge", "urge", "expect", "try", "attempt", "hope", "continue", "call", "order", "decide",
           "need", "fail", "refuse", "deny"}
_ACTOR_HEADS = {"militia", "group", "rebel", "faction", "movement", "force", "army", "clan", "gang", "organisation",
                "organization", "insurgent", "fighter", "community", "tribe", "party", "insurgency", "network", "cartel"}
_LIKELY = {"likely", "possible", "imminent", "probable", "inevitable", "expected", "feared", "unlikely"}
_MEANS = {"use", "fire", "deploy", "storm", "gather", "assemble", "march", "take", "block", "go"}
_CALLS = {"call", "urge", "invite", "summon", "mobilise", "mobilize", "appeal", "exhort", "warn", "caution"}
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
    if cls == "FIRE" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "cease":
        cls = "AGREE"  # "cease-fire", split by the tokenizer
    if cls == "HANDOVER" and lemma == "withdraw" and (not any(c.lower_ in ("from", "out") for c in tok.children) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _WITHDRAWN_FAVOURS for c in tok.children)):
        return None  # "withdrew troops", "had withdrawn": no territory named; "withdrew its support from the government"
    if cls == "CLASH" and lemma == "fighting" and tok.dep_ in ("compound", "amod") \
            and tok.head.lemma_.lower() in ("position", "vehicle", "unit", "season", "age", "force"):
        return None  # "destroyed a fighting position": a target, not a fight
    if lemma == "pound" and tok.pos_ == "NOUN" and (any(c.dep_ == "nummod" for c in tok.children)
                                                     or tok.i > 0 and tok.doc[tok.i - 1].like_num):
        return None  # "12,000 pounds in the market", "200,000 Sudanese pounds": money or weight
    if lemma == "storm" and tok.pos_ != "VERB" and not any(c.dep_ == "dobj" for c in tok.children):
        return None  # weather, not an assault (a headline's "Militants storm army post" has an object)
    if cls is not None and everyday_sense(tok, cls, lemma):
        return None  # "a legal battle", "shares rallied", "lightning strike": see events.senses
    if lemma == "offensive" and not _offensive_waged(tok):
        return None  # "offensive remarks", "after Israel's three-week offensive": no offensive told here
    if lemma == "torch" and tok.pos_ == "NOUN" and (tok.head.lower_ in ("with", "carrying", "holding", "bearing") or any(
            c.lower_ in ("flaming", "burning", "lit", "olympic", "paper", "electric") for c in tok.children)):
        return None  # "march with flaming torches", "the Olympic torch": a light carried, not arson
    if lemma == "mob" and (tok.pos_ == "VERB" or tok.i and tok.nbor(-1).lower_ == "to"
                           or tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in ("him", "her", "them", "me", "us")):
        return None  # "players ran to mob him", "fans mobbed the singer": a crowd around someone (its blows cue apart)
    if lemma == "vigilante" and tok.dep_ not in ("nsubj", "nsubjpass", "compound", "amod", "ROOT"):
        return None  # "gave soldiers and vigilantes a deadline": who is named, not what a mob did
    if cls == "BASE" and tok.pos_ != "NOUN":
        return None  # "Washington-based", "based on": not a base
    if cls is not None and _in_name(tok):
        return None  # "Fire District 2", "Battle Creek", "Strike Force Inc.": part of a name
    if cls is None and lemma in ("hurl", "throw", "lob") and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _THROWN for c in tok.children):
        return "RIOT"  # "hurled eggs and fireworks at police lines": a crowd's missiles (stones cue on their own)
    if lemma == "explode" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _BOOMING for c in tok.children):
        return None  # "the single explodes to No. 1", "demand exploded": growth, not a blast
    if lemma == "deploy" and _RELIEF.search(span_text(tok.sent)):
        return None  # "troops were deployed to dig through rubble after the earthquake": relief, no change of a group
    if lemma in ("dynamite", "gun") and tok.pos_ != "VERB":  # (a gun carried is no shot: "police with submachine guns")
        return None  # "negligent handling of dynamite": the explosive stored, not a blast set off
    if cls == "SEIZE" and tok.pos_ == "VERB" and (any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PEOPLE
                                                      for c in tok.children)
                                                  or tok.dep_ == "acl" and tok.head.lemma_.lower() in _PEOPLE):  # "soldiers captured in X"
        return "ARREST" if any(c.lemma_.lower() in _LAW for c in tok.subtree if c.dep_ in ("nsubj", "pobj")) else "ABDUCT"
        # "masked men seized an activist outside his home": a person taken is abducted (by the police: arrested)
    if cls == "FIRE" and (tok.head.lower_ in ("on", "ablaze") or tok.head.lemma_.lower() == "set" and tok.dep_ == "dobj"):
        return "BURN"  # "set homes on fire", "set fire to a bus": arson, not gunfire
    if cls == "SET" and any(c.lower_ in ("ablaze", "alight") for c in tok.children):
        return "BURN"  # "houses were set ablaze by arsonists"
    if cls == "DIE" and tok.lower_ == "dead" and tok.dep_ not in ("oprd", "acomp"):
        return None
    if cls == "SHELL" and tok.i and tok.nbor(-1).lower_ in ("gas", "teargas", "smoke"):
        return None  # "tear gas shells": crowd control, not shelling
    if cls == "SHELL" and tok.pos_ == "NOUN" and _TRADE.search(span_text(tok.sent)) and not _FIRED.search(
            text_of(tok.doc)[max(0, tok.idx - 40):tok.idx + 60]):
        return None  # "sales rose, driven by artillery shells", "a contract for 155mm shells": goods, not fire
    if cls == "BOMB" and tok.pos_ == "VERB" and not (tok.i and tok.nbor(-1).lower_ in ("petrol", "fire", "gasoline")):
        return "BLAST"  # "warplanes bombed the market": the aircraft, if named, gives the kind
    if cls is None and lemma in _DEED_LEMMAS:
        return deed_cue(tok, lemma)  # "took over Lalibela", "threw a grenade into a bar" (events.deeds)
    return cls


_PEOPLE = {"activist", "man", "woman", "journalist", "reporter", "child", "boy", "girl", "student", "teacher", "doctor", "priest",
           "worker", "farmer", "trader", "official", "person", "people", "civilian", "villager", "resident", "businessman",
           "leader", "chief", "engineer", "driver", "passenger", "hostage", "wife", "son", "daughter", "brother", "father", "soldier", "policeman", "officer", "guard"}
_RELIEF = re.compile(r"\b(?:earthquakes?|quakes?|typhoons?|hurricanes?|cyclones?|floods?|flooding|rubble|relief|rescuers?|"
                     r"landslides?|wildfires?|tsunami|evacuat\w+|distribute (?:food|aid))\b", re.I)
_BOOMING = {"single", "song", "album", "sale", "demand", "popularity", "price", "stock", "share", "market", "population",
            "number", "interest", "debate", "row", "scandal", "controversy", "career", "trend", "video", "post", "traffic"}
_THROWN = {"egg", "bottle", "firework", "firecracker", "brick", "rock", "tomato", "shoe", "chair", "flare", "projectile",
           "paint", "tyre", "tire", "object"}
_LAW = {"police", "policeman", "officer", "agent", "security", "intelligence", "gendarme", "authority", "soldier", "troop"}
_TRADE = re.compile(r"\b(?:sales|orders?|revenues?|production|produc(?:e|es|ed|ing|er|ers)|manufactur\w*|demand|contracts?|"
                    r"deliver(?:y|ies|ed)|stockpiles?|exports?|imports?|supply|supplies|factor(?:y|ies)|output|purchase\w*|"
                    r"procure\w*|shortages?|prices?)\b", re.I)
_FIRED = re.compile(r"\b(?:fired|landed|hit|struck|fell|slammed|rained|exploded|killed|wounded|injured|shelled|pounded)\b", re.I)
_WAGE = {"launch", "begin", "start", "mount", "press", "step", "intensify", "resume", "open", "continue"}


def _offensive_waged(tok: Token) -> bool:
    """'launched an offensive', 'an offensive by the army against villages': a military offensive told
    as it is waged; not 'offensive remarks', nor a campaign named in passing ('Israel's three-week
    offensive', 'the 2008 offensive')."""
    if tok.pos_ != "NOUN" or any(c.dep_ in ("poss", "nummod") or c.dep_ in ("amod", "compound") and any(
            ch.isdigit() for ch in c.text) or "-" in c.text for c in tok.children):
        return False
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    return tok.head.lemma_.lower() in _WAGE or after in ("by", "against", "on")


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


_PHRASE_WORDS = tuple(words for _, _, words in PHRASE_CUES)
_OVERRIDING = {"CLASH", "BASE", "ABDUCT", "BLAST"}  # a phrase outranks its first word's own cue ("shoot-out", "set up a
# checkpoint", "seized nine staff", "a suicide bomber drove ...")


def _may_cue(lemma: str, lower: str) -> bool:
    """Whether :func:`cue_of` can give a token of this lemma and form a class (only listed words can)."""
    return bool(LEMMA_CUES.get(lemma) or LEMMA_CUES.get(lower) or lemma in _DEED_LEMMAS
                or ("-" in lower and LEMMA_CUES.get(lower.split("-")[-1])))


def find_cues(sent: Span) -> list[Cue]:
    """Every cue token in a sentence (single words by lemma, plus a few phrases)."""
    doc = sent.doc
    cues = [Cue(i, c) for i in within(selected(doc, "cues", _may_cue), sent) if (c := cue_of(doc[i])) is not None]
    taken = {c.i for c in cues}
    text = span_text(sent)
    for (rx, cls, _), possible in zip(PHRASE_CUES, per_doc(doc, "phrase-cues", _phrases_possible)):
        for m in rx.finditer(text) if possible else ():
            at = m.start("cue") if "cue" in rx.groupindex else m.start()  # (a phrase may name its cue word)
            span = sent.doc.char_span(sent.start_char + at, sent.start_char + m.end(), alignment_mode="expand")
            if span is None:
                continue
            if cls in _OVERRIDING and span[0].i in taken:
                cues = [c for c in cues if c.i != span[0].i]
                taken.discard(span[0].i)
            own = LEMMA_CUES.get(span[0].lemma_.lower())
            if span[0].i not in taken and not (own == cls and cue_of(span[0]) is None):
                cues.append(Cue(span[0].i, cls))  # (not where the word's own sense check said no:
                taken.add(span[0].i)              # "troops marched across the square in a parade")
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
    """'no attack', 'did not strike', 'no casualties'; through 'of' ('no evidence of shelling', 'do not
    become victims of armed attack')."""
    head = tok
    while head.dep_ == "conj" and head.pos_ == "NOUN" and head.head.pos_ == "NOUN":
        head = head.head  # "no gunfire or explosions"
    while head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PRON"):
        head = head.head.head  # the noun an 'of' phrase hangs on: 'evidence' of 'no evidence of shelling'
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") and c.dep_ == "det" for c in head.children):
        return True
    verb = _verb_of(head)
    if verb.i != head.i and any(c.dep_ == "neg" for c in verb.children) \
            and (head.dep_ in ("dobj", "nsubjpass") or head.i != tok.i and head.dep_ in ("attr", "oprd")):
        return True
    return denied(tok)


_WITHDRAWN_FAVOURS = {"support", "backing", "funding", "aid", "candidacy", "candidate", "name", "bill", "motion", "ambassador",
                      "envoy", "offer", "request", "complaint", "lawsuit", "case", "membership", "recognition", "consent",
                      "objection", "application", "nomination", "endorsement", "cooperation", "participation", "delegation"}
_RISKS = {"threat", "risk", "danger", "fear", "possibility", "prospect", "spectre", "specter", "likelihood", "warning", "chance"}
_MAYBE = {"planned", "possible", "potential", "imminent", "feared", "would-be", "threatened", "future", "expected"}
_ABLE = {"capable", "able", "ready", "willing", "prepared", "poised", "likely", "unlikely"}
_DEMANDING = {"insist", "demand", "ask", "urge", "request", "require", "propose", "suggest", "recommend", "want"}
_ORDERED = {"order", "threaten", "plan", "vow", "urge", "promise", "prepare", "intend", "demand", "request"}
_HABITUAL = {"repeated", "frequent", "constant", "recurrent", "recurring", "incessant", "regular", "persistent",
             "periodic", "routine"}


def is_irrealis(tok: Token) -> bool:
    """Threats, plans, futures, habits: 'vowed to strike', 'will be killed', 'continue to hit',
    'the effort to recapture', 'expected to create', 'repeated attacks'; and what an anniversary
    counts from (:func:`is_anniversary`)."""
    if is_anniversary(tok):
        return True
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _HABITUAL for c in tok.children):
        return True  # "held the town against repeated attacks": a habit summed up, not one event
    head = tok
    while head.dep_ == "conj" and head.head.pos_ == "NOUN":
        head = head.head  # "threaten nationwide strike and protests": each of the things threatened
    if tok.pos_ in ("NOUN", "PROPN") and (head.dep_ == "dobj" or head.dep_ in ("dep", "conj") and head.i > head.head.i) \
            and head.head.lemma_.lower() in _ORDERED:
        return True  # "ordered new attacks", "threatened strikes": what is wanted, not what was done
    if tok.tag_ == "VB" and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _DEMANDING:
        return True  # "insisted that the RSF withdraw from homes": what is demanded, in the subjunctive
    if tok.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ in ("close", "near"):
        return True  # "close to a peace deal": not yet made
    if tok.pos_ == "NOUN" and (any(a.lower_ == "of" and a.head.lemma_.lower() in _RISKS for a in list(tok.ancestors)[:3])
                               or any(c.dep_ == "amod" and c.lower_ in _MAYBE for c in tok.children)):
        return True  # "the threat of an Islamist attack", "a planned attack", "possible clashes": what may happen
    if any(a.lemma_.lower() in _ABLE and a.pos_ == "ADJ" for a in list(tok.ancestors)[:3]):
        return True  # "people capable of carrying out attacks", "ready to strike"
    if known_for(tok) or told_not_done(tok):
        return True  # "a group notorious for kidnapping", "the film depicts bombardments", "denied that jets bombed"
    if tok.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in ("to", "for", "of") and head.head.head.lemma_.lower() \
            in _CALLS and not any(c.dep_ == "auxpass" for c in head.head.head.children):
        return True  # "called its supporters to a rally", "appealed for a general strike", "warned of attacks" (not "police were called to a brawl")
    if tok.pos_ == "NOUN" and any(a.lemma_.lower() in ("avoid", "avert") for a in list(tok.ancestors)[:3]):
        return True  # "avoid areas of demonstrations", "a clash was averted": advice and escapes, no event
    if tok.pos_ == "VERB" and tok.dep_ == "pobj" and tok.head.lower_ == "to" \
            and any(a.lemma_.lower() in _INTENT for a in list(tok.ancestors)[:3]):
        return True  # "urged supporters to march" read as a preposition's object
    fut = lambda v: any(c.dep_ in ("aux", "auxpass") and (c.lower_ in _MODALS or c.lower_ == "to") for c in v.children)  # noqa: E731
    cur = tok
    for _ in range(5):
        verb = _verb_of(cur)
        if any(c.lower_ in _MODALS and c.dep_ in ("aux", "auxpass") for c in verb.children):
            return True
        purpose = cue_of(tok) == "PROTEST" and verb.head.lemma_.lower() not in _INTENT
        perfect = any(c.lemma_.lower() == "have" and c.dep_ == "aux" for c in verb.children)
        if perfect and verb.dep_ == "relcl" and verb.head.lemma_.lower() in _ACTOR_HEADS and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "who", "which") for c in verb.children):
            return True  # who an actor is: "clan militias that have fought over grazing for years"
        if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) and verb.head.i != verb.i \
                and verb.head.lemma_.lower() not in _MEANS and not purpose and not perfect \
                and verb.head.lower_ not in ("tried", "attempted"):  # an attempt made is an event ("tried to lynch")
            return True  # infinitives: purposes, plans, habits ("operation to retake", "continued to hit"),
            # not a perfect one, which tells what was done ("claimed to have killed", "said to have fled")
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") for c in verb.children):
            return True  # "did not say whether anyone was killed"
        if verb.lemma_.lower() == "continue" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == verb.i:
            return True  # "strikes have continued"
        if tok.dep_ == "nsubj" and tok.head.i == verb.i and any(c.dep_ == "acomp" and (c.lemma_.lower() in _LIKELY or c.lower_ == "due"
                                                                and any(x.dep_ == "xcomp" for x in c.children)) for c in verb.children):
            return True  # "an attack is highly likely", "the march is due to start"
        first = verb  # up the list to the verb with the future: "would confine ..., require ... and let officers fire"
        while not fut(first) and first.dep_ == "conj" and first.tag_ in ("VB", "VBP") and first.head.pos_ in ("VERB", "AUX"):
            first = first.head
        if first is not verb and fut(first):
            cur = first  # a bare verb after another shares its future or infinitive: "will arrest
            continue  # and detain", "promising to withdraw and release" (not "will be protected and chanting")
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
