"""Mention groups: one report's mentions collapsed into candidate events (same sub-type, date and
place), the told-on sentences of protests and battles, and each group's context text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Location
from .classify import INTERVENE, crowd_turned_violent, protest_type
from .fatalities import Casualty
from .decide import retype
from .disputes import TargetStatement
from .mentions import Mention
from .taxonomy import EVENT_TYPE_OF, EventType, SubEventType
from .territory import unopposed

SPECIFIC_BROAD = ("country", "region", "province")


@dataclass
class Group:
    """Mentions of one candidate event, with the target statements and told-on tolls that follow it."""

    mentions: list[Mention]
    statements: list[TargetStatement] = field(default_factory=list)
    # told-on casualty sentences ("3 fatalities."): (sentence span, its killed counts)
    tolls: list[tuple[tuple[int, int], list[Casualty]]] = field(default_factory=list)
    updates: list[Mention] = field(default_factory=list)  # casualty sentences of a later day (figures only)
    own_place: bool = False  # placed only by its own words (a release's place line), never at the report's main place
    section: Location | None = None  # the country of the release's section a line is in ("Strikes in Syria")


def place_name(m: Mention, main: Location | None) -> str | None:
    """The name of a mention's place (the report's main place when it names none)."""
    if m.place is not None:
        return m.place.location.name
    return main.name if main else None


def matches(g: Group, m: Mention, main: Location | None) -> bool:
    """Whether ``m`` tells the same event as ``g``: same sub-type, date and place."""
    first = g.mentions[0]
    if first.sub_type != m.sub_type:
        return False
    dates = {x.date for x in g.mentions if x.date}
    if m.date and dates and m.date not in dates:
        return False
    if not m.date and not dates and not m.reference:
        return False
    if not m.date and dates and not m.reference:
        return False
    if m.date and not dates:
        return False
    names = {place_name(x, main) for x in g.mentions}
    return place_name(m, main) in names or m.place is None or all(x.place is None for x in g.mentions)



_TERRITORY_SUBS = {SubEventType.GOVERNMENT_REGAINS_TERRITORY, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                   SubEventType.NON_VIOLENT_TRANSFER}


def continues_battle(m: Mention, groups: list[Group]) -> bool:
    """'The army said it had regained control of the area by nightfall' after a reported clash:
    the outcome of that battle, not a separate undated event."""
    if m.date is not None or m.sub_type not in _TERRITORY_SUBS or m.killed:
        return False
    return any(EVENT_TYPE_OF[g.mentions[0].sub_type] == EventType.BATTLES for g in groups)


_ORDER_RESTORED = re.compile(r"\bregain\w* control (?:of|over) the (?:area|situation|scene|region|streets?)\b", re.I)


def take_outcome(m: Mention, groups: list[Group], text: str) -> None:
    """In a note that tells one event, the battle's outcome (a place taken: ``m``, see
    :func:`continues_battle`) is what ACLED codes: the battle becomes the taking of territory ('they then
    took control of two villages'); order restored ('regained control of the area') leaves it a battle."""
    if _ORDER_RESTORED.search(text[m.sent[0]:m.sent[1]]):
        return
    battle = next(g for g in reversed(groups) if EVENT_TYPE_OF[g.mentions[0].sub_type] == EventType.BATTLES)
    for x in battle.mentions:
        x.sub_type = m.sub_type


_PROTEST_RANK = {SubEventType.PEACEFUL_PROTEST: 0, SubEventType.PROTEST_WITH_INTERVENTION: 1, SubEventType.EXCESSIVE_FORCE: 2,
                 SubEventType.VIOLENT_DEMONSTRATION: 2, SubEventType.MOB_VIOLENCE: 2}


def context_of(groups: list[Group], g: Group, text: str, reach: int | None = None) -> str:
    """An event's context: from its first sentence to the next event's first sentence (past any
    sentences merged into it), and with ``reach`` at most that many characters past the start of
    its own last sentence."""
    lo = g.mentions[0].sent[0]
    own = max(m.sent[0] for m in g.mentions)
    hi = next((s for s in sorted(x.mentions[0].sent[0] for x in groups) if s > own), len(text))
    return text[lo:hi if reach is None else min(hi, own + reach)]


def retype_groups(groups: list[Group], text: str) -> None:
    """Let a user-fitted classifier (if any) re-read each event's context (see ``decide.retype``)."""
    for g in groups:
        first = g.mentions[0]
        sub, conf = retype(first.sub_type, first.cue_conf, context_of(groups, g, text))
        if sub != first.sub_type:
            for m in g.mentions:
                m.sub_type, m.cue_conf = sub, conf


_CROWD_EVENT_TYPES = {EventType.PROTESTS, EventType.RIOTS}


def _group_date(g: Group):
    return next((m.date for m in g.mentions if m.date), None)


def _follows_protest(prev: Group, g: Group, main: Location | None, text: str) -> bool:
    """'Police arrested 23 demonstrators.', 'The crowd then threw stones.' after a protest: the same
    gathering told on (no other date, no other place), not a new event."""
    first = g.mentions[0]
    if EVENT_TYPE_OF[prev.mentions[0].sub_type] not in _CROWD_EVENT_TYPES or any(m.killed for m in g.mentions):
        return False
    kind = EVENT_TYPE_OF[first.sub_type]
    policing = bool(INTERVENE.search(text[first.sent[0]:first.sent[1]]))  # 'police fired tear gas'
    if kind not in _CROWD_EVENT_TYPES and first.sub_type != SubEventType.ARRESTS and not policing:
        return False
    date, prev_date = _group_date(g), _group_date(prev)
    if date is not None and prev_date is not None and date != prev_date:
        return False
    places = {place_name(m, None) for m in g.mentions} - {None}
    return not places or bool(places & {place_name(m, main) for m in prev.mentions})


def absorb_followups(groups: list[Group], main: Location | None, text: str) -> list[Group]:
    """Merge each protest's or riot's told-on sentences into it (their cues are re-read by
    ``protest_context``)."""
    out: list[Group] = []
    for g in groups:
        if out and _follows_protest(out[-1], g, main, text):
            sub = out[-1].mentions[0].sub_type
            for m in g.mentions:
                m.sub_type = sub
            out[-1].mentions.extend(g.mentions)
        else:
            out.append(g)
    return out


# how far past its last sentence's start a protest's context is read: its own next few sentences,
# not an article's background further on ('responsible for the killing of hundreds in 2002')
PROTEST_REACH = 500


# a fight told after an attack in the same note: the attacked or the police fought back
_FOUGHT_BACK = re.compile(r"\b(?:return(?:ed|ing)? (?:the )?fire|respond(?:ed|ing)? (?:to the (?:fire|attack) )?with (?:\w+ )?(?:fire|weapons)|"
                          r"responded to the (?:fire|attack)|exchang\w* (?:of )?(?:gun)?fire|shoot-?outs?|gun ?battles?|"
                          r"fire-?fights?|engag\w* (?:\w+ ){0,3}in (?:a |an )?(?:\w+ )?(?:battle|fight|shoot-?out|fire ?fight))\b", re.I)


_TAKEN = _TERRITORY_SUBS - {SubEventType.NON_VIOLENT_TRANSFER}  # a place taken, not handed over


def fight_context(groups: list[Group], text: str, short: bool) -> None:
    """In a note that tells one event (``short``), a fight or attack after which a place was taken is the
    taking of territory, and an attack whose attackers were fought ('the police engaged the raiders in a
    battle', 'forces responded to the fire') is an armed clash, as ACLED codes the whole exchange."""
    if not short:
        return
    for g in groups:
        if g.mentions[0].sub_type in _TAKEN and unopposed(context_of(groups, g, text)) \
                and not any(m.killed for m in g.mentions):  # "... took over the village. No violence was reported."
            for m in g.mentions:
                m.sub_type = SubEventType.NON_VIOLENT_TRANSFER
            continue
        taken = next((m.sub_type for m in g.mentions[1:] if m.sub_type in _TAKEN), None)
        if taken is not None and g.mentions[0].sub_type in (SubEventType.ATTACK, SubEventType.ARMED_CLASH):
            for m in g.mentions:  # "thwarted an attack and subsequently gained control over the hill": territory
                m.sub_type = taken
            continue
        if g.mentions[0].sub_type != SubEventType.ATTACK:
            continue
        later = any(m.sub_type == SubEventType.ARMED_CLASH for m in g.mentions[1:])
        if later or _FOUGHT_BACK.search(context_of(groups, g, text)):
            for m in g.mentions:
                m.sub_type = SubEventType.ARMED_CLASH


# state forces firing on people who were protesting, told beside an attack ("Security forces kill 40 in X crackdown.
# Worshippers were fired on as they protested", "FC personnel opened fire on a convoy of supporters. 1 protester was
# killed"): ACLED's excessive force against protesters, not an attack on civilians
_FORCES = r"\b(?:police|security forces|soldiers|troops|army|personnel|gendarmes|guards)\b"
_FORCE_ON_PROTESTERS = re.compile(
    _FORCES + r"[^.]{0,120}?\b(?:fired|opened fire|shot|"
    r"kill(?:ed|ing|s)?|beat\w*)\b[^.]{0,60}?\b(?:protesters|demonstrators|marchers|mourners)\b|"
    r"\b(?:were|was)\s+(?:shot|fired on|killed)\b[^.]{0,40}?\bas they (?:protested|demonstrated|marched|rallied)\b|"
    r"\b(?:\d+|one|two|three|four|five)\s+(?:protesters?|demonstrators?)\s+(?:was|were)\s+(?:killed|shot dead)\b", re.I)
_STATE_FORCES = re.compile(_FORCES, re.I)
# a protester dead of the force used to break a protest up ("One protester died after inhaling the gas", "a marcher was
# killed by a tear-gas canister"): the intervention was lethal, ACLED's excessive force
_DIED_OF_FORCE = re.compile(r"\b(?:protesters?|demonstrators?|marchers?|students?|(?:one|a|an)\s+(?:\w+\s+)?(?:protester|"
                            r"demonstrator|marcher|student|youth|man|woman|boy|girl))\s+(?:\w+\s+){0,3}?(?:died|was killed|"
                            r"were killed|suffocated)\b[^.]{0,60}?\b(?:tear[ -]?gas|the gas|canisters?|rubber bullets?|"
                            r"batons?|beat(?:en|ing)|stampede|water cannon)\b", re.I)


def protest_context(groups: list[Group], text: str) -> None:
    """A protest's later sentences ('Police fired tear gas.', 'They threw stones.') can escalate
    its sub-type; they are read up to the next event's sentence, at most ``PROTEST_REACH``
    characters past the start of its last sentence. An attack by state forces whose sentences tell
    protesters fired on is force against protesters (``_FORCE_ON_PROTESTERS``)."""
    for g in groups:
        sub = g.mentions[0].sub_type
        if sub == SubEventType.ATTACK:
            context = context_of(groups, g, text, PROTEST_REACH)
            if _STATE_FORCES.search(context) and _FORCE_ON_PROTESTERS.search(context):
                for m in g.mentions:
                    m.sub_type = SubEventType.EXCESSIVE_FORCE
            continue
        if sub not in _PROTEST_RANK:
            continue
        context = context_of(groups, g, text, PROTEST_REACH)
        if sub == SubEventType.EXCESSIVE_FORCE:  # ACLED: force against a rioting crowd is the riot's
            new = SubEventType.VIOLENT_DEMONSTRATION if crowd_turned_violent(context) else sub
        else:
            new = protest_type(set(), context)
            if new == SubEventType.PROTEST_WITH_INTERVENTION and _DIED_OF_FORCE.search(context):
                new = SubEventType.EXCESSIVE_FORCE
        if new != sub and (_PROTEST_RANK[new] > _PROTEST_RANK[sub] or sub == SubEventType.EXCESSIVE_FORCE):
            for m in g.mentions:
                m.sub_type = new

