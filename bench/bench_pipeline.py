"""End-to-end extraction throughput against bare spaCy, per stage; prints one JSON line.

On synthetic ~500-word reports (strikewatch.bench.synth), in one process:

* ``bare_spacy``: the full model's ``nlp.pipe`` over the same clean texts (the baseline);
* ``pipeline``: ``Pipeline.run`` (extract + merge) on the same reports; ``ratio_vs_spacy``;
* ``fast``: the same with ``--fast`` (``Pipeline(light_ner=False)``), per CPU-second;
* ``ungated``: the same with NER on every light sentence (``Pipeline(entity_gate=False)``);
* ``all_text``: the same without the relevance stage (``Pipeline(relevance=None)``: every report parsed);
* ``relevance`` in ``stages``: the relevance stage's own seconds (reports it rejects are not parsed);
* ``stages``: seconds and share per stage (spacy, timex, geoparse, events, merge, store);
* ``accuracy``: per-report events whose type, date and place match the generator's truth;
* ``growth``: reports/s of extract + merge + store at each of ``--sizes`` (``--big`` adds 100k);
* ``cold_start_s``: wall time of ``strikewatch extract`` on one report in a fresh process;
* ``peak_rss_mb``: this process's peak resident memory (gazetteer and model loaded).

    python bench/bench_pipeline.py [--reports 300] [--sizes 1000,10000] [--big] [--seed 7]
    python bench/bench_pipeline.py --texts NEWS.jsonl [--reports 817] --sizes ""

``--texts`` runs the comparison and the stages on real articles instead (JSONL records with a
``text``, e.g. ../shared/eval/geoparse/dev.jsonl; no accuracy figures, there is no truth):
synthetic reports hold more text without a trigger word than real news, which flatters the ratio.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from strikewatch.bench.synth import generate
from strikewatch.ingest.jsonl import read_jsonl_lines


def reports_of(n: int, seed: int) -> tuple[list, dict]:
    recs, truths = zip(*generate(n, seed)) if n else ((), ())
    text = "\n".join(json.dumps(r) for r in recs)
    return list(read_jsonl_lines(text, "synth")), {t.report_id: t for t in truths}


def reports_from(path: str, n: int) -> list:
    """Up to ``n`` reports from a JSONL file of records with a ``text`` (ids made unique)."""
    import datetime as dt

    from strikewatch.models import Report

    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if len(out) >= n:
                break
            rec = json.loads(line) if line.strip() else {}
            if isinstance(rec, dict) and isinstance(rec.get("text"), str) and rec["text"].strip():
                out.append(Report(id=f"{i}:{rec.get('id') or rec.get('doc_id') or ''}", text=rec["text"],
                                  published=dt.date(2020, 1, 1)))
    return out


def bare_spacy(nlp, texts: list[str], batch_size: int) -> tuple[float, float]:
    """(wall, cpu) seconds of the full model over ``texts``."""
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - t0, time.process_time() - c0


def stages(pipeline, reports: list) -> dict[str, float]:
    """Seconds per stage, running Pipeline.extract's steps one by one."""
    from strikewatch import pipeline as pl
    from strikewatch.merge import find_duplicate_reports, merge_events
    from strikewatch.curate import save_run
    from strikewatch.store import open_store

    out = dict.fromkeys(("relevance", "spacy", "timex", "geoparse", "events", "merge", "store"), 0.0)
    t0 = time.perf_counter()
    kept = [(r, a) for r, a in zip(reports, pipeline.assess(reports)) if a is None or a.relevant]
    out["relevance"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = list(pipeline.docs([r for r, _ in kept], [a for _, a in kept]))
    out["spacy"] = time.perf_counter() - t0
    report_events = []
    for (r, assessment), doc in zip(kept, docs):
        t = time.perf_counter()
        timexes = pl.find_timexes(r.clean, r.published)
        t1 = time.perf_counter()
        toponyms = pl.geoparse(r.clean, doc=doc)
        t2 = time.perf_counter()
        report_events.extend(pl.extract_events(r, doc, timexes, toponyms, relevance=assessment))
        t3 = time.perf_counter()
        out["timex"] += t1 - t
        out["geoparse"] += t2 - t1
        out["events"] += t3 - t2
    t = time.perf_counter()
    merge_events(report_events, duplicates=find_duplicate_reports(reports))
    out["merge"] = time.perf_counter() - t
    from strikewatch.models import RunResult

    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "b.duckdb") as store:
        t = time.perf_counter()
        save_run(store, RunResult(reports=reports, report_events=report_events))
        out["store"] = time.perf_counter() - t
    total = sum(out.values())
    return {k: {"s": round(v, 2), "share": round(v / total, 3)} for k, v in out.items()}


def accuracy(events: list, truth: dict) -> dict[str, float]:
    by_report: dict[str, list] = {}
    for e in events:
        by_report.setdefault(e.sources[0].report, []).append(e)
    hits = {"type": 0, "date": 0, "place": 0, "all": 0}
    for rid, t in truth.items():
        evs = by_report.get(rid, [])
        ok = {"type": any(e.sub_event_type == t.sub_event_type for e in evs),
              "date": any(e.date == t.date for e in evs),
              "place": any(e.location and e.location.name == t.place for e in evs)}
        ok["all"] = any(e.sub_event_type == t.sub_event_type and e.date == t.date and e.location
                        and e.location.name == t.place for e in evs)
        for k, v in ok.items():
            hits[k] += v
    return {k: round(v / max(len(truth), 1), 3) for k, v in hits.items()}


