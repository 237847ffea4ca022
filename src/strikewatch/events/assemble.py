"""Doc + timexes + toponyms -> one report's Events (mentions collapsed, every field evidenced)."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Protocol

from spacy.tokens import Doc

from ..actors.aliases import AliasTable, load_aliases
from ..models import Dispute, Event, Evidence, Fatalities, Location, Report, Target, Timex, Toponym, Source
from .classify import INTERVENE, protest_type
from .counts import HYPERNYMS, Casualty
from .fatalities import absorb_tolls, casualties, stated_total
from .disputes import TargetStatement, target_statement
from .decide import retype
from .fallback import note_mention
from .mentions import Mention, SentenceContext, sentence_mentions
from .places import missed_places
from .roles import fill_actors, pick_actors
from .taxonomy import EVENT_TYPE_OF, EXPLOSIONS
from .triggers import is_boilerplate

_SPECIFIC_BROAD = ("country", "region", "province")
SHORT_NOTE_CHARS = 600  # a text this short reports one event (a monitoring note, a brief)


@dataclass
class _Group:
    mentions: list[Mention]
    statements: list[TargetStatement] = field(default_factory=list)
    tolls: list[list[Casualty]] = field(default_factory=list)  # told-on casualty sentences ("3 fatalities.")


def _place_name(m: Mention, main: Location | None) -> str | None:
    if m.place is not None:
        return m.place.location.name
    return main.name if main else None


def _matches(g: _Group, m: Mention, main: Location | None) -> bool:
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
    names = {_place_name(x, main) for x in g.mentions}
    return _place_name(m, main) in names or m.place is None or all(x.place is None for x in g.mentions)


def main_place(report: Report, toponyms: list[Toponym]) -> Location | None:
    """The report body's most-mentioned specific place, as an 'area' location."""
    body = [t for t in toponyms if t.start >= report.body_start and t.location is not None
            and t.location.precision not in _SPECIFIC_BROAD]
    if not body:
        return None
    counts = Counter(t.location.name for t in body)
    best = max(body, key=lambda t: (counts[t.location.name], -t.start))
    return replace(best.location, precision="area")


def _actor_frequency(report: Report, table: AliasTable) -> Counter:
    hits = table.find(report.clean[report.body_start:])
    return Counter(h.actor for h in hits if not h.actor.generic)


def _default_date(dct: dt.date | None) -> tuple[str | None, str, tuple[str, str] | None]:
    try:
        from ..time.anchor import event_date
        return event_date(None, dct)
    except (ImportError, TypeError, AttributeError):
        if dct is None:
            return None, "unknown", None
        first = (dct - dt.timedelta(days=14)).replace(day=1)
        return None, "approximate", (first.isoformat(), dct.isoformat())


def _date_fields(m: Mention | None, dct: dt.date | None) -> tuple[str | None, str, tuple[str, str] | None]:
    if m is None or m.date is None:
        return _default_date(dct)
    tx = m.timex
    if m.date_basis == "timex" and tx is not None and tx.precision != "day" and tx.first and tx.last:
        iso = tx.first.isoformat()[:7] if tx.precision == "month" else None
        return iso, tx.precision, (tx.first.isoformat(), tx.last.isoformat())
    return m.date.isoformat(), "day", (m.date.isoformat(), m.date.isoformat())


def _total(cas: list[Casualty]) -> Fatalities | None:
    if not cas:
        return None
    best = sum(c.value.best or 0 for c in cas)
    low = sum(c.value.low for c in cas) if all(c.value.low is not None for c in cas) else None
    high = sum(c.value.high for c in cas) if all(c.value.high is not None for c in cas) else None
    return Fatalities(best, low, high)


def _max_count(vals: list[Fatalities | None]) -> Fatalities | None:
    vals = [v for v in vals if v is not None]
    return max(vals, key=lambda v: v.best or 0) if vals else None


