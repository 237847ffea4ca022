"""Train the sub-event-type model shipped in ``strikewatch/events/typer.npz``.

Data: sentences and snippets written for this project, nothing else: every
``training/relevance/*.jsonl`` file (the relevance stage's: label = ACLED sub-event type, or
``none`` for a text that tells no event in scope) and every ``training/subtypes/*.jsonl`` file
(near misses and weak sub-types, same format: ``{"text", "label", "genre"?, "contrast"?}``).
The model learns ``none`` as a 26th label, so that its probabilities of the sub-types also say how
likely the text tells an event at all (the pipeline's fallback types rule-less notes by them).

    python training/train_typer.py            # cross-validated scores, then fit on all rows and save
    python training/train_typer.py --no-save  # scores only
    python training/train_typer.py --no-cv    # fit and save only (temperature 1)

Scores: 5-fold (seeded) and leave one file out (each file was written by another hand or for
another purpose: the fairer estimate for text not written like the training rows); the
temperature is chosen on the latter. The model file records the data files (name, rows read,
sha256), the seed, the settings and the scores. Same data + same settings = the same weights.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from strikewatch.events.taxonomy import EVENT_TYPE_OF
from strikewatch.events.typer_model import NONE, actor_kinds, fit

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "training" / "relevance", "*.jsonl"), (ROOT / "training" / "subtypes", "*.jsonl")
OUT = ROOT / "src" / "strikewatch" / "events" / "typer.npz"


def load() -> tuple[list[dict], list[dict]]:
    """Every labelled row (one copy of a repeated text) and the record of the files read."""
    rows, files = [], []
    for folder, pattern in SOURCES:
        for path in sorted(folder.glob(pattern)):
            raw = path.read_bytes()
            lines = [json.loads(x) for x in raw.decode("utf-8").splitlines() if x.strip()]
            kept = [r for r in lines if r.get("label") in EVENT_TYPE_OF or r.get("label") == NONE]
            rows += [dict(r, file=path.name) for r in kept]
            files.append({"file": str(path.relative_to(ROOT)), "lines": len(lines), "rows": len(kept),
                          "sha256": hashlib.sha256(raw).hexdigest()})
    seen, out = set(), []
    for r in rows:
        if r["text"] not in seen:
            seen.add(r["text"])
            out.append(r)
    return out, files


def folds_of(rows: list[dict], how: str, seed: int) -> list[list[int]]:
    """Row indices per fold: ``files`` (leave one file out) or ``k`` random folds (seeded)."""
    if how == "files":
        return [[i for i, r in enumerate(rows) if r["file"] == name] for name in sorted({r["file"] for r in rows})]
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    return [sorted(order[k::int(how)]) for k in range(int(how))]


def out_of_fold(rows: list[dict], folds: list[list[int]], **kw) -> tuple[np.ndarray, tuple[str, ...]]:
    """Each row's probabilities from a model fitted without its fold."""
    labels = tuple(sorted({r["label"] for r in rows}))
    probs = np.zeros((len(rows), len(labels)))
    for test in folds:
        held = set(test)
        train = [r for i, r in enumerate(rows) if i not in held]
        model = fit([r["text"] for r in train], [r["label"] for r in train], kinds=[r["kinds"] for r in train], **kw)
        got = model.proba_many([rows[i]["text"] for i in test], [rows[i]["kinds"] for i in test])
        for j, lab in enumerate(model.labels):
            probs[test, labels.index(lab)] = got[:, j]
    return probs, labels


def tempered(probs: np.ndarray, temperature: float) -> np.ndarray:
    logp = np.log(np.clip(probs, 1e-12, 1.0)) / temperature
    out = np.exp(logp - logp.max(axis=1, keepdims=True))
    return out / out.sum(axis=1, keepdims=True)


