"""export --format ucdp: every column of UCDP GED in order, with GED's conventions."""
import csv

import pytest

from strikewatch.export import UCDP_COLUMNS, export_events, ucdp_row
from strikewatch.export.ucdp import priogrid_gid

# UCDP GED (versions 20.1 onwards), written out by hand.
GED_HEADER = (
    "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,"
    "dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,"
    "number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,"
    "where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,"
    "region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,"
    "high,low,gwnoa,gwnob"
).split(",")


@pytest.mark.issue(21)
def test_header_is_geds_in_order(events, tmp_path):
    assert UCDP_COLUMNS == GED_HEADER and len(GED_HEADER) == 49
    with export_events(events, tmp_path / "u.csv", "ucdp").open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == GED_HEADER


@pytest.mark.issue(21)
def test_values_follow_ged_conventions(events):
    strike, attack, clash, protest = (ucdp_row(e) for e in events)
    assert strike["relid"] == "ev-a1b2c3d4e5f6" and isinstance(strike["id"], int)
    assert strike["type_of_violence"] == 1 and strike["where_prec"] == 2 and strike["date_prec"] == 1
    assert (strike["best"], strike["low"], strike["high"]) == (3, 3, 5)
    assert strike["where_description"] == "Raqqa" and strike["number_of_sources"] == 2
    assert strike["geom_wkt"] == "POINT (39.01 35.95)" and strike["country_id"] == 652
    assert strike["region"] == "Middle East"
    assert (attack["type_of_violence"], attack["side_a"], attack["side_b"]) == (3, "Unidentified Armed Group", "Civilians")
    assert (attack["deaths_civilians"], attack["deaths_unknown"], attack["best"]) == (8, 0, 8)
    assert (clash["type_of_violence"], clash["side_a"], clash["side_b"]) == (1, "Government of Somalia", "Al Shabaab")
    assert clash["gwnoa"] == 520 and clash["gwnob"] is None and clash["dyad_name"] == "Government of Somalia - Al Shabaab"
    assert clash["high"] == 12 and clash["deaths_unknown"] == 12
    assert protest["type_of_violence"] is None and protest["date_prec"] == 4
    assert protest["date_start"].isoformat() == "2024-01-01" and protest["date_end"].isoformat() == "2024-01-31"
    for row in (strike, attack, clash, protest):
        parts = row["deaths_a"] + row["deaths_b"] + row["deaths_civilians"] + row["deaths_unknown"]
        assert row["low"] <= row["best"] <= row["high"] and parts == row["best"]


def test_priogrid_cells():
    assert priogrid_gid(-89.9, -179.9) == 1
    assert priogrid_gid(-89.9, 179.9) == 720
    assert priogrid_gid(89.9, 179.9) == 259200
    assert priogrid_gid(None, 10.0) is None
