"""Incident segmentation: one report's mention groups -> the incidents it tells as news.

A report tells one incident several times (lead, victims, sources' figures, a later update) and
around it gives context: earlier attacks, the toll of the whole war or of the whole country that
day, what the parties did weeks before. ``segment`` keeps, in text order:

* the first group (the lead) as the first incident;
* each later group that fits an incident already found (date, place, kind of violence, actor)
  merged into it; a casualty sentence told a few days later ("By Sunday the toll had climbed to
  32") is kept as that incident's update;
* each other group that is told as news (its own place or day, or "elsewhere", "separately") as a
  new incident;
and drops background: sentences about earlier or habitual events and cumulative tolls, and groups
dated well before both the incidents and the publication.
"""
from __future__ import annotations

import datetime as dt
import re

from ..models import Location, Timex, haversine_km
from .grouping import SPECIFIC_BROAD, Group
from .mentions import Mention
from .lede import HABITS, commemorates, lede_end, long_ago
from .tolls import UPDATE as _UPDATE_CUE, is_cumulative
from .taxonomy import EVENT_TYPE_OF, EventType, SubEventType

_BACKGROUND = re.compile(
    r"\b(?:last|previous)\s+(?:week|month|year|weekend|spring|summer|autumn|winter)\b"
    r"|\bearlier\s+this\s+(?:week|month|year)\b|\bin\s+(?:a|an)\s+(?:similar|previous|earlier)\b"
    r"|\b(?:days|weeks|months|years|hours|a\s+day|a\s+week|a\s+month|a\s+year)\s+(?:earlier|ago)\b"
    r"|^\W*(?:\w+\s+){0,2}(?:days|weeks|months|hours|a\s+day|a\s+week|a\s+month)\s+before\b"  # "Days before X, ..."
    r"|\bcame\s+(?:just\s+|only\s+)?(?:\w+\s+)?(?:days|weeks|months|hours|a\s+day|a\s+week|a\s+month)\s+after\b"
    r"|\bat\s+the\s+time\b|\bin\s+recent\s+(?:days|weeks|months|years)\b|\bcoded\s+separately\b"
    rf"|{HABITS}"
    r"|\b(?:latest|deadliest|worst|biggest|largest)\b[^.;]{0,60}\bsince\b"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d+)\s+"
    r"(?:years?|decades?)\s+(?:after|on|since)\b",
    re.I)
_SEPARATE = re.compile(r"^\W*(?:elsewhere|separately|meanwhile|in\s+a\s+separate|in\s+another)\b|\belsewhere\s*,"
                       r"|\bin\s+other\s+(?:strikes|attacks|raids|incidents|clashes)\b"
                       r"|\b(?:later|earlier)\s+(?:on|that)\s+(?:day|morning|evening|night|\w+day)\b", re.I)
# A day given for the telling, not the event: "officials said on Saturday", "claimed responsibility on Wednesday".
_SAID = re.compile(r"\b(?:said|says|say|told|reported|announced|added|confirmed|stated|claimed|declared|denied|"
                   r"according to|responsibility)\b", re.I)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|reported|announced|confirmed|stated|claimed|declared|denied|"
                          r"responsibility)\s+(?:\w+\s+){0,4}?(?:on|in|late on|early on)?\s*$", re.I)
_ADDED = re.compile(r"\W*(?:in\s+addition|additionally|also)\b", re.I)
# a digest's next scene: "The same afternoon, ...", "Later that day, ...", "At about 3 p.m., ..."
_SCENE = re.compile(r"\W*(?:(?:on\s+)?the\s+same\s+(?:day|morning|afternoon|evening|night)|later\s+(?:that|the\s+same|in\s+the)\b|"
                    r"(?:at\s+)?(?:about|around)\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\b)", re.I)
