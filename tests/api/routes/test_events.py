import csv
import io

import pytest

IDS = {"kirkuk": "ev-8c61e4d3b22a", "kharkiv": "ev-f9e48a621c42", "mogadishu": "ev-4426258ce7ff",
       "khartoum": "ev-4467fa36e2a1"}


def _ids(client, **params):
    body = client.get("/api/events", params=params).json()
    return [e["id"] for e in body["events"]]


def test_list_shape_and_default_sort(client):
    body = client.get("/api/events").json()
    assert (body["total"], body["limit"], body["offset"]) == (4, 100, 0)
    assert [e["id"] for e in body["events"]] == [IDS[k] for k in ("kirkuk", "kharkiv", "mogadishu", "khartoum")]
    first = body["events"][0]
    assert first["status"] == "machine" and sorted(first["members"]) == ["r1#0", "r2#0"]
    assert first["sources"][0]["evidence"]["location"] == [{"start": 15, "end": 21, "text": "Kirkuk"}]


@pytest.mark.parametrize("params,expected", [
    ({"since": "2024-04-05"}, ["kharkiv", "mogadishu", "khartoum"]),
    ({"until": "2024-04-05"}, ["kirkuk", "kharkiv"]),
    ({"since": "2024-04-02", "until": "2024-04-09"}, ["kharkiv", "mogadishu"]),
    ({"bbox": "40,0,50,40"}, ["kirkuk", "mogadishu"]),
    ({"country": "ukraine"}, ["kharkiv"]),
    ({"admin1": "Banaadir"}, ["mogadishu"]),
    ({"event_type": "Protests"}, ["khartoum"]),
    ({"sub_event_type": "Armed clash"}, ["mogadishu"]),
    ({"actor": "russia"}, ["kharkiv"]),
    ({"disputed": "true"}, ["kirkuk"]),
    ({"disputed": "false"}, ["kharkiv", "mogadishu", "khartoum"]),
    ({"min_confidence": 0.58}, ["kirkuk"]),
    ({"q": "marched"}, ["khartoum"]),
    ({"q": "market"}, []),  # only evidence text is searched, not the whole report
    ({"country": "Iraq' OR '1'='1"}, []),
    ({"actor": "%"}, []),
    ({"sort": "fatalities", "order": "desc"}, ["mogadishu", "kharkiv", "kirkuk", "khartoum"]),
    ({"sort": "country"}, ["kirkuk", "mogadishu", "khartoum", "kharkiv"]),
])
def test_filters_and_sorting(client, params, expected):
    assert _ids(client, **params) == [IDS[k] for k in expected]


def test_pagination(client):
    page = client.get("/api/events", params={"limit": 2, "offset": 1}).json()
    assert (page["total"], page["limit"], page["offset"]) == (4, 2, 1)
    assert [e["id"] for e in page["events"]] == [IDS["kharkiv"], IDS["mogadishu"]]
    last = client.get("/api/events", params={"limit": 2, "offset": 4}).json()
    assert last["total"] == 4 and last["events"] == []
    assert client.get("/api/events", params={"limit": 1000}).status_code == 200


def test_csv_and_geojson_formats(client):
    res = client.get("/api/events", params={"format": "csv", "country": "Somalia"})
    assert res.headers["content-type"].startswith("text/csv")
    (row,) = list(csv.DictReader(io.StringIO(res.text)))
    assert (row["event_id_cnty"], row["location"], row["fatalities"], row["latitude"]) == (
        IDS["mogadishu"], "Mogadishu", "5", "2.04")
    geo = client.get("/api/events", params={"format": "geojson", "limit": 2}).json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2
    assert geo["features"][0]["geometry"] == {"type": "Point", "coordinates": [44.39, 35.47]}


def test_event_detail_has_evidence_and_history(client):
    ev = client.get(f"/api/events/{IDS['kirkuk']}").json()
    assert ev["reviews"] == [] and ev["status"] == "machine"
    assert [s["report"] for s in ev["sources"]] == ["r1", "r2"]
    assert ev["sources"][1]["evidence"]["fatalities"] == [{"start": 0, "end": 16, "text": "Four people died"}]
    assert ev["disputed"][0]["field"] == "fatalities"


def test_rejected_events_are_hidden_unless_asked(client, auth):
    client.post(f"/api/events/{IDS['kharkiv']}/reject", headers=auth)
    assert IDS["kharkiv"] not in _ids(client)
    assert _ids(client, status="rejected") == [IDS["kharkiv"]]
    assert len(_ids(client, status="all")) == 4
