"""Train the relevance model shipped in ``strikewatch/relevance/relevance.npz``.

Data: every ``training/relevance/*.jsonl`` file, sentences written for this project
(``{"text", "label", "cause"?, "genre"?}``; label ``none`` = out of scope, any ACLED
sub-event type = in scope). Nothing else is read.

    python training/train_relevance.py            # 5-fold CV scores, then fit on all and save
    python training/train_relevance.py --no-save  # scores only

The model file records the data files (name, lines, sha256), the seed, the settings and the
cross-validated scores. Same data + same settings = byte-identical weights.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from strikewatch.relevance import fit
from strikewatch.relevance.stage import actor_kinds

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "training" / "relevance"
OUT = ROOT / "src" / "strikewatch" / "relevance" / "relevance.npz"


def load(data: Path) -> tuple[list[dict], list[dict]]:
    rows, files = [], []
    for path in sorted(data.glob("*.jsonl")):
        raw = path.read_bytes()
        lines = [json.loads(x) for x in raw.decode("utf-8").splitlines() if x.strip()]
        rows += lines
        files.append({"file": path.name, "lines": len(lines), "sha256": hashlib.sha256(raw).hexdigest()})
    seen, out = set(), []
    for r in rows:  # one copy of a repeated text
        if r["text"] not in seen:
            seen.add(r["text"])
            out.append(r)
    return out, files


def weights(rows: list[dict]) -> list[float]:
    """Each class (in scope / out) weighs half in total."""
    n_pos = sum(r["label"] != "none" for r in rows)
    n_neg = len(rows) - n_pos
    return [0.5 / n_pos if r["label"] != "none" else 0.5 / n_neg for r in rows]


def cross_validate(rows: list[dict], folds: int, seed: int, **kw) -> dict:
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    probs = np.zeros(len(rows))
    for k in range(folds):
        test = set(order[k::folds])
        train = [rows[i] for i in order if i not in test]
        model = fit([r["text"] for r in train], [int(r["label"] != "none") for r in train],
                    sample_weight=weights(train), actors=[r["actors"] for r in train], **kw)
        idx = sorted(test)
        probs[idx] = model.proba([rows[i]["text"] for i in idx], [rows[i]["actors"] for i in idx])
    y = np.array([r["label"] != "none" for r in rows])
    pred = probs >= 0.5
    by: dict[str, list[bool]] = defaultdict(list)
    for r, ok in zip(rows, pred == y):
        by[r.get("cause") or r["label"]].append(bool(ok))
    tp = int((pred & y).sum())
    return {"folds": folds, "accuracy": round(float((pred == y).mean()), 4),
            "precision": round(tp / max(1, int(pred.sum())), 4), "recall": round(tp / max(1, int(y.sum())), 4),
            "accuracy_by_class": {k: round(sum(v) / len(v), 4) for k, v in sorted(by.items())}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=3e-5)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--no-save", action="store_true")
    args = ap.parse_args()
    rows, files = load(args.data)
    for r in rows:  # the actor kinds the stage sees in a sentence (from the shipped alias table)
        r["actors"] = actor_kinds(r["text"], [(0, len(r["text"]))])[0]
    counts = Counter("in scope" if r["label"] != "none" else "out: " + r.get("cause", "?") for r in rows)
    print(json.dumps({"rows": len(rows), "counts": dict(sorted(counts.items()))}, indent=1))
    kw = {"l2": args.l2, "epochs": args.epochs}
    cv = cross_validate(rows, args.folds, args.seed, **kw) if args.folds > 1 else {}
    print(json.dumps(cv, indent=1))
    if args.no_save:
        return
    model = fit([r["text"] for r in rows], [int(r["label"] != "none") for r in rows], sample_weight=weights(rows),
                actors=[r["actors"] for r in rows], **kw)
    model.record = {"data": files, "rows": len(rows), "seed": args.seed, "settings": kw, "cv": cv,
                    "script": "training/train_relevance.py"}
    model.save(args.out)
    print(f"saved {args.out} ({args.out.stat().st_size} bytes, {int(np.count_nonzero(model.weights))} weights)")


if __name__ == "__main__":
    main()
