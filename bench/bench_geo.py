"""Geoparser speed and accuracy against a naive "most populous match" baseline.

    python bench/bench_geo.py [--data DEV.jsonl] [--limit N]

Prints one JSON line: gazetteer load time, docs/s for gold-span and full mode
(wall clock, and per CPU second so that a busy machine does not hide the
rate), peak RSS, and accuracy@161 km of ours and of the baseline on the same
spans; recognition F1 in full mode is given with and without gold demonyms.
"""
from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from strikewatch.eval.score_geo import demonym_test, score
from strikewatch.place import get_gazetteer
from strikewatch.place.batch import geoparse_records, read_jsonl

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "geoparse" / "dev.jsonl"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def baseline(gaz, docs: list[dict]) -> list[dict]:
    """Each gold span -> the most populous gazetteer entry with that name."""
    out = []
    for d in docs:
        tops = []
        for t in d["toponyms"]:
            cands = gaz.lookup(d["text"][t["start"]:t["end"]])
            best = max(cands, key=lambda c: int(gaz.pop[c.id]), default=None)
            lat, lon = (float(gaz.lat[best.id]), float(gaz.lon[best.id])) if best else (None, None)
            tops.append({"start": t["start"], "end": t["end"], "lat": lat, "lon": lon})
        out.append({"id": d["id"], "toponyms": tops})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    docs = read_jsonl(args.data)
    docs = docs[: args.limit] if args.limit else docs
    t0 = time.perf_counter()
    gaz = get_gazetteer()
    load_s = time.perf_counter() - t0

    rss_gaz = rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    gold_preds = list(geoparse_records(docs, gold_spans=True))
    gold_s, gold_cpu = time.perf_counter() - t0, time.process_time() - c0
    rss_gold = rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    base_preds = baseline(gaz, docs)
    base_s, base_cpu = time.perf_counter() - t0, time.process_time() - c0

    from strikewatch.nlp import load_nlp

    load_nlp()
    t0, c0 = time.perf_counter(), time.process_time()
    full_preds = list(geoparse_records(docs, gold_spans=False))
    full_s, full_cpu = time.perf_counter() - t0, time.process_time() - c0

    ours, base = score(docs, gold_preds), score(docs, base_preds)
    full = score(docs, full_preds, demonym_test())
    print(json.dumps({
        "docs": len(docs), "gazetteer_load_s": round(load_s, 2), "gazetteer_entries": len(gaz),
        "gold_spans_docs_per_s": round(len(docs) / gold_s, 1), "baseline_docs_per_s": round(len(docs) / base_s, 1),
        "full_docs_per_s": round(len(docs) / full_s, 1),
        "gold_spans_docs_per_cpu_s": round(len(docs) / gold_cpu, 1),
        "baseline_docs_per_cpu_s": round(len(docs) / base_cpu, 1), "full_docs_per_cpu_s": round(len(docs) / full_cpu, 1),
        "peak_rss_mb_after_gazetteer": round(rss_gaz),
        "peak_rss_mb_gold_spans": round(rss_gold), "peak_rss_mb_full": round(rss_mb()),
        "acc161": {c: s["acc161"] for c, s in ours.items()},
        "baseline_acc161": {c: s["acc161"] for c, s in base.items()},
        "acc161_ratio_vs_baseline": round(ours["all"]["acc161"] / max(base["all"]["acc161"], 1e-9), 3),
        "full_acc161": {c: s["acc161"] for c, s in full.items()},
        "full_f1": {c: s["recognition_exact"]["f1"] for c, s in full.items()},
        "full_f1_without_gold_demonyms": {c: s["recognition_exact_no_demonyms"]["f1"] for c, s in full.items()},
    }))


if __name__ == "__main__":
    main()
