"""Crowd words that gather no crowd: a protest that is a formal objection ('the ministry protested the
ruling'), a rally of markets or of opinion, a march of one man or of soldiers on parade, a protester
who is a named person described. Asked by ``events.senses.everyday_sense``. And a crowd that fights
police or troops (:func:`crowd_against_forces`) or burns property (:func:`crowd_deed`), asked by ``events.classify``."""
from __future__ import annotations

import re

from spacy.tokens import Token


# what is done to a gathering that then never takes place ("organisers cancelled the march")
CALLED_OFF = {"cancel", "postpone", "scrap", "shelve", "abandon", "ban", "prohibit"}


_PARADING = {"troop", "soldier", "cadet", "band", "veteran", "sailor", "marine", "guard", "recruit", "unit", "regiment",
             "battalion", "army", "contingent", "platoon", "personnel", "serviceman", "servicewoman", "airman", "conscript"}


_CONTESTS = {"final", "semifinal", "semi-final", "semi", "quarterfinal", "quarter-final", "round", "knockout", "playoff",
             "play-off", "lead", "top", "history", "record", "league", "cup"}


def drill_march(tok: Token) -> bool:
    """A march of soldiers, a military parade, a training march or a charity walk: no crowd making a claim
    (a Pride parade with its demands stays a march)."""
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("training", "route", "forced", "death", "military")
           for c in tok.children):
        return True
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _PARADING for c in tok.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("into", "to") and any(o.lemma_.lower() in _CONTESTS for o in c.children)
           for c in tok.children):
        return True  # "the Tigers marched into the grand final": a team through a contest
    words = {t.lemma_.lower() for t in tok.sent}
    if words & {"awareness", "charity", "walkathon", "fundraiser", "fundraising", "marathon"}:
        return True  # "thousands march through the capital in a cancer awareness walk": a charity walk, no claim
    if words & {"costumed", "bonfire", "carnival", "festival", "fireworks", "float", "mardi", "pageant"} \
            and not words & {"demand", "protest", "against", "slogan", "placard", "chant"}:
        return True  # "costumed members of the bonfire society march down the High Street": a festival, no claim
    return "parade" in words and bool(words & (_PARADING | {"military", "tank", "flypast", "victory"}))


