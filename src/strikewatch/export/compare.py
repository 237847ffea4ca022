"""Compare strikewatch events with a reference dataset (ACLED or UCDP GED): match, then score.

Matching is one-to-one, in two passes:

1. **report**: when the reference's event id is the id of a report strikewatch read (the
   user coded the reference's own notes, as ``eval acled`` does), the reference event is
   paired with the first event strikewatch found in that report (``<report>#0``, or the
   merged event holding it).
2. **place-time**: the rest are paired greedily by cost among candidates whose dates are at
   most ``days`` apart, whose places are at most ``km`` apart (or, without coordinates on one
   side, in the same country), and whose types agree (``type_match``: ``event`` type,
   ``sub`` type, or ``any``; for UCDP, ``type_of_violence``). The cost is the gap in days plus
   distance over ``km`` plus 0.5 for a different sub-type.

Coverage is counted both ways (reference events found by strikewatch, strikewatch events found
in the reference) and agreement per field over the matched pairs, with the same field rules as
``eval acled``. For UCDP only strikewatch events in its scope (organised violence) count.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from ..models import Event, haversine_km
from . import actor_types, codes
from .rows import date_bounds
from .ucdp import sides, type_of_violence

ACLED_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "date", "location_25km", "fatalities",
                "country", "admin1")
UCDP_FIELDS = ("type_of_violence", "side_a", "side_b", "date", "location_25km", "fatalities", "country")
PASSES = ("auto", "report", "place-time")


def event_record(e: Event) -> dict[str, Any]:
    """The fields of a strikewatch event that a reference is compared on."""
    loc = e.location
    first, last = date_bounds(e)
    cc = codes.country_code(loc.country) if loc else None
    type1, type2 = actor_types.actor_type(e.actor1, cc), actor_types.actor_type(e.actor2, cc)
    violence = type_of_violence(e, type1, type2)
    side_a, side_b = sides(e, violence, type1, type2)
    return {
        "id": e.id, "date_first": first, "date_last": last, "date": e.date if e.date and len(e.date) == 10 else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "country": loc.country if loc else None, "cc": cc, "admin1": loc.admin1 if loc else None,
        "location": loc.name if loc else None, "event_type": e.event_type, "sub_event_type": e.sub_event_type,
        "actor1": e.actor1, "actor2": e.actor2, "type_of_violence": violence, "side_a": side_a, "side_b": side_b,
        "fatalities": e.fatalities.best if e.fatalities and e.fatalities.best is not None else 0,
        "first_of": [m[:-2] for m in (e.members or [e.id]) if m.endswith("#0")],
    }


def in_window(rec: dict[str, Any], since: dt.date | None, until: dt.date | None, cc: str | None) -> bool:
    """True when a record's dates overlap ``since..until`` and its country is ``cc`` (when given)."""
    if since and (rec["date_last"] is None or rec["date_last"] < since):
        return False
    if until and (rec["date_first"] is None or rec["date_first"] > until):
        return False
    return cc is None or rec["cc"] == cc


def _distance(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if None in (a["lat"], a["lon"], b["lat"], b["lon"]):
        return None
    return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])


def _gap(a: dict[str, Any], b: dict[str, Any]) -> int | None:
    if None in (a["date_first"], b["date_first"]):
        return None
    if a["date_last"] < b["date_first"]:
        return (b["date_first"] - a["date_last"]).days
    if b["date_last"] < a["date_first"]:
        return (a["date_first"] - b["date_last"]).days
    return 0


def _types_agree(ref: dict[str, Any], ev: dict[str, Any], fmt: str, type_match: str) -> bool:
    if type_match == "any":
        return True
    if fmt == "ucdp":
        return ref["type_of_violence"] is None or ref["type_of_violence"] == ev["type_of_violence"]
    key = "sub_event_type" if type_match == "sub" else "event_type"
    return ref[key] == ev[key]


