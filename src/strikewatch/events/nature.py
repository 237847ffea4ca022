"""Harm with no one behind it: nature, accidents, vehicles, illness and animals ('lightning strike
kills three', 'floods destroyed 200 homes', 'struck by a hit-and-run driver', 'died of pneumonia').
Asked by ``events.senses.everyday_sense``."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..nlp import text_of

HARM_CLASSES = {"STRIKE", "HIT", "KILL", "DESTROY", "HURT", "ATTACK", "BLAST", "BURN", "DIE", "SHELL"}
# what kills, hits or destroys with no one behind it
_NATURAL_AGENTS = {"lightning", "thunderstorm", "storm", "flood", "floodwater", "earthquake", "quake", "tremor",
                   "tornado", "hurricane", "cyclone", "typhoon", "landslide", "mudslide", "avalanche", "tsunami",
                   "wave", "heatwave", "drought", "wildfire", "bushfire", "blaze", "hail", "wind", "rain", "snow",
                   "crash", "collision", "accident", "derailment", "disease", "outbreak", "virus", "epidemic",
                   "cholera", "measles", "flu", "pandemic", "meteorite", "asteroid", "locust", "elephant", "lion",
                   "crocodile", "shark", "snake", "bear", "driver", "motorist", "stampede", "rollover", "pileup", "dog", "wolf",
                   "tiger", "leopard", "hippo", "hippopotamus", "buffalo", "bull", "hornet", "crush", "rockfall",
                   "firestorm", "volcano", "eruption", "lava",
                   # markets: "gilts shelled", "tech stocks massacred", "shares bombed"
                   "gilt", "gilts", "bond", "bonds", "share", "shares", "stock", "stocks", "market", "markets",
                   "currency", "rupee", "peso", "lira", "investor", "investors"}
# what falls or bursts on people when it is the doer itself (not "border wall workers")
_FALLING = {"tree", "wall", "roof", "boulder", "rock", "debris", "cylinder", "building", "ceiling"}
# what an accidental death happened in ("killed in a hit-and-run crash", "died in the stampede")
_MISHAPS = {"crash", "collision", "accident", "rollover", "stampede", "derailment", "flood", "earthquake", "quake",
            "landslide", "avalanche", "storm", "tornado", "hurricane", "cyclone", "blaze", "wildfire", "run", "crush",
            "training", "exercise", "drill"}
# an 'exercise' that is an operation, not a drill: "attacked villagers during a disarmament exercise"
_OPERATIONS = {"disarmament", "eviction", "security", "search", "screening", "vetting", "demolition", "crackdown",
               "mop-up", "registration", "enforcement"}


def _operation(word: Token) -> bool:
    return word.lemma_.lower() == "exercise" and any(c.lower_ in _OPERATIONS for c in word.children)


# what a death of illness, age or in one's sleep is told with
_ILLNESSES = {"pneumonia", "cancer", "illness", "disease", "cause", "complication", "stroke", "attack", "failure",
              "age", "covid", "covid-19", "malaria", "cholera", "ebola", "aids", "tuberculosis", "infection", "sleep",
              "overdose", "exposure", "hypothermia", "starvation", "hunger", "thirst", "dehydration", "wound",
              "injury", "burn", "home"}
_VIOLENCE_WORDS = {"attack", "shoot", "shot", "gunman", "gunmen", "bomb", "blast", "clash", "strike", "kill",
                   "militant", "soldier", "rebel", "gunfire", "shelling", "airstrike", "ambush", "explosion", "police"}


def _nature_word(t: Token) -> bool:
    # the lemmatiser makes "lightne" of lightning, and "bear" of "vehicle-borne": lemmas of nouns only
    return t.lemma_.lower() in _NATURAL_AGENTS and t.pos_ in ("NOUN", "PROPN") or t.lower_ in _NATURAL_AGENTS


def _natural(t: Token) -> bool:
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return False  # "a storm of gunfire", "a hail of bullets"
    if t.lower_ == "fire":  # a blaze ("a fire broke out at the factory, killing six"), not gunfire
        return not any(c.dep_ in ("compound", "amod", "prep", "nummod") for c in t.children) \
            and t.dep_ in ("nsubj", "nsubjpass")
    return _nature_word(t) or t.lemma_.lower() in _FALLING and t.pos_ == "NOUN" \
        or any(c.dep_ in ("compound", "amod") and _nature_word(c) for c in t.children)


def natural_agent(tok: Token) -> bool:
    """Is a harm word's doer nature, an accident, illness, a vehicle's driver or an animal ('lightning
    strike', 'floods destroyed', 'struck by lightning', 'a crocodile attack', 'an earthquake that
    killed 10', 'killed in a hit-and-run crash')?"""
    if any(c.dep_ in ("compound", "amod") and _nature_word(c) for c in tok.children):
        return True  # "lightning strike" (the word itself may be a verb of violence: "youths stormed the court")
    doers, cur = [tok], tok
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB":
        cur = tok.head.head  # "leaving him with serious wounds": the harm noun's verb
        doers.append(cur)
    while cur.dep_ in ("advcl", "conj", "xcomp") and cur.tag_ in ("VBG", "VBN", "VBD", "VBZ") and len(doers) < 4:
        cur = cur.head
        doers.append(cur)  # "an earthquake struck the province, killing 14 and destroying homes"
    for verb in doers:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and _natural(c) and not any(
                    x.dep_ == "nsubj" for x in tok.children if verb is not tok):
                return True
            if c.dep_ == "agent" and any(_natural(g) for g in c.children):
                return True  # "struck by lightning", "killed by a drunk driver"
            if c.dep_ == "nsubj" and c.lower_ in ("that", "which") and verb.dep_ == "relcl" and (
                    _natural(verb.head) or verb.head.dep_ == "pobj" and _natural(verb.head.head.head)):
                return True  # "an earthquake that killed 10 people", "an earthquake on an island that killed 10"
            if c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                    g.dep_ in ("pobj", "pcomp") and (g.lemma_.lower() in _MISHAPS and not _operation(g) or any(
                        d.dep_ in ("compound", "amod") and _nature_word(d) for d in g.children)) for g in c.children):
                return True  # "killed in a hit-and-run crash", "died in the stampede", "injured in bear attacks"
            if c.dep_ == "prep" and c.lower_ == "after" and any(
                    g.dep_ == "pcomp" and g.i != tok.i and natural_agent(g) for g in c.children):
                return True  # "died after being attacked by the family dog"
    return False