class _Builder:
    """Turns collapsed mention groups into Events with per-field evidence."""

    def __init__(self, report: Report, main: Location | None, freq: Counter):
        self.report, self.main, self.freq = report, main, freq

    def ev(self, span: tuple[int, int] | None) -> list[Evidence]:
        if span is None or span[1] <= span[0]:
            return []
        return [self.report.evidence(*span)]

    def build(self, g: _Group, n: int) -> Event:
        ms = sorted(g.mentions, key=lambda m: m.reference)
        evidence: dict[str, list[Evidence]] = {}
        conf: dict[str, float] = {}

        def add(fieldname: str, spans: list[tuple[int, int] | None], c: float) -> None:
            evs = [e for s in spans for e in self.ev(s)]
            uniq = list({(e.start, e.end): e for e in evs}.values())
            if uniq:
                evidence[fieldname] = uniq
            conf[fieldname] = c

        sub = ms[0].sub_type
        add("event_type", [m.trigger for m in ms], ms[0].cue_conf)
        add("sub_event_type", [m.trigger for m in ms], ms[0].cue_conf)
        dated = next((m for m in ms if m.date), None)
        date, prec, rng = _date_fields(dated, self.report.published)
        add("date", [(m.timex.start, m.timex.end) for m in ms if m.timex and m.date_basis == "timex"]
            or ([(dated.timex.start, dated.timex.end)] if dated and dated.timex else []),
            {"timex": 0.9, "relative": 0.7, "anaphora": 0.7}.get(dated.date_basis, 0.3) if dated else 0.3)
        located = sorted((m for m in ms if m.place), key=lambda m: m.place.location.precision in _SPECIFIC_BROAD)
        loc = located[0].place.location if located else self.main
        add("location", [(m.place.start, m.place.end) for m in located], 0.8 if located else (0.45 if loc else 0.0))
        actors: dict[str, str | None] = {}
        for role, cands in pick_actors(ms).items():
            actors[role] = cands[0].actor.name if cands else None
            add(role, [(a.start, a.end) for a in cands], 0.75 if cands else 0.0)
        strikes = [m.strikes for m in ms if m.strikes]
        top = max(strikes, key=lambda c: c.value or 0) if strikes else None
        add("strikes", [(c.start, c.end) for c in strikes], 0.8 if top else 0.0)
        targets, disputes = self._targets(ms, g.statements, evidence)
        conf["targets"] = 0.7 if targets else 0.0
        killed = [(_total(m.killed), m) for m in ms if m.killed]
        fat = stated_total([c for m in ms for c in m.killed] + [c for t in g.tolls for c in t]) \
            or _max_count([k for k, _ in killed]) or _max_count([_total(t) for t in g.tolls])
        add("fatalities", [(c.start, c.end) for _, m in killed for c in m.killed]
            + [(c.start, c.end) for t in g.tolls for c in t], 0.75 if fat else 0.0)
        civ = _max_count([_total([c for c in m.killed if c.civilian]) for m in ms])
        if civ:
            add("civilian_fatalities", [(c.start, c.end) for m in ms for c in m.killed if c.civilian], 0.6)
        inj = _max_count([_total(m.injured) for m in ms])
        if inj:
            add("injured", [(c.start, c.end) for m in ms for c in m.injured], 0.7)
        if loc is not None and dated is None and not located and sub:
            pass
        event = Event(
            id=f"{self.report.id}#{n}", event_type=EVENT_TYPE_OF[sub], sub_event_type=sub,
            date=date, date_precision=prec, date_range=rng, location=loc,
            actor1=actors["actor1"], actor2=actors["actor2"], strikes=top.value if top else None,
            targets=targets, fatalities=fat, civilian_fatalities=civ, injured=inj,
            sources=[Source(self.report.id, evidence, self.report.outlet, self.report.published, self.report.url)],
            disputed=disputes, field_confidence=conf,
        )
        core = [conf[k] for k in ("event_type", "date", "location", "actor1")]
        event.confidence = sum(core) / len(core)
        return event

    def _targets(self, ms: list[Mention], stmts: list[TargetStatement],
                 evidence: dict[str, list[Evidence]]) -> tuple[list[Target], list[Dispute]]:
        counts: dict[str, int | None] = {}
        spans: list[tuple[int, int]] = []
        for m in ms:
            for t in m.targets:
                prev = counts.get(t.type, 0)
                counts[t.type] = None if t.count is None and prev in (0, None) else max(prev or 0, t.count or 0)
                spans.append((t.start, t.end))
        disputes: list[Dispute] = []
        if stmts:
            chosen = stmts[-1]
            named = {h.type for s in stmts for h in s.targets}
            counts = {k: v for k, v in counts.items() if not (HYPERNYMS.get(k, set()) & named) and k not in named}
            for h in chosen.targets:
                counts[h.type] = h.count
                spans.append((h.start, h.end))
            primaries = []
            for s in stmts:
                if s.targets[0].type not in [p.targets[0].type for p in primaries]:
                    primaries.append(s)
            if len(primaries) > 1:
                disputes.append(Dispute("targets", [s.targets[0].type for s in primaries],
                                        [[s.source or self.report.id] for s in primaries]))
                spans.extend(s.source_span for s in primaries if s.source_span)
        evs = [e for s in spans for e in self.ev(s)]
        if evs:
            evidence["targets"] = list({(e.start, e.end): e for e in evs}.values())
        return [Target(k, v) for k, v in counts.items()], disputes


