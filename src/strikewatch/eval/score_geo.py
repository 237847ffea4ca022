"""Geoparsing scores: resolution error and recognition P/R/F1, per corpus and overall.

Resolution follows Gritta et al. (2018): accuracy within 161 km, mean and
median error in km, and the AUC of the sorted ``ln(1 + error_km)`` curve
normalised by ``ln(20039)`` (lower is better). A gold toponym with no predicted
coordinates counts with the maximal error of 20,039 km. Recognition compares
predicted and gold spans, exactly and by overlap.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from typing import Any, Callable, Iterable

import numpy as np

from ..errors import EvalError
from ..models import haversine_km as distance_km

MAX_KM = 20039.0
ACC_KM = 161.0


def auc(errors: list[float]) -> float:
    """Area under the sorted, normalised log-error curve (0 perfect, 1 worst)."""
    if not errors:
        return float("nan")
    if len(errors) == 1:
        return math.log(1 + errors[0]) / math.log(MAX_KM)
    curve = np.log1p(np.sort(np.asarray(errors, dtype=np.float64)))
    return float(np.trapezoid(curve, dx=1) / (len(errors) - 1) / math.log(MAX_KM))


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _match(gold_t: dict[str, Any], preds: list[dict[str, Any]]) -> dict[str, Any] | None:
    for p in preds:
        if p["start"] == gold_t["start"] and p["end"] == gold_t["end"]:
            return p
    return next((p for p in preds if _overlaps(p, gold_t)), None)


def _doc_errors(gold: dict[str, Any], pred: dict[str, Any],
                is_demonym: Callable[[str], bool] | None = None) -> tuple[list[float], dict[str, int]]:
    preds = pred.get("toponyms") or []
    errors = []
    for g in gold["toponyms"]:
        p = _match(g, preds)
        if p is None or p.get("lat") is None or p.get("lon") is None:
            errors.append(MAX_KM)
        else:
            errors.append(distance_km(g["lat"], g["lon"], p["lat"], p["lon"]))
    gspans = {(g["start"], g["end"]) for g in gold["toponyms"]}
    counts = {
        "gold": len(gold["toponyms"]), "pred": len(preds),
        "tp_exact": sum((p["start"], p["end"]) in gspans for p in preds),
        "tp_overlap_pred": sum(any(_overlaps(p, g) for g in gold["toponyms"]) for p in preds),
        "tp_overlap_gold": sum(any(_overlaps(p, g) for p in preds) for g in gold["toponyms"]),
    }
    if is_demonym is not None:
        places = [g for g in gold["toponyms"] if not is_demonym(g["name"])]
        pspans = {(g["start"], g["end"]) for g in places}
        dem_spans = gspans - pspans
        counts.update(gold_places=len(places), pred_places=sum((p["start"], p["end"]) not in dem_spans for p in preds),
                      tp_places=sum((p["start"], p["end"]) in pspans for p in preds))
    return errors, counts


def _summary(errors: list[float], counts: dict[str, int]) -> dict[str, Any]:
    if not errors:
        return {"n": 0}
    arr = np.asarray(errors)
    exact = _prf(counts["tp_exact"], counts["pred"], counts["gold"])
    p_ov = counts["tp_overlap_pred"] / counts["pred"] if counts["pred"] else 0.0
    r_ov = counts["tp_overlap_gold"] / counts["gold"] if counts["gold"] else 0.0
    overlap = {"precision": round(p_ov, 4), "recall": round(r_ov, 4),
               "f1": round(2 * p_ov * r_ov / (p_ov + r_ov), 4) if p_ov + r_ov else 0.0}
    out = {
        "n": len(errors), "acc161": round(float(np.mean(arr <= ACC_KM)), 4),
        "mean_km": round(float(arr.mean()), 1), "median_km": round(float(np.median(arr)), 1),
        "auc": round(auc(errors), 4), "recognition_exact": exact, "recognition_overlap": overlap,
    }
    if "gold_places" in counts:
        out["recognition_exact_no_demonyms"] = _prf(counts["tp_places"], counts["pred_places"], counts["gold_places"])
        out["note"] = ("recognition_exact counts every gold span; recognition_exact_no_demonyms leaves out gold "
                       "demonyms (\"American\"), which the geoparser drops on purpose (they name actors)")
    return out


def score(gold_docs: Iterable[dict[str, Any]], pred_docs: Iterable[dict[str, Any]],
          is_demonym: Callable[[str], bool] | None = None) -> dict[str, Any]:
    """Scores per corpus and ``"all"``; documents are paired by ``id``.

    With ``is_demonym`` recognition is also scored without the gold spans it flags.
    """
    preds = {d["id"]: d for d in pred_docs}
    errs: dict[str, list[float]] = defaultdict(list)
    cnts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for g in gold_docs:
        if "toponyms" not in g or "id" not in g:
            raise EvalError("gold document without id/toponyms")
        e, c = _doc_errors(g, preds.get(g["id"], {}), is_demonym)
        for corpus in (g.get("corpus") or "unknown", "all"):
            errs[corpus].extend(e)
            for k, v in c.items():
                cnts[corpus][k] += v
    return {corpus: _summary(errs[corpus], cnts[corpus]) for corpus in sorted(errs, key=lambda c: (c == "all", c))}


def worst(gold_docs: Iterable[dict[str, Any]], pred_docs: Iterable[dict[str, Any]], n: int = 30) -> list[dict[str, Any]]:
    """The ``n`` gold toponyms with the largest errors (for error analysis)."""
    preds = {d["id"]: d for d in pred_docs}
    rows = []
    for g in gold_docs:
        plist = preds.get(g["id"], {}).get("toponyms") or []
        for t in g["toponyms"]:
            p = _match(t, plist)
            err = MAX_KM if p is None or p.get("lat") is None else distance_km(t["lat"], t["lon"], p["lat"], p["lon"])
            rows.append({"id": g["id"], "name": t["name"], "error_km": round(err), "gold": (t["lat"], t["lon"]),
                         "pred": None if p is None else (p.get("lat"), p.get("lon"), p.get("label"))})
    return sorted(rows, key=lambda r: -r["error_km"])[:n]


def candidate_ceiling(gold_docs: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per corpus, the share of gold toponyms with at least one gazetteer candidate within 161 km
    of the gold point: the best gold-span acc@161 any choice among our candidates could reach
    (gold points that follow another reference convention than GeoNames' are out of reach)."""
    from ..place import get_gazetteer
    from ..place.resolve import candidates
    from ..place.toponyms import mention

    gaz = get_gazetteer()
    hits: dict[str, list[bool]] = defaultdict(list)
    for g in gold_docs:
        for t in g.get("toponyms") or []:
            ids = candidates(gaz, g["text"], mention(g["text"], t["start"], t["end"], gaz, widen=False)).ids
            ok = any(distance_km(t["lat"], t["lon"], float(gaz.lat[i]), float(gaz.lon[i])) <= ACC_KM for i in ids)
            for corpus in (g.get("corpus") or "unknown", "all"):
                hits[corpus].append(ok)
    return {c: {"n": len(v), "reachable": sum(v), "ceiling_acc161": round(sum(v) / len(v), 4)}
            for c, v in sorted(hits.items(), key=lambda kv: (kv[0] == "all", kv[0])) if v}


def evaluate_file(path: str, *, gold_spans: bool = False) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Geoparse a gold JSONL file and score it; returns (scores, worst errors)."""
    from ..place.batch import geoparse_records, read_jsonl

    gold = read_jsonl(path)
    preds = list(geoparse_records(gold, gold_spans=gold_spans))
    return score(gold, preds, None if gold_spans else demonym_test()), worst(gold, preds)


_DEMONYM_END = re.compile(r"(?:ians?|eans?|ese|ish|is?)$")


def demonym_test() -> Callable[[str], bool]:
    """Is a gold name a demonym? Known only as one in the gazetteer, or unknown with a demonym ending."""
    from ..place import get_gazetteer
    from ..place.build import DEMONYM

    gaz = get_gazetteer()

    def is_demonym(name: str) -> bool:
        cands = gaz.lookup(name)
        if cands:
            return all(c.kind == DEMONYM for c in cands)
        return bool(_DEMONYM_END.search(name.split()[-1])) if name.strip() else False

    return is_demonym
