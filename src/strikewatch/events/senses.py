"""Everyday senses of trigger words: when 'battle', 'protest', 'rally', 'strike' or 'deal' tell no
event in ACLED's sense (a legal battle, a ministry protesting a ruling, shares rallying, a lightning
strike, a great deal of mud). :func:`everyday_sense` is asked by ``events.triggers.cue_of``."""
from __future__ import annotations

import re

from spacy.tokens import Token

from .aside import aimed_or_warned, shown_not_done
from .gatherings import (CALLED_OFF, describes_person, drill_march, objection, one_walker, protest_as_idea, protest_modifier,
                         rallied_not_gathered)
from .nature import HARM_CLASSES, mild_sense, natural_agent, natural_death
from .tokens import headline_clause


def everyday_sense(tok: Token, cls: str, lemma: str) -> bool:
    """Is a trigger word (cue class ``cls``) used in an everyday sense here, telling no event?"""
    if cls == "XFIRE" and not _fire_exchanged(tok):
        return True  # "prisoner exchange", "an exchange of letters": no fire
    if cls in ("CLASH", "ATTACK") and tok.pos_ == "NOUN" and _peaceful_domain(tok):
        return True  # "a legal battle", "a heart attack", "the battle to win compensation"
    if cls == "AGREE" and not _agreement_made(tok):
        return True  # "as the ceasefire holds", "a great deal of mud": no agreement made
    if cls in HARM_CLASSES and natural_agent(tok) or cls in ("DIE", "KILL") and natural_death(tok):
        return True  # "lightning strike kills three", "died of pneumonia": nature, not violence
    if lemma == "shot" and tok.pos_ == "NOUN" and _picture(tok):
        return True  # "publicity shots of her", "a flu shot": pictures and jabs
    if cls == "FIRE" and _blaze_or_dismissal(tok):
        return True  # "a fire gutted the store", "fired on June 8": a blaze, a sacking
    if lemma == "rally" and rallied_not_gathered(tok):
        return True  # "shares rallied", "to rally public opinion": no crowd
    if lemma == "beat" and any(c.dep_ == "dobj" and c.lemma_.lower() in _BEATEN_THINGS for c in tok.children):
        return True  # "beat forecasts", "beat the record", "beat Arsenal 2-1": winning, not a beating
    if lemma == "custody" and not (tok.head.lower_ in ("into", "in") or any(
            c.lower_ in ("police", "military", "army", "security", "state", "protective") for c in tok.children)):
        return True  # "custody of the child", "a custody hearing": family law, not an arrest
    if lemma in ("fight", "battle") and tok.pos_ == "VERB" and _campaigning(tok):
        return True  # "fighting to keep the boy", "battled for custody": a campaign, not combat
    if cls == "SHELL" and tok.dep_ == "amod" and tok.head.lemma_.lower() not in _SHELLED_PLACES:
        return True  # "shelled pistachios", "shelled eggs": food, not artillery
    if cls == "SHELL" and tok.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in _NATURAL_SHELLS for c in tok.children):
        return True  # "mussel shells", "an egg shell", "ocean shells": not artillery
    if tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in _GROUP_NOUNS and not headline_clause(tok):
        return True  # "a kidnapping gang", "an arrest warrant", "an assault charge", "assault rifles": who or what, not a deed
    if tok.pos_ in ("NOUN", "VERB") and _unreal_noun(tok):
        return True  # "a possible shooting", "the fear of arrest", "a record of attacks": no deed told
    if cls == "PROTEST" and tok.pos_ == "NOUN" and describes_person(tok):
        return True  # "anti-war protester Jane Doe is sought as a witness": a person described
    if cls == "DISRUPT" and not any(t.lemma_.lower() in _WEAPON_WORDS or t.lower_ in _WEAPON_WORDS for t in tok.sent):
        return True  # "dismantled a gang", "intercepted cigarettes", "defused tensions": no weapon disrupted
    if cls == "PROTEST" and lemma == "protest" and (objection(tok) or protest_modifier(tok)):
        return True  # "the union protested the freeze", "lodged a formal protest", "a protest activist": no crowd
    if lemma in _DEPLOY_VERBS and tok.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and not _force(c) for c in tok.children):
        return True  # "deployed a flood wall", "mobilised volunteers": no armed force moved
    if lemma in ("riot", "anti-riot") and tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in _GEAR:
        return True  # "riot police", "riot gear": who came and what they wore, not a riot
    if lemma == "march" and tok.pos_ == "VERB" and (any(c.dep_ == "dobj" for c in tok.children) or one_walker(tok)):
        return True  # "a gunman marched into the party", "marched him to the car": walking, not a march
    if lemma == "burn" and tok.pos_ == "VERB" and _burned_down(tok):
        return True  # "the old mill burned to the ground": a blaze, nobody's deed told
    if lemma in ("attack", "ambush") and tok.pos_ == "VERB" and _criticised(tok):
        return True  # "attacked him for failing to act", "ambushed her rival in the debate": words, not blows
    if lemma == "fire" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
        return True  # "firing off questions", "fired off an angry letter"
    if aimed_or_warned(tok, lemma):
        return True  # "against ISIS targets", "an air raid alert": no deed
    if cls == "CLASH" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in _ADVERSITIES
                                                     for c in tok.children):
        return True  # "firefighters battling wildfires"
    if cls == "ATTACK" and _CYBER.search(tok.sent.text):
        return True  # "a ransomware gang that attacked hospitals": computers, not people
    if lemma == "march" and drill_march(tok):
        return True  # "troops marched across the square in a parade", "collapsed on a training march"
    if cls == "PROTEST" and tok.pos_ == "NOUN" and tok.sent.root.lemma_.lower() in CALLED_OFF:
        return True  # "organisers of the march cancelled it": no gathering
    if lemma == "stone" and _precious(tok):
        return True  # "escaped with stones worth 4 million euros": gems, not stone-throwing
    if cls == "CLASH" and tok.pos_ == "VERB" and _disputed(tok):
        return True  # "the allies have clashed over US support for ...": a dispute, not a fight
    if cls in _ARMED_CLASSES and _rehearsed_or_staged(tok.sent) or _MATCH.search(tok.sent.text):
        return True  # "live-fire drills", "a war epic begins shooting", "sent the home crowd into delirium
        # in the 88th minute": no violence, no protest
    if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in tok.children):
        return True  # "she had been practically kidnapped", "virtually shelled by questions": a manner of speaking
    if cls == "STRIKE" and any(c.dep_ == "amod" and c.lower_ == "armed" for c in tok.children):
        return True  # an "armed strike": a group's order to stay home (a lockdown), not a strike from the air
    if lemma in ("mine", "mines") and _pit(tok):
        return True  # "seizing a French-run uranium mine": a pit, not a landmine
    if cls == "PROTEST" and (protest_as_idea(tok) or lemma == "demonstrate" and any(c.dep_ == "dobj" for c in tok.children)
                             and all(c.lower_ != "against" for c in tok.children)):
        return True  # "governments find protest inconvenient", "the law criminalises protest", "to demonstrate a capability"
    if shown_not_done(tok) or mild_sense(tok) or tok.pos_ == "VERB" and any(c.dep_ == "nsubj" and mild_sense(c) for c in tok.children):
        return True  # "a demonstration of the hoverboard", "the film, shot near Kyiv", "an Arctic blast", "flu shots"
    return False


