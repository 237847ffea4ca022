"""Casualty counts in one sentence: who was killed or injured, how many, and whether civilians."""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Span, Token

from ..models import Fatalities
from ..nlp import text_of
from .counts import VAGUE, parse_quantity
from .tokens import dateline_word, selected, within
from .tollwords import words_killed

_KILL_VERBS = {"kill", "murder", "behead", "execute", "massacre", "slay", "lynch", "slaughter", "assassinate"}
_DIE = {"die", "perish"}
_KILL_HOW = {"shoot", "gun", "beat", "stab", "hack", "club", "stone", "burn", "found", "leave"}
_HURT_VERBS = {"injure", "wound", "hurt", "maim"}
_PERSON_NOUNS = {"fatality", "death", "casualty", "body", "corpse"}
# Verbs that report a state: "five police reported dead", "two soldiers confirmed dead".
_REPORT_DEAD = {"report", "confirm", "fear", "declare", "pronounce", "find", "presume", "believe"}
# Nouns naming the act: "the killing of two guards", "the deaths of six bandits".
_ACT_NOUNS = {"killing", "death", "murder", "beheading", "execution", "assassination", "lynching"}
# Words that make a killing the cause of what is reported ('protest the killing of', 'following the
# death of', 'in retaliation for the killing of'): an earlier event, not this one's toll.
_CAUSE_WORDS = {"following", "after", "over", "against", "into", "protest", "condemn", "denounce", "mourn",
                "investigate", "investigation", "avenge", "response", "retaliation", "revenge", "reprisal",
                "demand", "outrage", "anger", "since", "before"}
_NOT_VICTIM_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
# a QUANTITY entity may be people ('3 TMF fighters'), not a measure
_UNITS = {"km", "kilometre", "kilometer", "mile", "metre", "meter", "kg", "kilogram", "ton", "tonne", "litre", "liter",
          "acre", "hectare", "foot", "feet", "inch", "gram", "pound", "barrel", "gallon"}
_FIND = {"find", "discover", "recover", "exhume", "dump", "receive", "bury", "count", "retrieve", "pull"}
# Nouns a victim list never holds ("killed eight people, and a drone attack on a hospital killed ...").
_NOT_VICTIMS = {"attack", "strike", "airstrike", "bombing", "shelling", "explosion", "blast", "raid", "clash",
                "fighting", "house", "home", "building", "shop", "vehicle", "car", "livestock", "property"}
# "the number of dead had reached 53", "the number of deaths stood at 9"
_DEAD_NOUNS = {"dead", "death", "deaths", "killed", "victims", "fatalities"}
_TOLL_VERBS = {"rise", "climb", "increase", "reach", "stand", "jump"}
# Singular nouns that are not people (a bare one is not "1 killed").
_NOT_PEOPLE = {"livestock", "cattle", "goat", "cow", "camel", "sheep", "animal", "number", "unknown", "donkey",
               "horse", "pig", "chicken", "poultry", "ox", "oxen", "bull", "dog", "head", "herd", "calf", "calves"}
# Nouns that mark victims as civilians; "people", "person" and "victim" do not distinguish them.
CIVILIAN_WORDS = {"civilian", "villager", "resident", "child", "woman", "man", "worker",
                  "farmer", "herder", "student", "pupil", "teacher", "passenger", "journalist", "family",
                  "boy", "girl", "herdsman", "herdboy", "trader", "pedestrian", "driver", "protester",
                  "demonstrator", "worshipper", "teenager", "adolescent", "elderly"}


class Casualty(NamedTuple):
    start: int
    end: int
    kind: str  # killed or injured
    value: Fatalities
    civilian: bool
    summary: bool = False  # a stated total ('3 fatalities', 'fatalities coded as 4', 'the toll rose to 6')


