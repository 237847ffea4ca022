import pytest
from fastapi.testclient import TestClient

from strikewatch.api.app import create_app
from strikewatch.monitor.sources import FolderSource
from strikewatch.monitor.watch import Watcher
from strikewatch.store import open_store


def test_api_lists_changes(tmp_path, process, merger):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Aircraft struck Mosul 2 times on 2016-10-09, killing 3 people.\n")
    store = open_store(tmp_path / "api.duckdb")
    w = Watcher(store, [FolderSource(folder, settle=0)], process, merge=merger)
    w.cycle()
    (folder / "b.txt").write_text("Aircraft struck Mosul on 2016-10-09, killing 4 people.\n")
    w.cycle()
    client = TestClient(create_app(store))
    body = client.get("/api/changes", params={"since": "2016-10-01"}).json()
    assert [(c["seq"], c["kind"], c["field"]) for c in body] == [
        (1, "event_created", None), (2, "source_added", None), (3, "field_changed", "fatalities"),
        (4, "dispute_raised", "fatalities")]
    assert body[1]["report"] == "b" and body[2]["old"]["best"] == 3 and body[2]["new"]["best"] == 4
    assert [c["seq"] for c in client.get("/api/changes", params={"after": 2, "limit": 1}).json()] == [3]
    assert client.get("/api/changes", params={"since": "2999-01-01T00:00:00Z"}).json() == []
    assert client.get("/api/changes", params={"limit": 0}).status_code == 422
    store.close()


@pytest.mark.issue(19)
def test_every_bad_since_is_a_clean_4xx(tmp_path):
    store = open_store(tmp_path / "empty.duckdb")
    client = TestClient(create_app(store))
    for since in ("0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2024-13-01", "yesterday",
                  "2024-01-01T25:00", "1" * 500, "2024-01-01T00:00:00+99:00"):
        res = client.get("/api/changes", params={"since": since})
        body = res.json()
        assert res.status_code == 422 and body["ok"] is False and body["status"] == 422, (since, body)
    assert client.get("/api/changes", params={"since": "0001-01-01T00:00:00"}).json() == []
    store.close()
