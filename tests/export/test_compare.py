"""compare: matching by report id and by place/time/type, coverage both ways, agreement per field."""
from pathlib import Path

import pytest

from strikewatch.export.compare import compare
from strikewatch.export.reference import read_reference

DATA = Path(__file__).with_name("data")


@pytest.mark.issue(21)
def test_acled_reference(events):
    fmt, refs = read_reference(DATA / "acled_reference.csv")
    result = compare(events, refs, fmt)
    assert result["reference"] == {"events": 5, "matched": 2, "coverage": 0.4}
    assert result["strikewatch"] == {"events": 4, "matched": 2, "coverage": 0.5}
    assert result["matched_by"] == {"report": 0, "place-time": 2}
    agree = {k: v["agree"] for k, v in result["fields"].items()}
    assert agree == {"event_type": 2, "sub_event_type": 2, "actor1": 1, "actor2": 2, "date": 1, "location_25km": 2,
                     "fatalities": 2, "country": 2, "admin1": 2}
    pairs = {m["reference"]["id"]: (m["strikewatch"]["id"], m["disagree"], m["days"]) for m in result["matched"]}
    assert pairs == {"SYR1001": ("ev-a1b2c3d4e5f6", ["actor1", "date"], 1), "NGA2002": ("ev-0000000000ff", [], 0)}
    assert [r["id"] for r in result["unmatched_reference"]] == ["SOM3003", "UKR4004", "SYR5005"]  # 5 days; none; 160 km
    assert [e["id"] for e in result["unmatched_strikewatch"]] == ["ev-00000000abcd", "ev-0000000000aa"]


@pytest.mark.issue(21)
def test_window_and_type_settings(events):
    fmt, refs = read_reference(DATA / "acled_reference.csv")
    assert compare(events, refs, fmt, days=5)["reference"]["matched"] == 3  # the clash five days later
    assert compare(events, refs, fmt, km=1.0)["reference"]["matched"] == 1  # Raqqa is 1.3 km off
    assert compare(events, refs, fmt, match="report")["reference"]["matched"] == 0


@pytest.mark.issue(21)
def test_report_id_links_a_reference_row_to_the_reports_first_event(events):
    fmt, refs = read_reference(DATA / "acled_reference.csv")
    refs[3]["id"] = "r2"  # as if the reference's own note r2 was read: its first event is the merged strike
    result = compare(events, refs, fmt, match="report")
    assert result["matched_by"] == {"report": 1, "place-time": 0}
    assert result["matched"][0]["strikewatch"]["id"] == "ev-a1b2c3d4e5f6"
    assert result["matched"][0]["km"] > 1000  # Kharkiv vs Raqqa: linked by report, not by place


@pytest.mark.issue(21)
def test_ucdp_reference(events):
    fmt, refs = read_reference(DATA / "ucdp_reference.csv")
    result = compare(events, refs, fmt)
    assert result["reference"]["matched"] == 3 and result["reference"]["events"] == 4
    assert result["strikewatch"] == {"events": 3, "matched": 3, "coverage": 1.0}  # the protest is out of scope
    agree = {k: v["agree"] for k, v in result["fields"].items()}
    assert agree == {"type_of_violence": 3, "side_a": 1, "side_b": 3, "date": 3, "location_25km": 3,
                     "fatalities": 2, "country": 3}
    assert [r["id"] for r in result["unmatched_reference"]] == ["104"]