def ece(probs: np.ndarray, right: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error of the top probability."""
    top = probs.max(axis=1)
    which = np.minimum((top * bins).astype(int), bins - 1)
    return float(sum(abs(top[which == b].mean() - right[which == b].mean()) * (which == b).sum()
                     for b in range(bins) if (which == b).any()) / len(top))


def scores(rows: list[dict], probs: np.ndarray, labels: tuple[str, ...]) -> dict:
    """Accuracy, macro-F1, per-label precision/recall, per-file and per-genre accuracy, confusions."""
    pred = [labels[int(k)] for k in probs.argmax(axis=1)]
    gold = [r["label"] for r in rows]
    real = [k for k, lab in enumerate(labels) if lab != NONE]
    sub_pred = [labels[real[int(k)]] for k in probs[:, real].argmax(axis=1)]
    events = [(g, p) for g, p in zip(gold, sub_pred) if g != NONE]
    conf = Counter(zip(gold, pred))
    per = {}
    for lab in sorted(set(gold)):
        tp = conf[(lab, lab)]
        n = sum(v for (g, _), v in conf.items() if g == lab)
        npred = sum(v for (_, p), v in conf.items() if p == lab)
        prec, rec = tp / max(1, npred), tp / max(1, n)
        per[lab] = {"n": n, "precision": round(prec, 4), "recall": round(rec, 4),
                    "f1": round(2 * prec * rec / (prec + rec) if prec + rec else 0.0, 4)}
    by: dict[str, dict[str, list[bool]]] = {"file": defaultdict(list), "genre": defaultdict(list)}
    for r, p in zip(rows, pred):
        by["file"][r["file"]].append(p == r["label"])
        by["genre"][r.get("genre", "?")].append(p == r["label"])
    return {"accuracy": round(sum(g == p for g, p in zip(gold, pred)) / len(rows), 4),
            "sub_type_accuracy_of_events": round(sum(g == p for g, p in events) / max(1, len(events)), 4),
            "macro_f1": round(sum(v["f1"] for v in per.values()) / len(per), 4), "per_label": per,
            **{f"accuracy_by_{k}": {g: round(sum(v) / len(v), 4) for g, v in sorted(d.items())} for k, d in by.items()},
            "top_confusions": [[g, p, c] for (g, p), c in conf.most_common() if g != p][:25]}


TEMPERATURES = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--no-cv", dest="cv", action="store_false", help="skip cross-validation (temperature 1)")
    ap.add_argument("--l2", type=float, default=3e-5)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--min-df", type=int, default=3)
    ap.add_argument("--no-save", action="store_true")
    args = ap.parse_args()
    rows, files = load()
    for r in rows:  # the actor kinds the model sees in a text (from the shipped alias table)
        r["kinds"] = actor_kinds(r["text"])
    print(json.dumps({"rows": len(rows), "files": files, "labels": dict(sorted(Counter(r["label"] for r in rows).items()))},
                     indent=1))
    kw = {"l2": args.l2, "epochs": args.epochs, "lr": args.lr, "min_df": args.min_df}
    cv, temperature = {}, 1.0
    if args.cv:
        probs, labels = out_of_fold(rows, folds_of(rows, "5", args.seed), **kw)
        cv["5-fold"] = {k: v for k, v in scores(rows, probs, labels).items() if k.startswith(("accuracy", "macro", "sub_type"))}
        # the temperature is chosen on files held out whole: text not written like the training rows
        probs, labels = out_of_fold(rows, folds_of(rows, "files", args.seed), **kw)
        right = probs.argmax(axis=1) == np.array([labels.index(r["label"]) for r in rows])
        temperature = min(TEMPERATURES, key=lambda t: ece(tempered(probs, t), right))
        cv["leave one file out"] = {"temperature": temperature, "ece": round(ece(tempered(probs, temperature), right), 4),
                                    **scores(rows, probs, labels)}
        print(json.dumps(cv, indent=1))
    if args.no_save:
        return
    model = fit([r["text"] for r in rows], [r["label"] for r in rows], kinds=[r["kinds"] for r in rows], **kw)
    model.temperature = temperature
    model.record = {"data": files, "rows": len(rows), "seed": args.seed, "settings": kw,
                    "cv": {k: {m: x for m, x in v.items() if m != "top_confusions"} for k, v in cv.items()}, "script": "training/train_typer.py"}
    model.save(args.out)
    print(f"saved {args.out} ({args.out.stat().st_size} bytes, {len(model.slots)} feature slots)")


if __name__ == "__main__":
    main()
