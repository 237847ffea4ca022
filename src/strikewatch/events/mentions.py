"""One sentence -> event mentions (trigger, date, place, actors, counts), before collapsing."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..actors.actors import ActorMention, assign_roles, find_mentions
from ..actors.aliases import ActorName, AliasTable
from ..models import Timex, Toponym
from ..nlp import text_of
from ..place.doccache import span_text
from ..relevance.scope import EPITHET, YARDSTICK
from .classify import classify
from .decide import CROWD, CROWD_CUES, TAKERS, decide
from .places import choose_place, filed_on, launched_from, opens_on_dateline
from .spread import by_place, with_tally
from .counts import Count, TargetHit, find_targets, munition_counts, strike_counts
from .crime import POLICE_WORK, break_in, ordinary_crime
from .fatalities import Casualty, casualties
from .triggers import (CONTEXT_ONLY, cue_of, EVENT_CUES, Cue, determiner, find_cues, is_irrealis, is_negated,
                       is_reporting_reference)
from .taxonomy import SubEventType
from .territory import NON_STATE_ARMED, STATE_KINDS, territory

_REF_DETS = {"the", "this", "that", "these", "those", "its"}
_ONE_WORDS = {"strike", "airstrike", "air-strike", "raid"}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "last"}
_NOT_ONE = {"their", "his", "her", "our", "your", "every", "each", "any", "no", "some", "which", "what", "whose"}
_SAME_DAY = re.compile(r"\b(?:that|the) same day\b|\bthat day\b|\bthe same day\b", re.I)
_RELATIVE = re.compile(r"\b(\w+) (day|week)s? (before|after|earlier|later)\b", re.I)
CUE_RANK = {"AIR": 0, "STRIKE": 1, "SHELL": 1, "BLAST": 1, "RAID": 2, "PROTEST": 2, "RIOT": 2, "MOB": 2,
            "CLASH": 3, "XFIRE": 3, "ABDUCT": 3, "SEXUAL": 3, "ATTACK": 4, "TERR": 2, "KILL": 5, "SHOOT": 5,
            "FIRE": 5, "ARREST": 5, "DISRUPT": 5, "SEIZE": 6, "ENGAGE": 6, "LOOT": 6, "AGREE": 6, "DIE": 7,
            "HURT": 7, "HANDOVER": 7, "HIT": 8, "DESTROY": 8, "BURN": 8, "CHANGE": 9, "BASE": 9, "GRAVE": 2, "COUP": 2}
_WEAK = {"GRAVE", "HANDOVER", "HIT", "DESTROY", "BURN", "CHANGE", "BASE", "DIE", "HURT", "ENGAGE", "SEIZE"}
_FIGHT_WORDS = {"fight", "fighting", "battle"}
_FIGHT_ONSET = {"break", "erupt", "rage", "flare", "ensue", "resume", "occur",
                "leave", "kill", "claim", "wound", "injure"}  # fighting that left, killed, claimed: a toll
_COUNTED = {SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING}
_TARGETED = _COUNTED | {SubEventType.REMOTE_EXPLOSIVE}
_LAUNCHED = _COUNTED | {SubEventType.ATTACK}  # what may be told by where it was launched from


@dataclass
class Mention:
    """One report's mention of an event (spans index ``report.clean``)."""

    sub_type: str
    trigger: tuple[int, int]
    sent: tuple[int, int]
    date: dt.date | None = None
    timex: Timex | None = None
    date_basis: str = "none"  # timex, anaphora, relative, scene (an earlier sentence's day), none
    place: Toponym | None = None
    actors: dict[str, ActorMention] = field(default_factory=dict)
    strikes: Count | None = None
    targets: list[TargetHit] = field(default_factory=list)
    killed: list[Casualty] = field(default_factory=list)
    injured: list[Casualty] = field(default_factory=list)
    reference: bool = False
    cue_conf: float = 0.7


@dataclass
class SentenceContext:
    """What a sentence needs from the report: its timexes, toponyms, dct, the last dated event."""

    timexes: list[Timex]
    toponyms: list[Toponym]
    dct: dt.date | None
    table: AliasTable
    last_date: dt.date | None = None
    last_timex: Timex | None = None
    lone: bool = False  # a short note with no event found yet: its first trigger reports one event


def _in(span_start: int, span_end: int, sent: Span) -> bool:
    return sent.start_char <= span_start and span_end <= sent.end_char