_PIT_WORDS = {"gold", "uranium", "coal", "copper", "diamond", "iron", "cobalt", "lithium", "tin", "salt", "open-pit",
              "open", "pit", "mining", "run", "owned", "operated"}


def _pit(tok: Token) -> bool:
    """A mine that is dug, owned or run: 'a French-run mine', 'the gold mine'."""
    return any(c.dep_ in ("amod", "compound", "npadvmod") and (c.lower_ in _PIT_WORDS or c.lower_.endswith(("-run", "-owned",
               "-operated"))) for c in tok.children) or tok.doc[max(tok.i - 1, 0)].lower_.endswith(("-run", "-owned"))


_HEDGES = {"practically", "virtually", "effectively", "metaphorically", "figuratively", "basically"}
_ARMED_CLASSES = {"AIR", "STRIKE", "SHELL", "BLAST", "ATTACK", "KILL", "SHOOT", "FIRE", "HIT", "DESTROY", "CLASH", "RAID"}
_DISPUTED = {"support", "issue", "plan", "policy", "tariff", "trade", "sanction", "funding", "result", "budget",
             "proposal", "reform", "law", "bill", "purchase", "price", "remark", "comment", "strategy", "approach",
             "question", "future", "role", "demand", "rule", "decision", "treaty", "deal"}