# "a second strike on a farm near Sarmada": another incident when it has a place of its own
_ANOTHER = re.compile(r"\b(?:a\s+second|a\s+third|another|a\s+separate)\s+(?:\w+\s+)?(?:strike|air\s*strike|airstrike|"
                      r"attack|raid|blast|bombing|explosion|shelling|drone\s+strike)\b", re.I)
_HOSPITAL = re.compile(r"\b(?:hospitals?|morgues?|mortuar(?:y|ies)|clinics?|medical)\b", re.I)
_CASUALTY_WORD = re.compile(r"^(?:kill|dead|die|death|wound|injur|hurt|casualt|bod(?:y|ies)|toll|fatalit)", re.I)
_VIOLENT = {EventType.BATTLES, EventType.EXPLOSIONS, EventType.VAC}
_ASIDE = {EventType.PROTESTS, EventType.RIOTS, EventType.STRATEGIC}  # told inside a violent incident: context
_CROWDS = {EventType.PROTESTS, EventType.RIOTS}
_AREAS = {"area", "district", "region", "province", "country"}
_ENTRY_HEAD = re.compile(r"[A-Z][\w'’ -]{1,40}?[:.]\s")  # "Maarat al-Numan: ...", "Kostiantynivka. Two bombs ..."
NEAR_KM = 30.0  # towns this close tell one incident (a suburb, the next village) ...
AREA_KM = 80.0  # ... and this close when one is an area, a sea or a district rather than a town
SAME_TOWN_KM = 3.0  # towns told as the next scene ("The same afternoon, shells hit X") are one place only this close
UPDATE_DAYS = 7  # a casualty sentence told up to a week later updates the incident's toll
RECENT_DAYS = 10  # a day this far before publication (and the incidents) is still news
EARLIER_DAYS = 2  # an event told after the lead but this many days before it is context


def sentence_of(m: Mention, text: str) -> str:
    return text[m.sent[0]:m.sent[1]]


def is_background(m: Mention, text: str) -> bool:
    """A mention in a sentence about earlier or habitual events, or a cumulative toll."""
    return background_sentence(sentence_of(m, text))


def background_sentence(sentence: str) -> bool:
    """A sentence about earlier or habitual events, or a cumulative toll."""
    return bool(_BACKGROUND.search(sentence)) or is_cumulative(sentence)


def is_toll_mention(m: Mention, text: str) -> bool:
    """A mention whose trigger is the casualties ('Two were killed.', 'Another 27 people were wounded')."""
    if any(c.start <= m.trigger[0] < c.end for c in [*m.killed, *m.injured]):
        return True
    return bool(_CASUALTY_WORD.match(text[m.trigger[0]:m.trigger[1]]))


def said_on(t: Timex, text: str, lo: int) -> bool:
    """The timex dates a saying ('officials said on Monday'), not an event."""
    return bool(_SAID_BEFORE.search(text[max(lo, t.start - 60):t.start]))


def reported_day(m: Mention, text: str) -> bool:
    """The mention's date is the day something was said, not (clearly) the day it happened:
    'officials said on Saturday that ...', 'killed 14, the leader, who said ... on Sunday'."""
    tx = m.timex
    if tx is None or m.date_basis != "timex":
        return False
    if tx.start >= m.trigger[1]:
        return bool(_SAID.search(text[m.trigger[1]:tx.start]))
    return bool(_SAID_BEFORE.search(text[max(m.sent[0], tx.start - 60):tx.start]))


def is_context(g: Group, groups: list[Group], text: str, published: dt.date | None) -> bool:
    """A group told as context: all its mentions background, or dated well before the others."""
    others = [x for x in groups if x is not g]
    return all(is_background(m, text) or (others and _stale(m, others, published)) for m in g.mentions)


def told_on(start: int, end: int, text: str, timexes: list[Timex]) -> bool:
    """A casualty sentence with no event of its own tells the toll of the event before it, unless it
    is background or gives a day of its own (and no update)."""
    sentence = text[start:end]
    if _BACKGROUND.search(sentence) or is_cumulative(sentence):
        return False
    return is_update(sentence) or not any(start <= t.start < end and t.type == "DATE" for t in timexes)


