"""One incident's casualty figures reconciled into its fatalities, civilian fatalities and injured.

A report tells its toll several times: the lead ("killing at least 11 people"), other sources'
estimates ("up to 30", "the hospital received 14 bodies"), victim lists ("including five
children"), later updates ("the toll had risen to 12") and tolls of the whole war or the whole
country ("86 people were killed across the Gaza Strip in the previous 24 hours"). Here:

* whole-war and nationwide tolls never count (``is_cumulative``);
* the latest update wins; otherwise the lead's figure is the best estimate and the other
  estimates of the whole toll set its low and high (never a sum);
* civilians, combatants and victims of unknown status are told apart, so that "five of them
  civilians", "among them eight militiamen" and "including three soldiers" give the civilian count.
"""
from __future__ import annotations

import re
from typing import Any, Callable, NamedTuple

from ..actors.aliases import load_aliases
from ..models import Fatalities
from .counts import NUM, parse_quantity
from .fatalities import Casualty

# Tolls of a whole war, country or period: never one incident's.
_CUMULATIVE = re.compile(
    r"\b(?:across|throughout)\s+(?:the\s+)?(?:country|nation|territory|strip|enclave|region|[A-Z][\w-]+)"
    r"|\bnation-?wide\b|\bcountry-?wide\b|\bin the country\b"
    r"|\b(?:in|over|during)\s+the\s+(?:past|previous|last|preceding)\s+(?:24|48|72)\s+hours\b"
    r"|\b(?:in|over|during)\s+the\s+(?:past|previous|last|preceding)\s+(?:day|week|month|year)\b|\bin the 24 hours\b"
    r"|\bha(?:ve|s|d)\s+(?:been\s+)?(?:killed|died|documented)\b[^.;]{0,80}\bsince\b"
    r"|\bsince\b[^.;]{0,80}\bha(?:ve|s|d)\s+(?:been\s+)?(?:killed|died)\b"
    r"|\b(?:war|conflict|insurgency|violence|fighting|crisis|uprising|invasion)\b[^.;]{0,60}"
    r"\bha(?:s|ve)\s+(?:killed|left|claimed)\b"
    r"|\b(?:killed|died)\s+(?:in|during)\s+the\s+(?:war|conflict|insurgency|fighting|invasion)\b"
    r"|\b(?:killed|died)\b[^.;]{0,60}\bsince\s+the\s+(?:invasion|war|conflict|insurgency|uprising|occupation|"
    r"revolution|coup|start|beginning|outbreak)\b"
    r"|\b(?:total|overall|cumulative)\b[^.;]{0,40}\b(?:toll|number|killed|dead)\b",
    re.I)
