"""Deeds a sentence names only as background: the day an anniversary counts from ("marked ten years
since gunmen stormed the school"), what a group is known for ("notorious for kidnapping"), and what is
depicted or denied ("the film depicts bombardments", "the army denied that jets had bombed a village"), and
strife named as the cause of a plight ("families displaced by fighting"), and a charge ("wanted for kidnapping").
Asked by ``events.triggers.is_irrealis``."""
from __future__ import annotations

from spacy.tokens import Token

_SPANS_OF_TIME = {"years", "year", "decades", "decade", "months", "month", "weeks"}


def is_anniversary(tok: Token) -> bool:
    """What a span of years is counted from: 'marked five years since gunmen stormed the school, killing
    147', 'Twelve years after rockets struck ...' (not the news after it: 'Two years after the city was
    retaken, a car bomb killed five')."""
    for cur in [tok, *list(tok.ancestors)[:6]]:
        for c in [cur, *cur.children]:
            if c.lower_ in ("after", "since") and 0 < c.i < tok.i and c.doc[c.i - 1].lower_ in _SPANS_OF_TIME:
                return True
    left = tok.doc[max(tok.sent.start, tok.i - 12):tok.i]
    for k, t in enumerate(left):
        if t.lower_ in ("after", "since") and t.i > 0 and t.doc[t.i - 1].lower_ in _SPANS_OF_TIME:
            return not any(x.text in (",", ";", ":") for x in left[k:])  # in the same clause
    return False


_KNOWN_FOR = {"notorious", "known", "infamous", "famous", "feared", "reviled",
              # a charge: "arrested a sub-leader wanted for kidnapping", "jailed for bombing a bus"
              "wanted", "jailed", "convicted", "sentenced", "tried", "indicted", "prosecuted", "imprisoned"}


def known_for(tok: Token) -> bool:
    """'a group notorious for kidnapping', 'known for beheading hostages': a reputation, no deed told; and a
    charge ('wanted for kidnapping', 'jailed for bombing a bus'): the deed is the case, not the news."""
    if _struggle(tok) or _told_before(tok):
        return True
    cur = tok.head if tok.dep_ == "dobj" else tok  # the hostages of "beheading hostages"
    if cur.dep_ not in ("pobj", "pcomp") or cur.head.lower_ != "for":
        return _charged(tok)
    prep = cur.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head  # "notorious for kidnapping for ransom and for beheading hostages"
    return prep.head.lower_ in _KNOWN_FOR or _charged(tok)


def _told_before(tok: Token) -> bool:
    """'the Al-Anad air base, which the militias had seized': a deed in the past perfect in a relative clause on a
    place or thing named in the news, its history."""
    return tok.dep_ == "relcl" and tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children) \
        and tok.head.pos_ in ("NOUN", "PROPN") and not any(c.ent_type_ in ("DATE", "TIME") for c in tok.subtree)


_STAKES = {"control", "dominance", "supremacy", "influence", "territory", "turf", "power", "survival"}


def _struggle(tok: Token) -> bool:
    """'armed groups are fighting for control of drug routes': a struggle described in the present, no fight told."""
    return tok.lower_ == "fighting" and tok.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ in ("are", "is", "'re") for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ in ("for", "over") and any(o.lemma_.lower() in _STAKES for o in c.children)
        for c in tok.children)


_CHARGED = _KNOWN_FOR | {"charged", "guilty", "acquitted", "cleared"}  # (not "accused of": an allegation ACLED codes)


_PROCEEDINGS = {"trial", "verdict", "inquest", "inquiry", "case", "hearing", "sentencing", "retrial", "appeal"}


def _charged(tok: Token) -> bool:
    """'convicted six men of murder for their roles in the bombings': a court's charge, up a chain of prepositions
    (also through the convicted: 'convicted six men of murder'); and a deed naming its court case ('the bombings
    trial ends', 'the massacre inquest')."""
    if tok.i + 1 < len(tok.doc) and tok.nbor().lemma_.lower() in _PROCEEDINGS and tok.pos_ == "NOUN":
        return True
    for a in tok.ancestors:
        if a.dep_ == "prep" and a.lower_ in ("for", "of", "with", "over") and (
                a.head.lower_ in _CHARGED or a.head.dep_ == "dobj" and a.head.head.lower_ in _CHARGED):
            return True
        if a.pos_ in ("VERB", "AUX") and a.lower_ not in _CHARGED:
            return False
    return False