_STAGED = re.compile(r"\b(?:live-fire|war ?games|(?:military|naval|joint|annual|missile|firing|combat) (?:exercises?|drills?)|"
                     r"in (?:the )?drills?|(?P<h>simulat(?:e|es|ed|ing|ions?)|scenarios?|war-?gam\w*)|"
                     r"(?:film|movie) (?:shoot|set|crew|director|studio)|begins? shooting|war epic|box office)\b", re.IGNORECASE)
# a football, cricket or American football match told play by play: its shots, rockets and roaring crowds are the game's
_MATCH = re.compile(r"\b(?:\d{1,3}(?:st|nd|rd|th)[- ]minute|(?:equalis|equaliz)\w*|goalkeeper|midfielder|penalty (?:area|spot|kick)|"
                    r"half-?time|(?:left|right)-footed|stoppage time|extra time|wickets?|batsm[ae]n|batting|bowlers|innings|"
                    r"quarterback|touchdowns?)\b", re.IGNORECASE)
_HARMED = re.compile(r"\b(?:killed|killing|dead|died|wounded|injured|casualties)\b", re.IGNORECASE)


def _disputed(verb: Token) -> bool:
    """'clashed over US support', 'clashed over the budget': sides at odds over a matter, with no 'with'
    (an opponent met) and nothing physical fought over (not 'clashed over grazing land')."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "at", "in", "near", "outside", "inside") for c in verb.children):
        return False  # an opponent met, a place where it happened: a fight
    return any(c.dep_ == "prep" and c.lower_ == "over" and any(o.dep_ == "pobj" and o.lemma_.lower() in _DISPUTED
                                                               for o in c.children) for c in verb.children)


def _rehearsed_or_staged(sent) -> bool:
    """A drill, a film shoot or a match, with no one hurt: "held live-fire exercises, firing missiles"; a simulation."""
    staged = _STAGED.search(text := sent.text)
    return bool(staged) and (not _HARMED.search(text) or bool(staged.group("h")))  # "in the base scenario, 3,200 killed"


_SPEECH = {"debate", "interview", "speech", "statement", "tweet", "post", "column", "editorial", "op-ed", "ad",
           "advertisement", "commercial", "letter", "conference", "hearing", "podcast", "broadcast", "parliament"}
_TOPICS = {"comment", "remark", "policy", "plan", "budget", "record", "handling", "stance", "decision", "statement",
           "position", "view", "vote", "proposal", "bill", "failure", "response", "tweet", "leadership", "reform",
           "question", "rise", "tax", "criticism", "dossier", "insult"}


def _criticised(verb: Token) -> bool:
    """An 'attack' that is criticism: made in a debate, interview or speech (the verb's own phrase,
    not 'the army said in a statement'), aimed at someone for a failing ('for failing to ...') or
    over a policy or remark."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in ("in", "during", "on") and any(c.dep_ == "pobj" and c.lemma_.lower() in _SPEECH
                                                        for c in prep.children):
            return True
        if prep.lower_ == "as" or prep.lower_ == "for" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
            return True  # "for failing to act", "attacked both as representatives of old politics"
        if prep.lower_ in ("over", "with") and any(c.dep_ == "pobj" and c.lemma_.lower() in _TOPICS
                                                   for c in prep.children):
            return True  # "over his plan", "ambushing pensioners with tax rises"
    return False


