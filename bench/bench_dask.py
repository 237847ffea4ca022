"""Dask parallel efficiency of extraction; prints one JSON line.

Writes a synthetic JSONL corpus, runs ``run_dask`` on a LocalCluster with 1
worker (the baseline, same run) and with ``--workers`` workers (1 thread
each), checks that both give the same merged events, and reports
``efficiency = t1 / (workers * tN)``. Each worker loads the pipeline before
the clock starts (cluster start-up and model load are one-off costs), so the
timed part is partition reading, extraction, transfer and the client merge.

    python bench/bench_dask.py [--reports 400] [--workers 2] [--partition 25]
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from strikewatch.bench.synth import write_corpus
from strikewatch.scale.dask_run import combine, extract_reports, partitions


def timed_run(path: Path, workers: int, partition: int) -> tuple[float, list[dict]]:
    from dask.distributed import Client, LocalCluster

    from strikewatch.scale import dask_run

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as cluster, Client(cluster) as client:
        parts = partitions([path], partition)
        # warm every worker: load the pipeline once per process before timing
        client.run(lambda: dask_run._pipeline() and None)
        t0 = time.perf_counter()
        futures = [client.submit(dask_run._task, p, None, extract_reports, pure=False) for p in parts]
        result = combine(client.gather(futures))
        return time.perf_counter() - t0, [e.to_dict() for e in result.events]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=400)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partition", type=int, default=25, help="reports per partition")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        write_corpus(path, args.reports, args.seed)
        t1, ev1 = timed_run(path, 1, args.partition)
        tn, evn = timed_run(path, args.workers, args.partition)
    print(json.dumps({
        "reports": args.reports, "workers": args.workers,
        "one_worker": {"s": round(t1, 1), "reports_per_s": round(args.reports / t1, 1)},
        "n_workers": {"s": round(tn, 1), "reports_per_s": round(args.reports / tn, 1)},
        "speedup": round(t1 / tn, 3), "efficiency": round(t1 / (args.workers * tn), 3),
        "same_events": ev1 == evn, "cpus": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 2),
    }))


if __name__ == "__main__":
    main()