def _is_reference(tok: Token, cues_ref: set[int]) -> bool:
    det = determiner(tok)
    if tok.pos_ in ("NOUN", "PROPN") and det in _REF_DETS:
        return not _introduced(tok)
    if is_reporting_reference(tok):
        return True
    return any(c.i in cues_ref and c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _introduced(tok: Token) -> bool:
    """'the abduction of a priest', 'the killing of two soldiers': a definite noun whose victims are
    new to the text introduces its event; 'the attack' alone refers to one told before. Not an arrest:
    'announced the arrest of a man who robbed a bank' is mostly police news."""
    return tok.lemma_.lower() not in ("arrest", "detention") and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and (determiner(o) in ("a", "an") or o.like_num or any(g.dep_ == "nummod" for g in o.children))
        for o in c.children) for c in tok.children)


def _valid_cues(sent: Span) -> tuple[list[Cue], list[Cue], set[str]]:
    """(new-event cues, reference cues, every cue class) of a sentence."""
    doc = sent.doc
    cues = find_cues(sent)
    toks = {c.i: doc[c.i] for c in cues}
    live = {i: not is_negated(t) and not is_irrealis(t) for i, t in toks.items()}  # asserted, not a plan
    classes = {c.cls for c in cues if live[c.i]}
    fresh: list[Cue] = []
    ref: list[Cue] = []
    ref_i: set[int] = set()
    for c in sorted(cues, key=lambda c: toks[c.i].pos_ != "NOUN"):
        tok = toks[c.i]
        if c.cls in CONTEXT_ONLY or c.cls not in EVENT_CUES or not live[c.i]:
            continue
        if tok.lower_ in _FIGHT_WORDS and (tok.pos_ == "NOUN" or tok.dep_ in ("nsubj", "dobj", "pobj")) and \
                not any(ch.lower_ in ("between", "with", "against") for ch in tok.children) and \
                not (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _FIGHT_ONSET) and not _sides_fight(tok):
            continue
        if _is_reference(tok, ref_i):
            ref.append(c)
            ref_i.add(c.i)
        else:
            fresh.append(c)
    fresh.sort(key=lambda c: (CUE_RANK.get(c.cls, 9), c.i))
    return fresh, ref, classes


_TOLL_LABEL = re.compile(r"\s*(?:toll|tolls|casualties|deaths|victims|fatalities|the dead)\s*:", re.I)
_TWO_SIDES = re.compile(r"\b[\w-]+(?:\s+[\w-]+)?(?:\s+and|,)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+$")
_WHERE_AFTER = re.compile(r"\s+(?:in|near|around|for|over|across|outside|on)\s+(?:the\s+)?[A-Z]")


def _sides_fight(tok: Token) -> bool:
    """'army and RSF battle in El Fasher', 'Fano fighters and federal troops battle in Amhara region': a headline's
    two sides and the place they fight for, the verb parsed as a noun."""
    text = text_of(tok.doc)
    return bool(_TWO_SIDES.search(text, max(0, tok.idx - 50), tok.idx) and _WHERE_AFTER.match(text, tok.idx + len(tok)))


def _of_another_noun(tok: Token | None, start: int, end: int) -> bool:
    """A date or place inside a relative clause on another noun than the trigger ("relatives of students
    who disappeared in Iguala in 2014 marched in the capital on 26 September"): that noun's, not the deed's."""
    span = tok.doc.char_span(start, end, alignment_mode="expand") if tok is not None else None
    if span is None or tok in span:
        return False
    for a in span.root.ancestors:
        # only a clause told before the deed: a trailing one may hold the deed's own time and place, the
        # parser attaching them to it ("beat to death a man who was transporting cattle near X on 20 July")
        if a.dep_ == "relcl" and a.head != tok and a.right_edge.i < tok.i:
            return True
    return False


_OPENS = re.compile(r"\s*(?:(?:on|over|in|during|within|since|for)\s+)?", re.I)  # a sentence opening on its date


def _epithet(text: str, t: Timex) -> bool:
    """The year ``t`` names a thing ("the 2016 peace accord", ``relevance.scope.EPITHET``), not when a deed was."""
    m = EPITHET.search(text, max(0, t.start - 6))
    return m is not None and m.start(1) == t.start