def describes_person(tok: Token) -> bool:
    """A protester noun that is a named person's title ('protester James Kopp')."""
    if tok.dep_ == "compound" and tok.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children) or (
        tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON")


# subjects that object rather than gather: 'the ministry protested the ruling' is no crowd, while
# 'traders protest new fees' (a monitor's terse note) is one
_INSTITUTIONS = {"ministry", "government", "embassy", "company", "firm", "council", "department", "office", "board",
                 "committee", "administration", "spokesman", "spokeswoman", "spokesperson", "official", "minister",
                 "mayor", "governor", "president", "lawmaker", "senator", "club", "league", "federation", "bank",
                 "corporation", "agency", "commission", "authority", "authorities", "regulator", "court", "team",
                 "manager", "coach", "owner", "attorney", "prosecutor", "defence", "defense", "union"}


_GATHERING_WORDS = {"outside", "street", "streets", "square", "gathered", "rally", "march", "marched", "placard",
                    "placards", "banner", "banners", "chanting", "chanted", "front", "blocked", "sit-in", "gate", "gates"}


_SUMMONS = {"summon", "recall", "call", "convoke", "send", "write", "hand", "cable", "phone"}  # an envoy summoned to protest
_LODGE_VERBS = {"lodge", "file", "send", "submit", "register", "deliver", "issue", "voice", "express", "make", "raise"}


def _month_name(tok: Token) -> bool:
    """Is 'March' the month ("on 3 March", "March 3", "in March"), not a march?"""
    return tok.text == "March" and (tok.ent_type_ == "DATE" or tok.i > tok.sent.start and tok.nbor(-1).like_num
                                    or tok.i + 1 < tok.sent.end and tok.nbor(1).like_num)


_PROTEST_KINDS = {"activist", "leader", "organiser", "organizer", "movement", "group", "law", "song", "vote", "figure",
                  "camp", "icon", "poet", "singer"}


def protest_modifier(tok: Token) -> bool:
    """'protest' naming who or what ('seized a protest activist', 'the protest movement's leader', 'a protest law')."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in _PROTEST_KINDS


def objection(tok: Token) -> bool:
    """Is a 'protest' a formal objection rather than a gathering? 'protested that ...', 'protested to
    the embassy', 'the union protested the freeze' (an institution objecting to something, nowhere in
    public), 'lodged a formal protest', 'a diplomatic protest'."""
    words = {t.lower_ for t in tok.sent if not _month_name(t)}
    if words & _GATHERING_WORDS:
        return False
    if tok.pos_ == "NOUN":
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LODGE_VERBS or any(
            c.dep_ == "amod" and c.lower_ in ("formal", "diplomatic", "official", "written", "strong") for c in tok.children)
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ in ("advcl", "xcomp", "acl") and tok.head.lemma_.lower() in _SUMMONS:
        return True  # "summoned the envoy to protest", "recalled its ambassador to protest the raid": diplomacy
    if any(c.dep_ == "ccomp" and c.left_edge.i <= tok.i + 2 or c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return True  # "protested that ...", not a later clause the parser hung on the verb
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
                 "gold", "team", "side", "economy", "sale", "investor", "equity", "future", "rupee", "pound", "copper",
                 "silver", "metal", "wheat", "grain", "crude", "brent", "bitcoin", "crypto", "commodity", "yield", "bull"}


_RALLIED_THINGS = {"support", "opinion", "troop", "voter", "fan", "base", "ally", "backing", "morale", "investor",
                   "team", "player", "member", "lawmaker", "nation", "country", "public", "people", "party"}


def rallied_not_gathered(tok: Token) -> bool:
    """'Shares rallied 3 percent', 'the team rallied from behind', 'to rally public opinion': a rally
    that is no gathering of protesters."""
    if tok.pos_ != "VERB":
        return tok.pos_ in ("NOUN", "PROPN") and (any(c.lemma_.lower() in _MARKET_WORDS for c in tok.subtree)
                                       or any(t.lower_ in ("percent", "%") for t in tok.sent))
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "compound")), None)
    if subject is not None and subject.lemma_.lower() in _MARKET_WORDS:
        return True  # "shares rallied", "Markets rally as ..." (a headline parsed with a compound)
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _RALLIED_THINGS for c in tok.children) \
        or any(t.lower_ in ("percent", "%") for t in tok.sent)


def _placed(verb: Token) -> bool:
    """Is a verb's clause told at a named place ('in Quetta', 'at the Kabul university gate'), not
    on a named day ('in March')?"""
    sent = verb.sent
    return any(t.lower_ in ("in", "at", "near", "across") and t.i + 2 <= sent.end
               and verb.doc[t.i + 1].ent_type_ not in ("DATE", "TIME")
               and (verb.doc[t.i + 1].text[:1].isupper() or verb.doc[t.i + 1].lower_ == "the"
                    and t.i + 2 < sent.end and verb.doc[t.i + 2].text[:1].isupper())
               for t in sent if t.i > verb.i)


def one_walker(verb: Token) -> bool:
    """The one who marched is one person ('a gunman who marched into', 'he marched up to'), not a crowd."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she")
    return subject.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subject.children) \
        and subject.lemma_.lower() not in ("crowd", "group", "mob", "procession", "column", "convoy", "army") \
        and subject.lower_ not in _CROWDS  # "Protesters (Chile) marched": a coder's actor name, tagged as one proper noun


_CROWDS = frozenset({"protesters", "protestors", "demonstrators", "rioters", "marchers", "students", "workers", "supporters",
                     "activists", "teachers", "farmers", "residents", "villagers", "youths", "traders", "women"})


# what is done to protest as an idea ("governments find protest inconvenient", "the law criminalises protest")
_VIEWS = {"find", "consider", "see", "regard", "tolerate", "criminalise", "criminalize", "outlaw", "ban", "restrict",
          "permit", "allow", "guarantee", "protect", "value", "fear", "discourage", "encourage", "treat"}


def protest_as_idea(tok: Token) -> bool:
    """A bare singular 'protest' (no article, number or modifier) that a verb of viewing, allowing or
    banning takes as its object, directly or through the word it qualifies: the idea, not a gathering."""
    if tok.tag_ != "NN" or tok.dep_ not in ("dobj", "compound"):
        return False
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head  # "find protest inconvenient": protest -> inconvenient -> find
    return verb.lemma_.lower() in _VIEWS and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound")
                                                     for c in tok.children)