_DEPLOY_VERBS = {"deploy", "mobilize", "mobilise", "reinforce"}
_FORCES = {"troop", "soldier", "force", "police", "policeman", "officer", "unit", "fighter", "militia", "militiaman",
           "reinforcement", "personnel", "battalion", "brigade", "regiment", "division", "company", "army", "marine",
           "commando", "guard", "gendarme", "ranger", "tank", "vehicle", "warship", "jet", "aircraft", "helicopter",
           "drone", "artillery", "missile", "battery", "convoy", "contingent", "detachment", "squad", "men", "man",
           "member", "recruit", "reservist", "conscript", "paramilitary", "it", "they", "them", "which", "who"}
_COUNT_NOUNS = {"hundred", "thousand", "dozen", "score"}


def _force(noun: Token) -> bool:
    """Does ``noun`` name armed people or their means ("troops", "hundreds of fighters", "the 5th Brigade")?"""
    counted = noun.lemma_.lower() in _COUNT_NOUNS
    if noun.pos_ in ("NUM", "PROPN") or counted:
        inner = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not inner:  # "deployed 500", "deployed the 5th Brigade" (a name, capitalised)
            return noun.pos_ == "NUM" or counted or noun.text[:1].isupper()
        return any(_force(g) for g in inner)
    return noun.lemma_.lower() in _FORCES


_GEAR = {"police", "policeman", "policemen", "officer", "squad", "unit", "gear", "shield", "helmet", "control", "troop",
         "force", "van", "truck", "vehicle", "equipment", "act"}

_GROUP_NOUNS = {"gang", "ring", "cell", "network", "syndicate", "group", "squad", "unit", "team", "crew", "cartel",
                "suspect", "suspects", "plot", "plan", "charge", "case", "trial", "investigation", "probe",
                "warrant", "record", "rate", "count", "conviction", "sentence", "law", "threat", "risk", "drill",
                "leader", "organiser", "organizer", "movement", "song", "figure", "icon", "poet", "singer",
                # a kind of force or weapon: "air assault forces", "assault rifles", "attack helicopters"
                "force", "troop", "rifle", "weapon", "helicopter", "aircraft", "jet", "vehicle", "boat", "ship", "craft",
                "brigade", "battalion", "regiment", "dog", "course", "capability", "submarine", "crime", "control", "owner",
                "re-enactment", "reenactment", "film", "movie", "documentary", "release", "summary", "totals", "log"}  # shows, papers
# what makes a deed noun no deed: a possibility, a fear, a record of past deeds
_UNREAL_MODIFIERS = {"possible", "potential", "planned", "future", "would-be", "hypothetical", "mock", "simulated"}
_UNREAL_HEADS = {"fear", "threat", "risk", "danger", "possibility", "prospect", "record", "history", "rumour",
                 "rumor", "spectre", "specter", "memory", "anniversary", "commemoration", "memorial", "remembrance",
                 # works about an event: "a new play about the miners' strike", "a film about the siege"
                 "play", "film", "movie", "book", "novel", "documentary", "exhibition", "drama", "musical", "opera",
                 "song", "poem", "painting", "game"}


_CYBER = re.compile(r"\b(?:ransomware|cyber\w*|hackers?|malware|phishing|DDoS|denial-of-service|"
                    r"computer systems?|servers|spyware)\b", re.I)


def _precious(tok: Token) -> bool:
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    return nxt in ("worth", "valued") or any(c.lower_ in ("precious", "semi-precious", "gem", "diamond")
                                             for c in tok.children)


