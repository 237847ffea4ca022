"""Fit the sentence-pair same-event weights (src/strikewatch/merge/coref.json).

Data: ECB+ dev sentence pairs (/work/shared/eval/ecbplus/dev.jsonl; ECB+ is
CC-BY 3.0, Cybulska & Vossen 2014, so fitted weights may be redistributed with
attribution). Model: L2-regularised logistic regression over
``coref.FEATURE_NAMES``, fitted with scipy (deterministic; the seed only
orders the folds). Features: lexical and entity overlaps, instance identity
(dates, numbers, names, event families) and second-order similarity within
the batch (see coref_features.py). Reported score: pairwise F1 with leave-one-topic-out
cross-validation (each topic scored by a model and threshold fitted on the
other topics), pooled over topics, beside the same protocol on the lexical
features alone (the baseline) and the train F1.

    python bench/train_coref.py [--data FILE] [--out src/strikewatch/merge/coref.json] [--seed 0]
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from strikewatch.merge.coref import FEATURE_NAMES, N_LEXICAL, N_SMALL, SentenceRef, pairs_to_features
from strikewatch.nlp import load_nlp

L2 = 1.0


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Weights then bias of an L2-regularised logistic regression."""
    xb = np.hstack([x, np.ones((len(x), 1))])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = xb @ w
        p = 1 / (1 + np.exp(-z))
        reg = L2 * np.sum(w[:-1] ** 2) / 2
        ll = np.sum(np.logaddexp(0, z) - y * z) + reg
        grad = xb.T @ (p - y)
        grad[:-1] += L2 * w[:-1]
        return ll, grad

    return minimize(loss, np.zeros(xb.shape[1]), jac=True, method="L-BFGS-B").x


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ w[:-1] + w[-1])))


def prf(pred: np.ndarray, y: np.ndarray) -> tuple[int, int, int]:
    return int(np.sum(pred & (y == 1))), int(np.sum(pred & (y == 0))), int(np.sum(~pred & (y == 1)))


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    grid = np.round(np.arange(0.2, 0.81, 0.02), 2)
    return float(max(grid, key=lambda t: (f1(*prf(p >= t, y)), -abs(t - 0.5))))


def _prf_dict(tp: int, fp: int, fn: int) -> dict[str, float]:
    return {"precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 4) if tp + fn else 0.0, "f1": round(f1(tp, fp, fn), 4)}


def held_out(x: np.ndarray, y: np.ndarray, topics: np.ndarray, order: list) -> tuple[dict, dict]:
    """Leave-one-topic-out P/R/F1 pooled over topics, and per topic."""
    total = np.zeros(3, dtype=int)
    per_topic = {}
    for t in order:
        train, test = topics != t, topics == t
        w = fit(x[train], y[train])
        thr = best_threshold(predict(w, x[train]), y[train])
        counts = prf(predict(w, x[test]) >= thr, y[test])
        per_topic[int(t)] = _prf_dict(*counts)
        total += counts
    return _prf_dict(*(int(c) for c in total)), dict(sorted(per_topic.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="/work/shared/eval/ecbplus/dev.jsonl")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "src/strikewatch/merge/coref.json"))
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    pairs = [(SentenceRef(r["a"]["doc"], r["a"]["text"]), SentenceRef(r["b"]["doc"], r["b"]["text"])) for r in rows]
    x = np.array(pairs_to_features(pairs, load_nlp()))
    y = np.array([1 if r["same_event"] else 0 for r in rows])
    topics = np.array([r["topic"] for r in rows])
    order = sorted(set(topics.tolist()))
    random.Random(args.seed).shuffle(order)
    held, per_topic = held_out(x, y, topics, order)
    # Baseline in the same run: the lexical / entity overlap features only (no instance or batch context).
    baseline, _ = held_out(x[:, :N_LEXICAL], y, topics, order)
    small_held, _ = held_out(x[:, :N_SMALL], y, topics, order)
    w = fit(x, y)
    thr = best_threshold(predict(w, x), y)
    train_f1 = f1(*prf(predict(w, x) >= thr, y))
    # Small batches (under MIN_GROUP sentences) get a model without the batch-context features; its bias is
    # shifted so that its own best threshold coincides with the full model's.
    ws = fit(x[:, :N_SMALL], y)
    thr_small = best_threshold(predict(ws, x[:, :N_SMALL]), y)
    ws[-1] += float(np.log(thr / (1 - thr)) - np.log(thr_small / (1 - thr_small)))
    model = {
        "features": list(FEATURE_NAMES), "weights": [round(float(v), 6) for v in w[:-1]],
        "bias": round(float(w[-1]), 6), "threshold": thr,
        "trained_on": {"data": "ECB+ dev sentence pairs, topics 1-22 (CC-BY 3.0, Cybulska & Vossen 2014)",
                       "pairs": len(rows), "seed": args.seed, "l2": L2,
                       "model": "logistic regression, pairwise decisions (no clustering)",
                       "validation": "leave-one-topic-out, threshold fitted on the training topics"},
        "topic_held_out": held, "per_topic_f1": {t: s["f1"] for t, s in per_topic.items()},
        "per_topic_held_out": per_topic, "baseline_lexical_topic_held_out": baseline,
        "small_batch": {"weights": [round(float(v), 6) for v in ws[:-1]], "bias": round(float(ws[-1]), 6),
                        "topic_held_out": small_held,
                        "note": "used for pair-graph groups under 5 sentences; first N_SMALL features"},
        "train_f1": round(train_f1, 4),
    }
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    topic_f1 = sorted(s["f1"] for s in per_topic.values())
    print(json.dumps({"topic_held_out": held, "baseline_lexical_topic_held_out": baseline,
                      "small_batch_topic_held_out": small_held,
                      "f1_ratio": round(held["f1"] / baseline["f1"], 4), "train_f1": round(train_f1, 4),
                      "threshold": thr, "topic_f1_min": topic_f1[0], "topic_f1_median": topic_f1[len(topic_f1) // 2],
                      "topic_f1_max": topic_f1[-1]}))


if __name__ == "__main__":
    main()
