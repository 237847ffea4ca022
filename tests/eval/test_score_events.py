import json

from strikewatch.eval.score_events import haversine_km, score_events, score_files

GOLD = [
    {"id": "G1", "required": True, "sources": ["a", "b"], "event_type": "Explosions/Remote violence",
     "sub_event_type": "Air/drone strike", "date": "2024-03-12", "date_precision": "day",
     "location": {"name": "Raqqa", "country": "Syria", "lat": 35.95, "lon": 39.01, "tolerance_km": 30},
     "actor1": ["Coalition", "US-led coalition"], "actor2": ["Islamic State", "ISIS"], "strikes": 5,
     "targets": [{"type": "weapons caches", "count": 2}], "fatalities": None,
     "disputed": [{"field": "target", "values": ["x", "y"]}]},
    {"id": "G2", "required": True, "sources": ["a"], "event_type": "Violence against civilians",
     "sub_event_type": "Attack", "date": "2024-03-10", "date_precision": "day",
     "location": {"name": "north", "country": "Syria", "lat": None, "lon": None, "tolerance_km": None},
     "actor1": [], "actor2": ["Civilians"], "strikes": None, "targets": [], "fatalities": 4, "disputed": []},
    {"id": "G3", "required": False, "sources": ["a"], "event_type": "Battles", "sub_event_type": "Armed clash",
     "date": "2024-03", "date_precision": "month",
     "location": {"name": "Syria", "country": "Syria", "lat": 35.0, "lon": 38.0, "tolerance_km": None},
     "actor1": [], "actor2": [], "strikes": None, "targets": [], "fatalities": None, "disputed": []},
]


def _pred(id, **kw):
    base = {"id": id, "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
            "date": "2024-03-12", "location": {"name": "Raqqa", "country": "Syria", "lat": 35.9, "lon": 39.1},
            "actor1": "US-led coalition", "actor2": "ISIS", "strikes": 5,
            "targets": [{"type": "weapons cache", "count": 2}], "fatalities": None,
            "sources": [{"report": "a"}, {"report": "b"}], "disputed": [{"field": "targets"}]}
    base.update(kw)
    return base


def test_perfect_match_and_optional_events_do_not_count():
    pred = [
        _pred("p1"),
        _pred("p2", event_type="Violence against civilians", sub_event_type="Attack", date="2024-03-10",
              location={"name": "northern Syria", "country": "Syria", "lat": 36.5, "lon": 38.0},
              actor1=None, actor2="civilians", strikes=None, targets=[], fatalities={"best": 4},
              sources=[{"report": "a"}], disputed=[]),
        _pred("p3", event_type="Battles", sub_event_type="Armed clash", date="2024-03",
              location={"name": "Syria", "country": "Syria", "lat": 35.0, "lon": 38.0}, strikes=None,
              targets=[], sources=[{"report": "a"}], disputed=[]),
    ]
    s = score_events(GOLD, pred)
    assert (s["gold_required"], s["predicted"], s["matched"]) == (2, 2, 2)
    assert s["precision"] == 1.0 and s["recall"] == 1.0
    assert all(v["correct"] == 2 for v in s["fields"].values()), s["fields"]


def test_wrong_fields_missing_and_spurious_events():
    pred = [_pred("p1", strikes=4, location={"name": "Aleppo", "country": "Syria", "lat": 36.2, "lon": 37.15},
                  sources=[{"report": "a"}]),
            _pred("p9", date="2024-01-01", sub_event_type="Armed clash", event_type="Battles",
                  location={"name": "Kabul", "country": "Afghanistan", "lat": 34.5, "lon": 69.2})]
    s = score_events(GOLD, pred)
    assert s["matched"] == 1 and s["spurious"] == ["p9"]
    assert s["fields"]["strikes"]["correct"] == 0 and s["fields"]["location"]["correct"] == 0
    assert s["fields"]["sources"]["correct"] == 0 and s["fields"]["date"]["correct"] == 1
    wrong = {d["gold"]: d["wrong"] for d in s["details"]}
    assert wrong["G2"] == ["missing"]
    assert set(wrong["G1"]) == {"location", "strikes", "sources"}
    assert s["precision"] == 0.5 and s["recall"] == 0.5


def test_haversine_and_files(tmp_path):
    assert abs(haversine_km(0, 0, 0, 1) - 111.2) < 0.2
    (tmp_path / "g.jsonl").write_text("".join(json.dumps(g) + "\n" for g in GOLD))
    (tmp_path / "p.jsonl").write_text(json.dumps(_pred("p1")) + "\n")
    s = score_files(tmp_path / "p.jsonl", tmp_path / "g.jsonl")
    assert s["matched"] == 1 and s["recall"] == 0.5


def test_actor_names_match_acled_style_containment():
    from strikewatch.eval.score_events import _actor_ok

    assert _actor_ok(["United Kingdom", "RAF"], "Military Forces of the United Kingdom")
    assert _actor_ok(["Islamic State", "IS"], "the Islamic State")
    assert not _actor_ok(["IS"], "Military Forces of Israel")  # short names only match exactly
    assert not _actor_ok(["Civilians"], None) and _actor_ok([], None)


def test_civilians_in_range_and_attribution_scored_where_gold_gives_them():
    gold = [dict(GOLD[0], civilian_fatalities={"low": 11, "high": 30}, attribution="alleged"),
            dict(GOLD[1], civilian_fatalities=None, attribution="unattributed")]
    pred = [_pred("p1", civilian_fatalities={"best": 11, "low": 11, "high": 30}, attribution="alleged"),
            _pred("p2", event_type="Violence against civilians", sub_event_type="Attack", date="2024-03-10",
                  location={"name": "north", "country": "Syria", "lat": 36.5, "lon": 38.0},
                  civilian_fatalities={"best": 41, "low": 41, "high": None}, attribution="confirmed",
                  sources=[{"report": "a"}])]
    s = score_events(gold, pred)
    assert s["fields"]["civilian_fatalities"] == {"correct": 1, "accuracy": 0.5, "of": 2}
    assert s["fields"]["attribution"] == {"correct": 1, "accuracy": 0.5, "of": 2}
    assert s["events_per_gold_event"] == 1.0
    assert "civilian_fatalities" not in score_events(GOLD, pred)["fields"]  # gold without the keys