def _unreal_noun(tok: Token) -> bool:
    doc = tok.doc
    for j in range(tok.i - 1, max(tok.sent.start, tok.i - 5) - 1, -1):
        if doc[j].lower_ in _UNREAL_MODIFIERS:
            return True  # "a possible gang shooting", "a possible drive-by shooting"
        if doc[j].pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT", "ADP") or doc[j].text in (",", ";"):
            break
    head = tok.head if tok.dep_ == "conj" and tok.head.pos_ == "NOUN" else tok  # "a play about the strike and the battle"
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "about") and head.head.head.lemma_.lower() in _UNREAL_HEADS:
        return True
    return tok.dep_ == "compound" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of" \
        and tok.head.head.head.lemma_.lower() in _UNREAL_HEADS


# what a defusal, interception or confiscation must concern to disrupt weapons use
_WEAPON_WORDS = {"weapon", "weaponry", "arm", "arms", "ammunition", "munition", "bomb", "explosive", "ied", "device",
                 "mine", "landmine", "missile", "rocket", "drone", "uav", "grenade", "shell", "mortar", "gun",
                 "rifle", "firearm", "pistol", "bullet", "round", "detonator", "vest", "belt", "car-bomb", "vbied",
                 "projectile", "launcher", "artillery", "cache", "arsenal", "dynamite", "tnt", "c4", "shells",
                 # ... or the drug labs and crops that state forces destroy (ACLED: property destruction)
                 "lab", "laboratory", "plantation", "crop", "poppy", "coca", "marijuana", "cannabis", "cocaine",
                 "heroin", "methamphetamine", "meth", "narcotic", "narcotics"}
_FIRE_WORDS = {"fire", "gunfire", "shot", "shots", "bullet", "bullets", "blow", "blows", "rocket", "rockets",
               "mortar", "mortars", "artillery", "shell", "shells", "grenade", "grenades", "missile", "missiles"}
# what an attack in words is made on ("a blistering attack on the budget"; not "an attack on army positions")
_IDEAS = {"budget", "policy", "plan", "bill", "reform", "proposal", "record", "decision", "remark", "comment", "handling",
          "leadership", "stance", "speech", "manifesto", "strategy", "law", "ruling", "reputation", "credibility",
          "character", "integrity", "tax", "economy", "media", "press", "idea", "theory"}
# what one battles that is no armed side
_ADVERSITIES = {"wildfire", "fire", "blaze", "flame", "flood", "virus", "disease", "cancer", "poverty", "corruption",
                "addiction", "obesity", "illness", "pandemic", "covid", "inflation", "drought", "hunger", "malaria",
                "epidemic", "outbreak", "heat", "cold", "snow", "storm", "pest", "locust", "weed"}
_PEACEFUL_MODIFIERS = {"legal", "court", "courtroom", "custody", "verbal", "cancer", "heart", "panic", "asthma",
                       "anxiety", "price", "trade", "ratings", "bidding", "budget", "pillow", "food", "snowball",
                       "cyber", "media", "tax", "boardroom", "takeover", "patent", "copyright", "propaganda",
                       "charm", "uphill", "personal", "inner", "epic", "bureaucratic", "procedural", "zoning"}


# what a shelling hits when 'shelled' modifies it ('the shelled town'): anything else shelled is food
_SHELLED_PLACES = {"town", "city", "village", "area", "district", "neighbourhood", "neighborhood", "building",
                   "hospital", "school", "market", "position", "base", "camp", "home", "house", "street", "region"}
_NATURAL_SHELLS = {"vehicle", "car", "bus", "truck", "lorry", "building",  # burnt-out shells
                   "mussel", "oyster", "clam", "snail", "sea", "ocean", "egg", "nut", "walnut", "peanut", "turtle", "tortoise",
                   "crab", "conch", "scallop", "cockle", "coconut", "hard", "soft", "taco", "pastry", "pie", "pasta", "empty",
                   "spiral", "fossil", "beach", "pistachio", "seed", "bean", "shrimp"}