def np_count(noun: Token) -> tuple[Fatalities | None, int]:
    """Count of a noun phrase: its number modifier, 'a/an/one', a singular noun or a person's
    name (1); returns (count, start char of the counted phrase). Animals are not counted ('killed two
    herders and 40 cattle': two)."""
    if {noun.lemma_.lower(), noun.lower_} & _NOT_PEOPLE or noun.lemma_.lower() in _NOT_VICTIMS or dateline_word(noun):
        return None, noun.idx  # not 'SINJAR — Two members ...', 'Djibo: ... leaves 40 soldiers dead'
    if noun.like_num or noun.lower_ in VAGUE:
        left = min([noun.i] + [c.i for c in noun.subtree if c.i < noun.i])
        text = noun.doc[left:noun.i + 1].text
        return parse_quantity(text), noun.doc[left].idx
    nums = [c for c in noun.children if c.dep_ == "nummod"]
    if nums:
        first = min(t.i for n in nums for t in n.subtree)
        last = max([nums[-1].i] + [t.i for n in nums for t in n.subtree if t.i < noun.i])  # "between 8 and 10 people"
        joined = [t.i for t in noun.doc[first:last + 1] if t.lower_ in ("and", "or")]
        if joined and noun.doc[first].lower_ != "between" and (first == 0 or noun.doc[first - 1].lower_ != "between"):
            first = joined[-1] + 1  # "the toll had risen to 12 and 43 people": 43 are these people
        return parse_quantity(noun.doc[first:last + 1].text), noun.doc[first].idx
    if noun.lower_ in ("none", "nobody") and noun.dep_ in ("nsubj", "nsubjpass"):
        return Fatalities(0, 0, 0), noun.idx  # "3 soldiers hurt, none killed"
    if noun.lower_ == "both" and noun.dep_ in ("nsubj", "nsubjpass"):
        return Fatalities(2, 2, 2), noun.idx  # "... set them on fire; both died"
    if noun.lower_ in ("dozens", "scores", "hundreds", "thousands"):
        return parse_quantity(noun.lower_), noun.idx
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if any(d.lower_ in ("no", "any") for d in dets):
        return None, noun.idx
    left = min([noun.i] + [c.i for c in noun.subtree if c.i < noun.i])
    if noun.tag_ == "NN" or noun.tag_ == "NNP" and (dets or noun.lower_ in CIVILIAN_WORDS):
        return Fatalities(1, 1, 1), noun.doc[left].idx  # "a policeman", "suspected criminal", "Woman"
    if noun.tag_ == "NNP" and noun.ent_type_ in ("PERSON", ""):
        return Fatalities(1, 1, 1), noun.doc[left].idx  # a named victim
    return None, noun.idx


def _transitive_with_object(tok: Token) -> bool:
    """'gunmen killed and injured villagers': the object hangs on a conjoined verb."""
    return any(c.dep_ in ("dobj", "conj") and (c.dep_ == "dobj" or any(g.dep_ == "dobj" for g in c.children))
               for c in tok.children)


