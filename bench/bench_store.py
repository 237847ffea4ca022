"""Cost of saving a small batch into a growing store: incremental vs full re-merge; one JSON line.

For each size N (true events; 3 per-report events each, from ``bench_merge.generate``)
a DuckDB store is filled with N*3 reports in one save, then a batch of ``--batch``
new reports is saved twice from the same starting copy: once with ``save_run``
(incremental re-merge of the touched blocks) and once with a full
``remerge(store)`` instead (the old behaviour, the baseline in the same run). Both end
states are compared (``same``); wall and CPU seconds of both saves are given (the
machine may be shared: compare the CPU figures). Report texts are ~``--words``
invented words, so hashing them for duplicate detection costs what it would: the
incremental save hashes only the new reports and looks their candidates up in
the stored band keys; the full re-merge groups every stored band key.

    python bench/bench_store.py [--sizes 1000,3000,10000] [--batch 30] [--words 300]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_merge import generate  # noqa: E402

from strikewatch.models import Report, RunResult  # noqa: E402
from strikewatch.curate import EVERYTHING, save_run  # noqa: E402
from strikewatch.curate import save as save_module  # noqa: E402
from strikewatch.store import open_store  # noqa: E402

VOCAB = [f"w{i}" for i in range(5000)]


def _result(events: list, rng: random.Random, words: int) -> RunResult:
    reports = [Report(id=e.sources[0].report, text=" ".join(rng.choices(VOCAB, k=words)) + ".",
                      published=e.sources[0].published) for e in events]
    return RunResult(reports=reports, report_events=events)


def _state(store) -> tuple:
    return ([e.to_dict() for e in store.events()],
            store.query("SELECT id, duplicate_of FROM reports ORDER BY id"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,3000,10000")
    ap.add_argument("--batch", type=int, default=30, help="new reports in the timed save")
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    out: dict[str, object] = {"batch": args.batch}
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(s) for s in args.sizes.split(",")]:
            rng = random.Random(args.seed)
            events, _ = generate(n + args.batch, args.seed)
            new_reports = {f"rep{k}-{r}" for k in range(n, n + args.batch // 3 + 1) for r in range(3)}
            batch = [e for e in events if e.sources[0].report in new_reports][:args.batch]
            base = [e for e in events if e not in batch]
            path = Path(tmp) / f"s{n}.duckdb"
            t0, c0 = time.perf_counter(), time.process_time()
            with open_store(path) as store:
                save_run(store, _result(base, rng, args.words))
            first, first_cpu = time.perf_counter() - t0, time.process_time() - c0
            shutil.copy(path, Path(tmp) / "full.duckdb")
            new = _result(batch, rng, args.words)
            with open_store(path) as store:
                t0, c0 = time.perf_counter(), time.process_time()
                save_run(store, new)
                inc, inc_cpu = time.perf_counter() - t0, time.process_time() - c0
                inc_state = _state(store)
            real = save_module.remerge
            save_module.remerge = lambda store, scope, **kw: real(store, EVERYTHING, **kw)  # the old save_run
            with open_store(Path(tmp) / "full.duckdb") as store:
                t0, c0 = time.perf_counter(), time.process_time()
                save_run(store, new)
                full, full_cpu = time.perf_counter() - t0, time.process_time() - c0
                same = _state(store) == inc_state
            save_module.remerge = real
            out[str(n)] = {"report_events": len(base), "first_save_s": round(first, 2),
                           "first_save_cpu_s": round(first_cpu, 2),
                           "batch_save_incremental_s": round(inc, 2), "batch_save_full_remerge_s": round(full, 2),
                           "batch_save_incremental_cpu_s": round(inc_cpu, 2),
                           "batch_save_full_remerge_cpu_s": round(full_cpu, 2),
                           "speedup": round(full / inc, 2), "cpu_speedup": round(full_cpu / inc_cpu, 2), "same": same}
    out["load_avg_1m"] = round(os.getloadavg()[0], 2)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
