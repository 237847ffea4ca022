"""Choosing one value per field for a merged event, and finding disputes.

For each field the members' non-empty values are ordered best first by
(precision, official source, later publication, smaller report id) and grouped
greedily: a value joins the first group whose values it is compatible with
(equal, or one refines the other: a day inside a month, a point inside a
region, "at least 3" and 5, a target list and a longer one containing it).

* One group: no dispute; the most precise value wins ("more precise beats
  vaguer").
* Several groups: the sources contradict each other, the field is disputed and
  each group's most precise value is listed with its reports. The winning
  group is the one with an official release (``Source.official``), then the
  most recent report (``Source.published``: a later correction), then the most
  reports, then the order above; its most precise value is chosen.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable
from typing import Any, NamedTuple

from ..events.taxonomy import SubEventType
from ..models import Dispute, Event, Fatalities, Source, Target
from .match import Profile, date_bounds, death_interval, place_relation


class Value(NamedTuple):
    """One member's value of a field, with what ranks it."""

    value: Any
    precision: float
    report: str
    official: bool
    published: int  # ordinal, 0 when unknown


class Choice(NamedTuple):
    value: Any  # the chosen Value.value, or None
    groups: list[list[Value]]  # compatible groups, winner first
    support: float  # share of reports giving a value that agree with the choice


def _source(ev: Event) -> Source:
    return ev.sources[0] if ev.sources else Source(ev.id.split("#")[0])


def _rank(v: Value) -> tuple:
    return (-v.precision, not v.official, -v.published, v.report)


def choose(values: list[Value], compatible: Callable[[Any, Any], bool]) -> Choice:
    """Group values into mutually compatible sets and pick the winner (see module doc)."""
    if not values:
        return Choice(None, [], 0.0)
    if all(v.value == values[0].value for v in values):
        return Choice(min(values, key=_rank).value, [values], 1.0)
    groups: list[list[Value]] = []
    for v in sorted(values, key=_rank):
        for g in groups:
            if all(compatible(v.value, w.value) for w in g):
                g.append(v)
                break
        else:
            groups.append([v])

    def group_key(ig: tuple[int, list[Value]]) -> tuple:
        i, g = ig
        reports = {v.report for v in g}
        return (not any(v.official for v in g), -max(v.published for v in g), -len(reports), i)

    ordered = [g for _, g in sorted(enumerate(groups), key=group_key)]
    all_reports = {v.report for v in values}
    support = len({v.report for v in ordered[0]}) / len(all_reports)
    return Choice(ordered[0][0].value, ordered, support)


# ---------------------------------------------------------------- field specs


def _date_value(ev: Event) -> tuple | None:
    b = date_bounds(ev)
    if b is None:
        return None
    return (ev.date, ev.date_precision, (b[0].isoformat(), b[1].isoformat()))


def _date_compatible(x: tuple, y: tuple) -> bool:
    return not (x[2][1] < y[2][0] or y[2][1] < x[2][0])


def _date_precision(x: tuple) -> float:
    first, last = (dt.date.fromisoformat(s).toordinal() for s in x[2])
    return -float(last - first)


def _targets_compatible(x: tuple[Target, ...], y: tuple[Target, ...]) -> bool:
    a = {t.type.casefold() for t in x}
    b = {t.type.casefold() for t in y}
    return a <= b or b <= a


def _deaths_compatible(x: Fatalities, y: Fatalities) -> bool:
    a, b = death_interval(x), death_interval(y)
    return max(a[0], b[0]) <= min(a[1], b[1])


def _deaths_precision(x: Fatalities) -> float:
    low, high = death_interval(x)
    return -1e6 if math.isinf(high) else -(high - low)


def _str_compatible(x: str, y: str) -> bool:
    return x.casefold() == y.casefold()


# A report that says "suicide bomber" refines one that says "a bomb": no dispute, the finer wins.
REFINED_SUBTYPES = {SubEventType.REMOTE_EXPLOSIVE: SubEventType.SUICIDE_BOMB}


def _sub_compatible(x: str, y: str) -> bool:
    return x == y or REFINED_SUBTYPES.get(x) == y or REFINED_SUBTYPES.get(y) == x


def display(field: str, value: Any) -> Any:
    """A JSON-friendly form of a field value, as listed in a Dispute."""
    if value is None:
        return None
    if field == "date":
        return value[0] if value[0] else f"{value[2][0]}/{value[2][1]}"
    if field == "location":
        return value[1].name
    if field == "targets":
        return "; ".join(sorted({t.type for t in value}))
    if isinstance(value, Fatalities):
        return value.to_dict()
    return value


def field_values(field: str, members: list[Event], profiles: dict[str, Profile]) -> tuple[list[Value], Callable]:
    """Each member's value of ``field`` with its precision, and the compatibility test."""
    out: list[Value] = []
    for ev in members:
        raw: Any = getattr(ev, field, None) if field not in ("date", "location") else None
        precision = 0.0
        if field == "date":
            raw = _date_value(ev)
            precision = _date_precision(raw) if raw else 0.0
        elif field == "location":
            raw = (ev.id, ev.location) if ev.location is not None else None
            precision = -profiles[ev.id].radius if raw else 0.0
        elif field == "targets":
            raw = tuple(ev.targets) if ev.targets else None
            precision = float(len(raw or ())) + 0.1 * sum(t.count is not None for t in raw or ())
        elif isinstance(raw, Fatalities):
            precision = _deaths_precision(raw)
        elif field == "sub_event_type":
            precision = float(raw in REFINED_SUBTYPES.values())
        if raw is not None and not (isinstance(raw, str) and not raw.strip()):
            src = _source(ev)
            pub = src.published.toordinal() if src.published else 0
            out.append(Value(raw, precision, src.report, bool(src.official), pub))
    if field == "date":
        return out, _date_compatible
    if field == "location":
        return out, lambda x, y: place_relation(profiles[x[0]], profiles[y[0]]) in ("same", "within", "unknown")
    if field == "targets":
        return out, _targets_compatible
    if field in ("fatalities", "civilian_fatalities", "injured"):
        return out, _deaths_compatible
    if field == "sub_event_type":
        return out, _sub_compatible
    if field in ("actor1", "actor2", "event_type"):
        return out, _str_compatible
    return out, lambda x, y: x == y


# ---------------------------------------------------------------- disputes


def dispute_from_groups(field: str, groups: list[list[Value]]) -> Dispute:
    values = [display(field, g[0].value) for g in groups]
    sources = [sorted({v.report for v in g}) for g in groups]
    return Dispute(field, values, sources)


def combine_disputes(disputes: list[Dispute]) -> list[Dispute]:
    """Union disputes per field: each distinct value keeps every report citing it."""
    by_field: dict[str, dict[str, tuple[Any, set[str]]]] = {}
    for d in disputes:
        slot = by_field.setdefault(d.field, {})
        for k, value in enumerate(d.values):
            key = json.dumps(value, sort_keys=True, default=str)
            reports = set(d.sources[k]) if k < len(d.sources) else set()
            if key in slot:
                slot[key][1].update(reports)
            else:
                slot[key] = (value, reports)
    out = []
    for name in sorted(by_field):
        items = sorted(by_field[name].items())
        out.append(Dispute(name, [v for _, (v, _) in items], [sorted(r) for _, (_, r) in items]))
    return out
