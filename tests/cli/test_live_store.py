"""A live store (issue 19): ``serve`` and ``watch`` on one DuckDB file at once, in two processes,
while ``events`` and ``export`` read it from a third: no lock errors, every new report's event
seen through the API. Bounded in time: each wait has a deadline, the processes are stopped by id."""
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

SRC = str(Path(__file__).resolve().parents[2] / "src")
DROPS = [
    {"id": "live-1", "published": "2024-04-02",
     "text": "Rockets struck a market in Kirkuk, Iraq on 1 April, killing two people, police said."},
    {"id": "live-2", "published": "2024-04-04",
     "text": "Artillery shelled a village near Kharkiv, Ukraine on 3 April, wounding five people."},
    {"id": "live-3", "published": "2024-04-06",
     "text": "An air strike hit a house in Idlib, Syria on 5 April, killing four civilians, residents said."},
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(args, log):
    env = dict(os.environ, PYTHONPATH=SRC, STRIKEWATCH_LOCK_WAIT="60")
    return subprocess.Popen([sys.executable, "-m", "strikewatch", *args], stdout=log, stderr=subprocess.STDOUT,
                            env=env, start_new_session=True)


def _run(args, timeout=120):
    env = dict(os.environ, PYTHONPATH=SRC, STRIKEWATCH_LOCK_WAIT="60")
    return subprocess.run([sys.executable, "-m", "strikewatch", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


def _stop(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def _reports(base):
    events = httpx.get(f"{base}/api/events", params={"limit": 1000}, timeout=10).json()["events"]
    return {s["report"] for e in events for s in e["sources"]}


@pytest.mark.issue(19)
@pytest.mark.slow
def test_serve_and_watch_share_one_duckdb_store(tmp_path):
    db, drops = str(tmp_path / "live.duckdb"), tmp_path / "drops.jsonl"
    drops.write_text("", encoding="utf-8")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(tmp_path / "procs.log", "w")
    serve = _start(["serve", "--db", db, "--port", str(port)], log)
    watch = None
    try:
        deadline = time.monotonic() + 60
        while True:  # serve is up (it created and migrated the store)
            try:
                if httpx.get(f"{base}/api/events", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and serve.poll() is None, (tmp_path / "procs.log").read_text()
            time.sleep(0.2)
        watch = _start(["watch", str(drops), "--db", db, "--interval", "0.3"], log)
        for n, record in enumerate(DROPS, 1):
            with drops.open("a", encoding="utf-8") as f:
                f.write(json.dumps(record) + "\n")
            deadline = time.monotonic() + 120  # the first includes loading the pipeline
            while record["id"] not in (seen := _reports(base)):
                assert time.monotonic() < deadline and watch.poll() is None, (tmp_path / "procs.log").read_text()
                time.sleep(0.3)
            assert seen == {d["id"] for d in DROPS[:n]}
            # other commands read the same file meanwhile
            listed = _run(["events", "--db", db, "--json"])
            assert listed.returncode == 0, listed.stderr
            assert record["id"] in {s["report"] for line in listed.stdout.splitlines()
                                    for s in json.loads(line)["sources"]}
            out = tmp_path / f"export-{n}.jsonl"
            exported = _run(["export", "--db", db, "--format", "jsonl", "-o", str(out)])
            assert exported.returncode == 0, exported.stderr
            assert len(out.read_text(encoding="utf-8").splitlines()) == n
        assert serve.poll() is None and watch.poll() is None
    finally:
        if watch is not None:
            _stop(watch)
        _stop(serve)
        log.close()
    text = (tmp_path / "procs.log").read_text()
    assert "lock" not in text.lower() and "Traceback" not in text, text