def timex_for(tok: Token, sent: Span, ctx: SentenceContext, exclude: list[tuple[int, int]]) -> Timex | None:
    """The timex a trigger at ``tok`` takes from its sentence or clause (none in ``exclude``'s spans),
    or from the opening of the whole sentence when a clause was cut from it ("Over the past day, ...")."""
    full, whole = text_of(sent.doc), sent.doc[sent.start].sent
    lo = sent.start_char
    opener = [t for t in ctx.timexes if whole.start_char <= t.start < lo and full[t.end:t.end + 1] == ","
              and _OPENS.fullmatch(full[whole.start_char:t.start])]
    cands = [t for t in ctx.timexes if (lo <= t.start or t in opener) and t.end <= sent.end_char and t.first is not None
             and t.type in ("DATE", "TIME", "DURATION")  # durations: only ranged ones ("in recent days")
             and t.value != "PRESENT_REF"  # "now", "the current assessment": the time of telling
             and not any(a <= t.start < b for a, b in exclude)
             and not (t.precision in ("year", "month") and YARDSTICK.search(full, max(0, t.start - 80), t.start))
             and not (t.precision == "year" and _epithet(full, t))]
    cands = [t for t in cands if not _of_another_noun(tok, t.start, t.end)]
    own = [t for t in cands if not filed_on(full, t.start, t.end)]
    cands = own if any(t.precision == "day" for t in own) else cands  # (the dateline's day before a year named in passing)
    if not cands and lo == 0 and "\n" not in full[:sent.end_char].strip() and "\n" in full[sent.end_char - 1:sent.end_char + 1] \
            and not opens_on_dateline(full, sent.end_char):  # (a line opening on a dateline is a lede of its own)
        below = full.find("\n", len(full[:sent.end_char].rstrip()) + 1)  # a headline's day, told in the standfirst under it
        cands = [t for t in ctx.timexes if sent.end_char <= t.start and (below < 0 or t.end <= below) and t.first is not None
                 and t.type in ("DATE", "TIME") and t.precision in ("day", "time", "part")][:1]
    if not cands:
        return None

    def opening(t: Timex) -> bool:  # "On 9 May 2020, ..." governs the whole sentence
        lead = full[min(lo, t.start):t.start].strip().lower()
        return lead in ("", "on") and any(ch.isdigit() for ch in t.text) and t.precision == "day"

    return min(cands, key=lambda t: (t.precision in ("approximate", "unknown"), not opening(t),
                                     abs(t.start - tok.idx)))


def place_for(pos: int, sent: Span, ctx: SentenceContext, lo: int | None = None, hi: int | None = None,
              skip: list[tuple[int, int]] = ()) -> Toponym | None:
    """The resolved place for a mention at ``pos``, chosen among the sentence's toponyms in
    ``[lo, hi)`` (outside the ``skip`` spans)."""
    lo = sent.start_char if lo is None else lo
    hi = sent.end_char if hi is None else hi
    cands = [t for t in ctx.toponyms if t.location is not None and lo <= t.start and t.end <= hi
             and not any(a <= t.start < b for a, b in skip)]
    at = sent.doc.char_span(pos, pos + 1, alignment_mode="expand")
    cands = [t for t in cands if not _of_another_noun(at[0] if at else None, t.start, t.end)] or cands
    return choose_place(text_of(sent.doc), cands, pos, ctx.toponyms)