_TERRITORY_SUBS = {"Government regains territory", "Non-state actor overtakes territory",
                   "Non-violent transfer of territory"}


def _continues_battle(m: Mention, groups: list[_Group]) -> bool:
    """'The army said it had regained control of the area by nightfall' after a reported clash:
    the outcome of that battle, not a separate undated event."""
    if m.date is not None or m.sub_type not in _TERRITORY_SUBS or m.killed:
        return False
    return any(EVENT_TYPE_OF[g.mentions[0].sub_type] == "Battles" for g in groups)


_PROTEST_RANK = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2,
                 "Violent demonstration": 2, "Mob violence": 2}


def _context(groups: list[_Group], g: _Group, text: str) -> str:
    """An event's context: from its first sentence to the next event's first sentence (past any
    sentences merged into it)."""
    lo = g.mentions[0].sent[0]
    own = max(m.sent[0] for m in g.mentions)
    hi = next((s for s in sorted(x.mentions[0].sent[0] for x in groups) if s > own), len(text))
    return text[lo:hi]


def _retype(groups: list[_Group], text: str) -> None:
    """Let a user-fitted classifier (if any) re-read each event's context (see ``decide.retype``)."""
    for g in groups:
        first = g.mentions[0]
        sub, conf = retype(first.sub_type, first.cue_conf, _context(groups, g, text))
        if sub != first.sub_type:
            for m in g.mentions:
                m.sub_type, m.cue_conf = sub, conf


_CROWD_EVENT_TYPES = {"Protests", "Riots"}


def _group_date(g: _Group):
    return next((m.date for m in g.mentions if m.date), None)


def _follows_protest(prev: _Group, g: _Group, main: Location | None, text: str) -> bool:
    """'Police arrested 23 demonstrators.', 'The crowd then threw stones.' after a protest: the same
    gathering told on (no other date, no other place), not a new event."""
    first = g.mentions[0]
    if EVENT_TYPE_OF[prev.mentions[0].sub_type] not in _CROWD_EVENT_TYPES or any(m.killed for m in g.mentions):
        return False
    kind = EVENT_TYPE_OF[first.sub_type]
    policing = bool(INTERVENE.search(text[first.sent[0]:first.sent[1]]))  # 'police fired tear gas'
    if kind not in _CROWD_EVENT_TYPES and first.sub_type != "Arrests" and not policing:
        return False
    date, prev_date = _group_date(g), _group_date(prev)
    if date is not None and prev_date is not None and date != prev_date:
        return False
    places = {_place_name(m, None) for m in g.mentions} - {None}
    return not places or bool(places & {_place_name(m, main) for m in prev.mentions})


def _absorb_followups(groups: list[_Group], main: Location | None, text: str) -> list[_Group]:
    """Merge each protest's or riot's told-on sentences into it (their cues are re-read by
    ``_protest_context``)."""
    out: list[_Group] = []
    for g in groups:
        if out and _follows_protest(out[-1], g, main, text):
            sub = out[-1].mentions[0].sub_type
            for m in g.mentions:
                m.sub_type = sub
            out[-1].mentions.extend(g.mentions)
        else:
            out.append(g)
    return out


def _protest_context(groups: list[_Group], text: str) -> None:
    """A protest's later sentences ('Police fired tear gas.', 'They threw stones.') can escalate
    its sub-type; they are read up to the next event's sentence."""
    for g in groups:
        sub = g.mentions[0].sub_type
        if sub not in _PROTEST_RANK:
            continue
        new = protest_type(set(), _context(groups, g, text))
        if _PROTEST_RANK[new] > _PROTEST_RANK[sub]:
            for m in g.mentions:
                m.sub_type = new


def _dateline(report: Report, timexes: list[Timex]) -> Timex | None:
    """A day date that opens the body ('28 June. ...', 'On 9 May 2020, ...', '12 April: ...'):
    the date of what the report goes on to tell, unless a sentence gives its own."""
    for t in timexes:
        if t.start < report.body_start or t.first is None or t.precision != "day":
            continue
        lead = report.clean[report.body_start:t.start].strip().lower()
        after = report.clean[t.end:t.end + 1]
        explicit = any(ch.isdigit() for ch in t.text)
        return t if lead in ("", "on") and after in (".", ":", ",", " -") and explicit else None
    return None