def place_time_pairs(refs: list[dict], evs: list[dict], fmt: str, *, days: int, km: float,
                     type_match: str) -> list[tuple[dict, dict, float]]:
    """One-to-one ``(reference, event, cost)`` pairs, cheapest first (ties by id)."""
    by_day: dict[int, list[dict]] = defaultdict(list)
    for ev in evs:
        if ev["date_first"] is not None:
            for o in range(ev["date_first"].toordinal(), ev["date_last"].toordinal() + 1):
                by_day[o].append(ev)
    options = []
    for ref in refs:
        if ref["date_first"] is None:
            continue
        seen: set[str] = set()
        for o in range(ref["date_first"].toordinal() - days, ref["date_last"].toordinal() + days + 1):
            for ev in by_day.get(o, ()):
                if ev["id"] in seen or not _types_agree(ref, ev, fmt, type_match):
                    continue
                seen.add(ev["id"])
                dist = _distance(ref, ev)
                if dist is None and not (ref["cc"] and ref["cc"] == ev["cc"]):
                    continue
                if dist is not None and dist > km:
                    continue
                cost = _gap(ref, ev) + (1.0 if dist is None else dist / km)
                cost += 0.5 if fmt == "acled" and ref["sub_event_type"] != ev["sub_event_type"] else 0.0
                options.append((cost, ref["id"], ev["id"], ref, ev))
    options.sort(key=lambda o: o[:3])
    used_refs: set[str] = set()
    used_evs: set[str] = set()
    out = []
    for cost, rid, eid, ref, ev in options:
        if rid not in used_refs and eid not in used_evs:
            used_refs.add(rid)
            used_evs.add(eid)
            out.append((ref, ev, cost))
    return out


def report_pairs(refs: list[dict], evs: list[dict]) -> list[tuple[dict, dict]]:
    """Reference events paired with the first event of the report with the same id."""
    first: dict[str, dict] = {}
    for ev in evs:
        for report in ev["first_of"]:
            first.setdefault(report, ev)
    used: set[str] = set()
    out = []
    for ref in refs:
        ev = first.get(str(ref["id"]))
        if ev is not None and ev["id"] not in used:
            used.add(ev["id"])
            out.append((ref, ev))
    return out


def _admin_agree(a: str | None, b: str | None) -> bool:
    fa, fb = codes.fold(a or ""), codes.fold(b or "")
    return bool(fa and fb) and (fa == fb or fa.startswith(fb) or fb.startswith(fa))


def field_checks(fmt: str, actor_match: Callable[[str | None, str | None], bool]
                 ) -> dict[str, Callable[[dict, dict], bool]]:
    """Per field, whether a matched pair agrees: ``eval acled``'s rules (``actor_match(reference, ours)``)."""
    def date_ok(ref: dict, ev: dict) -> bool:
        return ev["date"] is not None and ref["date_first"].isoformat() <= ev["date"] <= ref["date_last"].isoformat()

    def near(ref: dict, ev: dict) -> bool:
        dist = _distance(ref, ev)
        return dist is not None and dist <= 25.0

    common = {"date": date_ok, "location_25km": near,
              "fatalities": lambda r, e: r["fatalities"] == e["fatalities"],
              "country": lambda r, e: r["cc"] is not None and r["cc"] == e["cc"]}
    if fmt == "ucdp":
        return {"type_of_violence": lambda r, e: r["type_of_violence"] == e["type_of_violence"],
                "side_a": lambda r, e: actor_match(r["side_a"], e["side_a"]),
                "side_b": lambda r, e: actor_match(r["side_b"], e["side_b"]), **common}
    return {"event_type": lambda r, e: r["event_type"] == e["event_type"],
            "sub_event_type": lambda r, e: r["sub_event_type"] == e["sub_event_type"],
            "actor1": lambda r, e: actor_match(r["actor1"], e["actor1"]),
            "actor2": lambda r, e: actor_match(r["actor2"], e["actor2"]),
            **common, "admin1": lambda r, e: _admin_agree(r["admin1"], e["admin1"])}