# verbs whose object is a picture or a denial of violence, not a deed told: "the film depicts artillery
# bombardments", "the army denied reports that aircraft had bombed a village"
_TOLD_NOT_DONE = {"depict", "portray", "dramatise", "dramatize", "recreate", "reenact", "re-enact", "deny", "refute", "dismiss"}


def told_not_done(tok: Token) -> bool:
    """A trigger under (within two heads of) a verb of depicting or denying: a picture or a denial, no event;
    or fighting named as what people fled or were displaced by (:func:`plight_cause`)."""
    return plight_cause(tok) or any(a.pos_ == "VERB" and a.lemma_.lower() in _TOLD_NOT_DONE and not any(
        c.dep_ == "auxpass" for c in a.children) for a in list(tok.ancestors)[:2])  # not "was denied a permit"


_STRIFE = {"fighting", "conflict", "violence", "war", "clash", "hostility", "insecurity", "unrest"}
_PLIGHTS = {"displace", "uproot", "flee", "escape", "affect"}  # not "disrupt": "a funeral disrupted by clashes"


def plight_cause(tok: Token) -> bool:
    """'families displaced by fighting between the army and rebels', 'thousands who fled the fighting':
    strife named as the cause of a humanitarian plight, as an appeal or an aid report does; not a fight told
    ('5,000 fled fighting near Sake on Tuesday': a day told makes it one)."""
    if tok.lemma_.lower() not in _STRIFE and tok.lower_ != "fighting" or tok.dep_ not in ("dobj", "pobj", "pcomp"):
        return False
    head = tok.head.head if tok.dep_ != "dobj" and tok.head.lower_ in ("by", "from") else tok.head
    return head.i != tok.i and head.lemma_.lower() in _PLIGHTS and not any(t.ent_type_ == "DATE" for t in head.subtree)


_DISPLAYS = {"force", "strength", "power", "capability", "technology", "system", "device", "product", "skill", "resolve",
             "unity", "method", "concept", "feature", "prototype", "hoverboard", "vehicle", "drone", "weapon"}
_PICTURES = {"film", "movie", "documentary", "video", "series", "scene", "footage", "picture", "photo", "episode", "drama"}


def shown_not_done(tok: Token) -> bool:
    """A display or a filming, not a protest or a shooting: "a demonstration of the new hoverboard",
    "the film, shot partly in a disused factory"."""
    lemma = tok.lemma_.lower()
    if lemma == "demonstration":
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() in _DISPLAYS for o in c.children)
                   for c in tok.children)
    if lemma != "shoot":
        return False
    if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in _PICTURES:
        return True
    before = [t.lemma_.lower() for t in tok.doc[max(tok.sent.start, tok.i - 3):tok.i]]  # "the film, shot ..."
    return bool(before) and before[-1] == "," and bool(set(before) & _PICTURES)


_ALARMS = ("alert", "alerts", "siren", "sirens", "warning")
_SCHEMES = {"plan", "programme", "program", "policy", "scheme", "appeal", "campaign", "law", "bill", "budget", "measure",
            "sanction", "tax", "fund", "initiative", "project", "strategy", "reform", "rule", "regulation", "advert", "ad"}


def aimed_or_warned(tok: Token, lemma: str) -> bool:
    """Targets named as such ("conducted no strikes against ISIS targets"), what a plan or a law targets
    ("the appeal targets families hit by drought") and a raid only warned of ("an air raid alert"): the
    word itself names no deed. Asked by ``events.senses.everyday_sense``."""
    if lemma == "target":
        return tok.tag_ == "NNS" and tok.pos_ == "NOUN" or tok.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _SCHEMES for c in tok.children)
    return lemma == "raid" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ in _ALARMS


_DENY = {"deny", "reject", "dismiss", "refute", "rebut", "disprove", "debunk"}
_CLAIMS = {"report", "claim", "allegation", "rumour", "rumor", "account", "suggestion"}  # what a denial's 'that' hangs on


def denied(tok: Token) -> bool:
    """'denied carrying out strikes', 'dismissed reports of an attack', 'rejected claims that troops
    fired': what a denial is about (at most three heads up, within the clause)."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ in ("conj", "advcl", "relcl", "acl") and cur.pos_ in ("VERB", "AUX") \
                and not (cur.dep_ == "acl" and cur.head.lemma_.lower() in _CLAIMS  # 'reports that militants attacked'
                         or cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.head.lemma_.lower() not in _DENY):
            return False  # 'rejected the plan and attacked the base': a deed of its own
        prev, cur = cur, cur.head
        if cur.lemma_.lower() in _DENY:
            return prev.dep_ not in ("nsubj", "nsubjpass")  # what is denied, not who denies or is denied
    return False