def natural_death(tok: Token) -> bool:
    """Is a death told as one of illness, age or accident ('died of pneumonia', 'died peacefully in
    her sleep', 'died of natural causes')? Wounds, injuries, burns and a death at home count only when
    the sentence names no violence ('died of his wounds after the ambush' is the ambush's toll; 'died
    at his home near the base' is no one's deed)."""
    if tok.lemma_.lower() not in ("die", "death", "dead"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("peacefully", "naturally") for c in tok.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "at" and any(g.like_num or g.lower_ == "age" for g in c.children)
           for c in tok.children):
        return True  # "dies at 91", "died at the age of 80"
    if any(c.dep_ == "prep" and c.lower_ == "after" and any(
            g.dep_ == "pcomp" and g.lemma_.lower() in ("collapse", "fall", "faint", "drown", "choke") for g in c.children)
           for c in tok.children):
        return True  # "died after collapsing during a march"
    causes = [g.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "in", "at", "after")
              for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _ILLNESSES]
    if any(cause not in _HARMS for cause in causes):
        return True
    return bool(causes) and not any(t.lemma_.lower() in _VIOLENCE_WORDS for t in tok.sent if t.i != tok.i)


_HARMS = {"wound", "injury", "burn", "attack", "home"}  # causes of death that count only with no violence told beside them


_MILD = {"blast": {"arctic", "polar", "cold", "icy", "wintry", "winter", "frigid", "freezing", "chilly", "snowy", "heat"},
         "clash": {"bruising", "verbal", "heated", "televised", "rhetorical", "ideological", "diplomatic", "legal"},
         "shot": {"flu", "booster", "vaccine", "covid", "measles", "polio", "tetanus"},
         "mob": {"flash"},
         "strike": {"gold", "oil", "copper", "diamond", "mineral", "lucky", "bowling"},
         "handover": {"ceremony", "ceremonies", "parade"}}  # weather, words, jabs, a dance, a find, a base's new tenants


def mild_sense(tok: Token) -> bool:
    """A blast of weather, a clash of words, a shot of vaccine, a crowd that dances ('an Arctic blast', 'a bruising
    clash', 'flu shots', 'a flash mob'); a blow that is a noun ('a major blow to Kabul') is a setback; a
    gathering still to come ('a demonstration planned for Saturday') is none yet."""
    if planned(tok) or tok.lower_ in _FOUND_ORDNANCE and _OLD_WAR.search(tok.sent.text) \
            or tok.lower_ in ("destruction", "disposal", "demolition") and tok.head.lower_ == "for":
        return True  # (a First World War shell found: history's ordnance; "taken away for destruction": a purpose)
    if _priced(tok):
        return True  # "Brent crude shot down 24%", "gilt yields explode": prices, not violence
    if _pelted_with_words(tok) or _glows(tok) or tok.lemma_.lower() == "storm" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _RANKINGS for c in tok.children):
        return True  # (and "stormed the charts": a hit, no assault)
    if tok.lemma_.lower() in ("battle", "fight", "combat") and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _SCOURGES for c in tok.children):
        return True  # "as the country battles insecurity": a struggle against a condition, no fight told
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in ("blow", "blows") and not any(
            c.lower_ in ("up", "out") for c in tok.children):
        return True
    shot = tok.lower_ in ("shot", "shots")  # tagged a verb as often as a noun ("Flu shot clinics open")
    words = _MILD.get("shot" if shot else tok.lemma_.lower(), ())
    return (tok.pos_ == "NOUN" or shot) and (tok.head.lower_ in words or any(
        c.dep_ in ("amod", "compound", "nsubj") and c.lower_ in words for c in tok.children))