SUMMARY_KEYS = ("id", "date", "date_first", "date_last", "event_type", "sub_event_type", "type_of_violence",
                "actor1", "actor2", "side_a", "side_b", "location", "admin1", "country", "lat", "lon", "fatalities")


def summary(rec: dict[str, Any]) -> dict[str, Any]:
    """A JSON-ready view of a record (dates as ISO text)."""
    out = {k: rec.get(k) for k in SUMMARY_KEYS if k in rec}
    for k in ("date_first", "date_last"):
        out[k] = out[k].isoformat() if out.get(k) else None
    first, last = out.get("date_first"), out.get("date_last")
    out["when"] = out.get("date") or (first if first == last else f"{first}/{last}")
    return out


def default_actor_match() -> Callable[[str | None, str | None], bool]:
    """``eval acled``'s alias-aware actor comparison (reference name first)."""
    from ..actors import load_aliases
    from ..eval.score_acled import actor_match

    canonical = load_aliases().canonical
    return lambda ref, ours: actor_match(ref, ours, canonical)


def compare(events: Sequence[Event], refs: list[dict[str, Any]], fmt: str, *, actor_match: Callable | None = None,
            days: int = 1, km: float = 50.0, type_match: str = "event", match: str = "auto") -> dict[str, Any]:
    """Match ``events`` to reference records (from ``reference.read_reference``) and score them."""
    actor_match = actor_match or default_actor_match()
    evs = [event_record(e) for e in events]
    if fmt == "ucdp":
        evs = [ev for ev in evs if ev["type_of_violence"] is not None]
    pairs: list[tuple[dict, dict, str]] = []
    if match in ("auto", "report"):
        pairs = [(r, e, "report") for r, e in report_pairs(refs, evs)]
    if match in ("auto", "place-time"):
        taken_r, taken_e = {id(r) for r, _, _ in pairs}, {id(e) for _, e, _ in pairs}
        rest_r = [r for r in refs if id(r) not in taken_r]
        rest_e = [e for e in evs if id(e) not in taken_e]
        pairs += [(r, e, "place-time") for r, e, _ in
                  place_time_pairs(rest_r, rest_e, fmt, days=days, km=km, type_match=type_match)]
    checks = field_checks(fmt, actor_match)
    agree = {name: 0 for name in checks}
    matched = []
    for ref, ev, how in pairs:
        wrong = [name for name, ok in checks.items() if not ok(ref, ev)]
        for name in checks:
            agree[name] += name not in wrong
        dist = _distance(ref, ev)
        matched.append({"how": how, "km": None if dist is None else round(dist, 1), "days": _gap(ref, ev),
                        "disagree": wrong, "reference": summary(ref), "strikewatch": summary(ev)})
    n_pairs, n_refs, n_evs = len(pairs), len(refs), len(evs)
    paired_r, paired_e = {id(r) for r, _, _ in pairs}, {id(e) for _, e, _ in pairs}
    return {
        "format": fmt,
        "settings": {"match": match, "days": days, "km": km, "type_match": type_match},
        "reference": {"events": n_refs, "matched": n_pairs, "coverage": round(n_pairs / n_refs, 4) if n_refs else 0.0},
        "strikewatch": {"events": n_evs, "matched": n_pairs, "coverage": round(n_pairs / n_evs, 4) if n_evs else 0.0},
        "matched_by": {how: sum(1 for _, _, h in pairs if h == how) for how in ("report", "place-time")},
        "fields": {name: {"agree": a, "compared": n_pairs,
                          "agreement": round(a / n_pairs, 4) if n_pairs else 0.0,
                          "of_reference": round(a / n_refs, 4) if n_refs else 0.0} for name, a in agree.items()},
        "matched": matched,
        "unmatched_reference": [summary(r) for r in refs if id(r) not in paired_r],
        "unmatched_strikewatch": [summary(e) for e in evs if id(e) not in paired_e],
    }
