"""One deed listed place by place, the verb left out after the first item (events/spread.py; text
written for these tests)."""
import datetime as dt

import pytest

from strikewatch.events.spread import elliptical
from strikewatch.models import Report
from strikewatch.pipeline import load_pipeline


def _events(text: str, published=dt.date(2023, 9, 12)):
    report = Report(id="s", text=text, published=published)
    return load_pipeline().run([report], merge=False).report_events


def test_an_elliptical_item_is_a_number_before_a_place_preposition():
    assert elliptical("four over Kursk region and two over Bryansk region")
    assert elliptical("3 in Kandahar in separate bombings")
    assert not elliptical("four soldiers were wounded in Kandahar")  # its own verb and noun: a clause
    assert not elliptical("the army said in a statement")


@pytest.mark.issue(17)
def test_interceptions_listed_by_region_are_an_event_per_region():
    events = _events("Air defence units destroyed nine drones over Voronezh region, three over Lipetsk region "
                     "and one over Tambov region during the night, the ministry said on Tuesday.")
    assert [(e.location.name, e.sub_event_type) for e in events] == [
        ("Voronezh Oblast", "Disrupted weapons use"), ("Lipetsk", "Disrupted weapons use"),
        ("Tambov", "Disrupted weapons use")]  # each region (GeoNames' Voronezj shown by its English name)
    assert {e.date for e in events} == {"2023-09-12"}


@pytest.mark.issue(17)
def test_a_headline_toll_listed_by_state_is_an_event_per_state_with_its_own_toll():
    events = _events("Bandits kill 11 in Sokoto, 6 in Kebbi")
    assert [(e.location.name, e.fatalities.best) for e in events] == [("Sokoto", 11), ("Kebbi", 6)]
    assert {e.sub_event_type for e in events} == {"Attack"}


@pytest.mark.issue(17)
def test_a_sentence_with_a_clause_per_town_keeps_each_toll_at_its_town():
    events = _events("Five people were killed in Herat and three in Mazar-i-Sharif in separate bombings on Monday.")
    assert [(e.location.name, e.fatalities.best) for e in events] == [("Herāt", 5), ("Mazār-e Sharīf", 3)]


def test_one_place_told_twice_is_not_spread():
    events = _events("Gunmen killed four people in Kaduna on Sunday, and two in the same village on Monday.")
    assert len({e.location.name for e in events if e.location}) == 1


@pytest.mark.issue(17)
def test_one_deed_on_listed_towns_is_an_event_per_town():
    events = _events("Government jets bombed Saraqib and Binnish on Tuesday, residents said.")
    assert [e.location.name for e in events] == ["Saraqib", "Binnish"]
    events = _events("Thousands marched in Lyon, Lille and Nantes on Saturday against the reform.")
    assert [e.location.name for e in events] == ["Lyon", "Lille", "Nantes"]
    assert {e.sub_event_type for e in events} == {"Peaceful protest"}


@pytest.mark.issue(17)
def test_a_place_and_what_holds_it_or_a_road_between_two_towns_is_no_list():
    events = _events("Rioters broke into a ministry building in Achrafieh, Beirut, on Saturday.")
    assert len(events) == 1
    events = _events("Gunmen killed five travellers on the road between Kaduna and Abuja on Monday.")
    assert len(events) == 1 and events[0].fatalities.best == 5
