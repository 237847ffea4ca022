"""`strikewatch compare`: table, --json, --html, filters, store or events file."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from strikewatch.cli import main
from strikewatch.export import export_events
from strikewatch.models import RunResult
from strikewatch.store import open_store

DATA = Path(__file__).parents[1] / "export" / "data"


@pytest.fixture
def events_file(tmp_path):
    from strikewatch.models import Event, Fatalities, Location, Source

    clash = Event(id="ev-00000000abcd", event_type="Battles", sub_event_type="Armed clash", date="2024-07-25",
                  date_precision="day", location=Location("Beledweyne", "Somalia", "Hiiraan", 4.74, 45.2, "near"),
                  actor1="Al Shabaab", actor2="Military Forces of Somalia", fatalities=Fatalities(4, 4, None),
                  sources=[Source("r4")])
    attack = Event(id="ev-0000000000ff", event_type="Violence against civilians", sub_event_type="Attack",
                   date="2024-05-05", date_precision="day",
                   location=Location("Maiduguri", "Nigeria", "Borno", 11.85, 13.16, "city"),
                   actor1="Unidentified Armed Group", actor2="Civilians", fatalities=Fatalities(8, 8, None),
                   sources=[Source("r3")])
    return export_events([clash, attack], tmp_path / "ev.jsonl", "jsonl")


@pytest.mark.issue(21)
def test_json_and_filters(events_file):
    args = ["compare", "--reference", str(DATA / "acled_reference.csv"), "--events", str(events_file), "--json"]
    out = json.loads(CliRunner().invoke(main, args).output)
    assert out["reference"]["matched"] == 2 and out["reference"]["events"] == 5
    assert out["fields"]["sub_event_type"] == {"agree": 2, "compared": 2, "agreement": 1.0, "of_reference": 0.4}
    narrowed = json.loads(CliRunner().invoke(main, args + ["--country", "Somalia", "--since", "2024-07-01"]).output)
    assert narrowed["reference"]["events"] == 1 and narrowed["strikewatch"]["events"] == 1
    assert narrowed["reference"]["coverage"] == 1.0


@pytest.mark.issue(21)
def test_table_and_html_from_the_store(events_file, tmp_path):
    from strikewatch.models import Event

    db = tmp_path / "s.duckdb"
    with open_store(db) as store:
        evs = [Event.from_dict(json.loads(line)) for line in events_file.read_text().splitlines()]
        store.replace_events(evs)
    html = tmp_path / "cmp.html"
    res = CliRunner().invoke(main, ["compare", "--reference", str(DATA / "ucdp_reference.csv"), "--db", str(db),
                                    "--html", str(html)])
    assert res.exit_code == 0, res.output
    assert "reference events found by strikewatch: 1/4" in res.output  # the clash is five days off
    assert "type_of_violence" in res.output and "104  2024-02-01" in res.output
    assert html.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_unknown_country_and_bad_file(tmp_path):
    bad = tmp_path / "x.csv"
    bad.write_text("a,b\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["compare", "--reference", str(bad), "--events", str(bad)])
    assert res.exit_code == 1 and "neither an ACLED export" in res.output
    res = CliRunner().invoke(main, ["compare", "--reference", str(DATA / "acled_reference.csv"),
                                    "--events", str(bad), "--country", "Atlantis"])
    assert res.exit_code == 1 and "unknown country" in res.output


def test_a_missing_store_is_an_error_not_a_new_file(tmp_path):
    res = CliRunner().invoke(main, ["compare", "--reference", str(DATA / "acled_reference.csv"),
                                    "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 1 and "no store at" in res.output and not (tmp_path / "none.duckdb").exists()
