"""A live store (issue 19): a DuckDB file another process holds is waited for, within bounds."""
import subprocess
import sys
import time

import pytest
from fastapi.testclient import TestClient

from strikewatch.api.app import create_app
from strikewatch.errors import StoreBusy
from strikewatch.store import open_store
from strikewatch.store.live import Opener, open_store_when_free

pytestmark = pytest.mark.issue(19)
HOLD = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(float(sys.argv[2]))"


def _hold(path, seconds):
    """Another process holding the file for ``seconds`` (returns once it holds it)."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "s.duckdb"
    open_store(p).close()
    return p


def test_a_held_store_is_waited_for_then_opened(path):
    holder = _hold(path, 1.0)
    try:
        started = time.monotonic()
        with open_store_when_free(path, read_only=True, wait=30) as store:
            assert store.count() == 0
        assert time.monotonic() - started > 0.3  # it did wait
    finally:
        holder.wait(10)


def test_a_store_held_too_long_is_a_clear_error_in_bounded_time(path):
    holder = _hold(path, 20)
    try:
        started = time.monotonic()
        with pytest.raises(StoreBusy, match="stayed in use by another process for 0.5 s"):
            open_store_when_free(path, wait=0.5)
        assert time.monotonic() - started < 3
    finally:
        holder.kill()
        holder.wait(10)


def test_the_api_answers_503_while_another_process_writes_then_serves_again(path):
    app = create_app(path)
    app.state.api.opener.wait = 0.3
    with TestClient(app) as client:
        assert client.get("/api/events").status_code == 200
        holder = _hold(path, 20)
        try:
            busy = client.get("/api/events")
            assert busy.status_code == 503 and busy.headers["retry-after"] == "1"
            assert busy.json()["status"] == 503 and busy.headers["x-content-type-options"] == "nosniff"
        finally:
            holder.kill()
            holder.wait(10)
        assert client.get("/api/events").status_code == 200


def test_what_is_opened_per_operation(path):
    assert Opener(path).per_operation
    memory = Opener(":memory:")
    assert not memory.per_operation
    with memory.session() as a, memory.session() as b:
        assert a is b  # one private store, held
    memory.close()
    with open_store(path) as given:
        opener = Opener(given)
        with opener.session() as s:
            assert s is given
        opener.close()  # not its store: left open
        assert given.count() == 0
