"""Fit the event-confidence calibration of the relevance stage on the judged dev set.

    python training/calibrate_relevance.py [--shared ../shared]

Runs extraction on the dev articles (../shared/eval/geoparse + timex texts, labels in
data/relevance/dev_labels.jsonl) with the shipped thresholds (but no confidence floor for articles), judges every event as
``strikewatch eval relevance`` does, and fits P(true) = sigmoid(a*logit(sentence p) +
b*logit(report p) + c*field confidence + d) by logistic regression (L2 1e-3, 3,000 full-batch
steps). Prints the four numbers for ``relevance.stage.CALIBRATION`` and a 5-fold (seed 7)
cross-validated calibration table. Needs ../shared; it is run by hand, not in tests.
"""
from __future__ import annotations

import argparse
import math
from pathlib import Path

import numpy as np

from strikewatch.eval.data import load_jsonl
from strikewatch.events import assemble
from strikewatch.eval.score_relevance import judge_events, text_reports
from strikewatch.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parents[1]


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def fit(X: np.ndarray, Y: np.ndarray, steps: int = 3000, lr: float = 0.1) -> np.ndarray:
    w, Xb = np.zeros(X.shape[1] + 1), np.c_[X, np.ones(len(X))]
    for _ in range(steps):
        p = 1 / (1 + np.exp(-Xb @ w))
        w -= lr * (Xb.T @ (p - Y) / len(Y) + 1e-3 * w)
    return w


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    labels = {x["id"]: x for x in load_jsonl(ROOT / "data" / "relevance" / "dev_labels.jsonl")}
    rows = [r for f in ("eval/geoparse/dev.jsonl", "eval/timex/dev.jsonl") for r in load_jsonl(args.shared / f)
            if r.get("id") in labels]
    reports = text_reports(rows)
    # every event the thresholds keep, including those an article would leave out for their low
    # confidence: the calibration must see them all (events.assemble.MIN_ARTICLE_CONFIDENCE, MIN_BRIEF_CONFIDENCE)
    assemble.MIN_ARTICLE_CONFIDENCE = assemble.MIN_BRIEF_CONFIDENCE = 0.0
    pipeline = load_pipeline()
    assessments = pipeline.assess(reports)
    X, Y = [], []
    for report, a in zip(reports, assessments):
        if not a.relevant:
            continue
        events = pipeline.extract(report, next(iter(pipeline.docs([report]))), a)
        for e, ok in zip(events, judge_events(labels[report.id], events)):
            fields = [e.field_confidence[k] for k in ("event_type", "date", "location", "actor1")]
            X.append([logit(e.field_confidence["relevance"]), logit(a.score), sum(fields) / len(fields)])
            Y.append(float(ok))
    X, Y = np.array(X), np.array(Y)
    w = fit(X, Y)
    print("events", len(Y), "true", int(Y.sum()), "CALIBRATION =", tuple(round(float(v), 4) for v in w))
    order = np.arange(len(Y))
    np.random.RandomState(7).shuffle(order)
    P = np.zeros(len(Y))
    for k in range(5):
        test = order[k::5]
        wk = fit(X[np.setdiff1d(order, test)], Y[np.setdiff1d(order, test)])
        P[test] = 1 / (1 + np.exp(-(np.c_[X[test], np.ones(len(test))] @ wk)))
    for lo, hi in ((0, .2), (.2, .4), (.4, .5), (.5, .6), (.6, .8), (.8, 1.01)):
        m = (P >= lo) & (P < hi)
        if m.any():
            print(f"{lo:.1f}-{min(hi, 1):.1f}  n={int(m.sum()):4d}  conf={P[m].mean():.3f}  true={Y[m].mean():.3f}")


if __name__ == "__main__":
    main()