def growth(pipeline, sizes: list[int], seed: int) -> dict[str, dict]:
    """Wall and CPU seconds of extract, merge and the first store save at each size, and the
    process's peak RSS after it (CPU seconds are what one dedicated core would take)."""
    from strikewatch.pipeline import merge_run
    from strikewatch.curate import save_run
    from strikewatch.store import open_store

    out = {}
    for n in sizes:
        reports, _ = reports_of(n, seed + n)
        clock = [(time.perf_counter(), time.process_time())]
        result = pipeline.run(reports, merge=False)
        clock.append((time.perf_counter(), time.process_time()))
        merge_run(result)
        clock.append((time.perf_counter(), time.process_time()))
        with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "g.duckdb") as store:
            save_run(store, result)
        clock.append((time.perf_counter(), time.process_time()))
        wall = [b[0] - a[0] for a, b in zip(clock, clock[1:])]
        cpu = [b[1] - a[1] for a, b in zip(clock, clock[1:])]
        out[str(n)] = {"reports_per_s": round(n / sum(wall), 1), "reports_per_cpu_s": round(n / sum(cpu), 1),
                       "cpu_s": dict(zip(("extract", "merge", "store"), (round(c, 1) for c in cpu))),
                       "wall_s": dict(zip(("extract", "merge", "store"), (round(w, 1) for w in wall))),
                       "events": len(result.events), "duplicates": len(result.duplicates),
                       "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
        print(json.dumps({"growth_step": n, **out[str(n)]}), file=sys.stderr, flush=True)
    return out


def variant(pipeline, reports: list, truth: dict | None, spacy_cpu: float, **changes) -> dict[str, object]:
    """The same run with some Pipeline fields changed: ``light_ner=False`` is ``--fast`` (no NER
    outside the sentences that need the parse); ``entity_gate=False`` NER on every light sentence."""
    from dataclasses import replace

    other = replace(pipeline, **changes)
    c0 = time.process_time()
    result = other.run(reports, merge=True)
    cpu = time.process_time() - c0
    return {"articles_per_cpu_s": round(len(reports) / cpu, 1), "ratio_vs_spacy_cpu": round(spacy_cpu / cpu, 3),
            "accuracy": accuracy(result.report_events, truth) if truth else None}


def cold_start(tmp: Path) -> float:
    rec, _ = next(generate(1, 99))
    path = tmp / "one.jsonl"
    path.write_text(json.dumps(rec) + "\n")
    exe = Path(sys.executable).with_name("strikewatch")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "strikewatch"]
    t0 = time.perf_counter()
    subprocess.run(cmd + ["extract", str(path), "-o", str(tmp / "ev.jsonl")], check=True, capture_output=True)
    return round(time.perf_counter() - t0, 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=300, help="reports for the spaCy comparison and stages")
    ap.add_argument("--sizes", default="1000,10000", help="corpus sizes for the growth measurement")
    ap.add_argument("--big", action="store_true", help="also measure growth at 100k reports (slow)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--texts", help="JSONL of real articles (a 'text' field) instead of synthetic reports")
    args = ap.parse_args()
    from strikewatch.pipeline import load_pipeline

    with tempfile.TemporaryDirectory() as tmp:
        cold = cold_start(Path(tmp))
    pipeline = load_pipeline()
    reports, truth = (reports_from(args.texts, args.reports), None) if args.texts else reports_of(args.reports, args.seed)
    words = sum(len(r.clean.split()) for r in reports)
    pipeline.run(reports[:8])  # warm caches (gazetteer, lazily built tables)
    spacy_s, spacy_cpu = bare_spacy(pipeline.nlp, [r.clean for r in reports], pipeline.batch_size)
    t0, c0 = time.perf_counter(), time.process_time()
    result = pipeline.run(reports, merge=True)
    ours_s, ours_cpu = time.perf_counter() - t0, time.process_time() - c0
    out: dict[str, object] = {
        "reports": len(reports), "words_per_report": round(words / len(reports)),
        "bare_spacy": {"articles_per_s": round(len(reports) / spacy_s, 1), "words_per_s": round(words / spacy_s)},
        "pipeline": {"articles_per_s": round(len(reports) / ours_s, 1), "words_per_s": round(words / ours_s)},
        "ratio_vs_spacy": round(spacy_s / ours_s, 3),
        # per CPU-second of this process: what one dedicated core would do (wall time suffers when
        # other processes share the machine; see load_avg_1m)
        "bare_spacy_cpu": {"articles_per_cpu_s": round(len(reports) / spacy_cpu, 1),
                           "words_per_cpu_s": round(words / spacy_cpu)},
        "pipeline_cpu": {"articles_per_cpu_s": round(len(reports) / ours_cpu, 1),
                         "words_per_cpu_s": round(words / ours_cpu)},
        "ratio_vs_spacy_cpu": round(spacy_cpu / ours_cpu, 3),
        "fast": variant(pipeline, reports, truth, spacy_cpu, light_ner=False),
        "ungated": variant(pipeline, reports, truth, spacy_cpu, entity_gate=False),
        "all_text": variant(pipeline, reports, truth, spacy_cpu, relevance=None),
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "corpus": args.texts or "synthetic",
        "accuracy": accuracy(result.report_events, truth) if truth else None,
        "stages": stages(pipeline, reports),
        "cold_start_s": cold,
    }
    sizes = [int(s) for s in args.sizes.split(",") if s] + ([100_000] if args.big else [])
    out["growth"] = growth(pipeline, sizes, args.seed)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