def _victims(tok: Token) -> list[Token]:
    lemma = tok.lemma_.lower()
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    if lemma in _DIE or tok.lower_ in ("dead",) and tok.dep_ != "oprd":
        deps = ("nsubj",)
    elif passive:
        deps = ("nsubjpass",)
    else:
        deps = ("dobj",)
    found = [c for c in tok.children if c.dep_ in deps]
    if not found and tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return _listed(tok.head)  # "six people killed in ...", "6 soldiers, 10 attackers killed"
    if not found and tok.dep_ == "oprd":  # "shot dead", "left three dead", "five reported dead"
        found = [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")] \
            or [c for c in tok.children if c.dep_ == "nsubj"]  # "left at least 20 people dead" (a small clause)
        if not found and tok.head.lemma_.lower() in _REPORT_DEAD:
            found = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if not found and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _REPORT_DEAD:
        found = [c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")]  # "11 were reported killed"
    if not found and tok.dep_ == "conj" and tok.tag_ == "VBN":  # "... were killed and 41 wounded"
        found = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not found and tok.dep_ == "conj" and tok.head.pos_ == "VERB":  # "was shot and killed", "shot and killed a man"
        found = [c for c in tok.children if c.dep_ == "npadvmod" and c.like_num] \
            or [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")]  # "hits mosque, at least 28 killed"
    if not found and deps == ("dobj",) and tok.tag_ in ("VBN", "VBD") and not _transitive_with_object(tok):
        found = [c for c in tok.children if c.dep_ == "nsubj"]  # headline "1 killed", "Woman killed on farm"
    if not found and deps == ("dobj",):  # "a rights group reported at least 12 killed", "strike kills at least 34"
        found = [c for c in tok.children if c.dep_ == "npadvmod" and c.like_num]
    out: list[Token] = []
    for f in found:
        f = next((c for c in f.children if c.dep_ == "appos"), f) if dateline_word(f) else f
        more = [c for c in f.conjuncts if c.i > f.i and c.lemma_.lower() not in _NOT_VICTIMS]
        told = bool(more) and f.doc[min(more[-1].right_edge.i + 1, len(f.doc) - 1)].lemma_ in ("say", "tell")
        out.extend([f] if told else [f, *more])  # "killed seven men, residents and a source said": the men
    return out


def _add(values: list[Fatalities]) -> Fatalities:
    best = sum(v.best or 0 for v in values)
    low = sum(v.low for v in values) if all(v.low is not None for v in values) else None
    high = sum(v.high for v in values) if all(v.high is not None for v in values) else None
    return Fatalities(best, low, high)


def _is_cause(tok: Token) -> bool:
    """The killing is what people react to: one of its first few heads is a cause word."""
    head, steps = tok, 0
    while head.head.i != head.i and steps < 4:
        head, steps = head.head, steps + 1
        if head.lemma_.lower() in _CAUSE_WORDS or head.lower_ in _CAUSE_WORDS:
            return True
        if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "since", "because")
                                        for c in head.children):
            return True  # "after the body of a girl was discovered, ..."
    return False


def _background(tok: Token) -> bool:
    """A killing told as the reason for what happened: 'lynched after he killed his wife', 'for killing a boy'."""
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "because", "since") for c in tok.children):
        return True
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("for", "over"):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
            not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children):  # "claimed to have killed"
        return True  # "tried to lynch three men", "stormed the ward to kill a patient": not done
    if tok.dep_ in ("acl", "relcl") and tok.head.head.lower_ in ("after", "following", "over", "since"):
        return True
    return tok.dep_ in ("advcl", "relcl", "pcomp") and any(c.lower_ == "allegedly" for c in tok.children)


def _stated_number(verb: Token) -> Token | None:
    """The number a toll verb states: 'reached 53', 'was 34', 'rose to 12', 'stood at 9'."""
    for c in verb.children:
        if c.dep_ in ("dobj", "attr") and c.like_num:
            return c
        if c.dep_ == "prep" and c.lower_ in ("to", "at"):
            num = next((g for g in c.children if g.dep_ == "pobj" and g.like_num), None)
            if num is not None:
                return num
    return None


