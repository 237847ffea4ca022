"""Score predicted events against a hand-coded gold file (format of shared/gold/seeds).

Events are matched one to one (Hungarian assignment on a compatibility score
that needs a compatible date); gold events with ``required: false`` neither
count for nor against: a prediction matched to one is dropped from both sides.
Then each field is scored on the matched required events.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from ..models import haversine_km
from .data import load_jsonl

FIELDS = ("event_type", "sub_event_type", "date", "location", "actor1", "actor2",
          "strikes", "targets", "fatalities", "sources", "disputed")
# Scored only on the gold events that carry them: civilians killed within the gold's {low, high}
# range (no count predicted reads as 0), and the attribution certainty.
KEYED_FIELDS = ("civilian_fatalities", "attribution")


def _norm(s: str | None) -> str:
    s = (s or "").lower().replace("’", "'")
    s = re.sub(r"^the ", "", s.strip())
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def _singular(s: str) -> str:
    return re.sub(r"(?<=[a-z])s\b", "", _norm(s))


def _date_ok(gold: dict, pred: dict) -> bool:
    if gold.get("date") is not None:
        return gold["date"] == pred.get("date")
    if pred.get("date") is not None:
        return False
    g, p = gold.get("date_range"), pred.get("date_range")
    return not (g and p) or (p[0] <= g[1] and g[0] <= p[1])


def _date_compatible(gold: dict, pred: dict) -> bool:
    gd, pd = gold.get("date"), pred.get("date")
    if gd and pd:
        return gd.startswith(pd) or pd.startswith(gd)
    g = gold.get("date_range") or ([gd, gd] if gd else None)
    p = pred.get("date_range") or ([pd, pd] if pd else None)
    if g and p and len(g[0]) == len(p[0]) == 10:
        return p[0] <= g[1] and g[0] <= p[1]
    return True


def location_error_km(gold: dict, pred: dict) -> float | None:
    g, p = gold.get("location") or {}, pred.get("location") or {}
    if g.get("lat") is None or p.get("lat") is None:
        return None
    return haversine_km(g["lat"], g["lon"], p["lat"], p["lon"])


def _location_ok(gold: dict, pred: dict) -> bool:
    g, p = gold.get("location") or {}, pred.get("location") or {}
    if g.get("lat") is None or g.get("tolerance_km") is None:
        return bool(p) and _norm(g.get("country")) == _norm(p.get("country"))
    err = location_error_km(gold, pred)
    return err is not None and err <= g["tolerance_km"]


def _actor_ok(gold_names: list[str], pred_name: str | None) -> bool:
    """Exact (normalised) match with a listed name, or an ACLED-style name that contains one
    as whole words ("Military Forces of the United Kingdom" for "United Kingdom")."""
    pred = _norm(pred_name)
    if not gold_names:
        return not pred or pred in {"unknown", "unidentified armed group"}
    if not pred:
        return False
    names = {_norm(n) for n in gold_names}
    return pred in names or any(len(n) >= 4 and re.search(rf"\b{re.escape(n)}\b", pred) for n in names)


def _targets(items: Sequence[dict] | None) -> list[tuple[str, Any]]:
    return sorted((_singular(t["type"]), t.get("count")) for t in items or [])


def _fatalities(pred: dict) -> int | None:
    f = pred.get("fatalities")
    return f.get("best") if isinstance(f, dict) else f


def field_checks(gold: dict, pred: dict) -> dict[str, bool]:
    """Right or wrong per field for one matched pair."""
    preds_src = {s["report"] if isinstance(s, dict) else s for s in pred.get("sources") or []}
    return {
        "event_type": gold.get("event_type") == pred.get("event_type"),
        "sub_event_type": gold.get("sub_event_type") == pred.get("sub_event_type"),
        "date": _date_ok(gold, pred),
        "location": _location_ok(gold, pred),
        "actor1": _actor_ok(gold.get("actor1") or [], pred.get("actor1")),
        "actor2": _actor_ok(gold.get("actor2") or [], pred.get("actor2")),
        "strikes": gold.get("strikes") == pred.get("strikes"),
        "targets": _targets(gold.get("targets")) == _targets(pred.get("targets")),
        "fatalities": gold.get("fatalities") == _fatalities(pred),
        "sources": set(gold.get("sources") or []) == preds_src,
        "disputed": {_singular(d["field"]) for d in gold.get("disputed") or []}
                    == {_singular(d["field"]) for d in pred.get("disputed") or []},
    }


def _civilians_ok(gold: dict, pred: dict) -> bool:
    rng = gold["civilian_fatalities"] or {"low": 0, "high": 0}
    f = pred.get("civilian_fatalities")
    best = (f.get("best") if isinstance(f, dict) else f) or 0
    return rng["low"] <= best <= rng["high"]


def keyed_checks(gold: dict, pred: dict) -> dict[str, bool]:
    """Right or wrong for the KEYED_FIELDS this gold event carries."""
    out = {}
    if "civilian_fatalities" in gold:
        out["civilian_fatalities"] = _civilians_ok(gold, pred)
    if "attribution" in gold:
        out["attribution"] = gold["attribution"] == pred.get("attribution")
    return out


def _pair_score(gold: dict, pred: dict) -> float:
    if not _date_compatible(gold, pred):
        return 0.0
    c = field_checks(gold, pred)
    g_loc, p_loc = gold.get("location") or {}, pred.get("location") or {}
    near = _norm(g_loc.get("country")) == _norm(p_loc.get("country"))
    score = 1.0 + 2 * c["date"] + 2 * c["location"] + 0.5 * near + c["sub_event_type"] + 0.5 * c["event_type"]
    score += 0.5 * c["strikes"] + 0.5 * c["targets"] + 0.5 * c["fatalities"]
    score += len(set(gold.get("sources") or []) & {s.get("report") for s in pred.get("sources") or []})
    return score if score >= 3.5 else 0.0


def match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs maximising the compatibility score."""
    if not gold or not pred:
        return []
    scores = np.array([[_pair_score(g, p) for p in pred] for g in gold])
    rows, cols = linear_sum_assignment(-scores)
    return [(int(r), int(c)) for r, c in zip(rows, cols) if scores[r, c] > 0]


