"""Every error, whatever its status, has one shape; hostile input is refused or bound, never run."""
import pytest
from fastapi.testclient import TestClient

from strikewatch.api.app import create_app

SHAPE = {"ok", "error", "errors", "status"}


def _check(res, status):
    body = res.json()
    assert res.status_code == status and set(body) == SHAPE
    assert body["ok"] is False and body["status"] == status and isinstance(body["error"], str)
    assert body["errors"] and all(isinstance(e, str) for e in body["errors"])
    return body


@pytest.mark.parametrize("params", [
    {"limit": 1001}, {"limit": 0}, {"offset": -1}, {"since": "yesterday"}, {"since": "2024-05-01", "until": "2024-04-01"},
    {"bbox": "1,2,3"}, {"bbox": "0,95,1,96"}, {"bbox": "a,b,c,d"}, {"sort": "lat; DROP TABLE events"},
    {"order": "sideways"}, {"min_confidence": 2}, {"disputed": "maybe"}, {"format": "xml"}, {"status": "deleted"},
    {"q": "x" * 201},
])
def test_bad_parameters_are_422(client, params):
    body = _check(client.get("/api/events", params=params), 422)
    assert body["error"] == body["errors"][0]
    assert client.get("/api/events").json()["total"] == 4  # nothing dropped


def test_validation_error_names_the_parameter(client):
    body = _check(client.get("/api/events", params={"limit": 5000}), 422)
    assert body["error"] == "query.limit: Input should be less than or equal to 1000"


def test_404_401_403_405_shapes(client):
    _check(client.get("/api/events/nope"), 404)
    _check(client.get("/no/such/page"), 404)
    _check(client.post("/api/events/nope/confirm"), 401)
    _check(client.post("/api/events/nope/confirm", headers={"Authorization": "Bearer wrong"}), 403)
    _check(client.delete("/api/events"), 405)


def test_500_shape(store_path, monkeypatch):
    from strikewatch.store import SQLStore

    def boom(self, flt=None):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(SQLStore, "stats", boom)
    with TestClient(create_app(store_path), raise_server_exceptions=False) as c:
        body = _check(c.get("/api/stats"), 500)
        assert "disk on fire" not in body["error"]


def test_read_token_guards_reads(store_path):
    with TestClient(create_app(store_path, token="w", read_token="r")) as c:
        _check(c.get("/api/events"), 401)
        _check(c.get("/api/events", headers={"Authorization": "Bearer x"}), 403)
        assert c.get("/api/events", headers={"Authorization": "Bearer r"}).status_code == 200
        assert c.get("/api/reports/r1", headers={"Authorization": "Bearer w"}).status_code == 200
        _check(c.get("/api/stats"), 401)
        assert c.get("/").status_code == 200  # the page itself holds no data


def test_html_has_csp_and_report_text_is_data(client):
    page = client.get("/")
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "<script>window.__pwned" not in page.text
    rep = client.get("/api/reports/r4")
    assert rep.headers["content-type"] == "application/json"
    assert "<script>window.__pwned=1</script>" in rep.json()["text"]  # returned as JSON data, verbatim


def test_openapi_spec_is_served_offline(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/reports/{report_id}", "/api/stats",
            "/api/events/merge", "/api/events/{event_id}/edit"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 404
