"""Pair compatibility: hard contradictions, refinements and the strong-evidence gate."""
from __future__ import annotations

import pytest

from strikewatch.merge.match import compare, date_bounds, haversine_km
from strikewatch.models import Fatalities


def test_haversine_known_distance():
    assert haversine_km(35.95, 39.01, 35.33, 40.14) == pytest.approx(123.2, abs=0.1)


def test_date_bounds_of_month_and_range(make_event):
    assert [d.isoformat() for d in date_bounds(make_event("a#1", date="2024-02", precision="month"))] == [
        "2024-02-01", "2024-02-29"]
    ev = make_event("a#1", date=None, date_range=("2024-01-20", "2024-01-31"))
    assert [d.isoformat() for d in date_bounds(ev)] == ["2024-01-20", "2024-01-31"]


def test_same_day_same_place_is_linked_with_reasons(make_event):
    m = compare(make_event("a#1", strikes=2), make_event("b#1", place="Raqqa city", strikes=2))
    assert m.compatible and m.linked and m.score == 8.0
    assert m.reasons[:3] == ("date:day", "place:same", "sub_event_type:same")


def test_different_known_days_never_merge(make_event):
    m = compare(make_event("a#1"), make_event("b#1", date="2023-05-03"))
    assert not m.compatible and m.reasons == ("dates do not overlap",)


def test_far_places_are_incompatible(make_event):
    m = compare(make_event("a#1"), make_event("b#1", place="Aleppo"))
    assert not m.compatible and m.reasons == ("places far apart",)


def test_point_inside_country_is_compatible(make_event):
    m = compare(make_event("a#1", place="Syria"), make_event("b#1", place="Deir ez-Zor"))
    assert m.compatible and "place:within" in m.reasons


def test_same_report_is_incompatible(make_event):
    assert not compare(make_event("a#1"), make_event("a#2")).compatible


def test_counts_refine_or_contradict(make_event):
    at_least = make_event("a#1", fatalities=Fatalities(3, 3, None))
    five = make_event("b#1", fatalities=Fatalities(5))
    two = make_event("c#1", fatalities=Fatalities(2))
    assert "fatalities:fit" in compare(at_least, five).reasons
    assert "fatalities:differ" in compare(at_least, two).reasons


def test_vague_date_gate(make_event):
    month = make_event("a#1", date="2023-05", precision="month", targets=("bridge",))
    day = make_event("b#1", targets=("bridge",))
    assert compare(month, day).linked
    no_corroboration = make_event("c#1", date="2023-05", precision="month", strikes=None)
    assert not compare(no_corroboration, make_event("d#1", strikes=3)).linked


def test_compare_is_symmetric(make_event):
    a = make_event("a#1", place="Syria", strikes=2, targets=("depot",))
    b = make_event("b#1", place="Tabqa", strikes=3, targets=("depot", "truck"))
    assert compare(a, b).score == compare(b, a).score