def _subtree_span(tok: Token) -> tuple[int, int]:
    toks = list(tok.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _actor_names(actors: dict[str, ActorMention]) -> tuple[ActorName | None, ActorName | None]:
    a1, a2 = actors.get("actor1"), actors.get("actor2")
    return (a1.actor if a1 else None), (a2.actor if a2 else None)


def _is_generic(tok: Token, sent: Span, has_timex: bool, counts: list[Count], kills: list[Casualty]) -> bool:
    """A bare plural ('airstrikes', 'strikes have continued') with no number, date or toll."""
    if has_timex or counts or kills:
        return False
    nominal = tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    plural = tok.tag_ in ("NNS", "NNPS") or tok.dep_ != "ROOT" and tok.lower_.endswith("s") and nominal
    return nominal and plural and not any(c.dep_ in ("nummod", "det") for c in tok.children)


_ARMED_NOUNS = re.compile(r"\b(soldiers?|troops?|officers?|police\w*|gendarmes?|militants?|fighters?|gunmen|"
                          r"rebels?|insurgents?|militiam[ae]n|guards?|rangers?|reservists?|servicem[ae]n|"
                          r"attackers?|assailants?|bandits?|jihadists?|terrorists?|armed men|personnel|commanders?|raiders?|"
                          r"warriors?|operatives?|(?:sect|gang|militia|group) members?)\b",
                          re.I)


def _armed_victims(kills: list[Casualty], text: str) -> bool:
    """True when a casualty phrase names armed people ('two soldiers were killed')."""
    return any(not re.search(r"(?:\bex-|\bformer\s+)[\w-]*\s*$", text[k.start:m.start()], re.I)
               for k in kills for m in _ARMED_NOUNS.finditer(text, k.start, k.end))  # not "an ex-rebel commander"


def _held(tok: Token) -> bool:
    """'nurses held demonstrations', 'riots broke out', 'youths threw stones': a plural protest,
    riot or clash noun that a past-tense (or headline present) verb says took place."""
    return cue_of(tok) in ("PROTEST", "RIOT", "CLASH") and tok.head.tag_ in ("VBD", "VBZ", "VBP") \
        and tok.dep_ in ("dobj", "nsubj") and tok.head.lemma_.lower() not in ("continue", "threaten", "fear")


def _date_shift(sent: Span) -> int | None:
    m = _RELATIVE.search(span_text(sent))
    if not m:
        return None
    from .counts import parse_number
    n = parse_number(m.group(1))
    if n is None:
        return None
    days = n * (7 if m.group(2).lower() == "week" else 1)
    return days if m.group(3).lower() in ("before", "earlier") else -days


def sentence_mentions(sent: Span, ctx: SentenceContext) -> list[Mention]:
    """Event mentions in one body sentence (none for non-events)."""
    doc, sent = sent.doc, with_tally(sent)
    if _TOLL_LABEL.match(span_text(sent)):
        return []  # "Toll: the civil defence said eight were killed": the toll of the incident told, no new one
    fresh, ref, classes = _valid_cues(sent)
    if not fresh and not ref:
        return []
    if classes and classes <= POLICE_WORK and ordinary_crime(span_text(sent)) or break_in(span_text(sent)):
        return []  # a crime story's arrest, raid, drug haul or blasted vault: neither the rules' event nor the model's
    actors_all = find_mentions(sent, ctx.table)
    counts = strike_counts(span_text(sent), sent.start_char)
    kills = casualties(sent)
    enum = _enumeration(sent, ctx, counts)
    primary = fresh[0] if fresh else ref[0]
    tok = doc[primary.i]
    actors = assign_roles(actors_all, tok)
    a1, a2 = _actor_names(actors)
    sub = classify(classes, span_text(sent), a1, a2, tok.idx - sent.start_char, _armed_victims(kills, text_of(doc)))
    crowd = next((c for c in fresh if c.cls in CROWD_CUES), None)
    if sub in CROWD and primary.cls == "STRIKE" and crowd is not None:  # strikers who marched: the march is the event
        primary, tok = crowd, doc[crowd.i]
    sub, conf = decide(sub, primary.cls, span_text(sent))
    if sub is None:
        return []
    kinds = {a.kind for a in (a1, a2) if a is not None}
    if sub == SubEventType.EXCESSIVE_FORCE and kinds & NON_STATE_ARMED and not kinds & STATE_KINDS:
        sub = SubEventType.ATTACK  # force on a crowd by armed men who are no state's: an attack ("rebels fired on protesters")
    if sub in TAKERS:  # the model read a place taken; who took it is the actors' to say
        taker = territory(span_text(sent), a1)
        sub = taker if taker in TAKERS else sub
    if enum:
        return [_finish(m, sub, actors, conf) for m in enum]
    exclude = [_subtree_span(doc[c.i]) for c in ref] if fresh else []
    timex = timex_for(tok, sent, ctx, exclude)
    if fresh and timex is None and not kills and not counts and all(
            c.cls in _WEAK or _is_generic(doc[c.i], sent, False, counts, kills) and not _held(doc[c.i])
            for c in fresh) and not (ctx.lone and any(c.cls not in _WEAK for c in fresh)) \
            and not _concrete_place(sent, ctx, actors_all, sub):
        return []
    m = Mention(sub, (tok.idx, tok.idx + len(tok)), (sent.start_char, sent.end_char), reference=not fresh)
    _set_date(m, timex, sent, ctx, ref and fresh)
    if m.date and ctx.dct and (ctx.dct - m.date).days > 366:
        return []  # history, not news
    m.place = place_for(tok.idx, sent, ctx, skip=[(a.start, a.end) for a in actors_all])
    if m.place is not None and sub in _LAUNCHED and launched_from(text_of(doc), m.place):
        return []  # "missiles launched from the Rostov region" and no word of where they fell: the fall is the event
    m.actors = actors
    near = [c for c in counts if not any(a <= c.start < b for a, b in exclude)]
    if sub in _COUNTED:
        m.strikes = min(near, key=lambda c: abs(c.start - tok.idx)) if near else None
        if m.strikes is None:
            m.strikes = _one_strike(tok, primary.cls, sent) or next(iter(munition_counts(
                span_text(sent), sent.start_char)), None)
    if sub in _TARGETED:
        spans = [(a.start, a.end) for a in actors_all]
        m.targets = [t for t in find_targets(span_text(sent), sent.start_char)
                     if not any(a <= t.start < b for a, b in spans + exclude)]
    m.killed = [k for k in kills if k.kind == "killed"]
    m.injured = [k for k in kills if k.kind == "injured"]
    m.cue_conf = conf
    return by_place(m, sent, ctx.toponyms)


def _one_strike(tok: Token, cls: str, sent: Span) -> Count | None:
    """'a drone strike', 'another strike', and a headline's 'Israeli strike on ...' or 'US drone strike near
    ...': one strike. Not 'the strike' (told before, maybe as several) nor where strikes are counted."""
    if cls not in ("STRIKE", "AIR", "RAID") or tok.lower_ not in _ONE_WORDS or tok.dep_ == "compound" \
            or not (tok.pos_ == "NOUN" or tok.dep_.startswith("nsubj")):  # a headline's 'Drone strike on ...' parses as a verb
        return None
    det = determiner(tok)
    first = any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in tok.children)  # 'the first strike'
    if det in _REF_DETS and not first or det in _NOT_ONE or any(c.dep_ == "nummod" for c in tok.children) \
            or re.search(r"\b(?:air[- ]?)?(?:strikes|raids|bombings)\b", span_text(sent), re.I):
        return None
    return Count(tok.idx, tok.idx + len(tok), 1)


