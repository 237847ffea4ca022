import pytest


def test_stats_counts(client):
    stats = client.get("/api/stats").json()
    assert stats["events"] == 4
    assert stats["per_day"] == [
        {"key": "2024-04-01", "events": 1, "strikes": 0, "fatalities": 2},
        {"key": "2024-04-05", "events": 1, "strikes": 0, "fatalities": 3},
        {"key": "2024-04-09", "events": 1, "strikes": 0, "fatalities": 5},
        {"key": "2024-04-12", "events": 1, "strikes": 0, "fatalities": 0}]
    assert {r["key"]: r["events"] for r in stats["per_type"]} == {
        "Armed clash": 1, "Peaceful protest": 1, "Shelling/artillery/missile attack": 2}
    assert [r["key"] for r in stats["per_country"]] == ["Iraq", "Somalia", "Sudan", "Ukraine"]


def test_stats_follow_filters(client):
    stats = client.get("/api/stats", params={"country": "Iraq"}).json()
    assert stats["events"] == 1 and [r["key"] for r in stats["per_actor"]] == ["Unidentified Armed Group"]
    assert client.get("/api/stats", params={"since": "2024-05-01"}).json()["events"] == 0


def test_taxonomy_lists_sub_event_types(client):
    tax = client.get("/api/stats/taxonomy").json()
    assert "Air/drone strike" in tax["Explosions/Remote violence"] and len(tax) == 6


@pytest.mark.issue(20)
def test_api_taxonomy_is_the_one_list_of_types(client):
    """``GET /api/taxonomy``: every type with its colour key and sub-types, in ACLED's order."""
    from strikewatch.events.taxonomy import EventType, SubEventType

    tax = client.get("/api/taxonomy").json()
    assert [t["event_type"] for t in tax] == [str(t) for t in EventType]
    assert [t["key"] for t in tax] == ["battles", "explosions", "vac", "protests", "riots", "strategic"]
    assert tax[1]["sub_event_types"] == ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                         "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"]
    assert sorted(s for t in tax for s in t["sub_event_types"]) == sorted(str(s) for s in SubEventType)
    assert client.get("/api/stats/taxonomy").json() == {t["event_type"]: t["sub_event_types"] for t in tax}
