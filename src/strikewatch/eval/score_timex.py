"""TempEval-3 scores for time expressions: extent (strict/relaxed), value and type.

Pure: ``score_timex(gold_docs, pred_docs)`` takes documents in the shape of
``eval/timex/dev.jsonl`` (``id``, ``corpus``, ``timexes`` with ``start``, ``end``,
``type``, ``value``) and returns per-corpus and overall figures. Value and type
count a gold timex as found only when a relaxed (overlapping) match has exactly
the gold string, as in TempEval-3.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from ..errors import EvalError

_KEYS = ("gold", "pred", "strict", "relaxed", "value", "type")


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def match_doc(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one relaxed matches: each gold paired with the overlapping prediction that
    shares the most characters (exact spans first)."""
    pairs: list[tuple[int, int, int]] = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if _overlaps(g, p):
                shared = min(g["end"], p["end"]) - max(g["start"], p["start"])
                exact = g["start"] == p["start"] and g["end"] == p["end"]
                pairs.append((-(exact * 10**6 + shared), i, j))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in sorted(pairs):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((gold[i], pred[j]))
    return out


def count_doc(gold: list[dict], pred: list[dict]) -> Counter:
    """Counts of gold, predicted and matched timexes for one document."""
    c: Counter = Counter(gold=len(gold), pred=len(pred))
    for g, p in match_doc(gold, pred):
        c["relaxed"] += 1
        c["strict"] += g["start"] == p["start"] and g["end"] == p["end"]
        c["value"] += g.get("value") == p.get("value")
        c["type"] += g.get("type") == p.get("type")
    return c


def _prf(hit: int, gold: int, pred: int) -> dict[str, float]:
    p = hit / pred if pred else 0.0
    r = hit / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def summarise(c: Counter) -> dict[str, Any]:
    """Precision/recall/F1 for each measure from summed counts."""
    out: dict[str, Any] = {"gold": c["gold"], "pred": c["pred"]}
    for key in ("strict", "relaxed", "value", "type"):
        out[key] = _prf(c[key], c["gold"], c["pred"])
    out["type_accuracy"] = round(c["type"] / c["relaxed"], 4) if c["relaxed"] else 0.0
    out["value_accuracy"] = round(c["value"] / c["relaxed"], 4) if c["relaxed"] else 0.0
    return out


def score_timex(gold_docs: Iterable[dict], pred_docs: Iterable[dict]) -> dict[str, Any]:
    """Scores per corpus and overall: ``{"overall": {...}, "by_corpus": {name: {...}}}``."""
    preds = {d["id"]: d for d in pred_docs}
    per: dict[str, Counter] = {}
    total: Counter = Counter()
    for doc in gold_docs:
        if doc["id"] not in preds:
            raise EvalError(f"no prediction for document {doc['id']}")
        c = count_doc(doc.get("timexes") or [], preds[doc["id"]].get("timexes") or [])
        per.setdefault(doc.get("corpus") or "all", Counter()).update(c)
        total.update(c)
    return {"overall": summarise(total), "by_corpus": {k: summarise(v) for k, v in sorted(per.items())}}


def evaluate_timex(gold_docs: list[dict]) -> dict[str, Any]:
    """Tag the gold documents' texts with strikewatch and score the result."""
    from ..time.corpus import annotate_docs

    return score_timex(gold_docs, annotate_docs(gold_docs))
