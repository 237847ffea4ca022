"""A group of mentions -> one Event with per-field evidence (dates, place, actors, counts, targets)."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from ..models import Dispute, Event, Evidence, Fatalities, Location, Report, Source, Target, Timex
from .counts import HYPERNYMS
from .disputes import TargetStatement
from .grouping import SPECIFIC_BROAD, Group
from .incidents import is_toll_mention, reported_day, said_on
from .mentions import Mention
from .roles import pick_actors
from .taxonomy import EVENT_TYPE_OF, EventType
from .tolls import Figure, Tally, civilian_context, is_cumulative, none_killed, read_figures, tally


def _default_date(dct: dt.date | None) -> tuple[str | None, str, tuple[str, str] | None]:
    try:
        from ..time.anchor import event_date
        return event_date(None, dct)
    except (ImportError, TypeError, AttributeError):
        if dct is None:
            return None, "unknown", None
        first = (dct - dt.timedelta(days=14)).replace(day=1)
        return None, "approximate", (first.isoformat(), dct.isoformat())


def _ranged(m: Mention) -> bool:
    """Dated by a timex coarser than a day that has a first and a last day ("in March", "over the past day")."""
    tx = m.timex
    return m.date_basis == "timex" and tx is not None and tx.precision != "day" and bool(tx.first and tx.last)


def past_day(tx: Timex, dct: dt.date | None) -> bool:
    """A timex for the day up to the report ("over the past day", "in the past 24 hours", "overnight")."""
    return tx.first is not None and tx.last is not None and tx.last == dct and (tx.last - tx.first).days == 1


def _date_fields(m: Mention | None, dct: dt.date | None) -> tuple[str | None, str, tuple[str, str] | None]:
    if m is None or m.date is None:
        return _default_date(dct)
    tx = m.timex
    if m.date_basis == "release" or _ranged(m) and past_day(tx, dct):
        # the day before the report ("over the past 24 hours", "overnight", a day's strike release)
        return m.date.isoformat(), "approximate", (m.date.isoformat(), (m.date + dt.timedelta(days=1)).isoformat())
    if _ranged(m):
        iso = tx.first.isoformat()[:7] if tx.precision == "month" else None
        return iso, tx.precision, (tx.first.isoformat(), tx.last.isoformat())
    return m.date.isoformat(), "day", (m.date.isoformat(), m.date.isoformat())


def _event_day(ms: list[Mention], text: str, timexes: list[Timex]) -> Mention | None:
    """The mention that dates an event: the first that gives the day it happened (not a day
    something was said), a day inside its month ('in early March' ... 'on 5 March') before the month."""
    dated = [m for m in ms if m.date]
    told = [m for m in dated if not reported_day(m, text)] or dated
    if not told:
        return None
    first = _own_clause_day(told[0], text, timexes)
    if reported_day(first, text):  # "killed on Saturday ..., residents said on Monday": Saturday
        other = next((t for t in timexes if first.sent[0] <= t.start < first.sent[1] and t is not first.timex
                      and t.first and t.precision == "day" and t.type in ("DATE", "TIME")
                      and not said_on(t, text, first.sent[0])), None)
        if other is not None:
            first = replace(first, date=other.first, timex=other)
    tx = first.timex
    if _ranged(first):
        day = next((m for m in told[1:] if m.timex is not None and m.timex.precision == "day"
                    and tx.first <= m.date <= tx.last), None)
        return day or first
    return first


def _own_clause_day(m: Mention, text: str, timexes: list[Timex]) -> Mention:
    """'mourning on Sunday after a missile destroyed a building on Friday': the day of the trigger's
    own clause, not the main clause's."""
    tx = m.timex
    if tx is None or m.date_basis != "timex" or tx.end > m.trigger[0] or not _SUBORDINATE.search(text, tx.end, m.trigger[0]):
        return m
    own = next((t for t in timexes if m.trigger[1] <= t.start < m.sent[1] and t.first and t.type in ("DATE", "TIME")
                and t.precision == "day"), None)
    return replace(m, date=own.first, timex=own) if own is not None else m


_SUBORDINATE = re.compile(r"\b(?:after|following|since|when|as|because)\b", re.I)


# the sentence right after an incident that says no one died ("There were no deaths.", "No one was hurt.")
_NONE_AFTER = re.compile(r"\s*((?:There\s+(?:were|was)\s+no|No|Nobody|Neither)\b[^.!?\n]{0,80}[.!?])")


