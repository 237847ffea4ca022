import csv
import json

import pyarrow.parquet as pq
import pytest

from strikewatch.errors import ExportError
from strikewatch.export import export_events
from strikewatch.models import Event, Evidence, Fatalities, Location, Source, Target


def _events():
    a = Event(id="ev-a", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
              date="2024-03-12", date_precision="day",
              location=Location("Raqqa", "Syria", "Raqqa", 35.95, 39.01, "near", 163915),
              actor1="Coalition", actor2="=HYPERLINK(\"x\")", strikes=5,
              targets=[Target("weapons cache", 2)], fatalities=Fatalities(3, 3, 5),
              sources=[Source("r1", {"strikes": [Evidence("r1", 10, 14, "five")]}, "Outlet A")])
    b = Event(id="ev-b", event_type="Protests", sub_event_type="Peaceful protest", date="2024-01",
              date_precision="month", location=None)
    return [a, b]


def test_csv_has_acled_columns_and_neutralised_formulas(tmp_path):
    path = export_events(_events(), tmp_path / "e.csv", "csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert rows[0]["event_id_cnty"] == "ev-a" and rows[0]["latitude"] == "35.95"
    assert rows[0]["geo_precision"] == "1" and rows[0]["time_precision"] == "1"
    assert rows[0]["actor2"].startswith("'=")
    assert rows[0]["targets"] == "2 weapons cache" and rows[0]["fatalities"] == "3"
    assert rows[1]["event_date"] == "2024-01-01" and rows[1]["time_precision"] == "3"


def test_geojson_is_rfc7946(tmp_path):
    path = export_events(_events(), tmp_path / "e.geojson", "geojson")
    fc = json.loads(path.read_text())
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    a, b = fc["features"]
    assert a["geometry"] == {"type": "Point", "coordinates": [39.01, 35.95]}
    assert b["geometry"] is None
    assert a["properties"]["sources"][0]["evidence"]["strikes"][0]["text"] == "five"


def test_json_jsonl_parquet_round_trip(tmp_path):
    events = _events()
    data = json.loads(export_events(events, tmp_path / "e.json", "json").read_text())
    assert [Event.from_dict(d).to_dict() for d in data] == [e.to_dict() for e in events]
    lines = export_events(events, tmp_path / "e.jsonl", "jsonl").read_text().splitlines()
    assert len(lines) == 2
    table = pq.read_table(export_events(events, tmp_path / "e.parquet", "parquet"))
    assert table.num_rows == 2 and table.column("strikes").to_pylist() == [5, None]


def test_unknown_format_and_no_partial_file(tmp_path):
    with pytest.raises(ExportError):
        export_events(_events(), tmp_path / "e.xml", "xml")
    assert not list(tmp_path.iterdir())