def segment(groups: list[Group], text: str, *, main: Location | None, published: dt.date | None,
            short: bool = False, note: bool | None = None) -> list[Group]:
    """The incidents among ``groups`` (in text order), background dropped (see module docstring).
    ``short``: a monitoring note, whose mentions are one event unless they give other days; ``note``:
    a monitor's record (default: ``short``), whose every event counts, not news whose lede sets
    what is news (an anniversary's violence, a habit told below the lede are none)."""
    news = not (short if note is None else note)
    lede = lede_end(text) if news else 0
    if news and commemorates(text[:lede]):  # a day remembered is told, not news: only a crowd gathered is
        groups = [g for g in groups if EVENT_TYPE_OF[g.mentions[0].sub_type] in _CROWDS]
    rest = _without_roundup(groups, text)
    if rest is not groups:  # a round-up, however short, tells incidents of their own
        groups, short = rest, False
    incidents: list[Group] = []
    for g in groups:
        if incidents:
            g.mentions = [m for m in g.mentions if not is_background(m, text) and not _stale(m, incidents, published)]
            if not g.mentions:
                continue
        else:  # the lead keeps its group, but not a background sentence matched into it
            kept = [m for m in g.mentions if not is_background(m, text)]
            if not kept and news and all(m.sent[0] >= lede and long_ago(sentence_of(m, text)) for m in g.mentions):
                continue  # an article's first event only in habits, old news or a war's toll below its lede
            g.mentions = kept or g.mentions
        home, later = _home(incidents, g, text, main, short)
        if home is not None:
            _merge(home, g, later, text)
        elif not incidents or _news(g, text, incidents) or any(_listed(inc, g) for inc in incidents):
            if incidents and _ADDED.match(sentence_of(g.mentions[0], text)):
                _day_of(incidents[-1], g, text)
            incidents.append(g)
    return incidents


def _specific(g: Group) -> set[str]:
    """The names of a group's places finer than a province."""
    return {m.place.location.name for m in g.mentions
            if m.place is not None and m.place.location.precision not in SPECIFIC_BROAD}


def _without_roundup(groups: list[Group], text: str) -> list[Group]:
    """A lead placed no finer than a country or province ("bombings killed 27 across Iraq on
    Tuesday") followed by incidents of its kind in two or more towns is a round-up, not an incident:
    it is dropped and its day passes to the undated incidents it sums up."""
    if len(groups) < 3 or _specific(groups[0]):
        return groups
    kind = EVENT_TYPE_OF[groups[0].mentions[0].sub_type] in _VIOLENT
    towns = [g for g in groups[1:] if _specific(g) and (EVENT_TYPE_OF[g.mentions[0].sub_type] in _VIOLENT) == kind]
    if len(set().union(*(_specific(g) for g in towns))) < 2:
        return groups
    for g in groups[1:]:
        _day_of(groups[0], g, text)
    return groups[1:]


def _day_of(told: Group, g: Group, text: str) -> None:
    """An undated group ``g`` takes the day of the group ``told`` before it (a round-up's, or the strike
    before "In addition, in X, an aircraft struck ...")."""
    dated = _dated(told, text)
    if dated is not None and all(m.date is None for m in g.mentions):
        for m in g.mentions:
            m.date, m.timex, m.date_basis = dated.date, dated.timex, "anaphora"


def _home(incidents: list[Group], g: Group, text: str, main: Location | None,
          short: bool) -> tuple[Group | None, bool]:
    """The incident ``g`` tells (latest first; an update of a toll: the first with deaths) and whether
    it tells it on a later day."""
    if is_update(sentence_of(g.mentions[0], text)):
        for inc in incidents:
            fit = _fits(inc, g, text, main, short)
            if fit is not None and any(m.killed for m in inc.mentions):
                return inc, fit
    for inc in reversed(incidents):
        fit = _fits(inc, g, text, main, short)
        if fit is not None:
            return inc, fit
    return None, False