def _noun_count(tok: Token) -> Casualty | None:
    """'3 fatalities', 'two deaths', 'fatalities coded as 10', 'the deaths of six bandits'."""
    lemma = tok.lemma_.lower()
    if any(c.lower_ in ("no", "zero") for c in tok.children):
        return None
    nums = [c for c in tok.children if c.dep_ == "nummod"]
    if nums and lemma in ("fatality", "death"):  # "casualties" include the injured
        val = parse_quantity(tok.doc[min(t.i for t in nums[0].subtree):nums[0].i + 1].text)
        return Casualty(nums[0].idx, tok.idx + len(tok), "killed", val, False, lemma == "fatality") if val else None
    if lemma == "toll" and tok.head.lemma_.lower() in _TOLL_VERBS:  # "the death toll rose to six"
        for prep in tok.head.children:
            num = next((c for c in prep.children if c.dep_ == "pobj" and c.like_num), None)
            if prep.dep_ == "prep" and prep.lower_ in ("to", "at") and num is not None:
                val = parse_quantity(num.text)
                return Casualty(tok.idx, num.idx + len(num), "killed", val, False, True) if val else None
    if lemma == "number" and tok.dep_ in ("nsubj", "nsubjpass") and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in _DEAD_NOUNS for g in p.children)
            for p in tok.children):  # "the number of dead had reached 53", "the number of dead was 34"
        num = _stated_number(tok.head)
        if num is not None:
            val = parse_quantity(tok.doc[min(t.i for t in num.subtree):num.i + 1].text)
            return Casualty(tok.idx, num.idx + len(num), "killed", val, False, True) if val else None
    subject = tok.head.head if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() == "number" else tok
    if lemma in ("fatality", "death") and subject.dep_ in ("nsubj", "nsubjpass"):
        # "fatalities coded as 10", "a number of fatalities, unknown, coded as 10"
        for prep in subject.head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("as", "at"):
                num = next((c for c in prep.children if c.dep_ == "pobj" and c.like_num), None)
                if num is not None and subject.head.lower_[:4] in ("code", "esti", "put", "reco"):
                    val = parse_quantity(num.text)
                    return Casualty(tok.idx, num.idx + len(num), "killed", val, False, True) if val else None
    if lemma in ("body", "corpse") and tok.dep_ != "conj" and not _is_cause(tok) and (
            tok.head.lemma_.lower() in _FIND and tok.dep_ in ("nsubjpass", "dobj")
            or any(c.dep_ == "acl" and c.lemma_.lower() in _FIND for c in tok.children)):
        owners = [next((g for p in b.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"), b) for b in [tok, *tok.conjuncts]]
        owners = [x for o in owners for x in (o, *(c for c in o.conjuncts if c.i > o.i)) if x.lemma_.lower()
                  not in _NOT_VICTIMS]  # "the bodies of a man, his wife and their three children"
        vals = [v for v in (np_count(b)[0] for b in owners) if v is not None]  # "the bodies of two men"
        if vals:  # "the body of a man was found", "five bodies discovered"
            return Casualty(np_count(tok)[1], tok.idx + len(tok), "killed", _add(vals), False)
        return None
    if lemma in _ACT_NOUNS and not _is_cause(tok):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                victim = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if victim is None:
                    continue
                val, start = np_count(victim)
                if val is not None:
                    civ = victim.lemma_.lower() in CIVILIAN_WORDS
                    return Casualty(min(start, tok.idx), victim.idx + len(victim), "killed", val, civ)
    return None


_COUNTED_WORDS = frozenset(_KILL_VERBS | _DIE | _HURT_VERBS | _KILL_HOW | _ACT_NOUNS
                           | {"fatality", "death", "toll", "body", "corpse", "gun", "number"})


def _may_count(lemma: str, lower: str) -> bool:
    """Whether :func:`casualties` can read a count off a token of this lemma and form."""
    return lemma in _COUNTED_WORDS or lower == "dead"


def casualties(sent: Span) -> list[Casualty]:
    """Killed and injured counts in one sentence ('killing three villagers and two children',
    'a police officer was shot dead', 'at least 12 people died', '3 fatalities')."""
    out: list[Casualty] = []
    bodies: list[Casualty] = []
    doc = sent.doc
    for i in within(selected(doc, "casualties", _may_count), sent):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        kind = None
        if lemma in _KILL_VERBS or lemma in _DIE or (tok.lower_ == "dead" and (tok.dep_ in ("oprd", "acomp", "amod")
                                                                   or _counted_subject(tok)
                                                                   or tok.dep_ == "ccomp" and tok.head.lemma_.lower() == "leave"
                                                                   or tok.dep_ == "advmod" and tok.head.lemma_.lower() in _REPORT_DEAD
                                                                   or tok.dep_ in ("advcl", "advmod") and tok.head.lemma_.lower() in _KILL_HOW
                                                                   or any(c.dep_ == "nummod" for c in tok.children)
                                                                   or _dead_list(tok))):
            kind = "killed"
        elif lemma in _HURT_VERBS:
            kind = "injured"
        elif tok.pos_ == "NOUN" and (lemma in ("fatality", "death", "toll", "body", "corpse", "number")
                                     or lemma in _ACT_NOUNS):
            found = _noun_count(tok)
            if found is not None:
                out.append(found)
                if lemma in ("body", "corpse"):
                    bodies.append(found)
            continue
        if kind is None and lemma in _KILL_HOW and any(c.lower_ == "fatally" for c in tok.children) \
                or lemma == "gun" and any(c.lower_ == "down" for c in tok.children):
            kind = "killed"  # "fatally shot", "gunned down"
        if kind is None and lemma in _KILL_HOW and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
                for c in tok.children):
            kind = "killed"  # "beat to death", "hacked to death"
        if kind is None or any(c.dep_ == "neg" for c in tok.children) or _background(tok):
            continue
        if tok.lower_ == "dead" and tok.dep_ == "pobj" and tok.head.lower_ == "among":
            victims = [c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "five were among the dead"
        elif tok.lower_ == "dead" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "include":
            victims = [x for c in tok.head.children if c.dep_ == "dobj" for x in (c, *c.conjuncts)]  # "the dead included 52 police officers ..."
        elif tok.lower_ == "dead" and _counted_subject(tok) and tok.dep_ not in ("oprd", "acomp", "amod"):
            victims = [c for c in tok.children if c.dep_ == "nsubj"]  # headline "..., 2 dead"
        elif tok.lower_ == "dead" and tok.dep_ == "amod":
            victims = _listed(tok.head)  # "left 3 soldiers and 5 militants dead": all of the list
        elif tok.lower_ == "dead" and any(c.dep_ == "nummod" for c in tok.children):
            victims = [tok]  # "leaving six dead"
        elif tok.lower_ == "dead" and tok.dep_ == "advmod" and tok.head.lemma_.lower() in _REPORT_DEAD:
            victims = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "two reported dead"
        elif tok.lower_ == "dead" and tok.dep_ == "acomp" and tok.head.lemma_.lower() == "be":
            victims = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "at least six are dead"
        elif tok.lower_ == "dead" and tok.dep_ == "ccomp" and tok.head.lemma_.lower() == "leave":
            victims = [c for c in tok.head.children if c.dep_ == "dobj"] \
                or [c for c in tok.children if c.dep_ == "nsubj"]  # "fighting leaves 5 dead", "leaving 17 people dead"
        elif tok.lower_ == "dead" and tok.dep_ in ("acomp", "advcl", "advmod") and tok.head.lemma_.lower() in _KILL_HOW:
            victims = [x for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")  # "shot dead five farmers",
                       for x in (c, *(k for k in c.conjuncts if k.i > c.i and k.lemma_.lower() not in _NOT_VICTIMS))]
        else:
            victims = _victims(tok)
        victims = [v for v in victims if sent.start <= v.i < sent.end  # not a headline run into it
                   and (v.ent_type_ not in _NOT_VICTIM_ENTS  # nor a misparsed date ('9 May ... found dead')
                        or v.ent_type_ == "QUANTITY" and v.pos_ == "NOUN" and v.lemma_.lower() not in _UNITS)]
        vals, civ, start = [], False, None
        for k, v in enumerate(victims):
            if k and _SUBSET.search(doc[victims[k - 1].i:v.i].text):
                continue  # "five Palestinians, among them a boy": a part, not more victims
            val, s = np_count(v)
            if val is None or any(c.lower_ == "no" for c in v.children) or s < sent.start_char:
                continue  # no count, "no one", or a number of the line before ('7-12\nCivilians injured')
            if vals and _alternative(v):  # a higher estimate bounds the count rather than adding to it
                vals[-1] = Fatalities(vals[-1].best, vals[-1].low, max(val.best or 0, vals[-1].best or 0))
                continue
            vals.append(val)
            civ = civ or v.lemma_.lower() in CIVILIAN_WORDS
            start = s if start is None else min(start, s)
        if vals:
            end = max(tok.idx + len(tok), max(v.idx + len(v) for v in victims))
            out.append(Casualty(min(start, tok.idx), end, kind, _add(vals), civ))
    if not any(c.kind == "killed" for c in out):
        out.extend(_words_killed(sent))
    if bodies and len([c for c in out if c.kind == "killed"]) > len(bodies):
        out = [c for c in out if c not in bodies]  # "a man was killed and his body dumped": one victim
    return out


def _listed(noun: Token) -> list[Token]:
    """The whole list a noun closes ('3 soldiers and 5 militants', a headline's '6 soldiers, 10 attackers'):
    its first item and the items after it."""
    first = noun
    while first.dep_ in ("conj", "appos") and _numbered(first.head) and not _own_state(first.head) and (
            first.dep_ == "conj" or _counted_noun(first)):
        first = first.head
    out, todo = [first], [first]
    while todo:
        item = todo.pop()
        more = [c for c in item.children if c.i > item.i and c.lemma_.lower() not in _NOT_VICTIMS and (
            c.dep_ == "conj" or c.dep_ == "appos" and _counted_noun(c) and _numbered(item)) and (c == noun or not _own_state(c))]
        out.extend(more)
        todo.extend(more)
    return sorted(out, key=lambda t: t.i)


def _counted_subject(dead: Token) -> bool:
    """'dead' with a counted subject of its own: a headline's '..., 2 dead', '5 soldiers dead'."""
    if dead.i and dead.doc[dead.i - 1].lemma_.lower() in _KILL_HOW or any(c.dep_ == "dobj" for c in dead.children):
        return False  # "two men on a motorcycle shot dead the president": the two are the killers
    return any(c.dep_ == "nsubj" and (c.like_num or _numbered(c)) for c in dead.children)


def _numbered(noun: Token) -> bool:
    return noun.like_num or any(c.dep_ == "nummod" for c in noun.children)


def _counted_noun(noun: Token) -> bool:
    """'10 attackers' (a noun with its number), not a bare '5' ('8 tribesmen killed, 5 from A and 3 from B')."""
    return noun.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in noun.children)


def _own_state(noun: Token) -> bool:
    """'6 injured and 1 killed', '3 fighters dead and 6 others injured': an item with its own casualty word
    is counted by that word, not as part of the other's list."""
    return any(c.dep_ in ("acl", "amod", "relcl") and (c.lemma_.lower() in _STATES or c.lower_ in _STATES)
               for c in noun.children)


_STATES = {"kill", "killed", "die", "dead", "injure", "injured", "wound", "wounded", "hurt", "maim"}


def _words_killed(sent: Span) -> list[Casualty]:
    """Tolls in the words alone where the parse found none ('motorbike shot' read as one noun)."""
    out = []
    for start, end, value, word in words_killed(text_of(sent.doc), sent.start_char, sent.end_char):
        if word not in _NOT_PEOPLE:
            out.append(Casualty(start, end, "killed", value, word in CIVILIAN_WORDS))
    return out


_SUBSET = re.compile(r"\b(?:among them|among whom|including|of them|of whom)\b", re.I)


def _dead_list(tok: Token) -> bool:
    """'five civilians were among the dead', 'the dead included 52 police officers'."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "among" or \
        tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "include"


def _alternative(victim: Token) -> bool:
    """'at least 11 people and up to 30': a conjoined count that is another estimate, not more victims."""
    if victim.dep_ != "conj":
        return False
    first = min(t.i for t in victim.subtree)
    words = victim.doc[first:victim.i + 1].text.lower()
    return words.startswith(("up to", "as many as", "possibly", "perhaps")) or \
        any(c.dep_ == "cc" and c.lower_ == "or" for c in victim.head.children)
