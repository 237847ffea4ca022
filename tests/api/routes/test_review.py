import pytest

from strikewatch.curate import remerge
from strikewatch.store import open_store

KIRKUK, KHARKIV = "ev-8c61e4d3b22a", "ev-f9e48a621c42"


@pytest.mark.parametrize("path,body", [
    (f"/api/events/{KIRKUK}/confirm", None),
    (f"/api/events/{KIRKUK}/reject", None),
    (f"/api/events/{KIRKUK}/edit", {"field": "actor1", "value": "X"}),
    (f"/api/events/{KIRKUK}/split", {"report": "r2"}),
    ("/api/events/merge", {"ids": [KIRKUK, KHARKIV]}),
])
def test_every_change_needs_the_token(client, path, body):
    missing = client.post(path, json=body)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = client.post(path, json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    not_bearer = client.post(path, json=body, headers={"Authorization": "Basic dGVzdA=="})
    assert not_bearer.status_code == 401
    assert client.get(f"/api/events/{KIRKUK}").json()["reviews"] == []  # nothing changed


def test_review_is_off_without_a_configured_token(store_path):
    from fastapi.testclient import TestClient

    from strikewatch.api.app import create_app

    with TestClient(create_app(store_path)) as c:
        res = c.post(f"/api/events/{KIRKUK}/confirm", headers={"Authorization": "Bearer anything"})
        assert res.status_code == 403 and "disabled" in res.json()["error"]


def test_edit_is_audited_and_survives_a_remerge(client, auth, store_path):
    res = client.post(f"/api/events/{KIRKUK}/edit", headers=auth,
                      json={"field": "fatalities", "value": 4, "comment": "the later report is right"})
    assert res.status_code == 200
    ev = res.json()
    assert ev["fatalities"] == {"best": 4, "low": 4, "high": 4} and ev["status"] == "edited"
    assert ev["disputed"] == [] and ev["field_confidence"]["fatalities"] == 1.0
    (entry,) = ev["reviews"]
    assert (entry["action"], entry["field"], entry["reviewer"], entry["comment"]) == (
        "edit", "fatalities", "Ana Analyst", "the later report is right")
    assert entry["before"] == {"best": 2, "low": 2, "high": 2} and entry["after"]["best"] == 4
    client.close()
    with open_store(store_path) as store:  # the machine runs again over the same store
        remerge(store)
    from fastapi.testclient import TestClient

    from strikewatch.api.app import create_app

    with TestClient(create_app(store_path)) as again:
        ev = again.get(f"/api/events/{KIRKUK}").json()
        assert ev["fatalities"]["best"] == 4 and ev["status"] == "edited" and len(ev["reviews"]) == 1


def test_sub_event_type_edit_sets_the_event_type(client, auth):
    ev = client.post(f"/api/events/{KIRKUK}/edit", headers=auth,
                     json={"field": "sub_event_type", "value": "Air/drone strike"}).json()
    assert (ev["event_type"], ev["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert [r["field"] for r in ev["reviews"]] == ["event_type", "sub_event_type"]
    assert client.get("/api/events", params={"sub_event_type": "Air/drone strike"}).json()["total"] == 1


def test_location_edit_moves_the_event(client, auth):
    loc = {"name": "Tuz Khurmatu", "country": "Iraq", "admin1": "Salah al-Din", "lat": 34.88, "lon": 44.63}
    ev = client.post(f"/api/events/{KIRKUK}/edit", headers=auth, json={"field": "location", "value": loc}).json()
    assert ev["location"]["name"] == "Tuz Khurmatu"
    assert client.get("/api/events", params={"admin1": "Salah al-Din"}).json()["total"] == 1


@pytest.mark.parametrize("body", [
    {"field": "date", "value": "tomorrow"}, {"field": "strikes", "value": -3}, {"field": "id", "value": "x"},
    {"field": "sub_event_type", "value": "Picnic"}, {"field": "event_type", "value": "Picnic"},
    {"field": "location", "value": {"name": "X", "lat": 100, "lon": 0}}, {"value": 3},
    {"field": "actor1", "value": "X", "extra": 1},
])
def test_bad_edits_are_422(client, auth, body):
    res = client.post(f"/api/events/{KIRKUK}/edit", headers=auth, json=body)
    assert res.status_code == 422 and res.json()["ok"] is False


def test_confirm_reject_and_status(client, auth):
    ev = client.post(f"/api/events/{KHARKIV}/confirm", headers=auth).json()
    assert ev["status"] == "confirmed" and ev["reviews"][0]["after"] == "confirmed"
    ev = client.post(f"/api/events/{KHARKIV}/reject", headers=auth, json={"comment": "duplicate"}).json()
    assert ev["status"] == "rejected" and [r["action"] for r in ev["reviews"]] == ["confirm", "reject"]
    assert client.post("/api/events/ev-nope/confirm", headers=auth).status_code == 404


def test_split_and_merge(client, auth):
    res = client.post(f"/api/events/{KIRKUK}/split", headers=auth, json={"report": "r2"})
    assert res.status_code == 200
    kept, split = res.json()["kept"], res.json()["split"]
    assert (kept["members"], split["members"]) == (["r1#0"], ["r2#0"])
    assert client.get("/api/events").json()["total"] == 5
    res = client.post("/api/events/merge", headers=auth, json={"ids": [kept["id"], split["id"]]})
    assert res.status_code == 200 and res.json()["members"] == ["r1#0", "r2#0"]
    assert client.get("/api/events").json()["total"] == 4
    assert [r["action"] for r in res.json()["reviews"]] == ["split", "merge"]
    bad = client.post(f"/api/events/{KHARKIV}/split", headers=auth, json={"report": "r3"})
    assert bad.status_code == 422 and "no other source" in bad.json()["error"]
    assert client.post("/api/events/merge", headers=auth, json={"ids": [KHARKIV, "ev-nope"]}).status_code == 404


def test_bad_reviewer_header_is_422(client, auth):
    res = client.post(f"/api/events/{KIRKUK}/confirm", headers=auth | {"X-Reviewer": "<b>x</b>"})
    assert res.status_code == 422


@pytest.mark.issue(19)
@pytest.mark.parametrize("field", ["sub_event_type", "event_type"])
@pytest.mark.parametrize("value", [{"country": None, "lon": None}, ["Armed clash"], 3, True, None])
def test_a_type_edit_that_is_not_a_text_is_422_not_500(client, auth, field, value):
    """Found by schemathesis: a dict or list value was looked up in the taxonomy (unhashable: 500)."""
    res = client.post(f"/api/events/{KIRKUK}/edit", headers=auth, json={"field": field, "value": value})
    assert res.status_code == 422, res.text
    assert res.json()["error"] in (f"{field} must be a text, not {type(value).__name__}", f"{field} cannot be empty")
    assert client.get(f"/api/events/{KIRKUK}").json()["reviews"] == []  # nothing was recorded


@pytest.mark.issue(19)
def test_a_body_that_is_not_json_is_a_documented_400(client, auth):
    """Schemathesis: FastAPI answers an unparsable body 400; the spec now lists it for every review action."""
    res = client.post(f"/api/events/{KIRKUK}/edit", headers={**auth, "Content-Type": "application/json"},
                      content=b"\xff{not json")
    assert res.status_code == 400 and res.json() == {
        "ok": False, "error": "There was an error parsing the body",
        "errors": ["There was an error parsing the body"], "status": 400}
    paths = client.get("/openapi.json").json()["paths"]
    posts = [p for p, ops in paths.items() if "post" in ops]
    assert len(posts) == 5 and all("400" in paths[p]["post"]["responses"] for p in posts)