def _fits(inc: Group, g: Group, text: str, main: Location | None, short: bool) -> bool | None:
    """None if ``g`` is another incident than ``inc``; else whether it is a later update of it."""
    first = g.mentions[0]
    if _listed(inc, g):
        return None  # one deed listed place by place (events.spread): an event per place
    toll = all(is_toll_mention(m, text) for m in g.mentions if not m.reference)
    update = is_update(sentence_of(first, text))
    if _SEPARATE.search(sentence_of(first, text)) and not update:
        return None
    if _ANOTHER.search(sentence_of(first, text)) and _places(g) and _places(g) != _places(inc):
        return None
    if _ADDED.match(sentence_of(first, text)) and _places(g) and not _places_fit(inc, g, main, km=SAME_TOWN_KM):
        return None  # "In addition, in eastern Rafah, an aircraft struck ...": one more strike, elsewhere
    d_inc, d_g = group_date(inc, text), group_date(g, text)
    later = False
    if d_inc is None and d_g is not None and not short and not _places_fit(inc, g, main, strict=True):
        return None  # a dated sentence tells its own day, not that of an undated incident elsewhere
    if d_inc is not None and d_g is not None and d_inc != d_g and not _within(inc, g, text):
        if not (toll and 0 < (d_g - d_inc).days <= UPDATE_DAYS):
            return None
        later = True
    if short:  # a note's mentions are one event, unless told in two countries ("drones downed over Belgorod region;
        # a strike on an ammunition depot near Starokonstantinov": two events) or at two towns, each with a deed of its own
        # told in its own sentence ("The first airstrike, near Jamaame, ... The second targeted a vehicle near Saakow")
        ours, theirs, subs = *({p.country for p in _places(x)} - {None} for x in (inc, g)), {inc.mentions[0].sub_type, first.sub_type}
        downed = SubEventType.DISRUPTED_WEAPONS_USE in subs and len(subs) > 1  # (drones downed, and missiles that struck)
        return None if ours and theirs and not ours & theirs and not toll or (_apart(inc, g) or downed) and not toll else later
    kinds = {EVENT_TYPE_OF[inc.mentions[0].sub_type], EVENT_TYPE_OF[first.sub_type]}
    if not (kinds <= _VIOLENT or kinds <= _CROWDS or EVENT_TYPE_OF[first.sub_type] in _ASIDE):
        return None
    told_back = toll and (first.place is None or _HOSPITAL.search(sentence_of(first, text)) or later or update)
    if not told_back and not _places_fit(inc, g, main, km=SAME_TOWN_KM if _SCENE.match(sentence_of(first, text)) else NEAR_KM):
        return None
    if not toll and _actors_clash(inc, g) or _own_entry(inc, g, text):
        return None
    return later


def _own_entry(inc: Group, g: Group, text: str) -> bool:
    """``g`` is told at another named town than ``inc`` as another kind of deed ("Ariha: two air strikes ...
    Maarat al-Numan: one killed by artillery fire"), or in a digest entry headed by its town's name."""
    towns = [{t.name for t in _towns(x)} for x in (inc, g)]
    if not all(towns) or towns[0] & towns[1]:
        return False
    first = g.mentions[0]
    headed = first.place is not None and _ENTRY_HEAD.match(text, first.sent[0], first.sent[1]) is not None \
        and text.startswith(first.place.text, first.sent[0])
    kinds = [{m.sub_type for m in x.mentions} for x in (inc, g)]
    weapons = all(EVENT_TYPE_OF[k] == EventType.EXPLOSIONS for k in kinds[0] | kinds[1])  # each named by its weapon
    return headed or weapons and kinds[0].isdisjoint(kinds[1])


