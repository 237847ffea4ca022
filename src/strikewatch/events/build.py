"""A group of mentions -> one Event with per-field evidence (dates, place, actors, counts, targets)."""
from __future__ import annotations

import datetime as dt
from collections import Counter

from ..models import Dispute, Event, Evidence, Fatalities, Location, Report, Source, Target
from .counts import HYPERNYMS, Casualty
from .disputes import TargetStatement
from .fatalities import stated_total
from .grouping import SPECIFIC_BROAD, Group
from .mentions import Mention
from .roles import pick_actors
from .taxonomy import EVENT_TYPE_OF


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


class Builder:
    """Turns collapsed mention groups into Events with per-field evidence."""

    def __init__(self, report: Report, main: Location | None, freq: Counter):
        self.report, self.main, self.freq = report, main, freq

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
        dated = next((m for m in ms if m.date), None)
        date, prec, rng = _date_fields(dated, self.report.published)
        add("date", [(m.timex.start, m.timex.end) for m in ms if m.timex and m.date_basis == "timex"]
            or ([(dated.timex.start, dated.timex.end)] if dated and dated.timex else []),
            {"timex": 0.9, "relative": 0.7, "anaphora": 0.7}.get(dated.date_basis, 0.3) if dated else 0.3)
        located = sorted((m for m in ms if m.place), key=lambda m: m.place.location.precision in SPECIFIC_BROAD)
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