_PRICES = {"price", "prices", "crude", "oil", "brent", "share", "shares", "stock", "stocks", "yield", "yields", "bond",
           "bonds", "gilt", "gilts", "market", "markets", "index", "currency", "rupee", "dollar", "euro", "sterling", "peso",
           "naira", "lira", "rouble", "ruble", "inflation", "sales", "profits", "profit", "earnings", "exports", "imports"}
_BY_SHARE = re.compile(r"(?:\s+(?:up|down|by|to|more than|over|nearly|almost|some))*\s+\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)")


def _priced(tok: Token) -> bool:
    """A price or a market that shot up, exploded or was hit ('crude shot down 24%', 'yields explode'), or a verb that
    moves by a share ('surged 12 percent')."""
    if tok.pos_ != "VERB":
        return False
    text = text_of(tok.doc)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _PRICES for c in tok.children) \
        or bool(_BY_SHARE.match(text, tok.idx + len(tok.text)))


def _glows(tok: Token) -> bool:
    """'a Carmen that burns fiercely', 'her ambition burned': burning with no object, nobody's deed, said of a person,
    a work or a feeling (not 'homes burned', where what burned was property)."""
    if tok.lemma_.lower() != "burn" or tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "auxpass", "nsubjpass", "prt")
                                                                  for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("that", "who", "which") and tok.dep_ == "relcl":
        subj = tok.head
    return subj is not None and (subj.pos_ in ("PROPN", "PRON") or subj.lemma_.lower() in _FEELINGS)


_SCOURGES = {"insecurity", "inflation", "crime", "corruption", "poverty", "disease", "fire", "blaze", "wildfire", "flood",
             "drought", "hunger", "unemployment", "cancer", "obesity", "addiction", "virus", "pandemic", "epidemic",
             "terrorism", "extremism", "banditry", "insurgency", "smuggling", "piracy", "illness", "injury", "odds"}
_RANKINGS = {"chart", "charts", "billboard", "bestseller", "ranking", "rankings", "airwaves", "screen", "internet", "box",
             "leaderboard", "polls", "poll", "market"}
_FEELINGS = {"passion", "desire", "ambition", "anger", "rage", "love", "hatred", "hope", "star", "performance",
             "production", "voice", "flame", "candle", "eye", "cheek", "face", "skin", "throat", "sun", "light"}


_BARRAGES = {"question", "query", "inquiry", "delivery", "ball", "bouncer", "message", "call", "email", "letter", "text",
             "complaint", "request", "offer", "criticism", "abuse", "insult", "advert", "ad", "advertisement", "information",
             "noise", "spam", "demand", "application", "comment", "tweet", "image", "praise", "bid", "cross", "corner",
             "shot", "chance", "pass", "punch", "blow", "jab", "leaflet", "flyer", "gift", "award", "compliment", "claim"}


def _pelted_with_words(tok: Token) -> bool:
    """'bombarded the visitors with short-pitched deliveries', 'bombarded by questions': a barrage of what is no
    weapon (balls, questions, messages)."""
    if tok.lemma_.lower() not in ("bombard", "bombardment", "barrage", "pepper", "blitz"):
        return False
    objs = [o for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by", "of")
            for o in c.children if o.dep_ == "pobj"]
    return bool(objs) and all(o.lemma_.lower() in _BARRAGES for o in objs)


_OLD_WAR = re.compile(r"\b(?:(?:First|Second) World War|World War (?:One|Two|I|II|1|2)|WW ?(?:I|II|1|2))\b")
_FOUND_ORDNANCE = {"unexploded", "found", "discovered", "defused", "detonated", "recovered", "unearthed", "uncovered"}
_PLANNED = {"planned", "scheduled", "slated", "called", "set", "proposed", "announced"}


_LEAVE = {"permit", "permission", "authorisation", "authorization", "approval", "preparation", "plan", "application", "licence",
          "license", "route"}  # (and "authorised the route for the march")


def planned(tok: Token) -> bool:
    """A gathering or strike still to come: "a demonstration planned for Saturday week", "the strike called for Monday",
    "applied for a permit for a weekend demonstration"."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _LEAVE:
        return True
    return tok.pos_ == "NOUN" and any(c.dep_ == "acl" and c.lower_ in _PLANNED and not any(g.lower_ == "by" for g in c.children)
                                      and any(g.lower_ == "for" and _when(g) for g in c.children) for c in tok.children)


def _when(prep: Token) -> bool:
    """'for Saturday', 'for next week', 'for 31 July': a time ("unrest called for by the union" names none)."""
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_WORDS for t in prep.subtree)


_TIME_WORDS = {"week", "weekend", "month", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "later", "noon"}