def is_update(sentence: str) -> bool:
    return bool(_UPDATE_CUE.search(sentence))


def _dated(g: Group, text: str) -> Mention | None:
    """A group's dated mention: a fresh one before a back-reference, a day the event happened on
    before a day something was said."""
    dated = sorted((m for m in g.mentions if m.date), key=lambda m: (m.reference, reported_day(m, text)))
    return dated[0] if dated else None


def group_date(g: Group, text: str) -> dt.date | None:
    """The day a group tells of (None when it gives none, or only the day something was said)."""
    m = _dated(g, text)
    return m.date if m is not None and not reported_day(m, text) else None


def _coarse(m: Mention | None) -> bool:
    """Dated only to a month, year or season ('In February, ...')."""
    return m is not None and m.timex is not None and m.date_basis == "timex" and m.timex.precision != "day"


def _within(inc: Group, g: Group, text: str) -> bool:
    """One side is dated only to a month (or week) that holds the other's day ('in early March' ... 'on 5 March')."""
    a, b = _dated(inc, text), _dated(g, text)
    for coarse, day in ((a, b), (b, a)):
        if _coarse(coarse) and day is not None and not _coarse(day) and coarse.timex.first and coarse.timex.last \
                and coarse.timex.first <= day.date <= coarse.timex.last:
            return True
    return False


def _stale(m: Mention, incidents: list[Group], published: dt.date | None) -> bool:
    """Dated well before the incidents found and before publication, or only to a month while
    they have days: an earlier event told as context."""
    if m.date is None:
        return False
    days = [x.date for i in incidents for x in i.mentions if x.date is not None and not _coarse(x)]
    if _coarse(m) and days and not any(m.timex.first <= d <= m.timex.last for d in days if m.timex.first and m.timex.last):
        return True
    last = m.timex.last if m.timex is not None and m.timex.last else m.date
    if days and last < days[0] - dt.timedelta(days=EARLIER_DAYS):
        return True  # told after the lead but days before it: an earlier attack, context
    anchors = [x - dt.timedelta(days=UPDATE_DAYS) for x in days]
    if published is not None:
        anchors.append(published - dt.timedelta(days=RECENT_DAYS))
    return bool(anchors) and all(last < a for a in anchors)


def _news(g: Group, text: str, incidents: list[Group]) -> bool:
    """A group that fits no incident is another incident when told with its own day or place (or 'elsewhere')."""
    if all(m.reference for m in g.mentions):
        return False
    if group_date(g, text) is not None or _SEPARATE.search(sentence_of(g.mentions[0], text)):
        return True
    return any(m.place is not None and (m.place.location.precision not in SPECIFIC_BROAD or m.place.location.precision == "province"
               and (m.sub_type == SubEventType.DISRUPTED_WEAPONS_USE or all(m.sub_type != i.mentions[0].sub_type for i in incidents)))
               for m in g.mentions)  # (drones downed by region, then "missiles struck port infrastructure in Odesa oblast")


def _apart(inc: Group, g: Group) -> bool:
    """A strike, shelling or blast (a battle after a battle, a crowd after a crowd; not an attack on civilians, whose
    home villages notes name) told in its own sentence at a town far from the incident's ("The first airstrike, near
    Jilib, ... Later, a second airstrike destroyed a vehicle near Bardhere")."""
    kinds, towns = {EVENT_TYPE_OF[x.mentions[0].sub_type] for x in (inc, g)}, [_towns(x) for x in (inc, g)]
    return (EVENT_TYPE_OF[g.mentions[0].sub_type] == EventType.EXPLOSIONS or kinds == {EventType.BATTLES} or kinds <= _CROWDS) \
        and all(towns) and not {m.sent for m in inc.mentions} & {m.sent for m in g.mentions} \
        and not any(_same_place(a, b) for a in towns[0] for b in towns[1])