# "at least 20 soldiers have been killed": a running total, unless told of a day ("on Friday", "overnight")
_PERFECT = re.compile(r"\bha(?:ve|s)\s+(?:also\s+)?(?:been\s+)?(?:killed|wounded|injured)\b", re.I)
_DAY = re.compile(r"\b(?:today|yesterday|tonight|overnight|this (?:morning|afternoon|evening)|on (?:\w+day|\d))\b"
                  r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
# A later figure: "the toll had risen to 12", "the number of dead had reached 53", "revised to 45".
UPDATE = re.compile(
    r"\btoll\b[^.;]{0,40}\b(?:rose|risen|rises|rising|climbed|climbs|increased|jumped|reached|stood|stands|now)\b"
    r"|\bnumber of (?:the )?(?:dead|deaths|people killed|victims|fatalities)\b[^.;]{0,30}"
    r"\b(?:rose|risen|climbed|reached|increased)\b"
    r"|\b(?:figure|count)\b[^.;]{0,30}\b(?:rose|risen|climbed|increased|revised)\b|\brevised\s+(?:up(?:wards?)?\s+)?to\b"
    r"|\b(?:rais(?:ed|ing)|revis(?:ed|ing)|updat(?:ed|ing)|increas(?:ed|ing)|bring(?:ing)?|brought)\s+(?:the\s+)?"
    r"(?:death\s+)?toll\s+to\b",
    re.I)
# "the figure was revised to 45", "the toll climbed to 41": the number of a later figure
_UPDATED_TO = re.compile(rf"(?:\b(?:toll|figure|number of (?:the )?(?:dead|deaths|victims))\b[^.;]{{0,40}}?"
                         rf"\b(?:rose|risen|climbed|increased|jumped|reached|revised(?:\s+up(?:wards?)?)?\s+to|"
                         rf"stood at|stands at)|\b(?:rais(?:ed|ing)|revis(?:ed|ing)|updat(?:ed|ing)|increas(?:ed|ing)|"
                         rf"bring(?:ing)?|brought)\s+(?:the\s+)?(?:death\s+)?toll)\s+(?:to\s+)?(?:at least\s+)?"
                         rf"(?P<n>{NUM})\b", re.I)
_UP_TO = re.compile(rf"(?:\band|\bor|,)\s*(?:possibly|perhaps|maybe)?\s*(?:up to|as many as)\s+(?P<n>{NUM})\b(?!\s+(?:were|had|have)\s+(?:been\s+)?(?:injured|wounded))", re.I)
_SUBSET_CLAUSE = re.compile(r"\b(?:including|among them|among whom|of whom|of them|most of them)\b", re.I)
_SUBSET_BEFORE = re.compile(r"(?:including|among them|among whom|of whom|of them|most of them)\W*$", re.I)
_DEAD_LIST = re.compile(r"\bamong the (?:dead|victims|killed)\b|\bdead included\b", re.I)
_ARMED = re.compile(r"\b(?:soldiers?|troops?|servicem[ae]n|(?:police\s+)?officers?|policem[ae]n|gendarmes?|"
                    r"militants?|fighters?|rebels?|insurgents?|militiam[ae]n|gunmen|attackers?|assailants?|"
                    r"bandits?|jihadists?|terrorists?|commanders?|bodyguards?|combatants?|operatives?|"
                    r"paramilitar(?:y|ies)|recruits?)\b"
                    r"|\bmembers? of (?:the\s+|an?\s+)?(?:(?-i:[A-Z])|militias?\b|army\b|armed\b|security\b|police\b|"
                    r"rebel|insurgent|jihadist|militant)|(?-i:\b[A-Z][\w-]*)\s+members\b", re.I)
# Civilian places: people killed at a market, school or home are civilians unless counted otherwise.
_CIVILIAN_PLACE = re.compile(r"\b(?:markets?|schools?|hospitals?|mosques?|churches|church|weddings?|funerals?|"
                             r"residential|apartments?|homes?|houses?|buses|bus|tents?|displaced|shelters?|"
                             r"villages?|neighbou?rhoods?|camps? for)\b", re.I)
_CIVILIAN = re.compile(r"\b(?:civilians?|drivers?|workers?|traders?|vendors?|shopkeepers?|fishermen|fisherman|"
                       r"teachers?|doctors?|nurses?|paramedics?|medics?|villagers?|residents?|worshipp?ers?|passengers?|farmers?|herders?|"
                       r"traders?|shoppers?|pupils?|students?|schoolchildren|children|child|boys?|girls?|"
                       r"women|woman|babies|baby|infants?|families|family|journalists?|aid workers?|"
                       r"patients?|displaced|passers?-by|bystanders?|sailors?|seafarers?|crew)\b", re.I)
# Victims named one by one or by kin: part of a toll, never the toll itself.
_SPECIFIC = re.compile(r"\b(?:child|children|boys?|girls?|wom[ae]n|m[ae]n|mother|father|sons?|daughters?|"
                       r"brothers?|sisters?|wife|husband|bab(?:y|ies)|infants?|relatives?|cousins?|nephews?|"
                       r"nieces?|neighbours?|neighbors?|third|fourth|another)\b", re.I)
_GENERAL = re.compile(r"\b(?:people|persons|civilians|villagers|residents|worshipp?ers|passengers|dead|deaths|"
                      r"fatalities|toll|bodies|victims|Palestinians|Israelis|Ukrainians|Syrians|Yemenis|"
                      r"Sudanese|Somalis|Afghans|Nigerians)\b", re.I)
_VAGUE = re.compile(r"\b(?:dozens|scores|hundreds|thousands|several|(?<!as )many|numerous|a few|some)\b", re.I)
_NUMBER = re.compile(rf"\b{NUM}\b|\d", re.I)
_LISTED = re.compile(rf"(?<![\w-])(?P<n>{NUM}|an?|one)\s+(?P<noun>[^,;]+?)(?=\s*(?:,|;|\band\b|$))", re.I)
_PART = re.compile(rf"(?:including|among them|among whom|of whom|of them)\s+(?:at least\s+)?(?P<n>{NUM})\s+"
                   r"(?P<noun>(?:[\w'-]+\s+){0,2}?[\w'-]+)\b", re.I)


class Figure(NamedTuple):
    """One casualty figure as a report tells it (offsets index ``report.clean``)."""

    start: int
    end: int
    kind: str  # killed or injured
    value: Fatalities
    category: str  # civilian, combatant or unknown
    update: bool  # a later figure ("rose to 12", or told on a later day)
    subset: bool  # part of a toll ("including five children", "were among the dead")
    specific: bool  # victims named by kin or one by one ("a woman and her daughter")
    vague: bool  # "dozens", "several"
    counted: bool  # a number in the text (not "a policeman")


# "No fatalities.", "no one was hurt", "there were no casualties", "without causing injuries": a toll of none,
# told of everyone (not "no civilians were killed", which leaves the fighters' toll open)
_NONE_KILLED = re.compile(
    r"\bno(?:\s+one|body)\s+(?:was|were|had\s+been|has\s+been|is)\s+(?:reported\s+)?(?:killed|hurt|injured|wounded|harmed)\b"
    r"|\bno(?:\s+one|body)\s+died\b|\bno\s+lives\s+were\s+lost\b"
    r"|\bno\s+(?:(?:immediate|reported|other)\s+)?(?:fatalities|deaths|casualties|injuries|victims|loss\s+of\s+life)\b"
    r"|\bno\s+(?:immediate\s+)?reports?\s+of\s+(?:casualties|injuries|deaths|fatalities)\b"
    r"|\bwithout\s+(?:causing\s+)?(?:any\s+)?(?:casualties|fatalities|injuries|deaths)\b", re.I)


def none_killed(text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the text says that no one died ('No fatalities were reported'), within ``spans``."""
    for start, end in spans:
        m = _NONE_KILLED.search(text, start, end)
        if m:
            return m.start(), m.end()
    return None


_PLAIN_TOLLS = (
    ("killed", re.compile(rf"\b(?:death\s+)?toll\s+(?:had\s+|has\s+)?(?:rose|risen|climbed|increased|jumped|reached|"
                          rf"stood at|stands at)\s+(?:to\s+)?(?:at least\s+)?(?P<n>{NUM})\b"
                          rf"|\bnumber of (?:the )?(?:dead|deaths)\s+(?:had\s+|has\s+)?(?:rose|risen|climbed|reached|"
                          rf"increased|was|stood at)\s+(?:to\s+)?(?:at least\s+)?(?P<m>{NUM})\b", re.I)),
    ("killed", re.compile(rf"(?<![\w-])(?P<n>(?:between\s+)?{NUM}(?:\s+(?:and|to)\s+{NUM})?)\s+"
                          rf"(?:(?:people|persons|civilians|others|villagers|residents|children)\s+)?"
                          rf"(?:were|had been|have been)\s+(?:reportedly\s+|reported\s+)?(?:killed|dead)\b"
                          rf"|(?<![\w-])(?P<m>{NUM})\s+(?:people|persons|civilians)\s+(?:had\s+|have\s+)?died\b"
                          rf"|\bbodies\s+of\s+(?P<b>{NUM})\s+(?:people|persons|civilians)\b", re.I)),
    ("killed", re.compile(rf"\b(?:fatalities|deaths|killed|dead)\s*:\s*(?P<n>{NUM})\b", re.I)),  # a record's field: "Fatalities: 6"
    ("injured", re.compile(rf"(?<![\w-])(?P<n>{NUM})\s+(?:(?:people|persons|civilians|others)\s+)?"
                           rf"(?:were|had been|have been)\s+(?:injured|wounded|hurt)\b", re.I)),
    # another source's estimate: "Step News put the death toll at nine", "a monitor documented 11 deaths"
    ("killed", re.compile(rf"\b(?:put|puts|putting|placed|places|estimated|estimates|gave|gives)\s+the\s+(?:civilian\s+)?"
                          rf"(?:death\s+)?toll\s+at\s+(?:at least\s+)?(?P<n>{NUM})\b|\b(?:reported|recorded|documented|"
                          rf"counted|confirmed)\s+(?:at least\s+)?(?P<m>{NUM})\s+(?:civilian\s+)?(?:deaths|fatalities|dead)\b",
                          re.I)),
    # a monitor's record: "Civilians reported killed: 11-30", "Civilian deaths: 4"
    ("killed", re.compile(rf"\bcivilians?\s+(?:reported\s+)?(?:killed|deaths?)\s*:\s*(?P<n>{NUM}(?:\s*[-–—]\s*{NUM})?)",
                          re.I)),
    ("injured", re.compile(rf"\bcivilians?\s+(?:reported\s+)?(?:injured|wounded)\s*:\s*(?P<n>{NUM}(?:\s*[-–—]\s*{NUM})?)",
                           re.I)),
)


def plain_tolls(text: str, start: int, end: int) -> list[Casualty]:
    """Tolls read without a parse, for sentences the parser skipped: 'the death toll had risen to 12',
    '43 people had been injured'."""
    out = []
    for kind, rx in _PLAIN_TOLLS:
        for m in rx.finditer(text, start, end):
            group = next(g for g in ("n", "m", "b") if g in m.re.groupindex and m.group(g))
            value = parse_quantity(re.sub(r"(\d)\s*[-–—]\s*(\d)", r"\1 - \2", m.group(group)))
            if value is not None:
                words = m.group().lower()
                out.append(Casualty(m.start(), m.end(), kind, value, words.startswith("civilian"),
                                    "toll" in words or "number" in words or ":" in words))
    return out


class Tally(NamedTuple):
    """An incident's casualty fields, each with the spans it rests on."""

    fatalities: Fatalities | None
    civilians: Fatalities | None
    injured: Fatalities | None
    spans: dict[str, list[tuple[int, int]]]


# a toll in hundreds or thousands with no day, and people displaced by a war: a period's sum, not one incident
_MASS = re.compile(r"\b(?:kill(?:ed|ing|s)|left|claimed)\s+(?:more than\s+|over\s+|nearly\s+|about\s+|some\s+)?"
                   r"(?:hundreds|thousands|tens of thousands)\b|\bdisplac(?:ed|ing)\s+(?:more than\s+|over\s+|some\s+)?"
                   r"(?:hundreds|thousands|tens of thousands)\b"
                   r"|\b(?:displaced|uprooted|driven from their homes)\s+by\s+(?:the\s+)?(?:\w+\s+)?"
                   r"(?:fighting|violence|conflict|war|clashes|insecurity|attacks|insurgency)\b", re.I)


def is_cumulative(sentence: str) -> bool:
    """A toll of a whole war, country or period ('since October', 'across the Gaza Strip', 'at least
    20 soldiers have been killed', 'violence that has killed thousands')."""
    return bool(_CUMULATIVE.search(sentence) or (_PERFECT.search(sentence) or _MASS.search(sentence))
                and not _DAY.search(sentence))


def civilian_context(sentences: list[str]) -> bool:
    """Whether an incident's sentences call its victims civilians or place them at a market, school,
    home or camp ('no civilians were hurt' does not)."""
    for s in sentences:
        for m in [*_CIVILIAN.finditer(s), *_CIVILIAN_PLACE.finditer(s)]:
            if not re.search(r"\b(?:no|not|any)\s+(?:\w+\s+)?$", s[max(0, m.start() - 20):m.start()], re.I):
                return True
    return False


def category(words: str) -> str:
    """civilian, combatant or unknown, from the words that name the victims ('two Hamas officials':
    members of an armed group)."""
    armed = _ARMED.search(words) or _armed_group(words)
    civ = _CIVILIAN.search(words)
    if armed and civ:  # "two members of Hezbollah and a civilian": both; "100 militiamen of ..., a civilian force": the first
        a, c = (armed.start(), civ.start()) if not isinstance(armed, bool) else (civ.start() + 1, civ.start())
        if re.search(r"\band\b", words[min(a, c):max(a, c)]):
            return "unknown"
        return "combatant" if a < c else "civilian"
    if armed:
        return "combatant"
    return "civilian" if civ else "unknown"


def _armed_group(words: str) -> bool:
    """The words name a state force or an armed group ('two Hamas officials', 'three Iraqi soldiers')."""
    return any(not h.actor.generic and h.actor.kind in ("state", "rebel", "militia", "international")
               for h in load_aliases().find(words))


def read_figures(casualties: list[Casualty], text: str, sent: tuple[int, int], *, later: bool = False) -> list[Figure]:
    """The figures of one sentence's casualties (and the parts it lists: 'including three soldiers');
    ``later``: the sentence tells a later day than the incident's."""
    sentence = text[sent[0]:sent[1]]
    update = later or bool(UPDATE.search(sentence))
    out: list[Figure] = []
    for c in casualties:
        words = _SUBSET_CLAUSE.split(text[c.start:c.end])[0]  # "five Palestinians, among them a boy": Palestinians
        before = text[max(sent[0], c.start - 30):c.start]
        cat = category(words)
        if cat == "unknown" and c.civilian and words == text[c.start:c.end] and not _ARMED.search(words):
            cat = "civilian"  # "a 64-year-old man", "a trader": the parser's civilian nouns
        subset = bool(_SUBSET_BEFORE.search(before) or _DEAD_LIST.search(words))
        specific = bool(_SPECIFIC.search(words)) and not _GENERAL.search(words) and (  # not "seven men"
            (c.value.best or 0) < 2 or bool(re.search(r"\band\b|\b(?:his|her|their)\b", words, re.I)))
        stated = c.summary and "fatalit" in words.lower()  # "3 fatalities", "fatalities coded as 10"
        value = _shared(c.value, text[c.end:sent[1]]) if stated else c.value
        more = _UP_TO.search(text, c.start, min(sent[1], c.end + 40))
        if more and any(o is not c and o.start <= more.start("n") < o.end for o in casualties):
            more = None  # "seven were killed and up to 12 others injured": another count, not a higher estimate
        if more and value.best is not None and value.high is None:  # "killed at least 11 people, and up to 30"
            high = parse_quantity(more.group("n"))
            if high is not None and (high.best or 0) > value.best:
                value = Fatalities(value.best, value.low, high.best)
        out.append(Figure(c.start, c.end, c.kind, value, cat, update or stated, subset, specific,
                          bool(_VAGUE.search(words)), bool(_NUMBER.search(words))))
        out.extend(_parts(c, text, sent))
    if update:
        out.extend(_updated_to(casualties, text, sent))
    return out


# a coder's note sharing a toll out: "fatalities were coded as 12, split among 4 events"
_SPLIT = re.compile(rf"^\W*(?:and\s+)?split\s+(?:up\s+)?(?:evenly\s+)?(?:between|among|across|into|over)\s+(?P<n>{NUM})\s+"
                    r"(?:\w+\s+)?(?:events|locations|incidents|places|rows|districts)\b", re.I)


def _shared(value: Fatalities, after: str) -> Fatalities:
    """A stated toll split between several events: this event's share (rounded)."""
    m = _SPLIT.search(after)
    parts = parse_quantity(m.group("n")) if m else None
    if not parts or not parts.best or parts.best < 2 or value.best is None:
        return value
    share = round(value.best / parts.best)
    return Fatalities(share, share, share)


def _updated_to(casualties: list[Casualty], text: str, sent: tuple[int, int]) -> list[Figure]:
    """'the figure was revised to 45': a later toll told without a victim noun."""
    out = []
    for m in _UPDATED_TO.finditer(text, sent[0], sent[1]):
        start, end = m.start("n"), m.end("n")
        value = parse_quantity(m.group("n"))
        if value is None or any(c.start <= start < c.end for c in casualties):
            continue
        out.append(Figure(start, end, "killed", value, "unknown", True, False, False, False, True))
    return out


def _parts(c: Casualty, text: str, sent: tuple[int, int]) -> list[Figure]:
    """'48 people had been killed, among them eight VDP members', 'killed two members of Hezbollah
    and a civilian': the listed parts of a toll."""
    out = []
    tail = text[c.start:min(sent[1], c.end + 60)]
    words = text[c.start:c.end]
    if category(words) == "unknown" and (_ARMED.search(words) or _armed_group(words)) and _CIVILIAN.search(words):
        for m in _LISTED.finditer(words):  # "two members of Hezbollah", "a civilian"
            cat = category(m.group("noun"))
            value = parse_quantity(m.group("n"))
            if value is not None and cat != "unknown":
                out.append(Figure(c.start + m.start("n"), c.start + m.end(), c.kind, value, cat, False, True,
                                  False, False, True))
    for m in _PART.finditer(tail):
        cat = category(m.group("noun"))
        value = parse_quantity(m.group("n"))
        if value is None or cat == "unknown":
            continue
        start, end = c.start + m.start("n"), c.start + m.end("noun")
        out.append(Figure(start, end, c.kind, value, cat, False, True, cat == "civilian" and
                          not _GENERAL.search(m.group("noun")), False, True))
    return out


def tally(figures: list[Figure], *, civilian_context: bool) -> Tally:
    """Fatalities, civilian fatalities and injured of one incident from its (local) figures.
    ``civilian_context``: the incident's victims are civilians unless counted otherwise."""
    killed = [f for f in figures if f.kind == "killed"]
    hurt = [f for f in figures if f.kind == "injured"]
    fat = _reconcile(killed)
    spans: dict[str, list[tuple[int, int]]] = {}
    if fat is not None:
        spans["fatalities"] = [(f.start, f.end) for f in killed]
    civ, civ_spans = _civilians(killed, fat, civilian_context)
    if civ is not None:
        spans["civilian_fatalities"] = civ_spans
    inj = _reconcile(hurt)
    if inj is not None:
        spans["injured"] = [(f.start, f.end) for f in hurt]
    return Tally(fat, civ, inj, spans)


def _reconcile(figs: list[Figure]) -> Fatalities | None:
    """The latest update if there is one; else the first figure of the whole toll as best, the
    other estimates of the whole toll as low and high."""
    if not figs:
        return None
    totals = [f for f in figs if not f.subset] or figs
    firm = [f for f in totals if not f.vague] or totals
    first = max((f.value.best or 0 for f in firm if not f.update), default=0)
    updates = [f for f in firm if f.update and not (f.specific and (f.value.best or 0) < first)]
    if updates:  # a later toll, but not kin named later ('a man and his two sons died the next day' of 11)
        return max(updates, key=lambda f: (f.start, not f.vague)).value
    general = [f for f in firm if not f.specific] or firm
    lead = next((f for f in general if f.category != "combatant"), general[0])  # not a side's claim of kills
    pool = [f for f in general if f.counted] or [lead]
    lows = [f.value.low if f.value.low is not None else f.value.best for f in pool]
    highs = [f.value.high if f.value.high is not None else f.value.best for f in pool]
    if len({(f.value.best, f.value.low, f.value.high) for f in pool}) < 2 or None in lows + highs:
        return lead.value
    low, high = min(lows), max(highs)
    best = lead.value.best
    return Fatalities(best, min(low, best) if best is not None else low, high if high != low else lead.value.high)


def _covers(total: Fatalities, civ: Fatalities) -> bool:
    """The toll's range holds the civilian count, or is a later (higher) figure for the same dead."""
    lo = total.low if total.low is not None else total.best
    hi = total.high if total.high is not None else total.best
    return civ.best is not None and lo is not None and (lo <= civ.best <= (hi if hi is not None else civ.best)
                                                        or (total.best or 0) > civ.best)


def _civilians(killed: list[Figure], total: Fatalities | None,
               context: bool) -> tuple[Fatalities | None, list[tuple[int, int]]]:
    """Civilian deaths: counted as civilians; else the toll less the combatants among it; else the
    whole toll when the incident's victims are civilians."""
    civ = [f for f in killed if f.category == "civilian" and (not f.subset or not f.specific)]
    armed = [f for f in killed if f.category == "combatant"]
    if civ:
        found = _reconcile(civ)
        if total is not None and not armed and context and found is not None and _covers(total, found):
            found = total  # no combatant among the dead: every estimate of the toll is one of civilians
        return found, [(f.start, f.end) for f in civ]
    if total is None or total.best is None:
        return None, []
    if armed:
        parts = [f for f in armed if f.subset] or [max(armed, key=lambda f: f.value.best or 0)]
        rest = total.best - sum(f.value.best or 0 for f in parts)
        if rest <= 0:
            return None, []
        return Fatalities(rest, rest, rest), [(f.start, f.end) for f in killed]
    if context:
        return total, [(f.start, f.end) for f in killed]
    return None, []


def _is_toll(m: Any) -> bool:
    """A mention whose trigger is the killing itself ('Two were killed.', 'Three people died.')."""
    return bool(m.killed) and any(c.start <= m.trigger[0] < c.end for c in m.killed)


def absorb_tolls(groups: list[Any], place_of: Callable[[Any], str | None]) -> list[Any]:
    """'Gunmen attacked a village on 4 May. Two guards were killed.': a toll sentence told right after an
    event that has no toll of its own, on no other date and at no other place, is that event's toll
    rather than a second event. ``groups`` hold ``.mentions``; the merged mentions take the event's type."""
    out: list[Any] = []
    for g in groups:
        prev = out[-1] if out else None
        if prev is not None and not any(m.killed for m in prev.mentions) and not prev.tolls \
                and all(_is_toll(m) for m in g.mentions):
            dates = {m.date for m in prev.mentions if m.date} | {m.date for m in g.mentions if m.date}
            places = {place_of(m) for m in prev.mentions + g.mentions} - {None}
            if len(dates) <= 1 and len(places) <= 1:
                for m in g.mentions:
                    m.sub_type = prev.mentions[0].sub_type
                prev.mentions.extend(g.mentions)
                prev.tolls.extend(g.tolls)
                continue
        out.append(g)
    return out