class Relevance(Protocol):
    """What extraction asks of the relevance stage's verdict on a report."""

    def keeps(self, pos: int) -> bool: ...

    def prob_at(self, pos: int) -> float: ...

    def confidence(self, pos: int, fields: float) -> float: ...


BACKGROUND_DAYS = 365


def _background(m: Mention, report: Report) -> bool:
    """A mention dated (all of its date range) over a year before publication: background."""
    if report.published is None or m.date is None:
        return False
    last = m.timex.last if m.timex is not None and m.timex.last is not None else m.date
    return (report.published - last).days > BACKGROUND_DAYS


def extract_events(report: Report, doc: Doc, timexes: list[Timex], toponyms: list[Toponym],
                   relevance: Relevance | None = None) -> list[Event]:
    """The violent events one report describes, each with one Source carrying per-field evidence.

    ``doc`` is ``nlp(report.clean)``; ``timexes`` and ``toponyms`` index ``report.clean``.
    ``relevance`` (the relevance stage's verdict, if any) keeps only mentions whose trigger lies
    in a sentence it keeps; its probability there becomes the event's ``relevance`` confidence.
    Mentions dated more than ``BACKGROUND_DAYS`` before publication are background, not events.
    """
    table = load_aliases()
    toponyms = sorted([*toponyms, *missed_places(report.clean, toponyms, table.lookup)], key=lambda t: t.start)
    ctx = SentenceContext(sorted(timexes, key=lambda t: t.start), toponyms, report.published, table)
    main = main_place(report, toponyms)
    dateline = _dateline(report, ctx.timexes)
    groups: list[_Group] = []
    short = len(report.clean) - report.body_start <= SHORT_NOTE_CHARS
    for sent in doc.sents:
        ctx.lone = short and not groups
        if sent.end_char <= report.body_start or is_boilerplate(sent):
            continue
        if sent.start_char < report.body_start:  # a headline run into the first body sentence
            first = next((t.i for t in sent if t.idx >= report.body_start), None)
            if first is None:
                continue
            sent = doc[first:sent.end]
        stmt = target_statement(sent)
        if stmt is not None:
            owner = next((g for g in reversed(groups) if EVENT_TYPE_OF[g.mentions[0].sub_type] == EXPLOSIONS), None)
            if owner is not None:
                owner.statements.append(stmt)
            continue
        found = [m for m in sentence_mentions(sent, ctx)
                 if (relevance is None or relevance.keeps(m.trigger[0])) and not _background(m, report)]
        if not found and groups:
            toll = [k for k in casualties(sent) if k.kind == "killed"]
            if toll:
                groups[-1].tolls.append(toll)
        for m in found:
            if m.date is None and dateline is not None and not m.reference:
                m.date, m.timex, m.date_basis = dateline.first, dateline, "timex"
            if _continues_battle(m, groups):
                continue
            if m.reference and m.date is None:
                m.targets = []  # "those raids targeted ...": a summary, not one event's targets
            g = next((g for g in reversed(groups) if _matches(g, m, main)), None)
            if g is not None:
                g.mentions.append(m)
            elif not m.reference or m.killed:
                groups.append(_Group([m]))
            if m.date:
                ctx.last_date, ctx.last_timex = m.date, m.timex
    if not groups:
        fallback = note_mention(report, doc, ctx)
        if fallback is not None and relevance is not None and not relevance.keeps(fallback.trigger[0]):
            fallback = None
        if fallback is not None:
            if fallback.date is None and dateline is not None:
                fallback.date, fallback.timex, fallback.date_basis = dateline.first, dateline, "timex"
            groups.append(_Group([fallback]))
    groups = _absorb_followups(groups, main, report.clean)
    groups = absorb_tolls(groups, lambda m: _place_name(m, main))
    _protest_context(groups, report.clean)
    _retype(groups, report.clean)
    builder = _Builder(report, main, _actor_frequency(report, table))
    events = [builder.build(g, n) for n, g in enumerate(groups)]
    if relevance is not None:
        for g, event in zip(groups, events):  # calibrated on judged events (see relevance.stage)
            best = max((m.trigger[0] for m in g.mentions), key=relevance.prob_at)
            event.field_confidence["relevance"] = round(relevance.prob_at(best), 4)
            event.confidence = round(relevance.confidence(best, event.confidence), 4)
    fill_actors(events, builder.freq, [_context(groups, g, report.clean) for g in groups], table)
    return events
