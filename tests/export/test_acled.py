"""export --format acled: ACLED's full export schema, in order, with ACLED's value conventions."""
import csv

import pytest

from strikewatch.export import ACLED_COLUMNS, acled_row, export_events
from strikewatch.export.acled import disorder_type
from strikewatch.export.actor_types import actor_type, interaction

# ACLED's current export (since the 2023 column changes), written out by hand.
ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
).split(",")


@pytest.mark.issue(21)
def test_header_is_acleds_in_order(events, tmp_path):
    assert ACLED_COLUMNS == ACLED_HEADER and len(ACLED_HEADER) == 31
    path = export_events(events, tmp_path / "a.csv", "acled")
    with path.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == ACLED_HEADER


@pytest.mark.issue(21)
def test_values_follow_acled_conventions(events, tmp_path):
    rows = list(csv.DictReader(export_events(events, tmp_path / "a.csv", "acled").open(encoding="utf-8")))
    strike, attack, clash, protest = rows
    assert strike["event_id_cnty"].startswith("SYR") and strike["event_id_cnty"][3:].isdigit()
    assert strike["event_date"] == "2024-03-12" and strike["year"] == "2024" and strike["time_precision"] == "1"
    assert strike["disorder_type"] == "Political violence"
    assert (strike["inter1"], strike["inter2"], strike["interaction"]) == (
        "External/Other forces", "Rebel group", "Rebel group-External/Other forces")
    assert strike["iso"] == "760" and strike["region"] == "Middle East" and strike["country"] == "Syria"
    assert strike["source"] == "'=Outlet B; Outlet A"  # a formula-looking outlet is neutralised
    assert strike["fatalities"] == "3" and strike["civilian_targeting"] == ""
    assert strike["timestamp"] == "1710460800"  # the newest report, 2024-03-15 00:00 UTC
    assert (attack["actor1"], attack["actor2"]) == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")
    assert attack["interaction"] == "Political militia-Civilians" and attack["civilian_targeting"] == "Civilian targeting"
    assert attack["iso"] == "566" and attack["region"] == "Western Africa"
    assert clash["interaction"] == "State forces-Rebel group" and clash["inter2"] == "State forces"
    assert protest["event_date"] == "2024-01-01" and protest["time_precision"] == "3"
    assert protest["disorder_type"] == "Demonstrations" and protest["interaction"] == "Protesters only"
    assert protest["tags"] == "crowd size=no report" and protest["fatalities"] == "0"
    assert protest["assoc_actor_1"] == protest["admin3"] == protest["source_scale"] == ""


@pytest.mark.issue(21)
def test_ids_are_stable_and_typed(events):
    first = [acled_row(e) for e in events]
    again = [acled_row(e) for e in events]
    assert [r["event_id_cnty"] for r in first] == [r["event_id_cnty"] for r in again]
    assert len({r["event_id_cnty"] for r in first}) == 4
    row = first[0]
    assert isinstance(row["year"], int) and isinstance(row["iso"], int) and isinstance(row["latitude"], float)
    assert isinstance(row["timestamp"], int) and row["event_date"].isoformat() == "2024-03-12"


def test_actor_types_and_interactions():
    assert actor_type("Military Forces of Iraq", "IQ") == "State forces"
    assert actor_type("Military Forces of Russia", "UA") == "External/Other forces"
    assert actor_type("Pokot Ethnic Militia") == "Identity militia"
    assert actor_type("Rioters") == "Rioters" and actor_type(None) is None
    assert interaction("Civilians", "External/Other forces") == "External/Other forces-Civilians"
    assert interaction("Rebel group", "State forces") == "State forces-Rebel group"
    assert interaction("State forces", None) == "State forces only"


def test_disorder_types():
    assert disorder_type("Protests", "Excessive force against protesters") == "Political violence; Demonstrations"
    assert disorder_type("Riots", "Violent demonstration") == "Demonstrations"
    assert disorder_type("Riots", "Mob violence") == "Political violence"
    assert disorder_type("Strategic developments", "Arrests") == "Strategic developments"


@pytest.mark.issue(21)
def test_two_runs_export_the_same_file(tmp_path):
    from click.testing import CliRunner

    from strikewatch.cli import main

    files = []
    for run in ("one", "two"):
        assert CliRunner().invoke(main, ["demo", "--out", str(tmp_path / run)]).exit_code == 0
        files.append((tmp_path / run / "events.acled.csv").read_bytes())
        assert (tmp_path / run / "events.ucdp.csv").exists()
    assert files[0] == files[1] and files[0].count(b"\n") > 5  # the header and the bundled examples' events