# what one fights for in court, in politics or in the market
_CAUSES = {"custody", "right", "rights", "compensation", "justice", "access", "recognition", "survival", "freedom", "ownership",
           "funding", "money", "votes", "seat", "title", "championship", "life", "job", "jobs", "benefit", "benefits",
           "change", "reform", "return", "release", "equality", "contract"}
# what one fights to do in court, in politics or in the market ('fighting to keep the boy')
_CAMPAIGN_AIMS = {"keep", "win", "save", "stay", "get", "overturn", "prove", "obtain", "preserve", "change", "bring", "raise",
                  "earn", "make", "have", "remain"}


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
    after = [t.lemma_.lower() for t in tok.doc[tok.i + 1:tok.i + 5]]
    if after[:1] in (["against"], ["with"]) and any(w in _ADVERSITIES for w in after[1:]):
        return True  # "join battle against Rhodes wildfires" (a headline the parser reads loosely)
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "with")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lemma_.lower() in _IDEAS or obj.lemma_.lower() in _ADVERSITIES:
                return True  # "an attack on the budget", "the battle against wildfires"
    return any(c.dep_ in ("acl", "relcl") and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
               and c.lemma_.lower() not in ("kill", "capture", "seize", "retake", "take") for c in tok.children)


# what one does to make an agreement ('signed a truce', 'a ceasefire was declared', 'the deal took effect')
_AGREEING = {"sign", "agree", "reach", "broker", "strike", "conclude", "announce", "declare", "accept", "seal", "ink",
             "secure", "mediate", "finalize", "finalise", "approve", "ratify", "implement", "establish", "extend",
             "renew", "enter", "negotiate", "arrange", "forge", "hammer", "clinch", "endorse", "initial"}


def _agreement_made(tok: Token) -> bool:
    """Is an agreement noun the thing made, signed or put in force ('signed a peace agreement', 'a
    truce brokered by elders', 'the ceasefire took effect'), not a state or an amount ('as the
    ceasefire holds', 'a great deal of mud')?"""
    if any(c.lower_ in ("great", "good") for c in tok.children if c.dep_ == "amod"):
        return False
    if tok.i == tok.sent.start and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":":
        return True  # a monitor's labelled note: "Agreement: ..."
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _AGREEING for c in tok.children):
        return True  # "a truce brokered by elders"
    if not any(t.pos_ in ("VERB", "AUX") for t in tok.sent):
        return True  # a verbless head or note: "Peace deal between herders and farmers in Wajir"
    cur = tok
    for _ in range(3):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        lemma = cur.lemma_.lower()
        if lemma in _AGREEING or lemma in ("take", "come") and any(c.lower_ in ("effect", "force") for c in cur.subtree):
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return False
    return False


_BEATEN_THINGS = {"forecast", "expectation", "estimate", "record", "odds", "deadline", "rival", "competitor",
                  "team", "side", "champion", "traffic", "heat", "clock", "market", "target", "projection",
                  "average", "drum", "egg", "cancer", "disease", "addiction", "opponent", "challenger", "incumbent"}


_PICTURE_MODIFIERS = {"pinup", "photo", "publicity", "glamour", "mug", "head", "close-up", "camera", "booster", "flu",
                      "vaccine", "covid", "tequila", "vodka", "whisky", "beauty", "action", "promotional", "drop"}
_WEAPON_FIRE = {"gun", "mortar", "artillery", "sniper", "rocket", "machine", "machine-gun", "heavy", "small", "tank",
                "automatic", "live", "cross", "friendly", "enemy", "hostile", "direct", "indirect", "rifle", "cannon",
                "anti-aircraft", "naval", "retaliatory", "weapons"}