def _concrete_place(sent: Span, ctx: SentenceContext, actors: list[ActorMention], sub: str) -> bool:
    """'Clashes between herders in <village>': a named town or village makes a bare plural an event, and so
    does a province for drones brought down (air defences tell them by region: "nine over Voronezh region")."""
    place = place_for(sent.start_char, sent, ctx, skip=[(a.start, a.end) for a in actors])
    vague = ("country", "region") if sub == SubEventType.DISRUPTED_WEAPONS_USE else ("country", "region", "province")
    return place is not None and place.location.precision not in vague


def _set_date(m: Mention, timex: Timex | None, sent: Span, ctx: SentenceContext, relative: bool) -> None:
    shift = _date_shift(sent) if relative else None
    ref_tx = next((t for t in ctx.timexes if _in(t.start, t.end, sent) and t.first), None)
    if shift is not None and ref_tx is not None and timex is None:
        m.date, m.timex, m.date_basis = ref_tx.first + dt.timedelta(days=shift), ref_tx, "relative"
    elif timex is not None and not (_SAME_DAY.fullmatch(timex.text.strip()) and ctx.last_date):
        m.date, m.timex, m.date_basis = timex.first, timex, "timex"
    elif _SAME_DAY.search(span_text(sent)) and ctx.last_date:
        m.date, m.timex, m.date_basis = ctx.last_date, ctx.last_timex, "anaphora"


def _enumeration(sent: Span, ctx: SentenceContext, counts: list[Count]) -> list[Mention]:
    """'four strikes on May 9, two on May 10 and another strike on May 12': one mention per item."""
    if len(counts) < 2:
        return []
    full = text_of(sent.doc)
    txs = sorted((t for t in ctx.timexes if _in(t.start, t.end, sent) and t.first and t.precision == "day"),
                 key=lambda t: t.start)
    pairs: dict[int, Timex] = {}
    for tx in txs:
        free = [k for k in range(len(counts)) if k not in pairs]
        if not free:
            break
        k = min(free, key=lambda k: _gap(full, counts[k], tx))
        pairs[k] = tx
    if len({t.first for t in pairs.values()}) < 2:
        return []
    out = []
    skip = [(a.start, a.end) for a in find_mentions(sent, ctx.table)]
    shared = place_for(counts[0].start, sent, ctx, skip=skip)
    for k, c in enumerate(counts):
        if k not in pairs:
            continue
        lo = counts[k - 1].end if k else sent.start_char
        hi = counts[k + 1].start if k + 1 < len(counts) else sent.end_char
        m = Mention("", (c.start, c.end), (sent.start_char, sent.end_char), date=pairs[k].first,
                    timex=pairs[k], date_basis="timex", strikes=c)
        m.place = place_for(c.start, sent, ctx, lo, hi, skip) or shared
        out.append(m)
    return out


def _gap(text: str, c: Count, tx: Timex) -> int:
    """Distance between a count and a timex; a comma between them means another list item."""
    lo, hi = (c.end, tx.start) if c.end <= tx.start else (tx.end, c.start)
    between = text[lo:hi] if lo <= hi else ""
    return abs(hi - lo) + (100 if any(p in between for p in ",;") else 0)


def _finish(m: Mention, sub: str, actors: dict[str, ActorMention], conf: float) -> Mention:
    m.sub_type, m.actors, m.cue_conf = sub, actors, conf
    return m