def score_events(gold: list[dict], pred: list[dict]) -> dict[str, Any]:
    """Event precision/recall and per-field accuracy over matched required events."""
    pairs = match(gold, pred)
    optional_preds = {p for g, p in pairs if gold[g].get("required", True) is False}
    required = [i for i, g in enumerate(gold) if g.get("required", True) is not False]
    matched = {g: p for g, p in pairs if g in set(required)}
    n_pred = len(pred) - len(optional_preds)
    per_field = {f: 0 for f in FIELDS}
    keyed = {f: [0, sum(f in gold[i] for i in required)] for f in KEYED_FIELDS}
    details = []
    core = 0
    for gi in required:
        g = gold[gi]
        if gi not in matched:
            details.append({"gold": g.get("id"), "pred": None, "wrong": ["missing"]})
            continue
        p = pred[matched[gi]]
        checks = field_checks(g, p)
        for f, ok in checks.items():
            per_field[f] += ok
        extra = keyed_checks(g, p)
        for f, ok in extra.items():
            keyed[f][0] += ok
        checks.update(extra)
        core += checks["event_type"] and checks["date"] and checks["location"]
        details.append({"gold": g.get("id"), "pred": p.get("id"),
                        "wrong": [f for f, ok in checks.items() if not ok],
                        "location_error_km": location_error_km(g, p)})
    spurious = [pred[i].get("id") for i in range(len(pred))
                if i not in set(matched.values()) and i not in optional_preds]
    n_gold, n_match = len(required), len(matched)
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fields = {f: {"correct": per_field[f], "accuracy": per_field[f] / n_gold if n_gold else 0.0} for f in FIELDS}
    fields.update({f: {"correct": ok, "accuracy": ok / n, "of": n} for f, (ok, n) in keyed.items() if n})
    return {
        "gold_required": n_gold, "predicted": n_pred, "matched": n_match,
        "events_per_gold_event": n_pred / n_gold if n_gold else 0.0,
        "matched_type_date_location": core,
        "precision": precision, "recall": recall, "f1": f1,
        "fields": fields,
        "spurious": spurious,
        "details": details,
    }


def score_files(pred_path: str | Path, gold_path: str | Path) -> dict[str, Any]:
    return score_events(load_jsonl(gold_path), load_jsonl(pred_path))
