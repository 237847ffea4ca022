"""A request body over the limit is refused with 413 before it is read (issue 19)."""
import pytest

from strikewatch.api.limits import MAX_BODY_BYTES

SHAPE = {"ok", "error", "errors", "status"}
pytestmark = pytest.mark.issue(19)


def _check_413(res):
    body = res.json()
    assert res.status_code == 413 and set(body) == SHAPE and body["status"] == 413
    assert body["error"] == f"request body over {MAX_BODY_BYTES:,} bytes"
    assert res.headers["x-content-type-options"] == "nosniff" and "content-security-policy" in res.headers


def test_a_declared_length_over_the_limit_is_refused_unread(client):
    _check_413(client.post("/api/events/nope/confirm", content=b"x" * (MAX_BODY_BYTES + 1),
                           headers={"Content-Type": "application/json"}))
    _check_413(client.post("/api/events/merge", content=b"{}", headers={"Content-Length": "not-a-number"}))


def test_a_streamed_body_is_cut_off_at_the_limit(client):
    def chunks():
        for _ in range(64):
            yield b"y" * 65_536  # 4 MB in all, never announced

    _check_413(client.post("/api/events/merge", content=chunks(), headers={"Content-Type": "application/json"}))


def test_small_bodies_go_on_to_the_token_check(client):
    res = client.post("/api/events/nope/confirm", json={"comment": "ok"})
    assert res.status_code == 401 and res.json()["status"] == 401
    streamed = client.post("/api/events/nope/confirm", content=iter([b'{"comment": ', b'"ok"}']),
                           headers={"Content-Type": "application/json", "Authorization": "Bearer wrong"})
    assert streamed.status_code == 403