_FIRE_HEADS = {"open", "return", "exchange", "draw", "set", "trade", "hold", "cease", "under", "of", "on", "ablaze",
               "with", "amid", "by", "come",  # and what a headline's verb 'fire' (parsed as a noun) fires:
               "missile", "rocket", "shell", "mortar", "round", "bullet", "shot", "grenade", "drone", "salvo",
               "barrage", "volley", "gas", "teargas", "canister", "projectile"}


def _picture(tok: Token) -> bool:
    """Is 'shots' a set of pictures or jabs ('pinup shots of her', 'a flu shot')?"""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _PICTURE_MODIFIERS for c in tok.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.pos_ == "PRON" or g.ent_type_ == "PERSON") for g in c.children) for c in tok.children)


def _blaze_or_dismissal(tok: Token) -> bool:
    """Is 'fire' a blaze ('a fire gutted the supermarket', 'fire crews') or a sacking ('O'Brien,
    fired on June 8'), not shooting ('opened fire', 'came under fire', 'mortar fire', 'fired on a bus')?"""
    if tok.pos_ in ("NOUN", "PROPN"):
        head = {tok.head.lemma_.lower(), tok.head.lower_}
        blazing = any(c.dep_ == "relcl" and (c.lemma_.lower() in _BLAZE_VERBS or c.lower_ in _BLAZE_VERBS)
                      for c in tok.children)  # "a fire which gutted the shop"
        return tok.lower_ == "fire" and (blazing or not head & _FIRE_HEADS) and not any(
            c.dep_ in ("amod", "compound") and c.lower_ in _WEAPON_FIRE or c.dep_ == "prep" and c.lower_ in ("from", "on", "at")
            for c in tok.children)
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" and tok.dep_ not in ("acl", "appos") \
            or any(c.dep_ in ("dobj", "prt", "advmod", "agent") for c in tok.children):
        return False  # "fired tear gas", "fired back", "fired indiscriminately", "fired by militants"
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if not all(g.ent_type_ in ("DATE", "TIME") for p in preps for g in p.children if g.dep_ == "pobj"):
        return False
    who = tok.head if tok.dep_ in ("acl", "appos") else next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return who is not None and (who.ent_type_ == "PERSON" or who.pos_ == "PROPN" or who.lower_ in ("he", "she")
                                or who.lemma_.lower() in _STAFF)


def _burned_down(verb: Token) -> bool:
    """A thing that burned, with no one said to have burned it: no object, no 'by', a subject
    that is no person or group."""
    if any(c.dep_ in ("dobj", "agent") for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ != "ROOT" \
            or _VIOLENCE_AROUND.search(verb.sent.text):
        return False  # "houses burned in the post-election violence": someone's deed
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ not in ("PERSON", "NORP") \
        and subject.lemma_.lower() not in _BURNERS


_VIOLENCE_AROUND = re.compile(r"\b(?:violence|attack\w*|raid\w*|clash\w*|riot\w*|militants?|rebels?|fighting|unrest|"
                              r"arson\w*|torch\w*|set (?:on )?fire|militia\w*|gunmen|mob)\b", re.I)
_BURNERS = {"protester", "rioter", "demonstrator", "youth", "mob", "crowd", "militant", "rebel", "fighter", "soldier",
            "troop", "police", "resident", "villager", "student", "attacker", "gunman", "man", "group", "supporter"}
_BLAZE_VERBS = {"gut", "gutted", "guts", "engulf", "engulfed", "sweep", "swept", "consume", "consumed", "raze", "razed",
                "spread", "rage", "raged", "burn", "burned", "burnt", "break", "broke", "destroy", "destroyed", "ravage",
                "ravaged"}

_STAFF = {"coach", "manager", "chief", "director", "executive", "employee", "worker", "official", "minister",
          "editor", "presenter", "host", "teacher", "officer", "staff", "ceo", "boss", "aide", "adviser"}