class Builder:
    """Turns collapsed mention groups into Events with per-field evidence."""

    def __init__(self, report: Report, main: Location | None, freq: Counter, focus: Location | None = None,
                 timexes: list[Timex] = (), area: Location | None = None, note: bool = False):
        self.report, self.main, self.freq, self.focus = report, main, freq, focus  # focus: the report's country
        self.area = area  # the province or district the report names (places.named_area)
        self.timexes = list(timexes)
        self.note = note  # the report is a note of one event: what it says after the event is about it

    def ev(self, span: tuple[int, int] | None) -> list[Evidence]:
        if span is None or span[1] <= span[0]:
            return []
        return [self.report.evidence(*span)]

    def build(self, g: Group, n: int) -> Event:
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
        dated = _event_day(ms, self.report.clean, self.timexes)
        date, prec, rng = _date_fields(dated, self.report.published)
        add("date", [(m.timex.start, m.timex.end) for m in ms if m.timex and m.date_basis == "timex"]
            or ([(dated.timex.start, dated.timex.end)] if dated and dated.timex else []),
            {"timex": 0.9, "relative": 0.7, "anaphora": 0.7}.get(dated.date_basis, 0.3) if dated else 0.3)
        located = sorted((m for m in ms if m.place), key=lambda m: (m.place.location.precision in SPECIFIC_BROAD,
                                                                     m is not ms[0] and is_toll_mention(m, self.report.clean)))
        loc = located[0].place.location if located else g.section if g.own_place else self.main
        lead = g.mentions[0]
        if loc is not None and loc.precision == "country" and self.main is not None and not g.own_place and (
                self.main.country == loc.country and lead.place is None
                or self.main.name in self.report.clean[lead.sent[0]:lead.sent[1]]):
            loc = self.main  # "in the Somali capital", "a US drone strike in Baghdad": where the report is
        elif loc is not None and loc.precision == "country" and ms[0].actors.get("actor1") is not None \
                and loc.name in ms[0].actors["actor1"].actor.name:
            other = next((m.place.location for m in ms if m.place and m.place.location.country != loc.country), None)
            focus = self.focus if self.focus is not None and self.focus.country != loc.country else None
            loc = other or self.main or focus or loc  # "US strikes on Yemen's Ras Isa port": not in the United States
        if self.area is not None and (loc is None or loc.precision == "country" and loc.country_code == self.area.country_code):
            loc = self.area  # no town: the province or district the report names ("X village, Y County")
        if loc is None and self.focus is not None:
            loc = self.focus  # placed nowhere in the report: the country it is about, at country precision
        add("location", [(m.place.start, m.place.end) for m in located],
            0.8 if located else (0.45 if loc is not None and loc is self.main else 0.25 if loc else 0.0))
        actors: dict[str, str | None] = {}
        lead_roles = pick_actors(ms[:1])
        for role, cands in pick_actors(ms).items():
            own = lead_roles.get(role) or []  # the lead's own actors before those of later statements
            actors[role] = (own or cands)[0].actor.name if cands else None
            add(role, [(a.start, a.end) for a in cands], 0.75 if cands else 0.0)
        strikes = [m.strikes for m in ms if m.strikes]
        top = max(strikes, key=lambda c: c.value or 0) if strikes else None
        add("strikes", [(c.start, c.end) for c in strikes], 0.8 if top else 0.0)
        targets, disputes = self._targets(ms, g.statements, evidence)
        conf["targets"] = 0.7 if targets else 0.0
        counted = self.tally(g, ms)
        fat, civ, inj = counted.fatalities, counted.civilians, counted.injured
        zero = None if fat is not None else self._none_killed(ms, g.updates)
        if zero is not None:  # "No fatalities.": a toll of none, not an unknown one
            fat = Fatalities(0, 0, 0)
        add("fatalities", [zero] if zero else counted.spans.get("fatalities", []), 0.75 if fat else 0.0)
        if civ:
            add("civilian_fatalities", counted.spans["civilian_fatalities"], 0.6)
        if inj:
            add("injured", counted.spans["injured"], 0.7)
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

    def _none_killed(self, ms: list[Mention], updates: list[Mention]) -> tuple[int, int] | None:
        """Where the incident's sentences, the one right after them ("... wounding two. There were no deaths.")
        or, in a note, all it says after the event, say that no one died."""
        text = self.report.clean
        told = [m.sent for m in [*ms, *updates]]
        after = _NONE_AFTER.match(text, max(b for _, b in told))
        return none_killed(text, told + ([after.span(1)] if after else []) + ([(ms[0].sent[0], len(text))] if self.note else []))

    def tally(self, g: Group, ms: list[Mention]) -> Tally:
        """The group's casualty figures (whole-war and nationwide tolls left out) reconciled."""
        text = self.report.clean
        later = {id(m) for m in g.updates}
        figs: list[Figure] = []
        lead: list[Figure] = []
        for m in [*ms, *g.updates]:
            if not (m.killed or m.injured):
                continue
            found = read_figures([*m.killed, *m.injured], text, m.sent, later=id(m) in later)
            if is_cumulative(text[m.sent[0]:m.sent[1]]):
                lead = lead or (found if m is ms[0] else [])
                continue
            figs.extend(found)
        for sent, cas in g.tolls:
            if not is_cumulative(text[sent[0]:sent[1]]):
                figs.extend(read_figures(cas, text, sent))
        unique = {(f.start, f.end, f.kind): f for f in figs or lead}
        context = EVENT_TYPE_OF[ms[0].sub_type] == EventType.VAC or \
            civilian_context([text[m.sent[0]:m.sent[1]] for m in [*ms, *g.updates]])
        return tally(sorted(unique.values(), key=lambda f: f.start), civilian_context=context)

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

