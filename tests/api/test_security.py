"""API limits (issue 19): the Host allow-list, security headers on every error (500 too),
the body limit before the token check, and `serve` reading its tokens from files or env."""
import pytest
import uvicorn
from click.testing import CliRunner
from fastapi.testclient import TestClient

from strikewatch.api.app import create_app
from strikewatch.api.security import allowed_hosts, host_name
from strikewatch.cli import main

pytestmark = pytest.mark.issue(19)
SHAPE = {"ok", "error", "errors", "status"}


def _secured(res, status):
    assert res.status_code == status and set(res.json()) == SHAPE and res.json()["status"] == status
    assert res.headers["x-content-type-options"] == "nosniff" and res.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in res.headers["content-security-policy"]
    return res.json()


def test_host_names_and_the_default_allow_list():
    assert [host_name(h) for h in ("LocalHost:8000", "[::1]:8000", "::1", "127.0.0.1")] == [
        "localhost", "::1", "::1", "127.0.0.1"]
    assert allowed_hosts("127.0.0.1") == ["localhost", "127.0.0.1", "::1"]
    assert allowed_hosts("0.0.0.0", ["Events.Example.org"]) == ["localhost", "127.0.0.1", "::1", "events.example.org"]
    assert allowed_hosts("10.1.2.3") == ["localhost", "127.0.0.1", "::1", "10.1.2.3"]


def test_a_host_not_allowed_is_refused_before_anything_else(store_path):
    app = create_app(store_path, token="t", allowed_hosts=allowed_hosts("127.0.0.1", ["events.example.org"]))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/events").status_code == 200
        for host in ("localhost:8000", "[::1]:8000", "events.example.org"):
            assert client.get("/api/stats", headers={"Host": host}).status_code == 200, host
        for host in ("evil.example", "127.0.0.1.evil.example", "", "events.example.org.evil"):
            body = _secured(client.get("/api/events", headers={"Host": host}), 400)
            assert "is not served here" in body["error"]
        # refused before the body limit and the token check
        _secured(client.post("/api/events/merge", content=b"x" * 2_000_000, headers={"Host": "evil.example"}), 400)
    with TestClient(create_app(store_path, allowed_hosts=["*"])) as client:
        assert client.get("/api/events", headers={"Host": "anything.example"}).status_code == 200


def test_every_error_has_the_security_headers(store_path, monkeypatch):
    from strikewatch.store.sql import SQLStore

    with TestClient(create_app(store_path, token="t"), raise_server_exceptions=False) as client:
        _secured(client.get("/api/nothing-here"), 404)
        _secured(client.get("/api/events", params={"limit": 0}), 422)
        _secured(client.post("/api/events/x/confirm"), 401)
        _secured(client.post("/api/events/merge", content=b"x" * 2_000_000), 413)  # before the token check

        def broken(self, *args, **kwargs):
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(SQLStore, "stats", broken)
        body = _secured(client.get("/api/stats"), 500)
        assert body["error"] == "internal server error"  # nothing of the exception leaks


def test_serve_reads_its_tokens_from_files_and_allows_its_hosts(store_path, tmp_path, monkeypatch):
    started = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.update(app=app, **kw))
    (tmp_path / "token").write_text("file-token-1\n", encoding="utf-8")
    (tmp_path / "read").write_text("read-token-2", encoding="utf-8")
    res = CliRunner().invoke(main, ["serve", "--db", str(store_path), "--token-file", str(tmp_path / "token"),
                                    "--read-token-file", str(tmp_path / "read"), "--allowed-host", "ev.example"])
    assert res.exit_code == 0, res.output
    assert "visible to other users" not in res.output and started["host"] == "127.0.0.1"
    with TestClient(started["app"], base_url="http://ev.example") as client:
        assert client.get("/api/events").status_code == 401
        assert client.get("/api/events", headers={"Authorization": "Bearer read-token-2"}).status_code == 200
        confirm = client.post("/api/events/nope/confirm", headers={"Authorization": "Bearer file-token-1"})
        assert confirm.status_code == 404  # the token from the file is the review token
        assert client.get("/api/events", headers={"Host": "testserver"}).status_code == 400
    # the old flag still works, with a note; so does the env variable
    res = CliRunner().invoke(main, ["serve", "--db", str(store_path), "--token", "cli-token"])
    assert res.exit_code == 0 and "visible to other users" in res.output
    assert started["app"].state.api.token == "cli-token"
    res = CliRunner().invoke(main, ["serve", "--db", str(store_path)], env={"STRIKEWATCH_TOKEN": "env-token"})
    assert res.exit_code == 0 and "visible to other users" not in res.output
    assert started["app"].state.api.token == "env-token"
    (tmp_path / "empty").write_text("  \n", encoding="utf-8")
    res = CliRunner().invoke(main, ["serve", "--db", str(store_path), "--token-file", str(tmp_path / "empty")])
    assert res.exit_code == 2 and "must hold one token" in res.output