def _towns(g: Group) -> list[Location]:
    """The places, finer than a province, of a group's own (not back-referring) mentions."""
    return [m.place.location for m in g.mentions if not m.reference and m.place is not None
            and m.place.location.precision not in SPECIFIC_BROAD]


def _listed(inc: Group, g: Group) -> bool:
    """``g`` and ``inc`` are one sentence's deed told at two places (events.spread: one trigger)."""
    return bool({m.trigger for m in g.mentions} & {m.trigger for m in inc.mentions})


def _places(g: Group) -> list[Location]:
    return [m.place.location for m in g.mentions if m.place is not None]


def _places_fit(inc: Group, g: Group, main: Location | None, *, strict: bool = False, km: float = NEAR_KM) -> bool:
    """Some place of ``g`` is (near, in or around) some place of ``inc``; no place fits anything
    (``strict``: a group without a place is at the report's main place); two towns fit within ``km``."""
    fallback = [main] if main else []
    theirs, ours = _places(g) or (fallback if strict else []), _places(inc) or fallback
    if not theirs or not ours:
        return True
    return any(_same_place(a, b, km) for a in ours for b in theirs)


def _same_place(a: Location, b: Location, km: float = NEAR_KM) -> bool:
    if a.name == b.name or re.search(rf"\b{re.escape(a.name)}\b", b.name) or re.search(rf"\b{re.escape(b.name)}\b", a.name):
        return True  # "Aden" and "the Gulf of Aden"
    for broad, narrow in ((a, b), (b, a)):
        if broad.precision in SPECIFIC_BROAD and broad.country and broad.country == narrow.country and (
                broad.precision == "country" or broad.admin1 is None or broad.admin1 == narrow.admin1):
            return True
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    towns = all(x.precision not in _AREAS or x.precision == "area" and x.feature == "city" for x in (a, b))  # "the X area"
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= (km if towns else AREA_KM)


def _named_actor1(g: Group) -> str | None:
    for m in g.mentions:
        a = m.actors.get("actor1")
        if a is not None and not a.actor.generic and a.actor.kind not in ("civilians", "protesters", "rioters"):
            return a.actor.name
    return None


def _actors_clash(inc: Group, g: Group) -> bool:
    """Two attacks by two different named actors ('Hezbollah fired rockets' after an Israeli strike)
    are two incidents; sides of a battle may be told either way round."""
    if EventType.BATTLES in (EVENT_TYPE_OF[g.mentions[0].sub_type], EVENT_TYPE_OF[inc.mentions[0].sub_type]):
        return False
    a, b = _named_actor1(inc), _named_actor1(g)
    return a is not None and b is not None and a != b


def _merge(inc: Group, g: Group, later: bool, text: str) -> None:
    """``g`` into ``inc``: a later day's casualty sentence as an update (its figures only), a
    protest or strategic development told within a violent incident as context (dropped), else
    its mentions take the incident's sub-type (a lead told only by its toll takes the weapon's)."""
    aside = EVENT_TYPE_OF[g.mentions[0].sub_type] in _ASIDE and EVENT_TYPE_OF[inc.mentions[0].sub_type] in _VIOLENT
    if later:
        inc.updates.extend(g.mentions)
    elif aside:
        pass
    else:
        lead, first = inc.mentions[0], g.mentions[0]
        if lead.sub_type == SubEventType.ATTACK and is_toll_mention(lead, text) and not is_toll_mention(first, text) \
                and EVENT_TYPE_OF[first.sub_type] == EventType.EXPLOSIONS \
                and (first.killed or first.injured or first.strikes or first.date):
            for m in inc.mentions:
                m.sub_type = first.sub_type
        for m in g.mentions:
            m.sub_type = lead.sub_type
        inc.mentions.extend(g.mentions)
    inc.updates.extend(g.updates)
    inc.tolls.extend(g.tolls)
    inc.statements.extend(g.statements)