# a crowd of civilians against police or troops ("clashes erupted between Palestinians and Israeli forces",
# "fruit sellers clashed with police"): ACLED's rioters, a mob's or demonstrators' violence, not a battle
_CIVIL_CROWD = (r"(?:Palestinians|residents|villagers|locals|youths|students|sellers|vendors|traders|workers|farmers|"
                r"nationals|inhabitants|worshippers|people|crowds?|mobs?|demonstrators|protesters|fans|drivers|miners)")
_FORCES = r"(?:police(?:men)?|(?:security|Israeli|government|armed) forces|troops|soldiers|officers|personnel|guards)"
_CROWD_CLASH = re.compile(
    rf"\b{_CIVIL_CROWD}\b(?:\s+[\w-]+){{0,3}}?\s+(?:clash\w*|scuffl\w*|fought|brawl\w*)\s+(?:with|against)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_FORCES}\b|\bclash\w*\s+(?:\w+\s+){{0,2}}?between\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_CIVIL_CROWD}\s+and\s+(?:[\w-]+\s+){{0,2}}?{_FORCES}|{_FORCES}\s+and\s+(?:[\w-]+\s+){{0,2}}?{_CIVIL_CROWD})\b")


def crowd_against_forces(text: str) -> bool:
    """Civilians named as a crowd fighting police or troops, with no side's guns told (see above)."""
    return bool(_CROWD_CLASH.search(text))


# a crowd of people, not an armed group, as the ones who burned or wrecked ("residents set fire to", "a group of
# youths torched", "angered traders burned a truck")
_CROWD_DEED = re.compile(r"\b(?:residents|villagers|neighbou?rs|community members|locals|youths|students|mob|crowds?|worshippers|"
                         r"(?:angry|angered|irate|enraged|furious) (?:\w+ ){0,2}?(?:residents|villagers|people|men|youths|"
                         r"riders|drivers|operators|traders|relatives|crowd|locals)|a (?:band|group|gang) of (?:\w+ )?"
                         r"(?:residents|villagers|people|youths|men|locals|community members))\b", re.I)


# what a crowd burns or blocks to press a claim: a demonstration's acts ("burned tyres", "blocked the road", "demanded")
_CLAIMING = re.compile(r"\b(?:tyres|tires|block(?:ed|ing)? (?:the |a |all )?(?:\w+ )?(?:roads?|streets?|highway|entrance)|"
                       r"demand\w*|agitat\w*|banners?|placards?|slogans?|chant\w*)\b", re.I)


def crowd_deed(text: str, told: str) -> str | None:
    """The riot sub-type when a crowd of people (not an armed group) is named in ``text`` as the ones who
    burned or wrecked (``told``: the whole sentence): a demonstration's when they pressed a claim, else mob violence."""
    if not _CROWD_DEED.search(text):
        return None
    return "Violent demonstration" if _CLAIMING.search(told) else "Mob violence"


# people held for the gathering they were at ("detained 14 people who laid flowers at a monument", "arrested 30 supporters
# as they gathered outside the court"): a protest broken up by arrests, ACLED's protest with intervention
_ARRESTED_GATHERING = re.compile(r"\b(?:arrested|detained|rounded up|held)\b[^.;]{0,80}?\b(?:who|as they|while they|when they)\s+"
                                 r"(?:had\s+|were\s+)?(?:gathered|gathering|laid flowers|laying flowers|rallied|rallying|marched|"
                                 r"marching|protested|protesting|demonstrated|chanted|chanting|staged|held (?:up )?(?:a |an )?"
                                 r"(?:vigil|picket|sit-in|banners?|placards?|signs?))\b", re.I)


def arrested_gathering(text: str) -> bool:
    """Arrests of people for the gathering they were at: the arrests break up a protest."""
    return bool(_ARRESTED_GATHERING.search(text))


# a crowd come together, fired on ("security forces shot at a crowd that had gathered outside a police station"): with
# state forces shooting, the crowd is taken for a protest (ACLED's excessive force), not for bystanders
_CROWD_GATHERED = re.compile(r"\b(?:at|on|into)\s+(?:a|the)\s+(?:large\s+|big\s+|huge\s+)?crowds?\s+(?:that|who|which)\s+"
                             r"(?:had\s+)?(?:gathered|assembled|massed|formed)\b", re.I)


def crowd_gathered(text: str) -> bool:
    """Fire aimed at a crowd that had gathered."""
    return bool(_CROWD_GATHERED.search(text))
