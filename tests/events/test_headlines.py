"""Headline-only reports and headlines that tell two events (invented text)."""
import datetime as dt
import re

import pytest

from strikewatch.events import extract_events
from strikewatch.events.headlines import headline_only
from strikewatch.models import Location, Report, Toponym

PLACES = {"Velmora": (0.5, 35.0), "Oldtown": (2.9, 38.4), "Sylvania": (1.0, 37.0)}


def _report(text, title=True):
    body_start = len(text) if title else 0  # a title with nothing under it
    return Report(id="h", text=text, published=dt.date(2022, 6, 20), body_start=body_start)


def _run(nlp, report):
    tops = [Toponym(m.start(), m.end(), w, Location(w, "Kenya", lat=lat, lon=lon, precision="city"))
            for w, (lat, lon) in PLACES.items() for m in re.finditer(w, report.text)]
    return extract_events(report, nlp(report.clean), [], tops)


@pytest.mark.issue(18)
def test_a_headline_with_two_events_gives_two(nlp):
    events = _run(nlp, _report("14 shells hit Velmora and clashes erupt around Oldtown"))
    assert [(e.sub_event_type, e.location.name) for e in events] == [
        ("Shelling/artillery/missile attack", "Velmora"), ("Armed clash", "Oldtown")]


@pytest.mark.issue(18)
def test_one_event_headlines_and_notes_are_not_cut(nlp):
    assert len(_run(nlp, _report("Suicide bomber kills 7 at Velmora mosque, wounds 20"))) == 1
    note = _report("Gunmen killed two traders in Velmora and police clashed with them in Oldtown.", title=False)
    assert not headline_only(note)  # a note ends as a sentence does
    assert headline_only(_report("Gunmen kill two in Velmora", title=False))


@pytest.mark.issue(18)
def test_a_list_of_places_or_of_two_sides_is_not_cut_into_two_events(nlp):
    # "in X and Y": one event's places; "between A and B": one fight's two sides
    listed = _report("Bombs at two banks in Velmora and Oldtown tore apart cars and shops on Friday, "
                     "killing 30 people.", title=False)
    assert [e.sub_event_type for e in _run(nlp, listed)] == ["Remote explosive/landmine/IED"]
    sides = _report("VELMORA -- Two days of gun battles between police and insurgents around a forest camp near Oldtown "
                    "ended on Sunday with four officers and nine militants dead, officials said.", title=False)
    assert [e.sub_event_type for e in _run(nlp, sides)] == ["Armed clash"]


@pytest.mark.issue(18)
def test_places_listed_with_their_country_are_one_events_places(nlp):
    # "in X, Country, and Y, Country, killed": a comma before "and" still lists places
    listed = _report("The Friday explosions at two banks in Velmora, Sylvania, and Oldtown, Sylvania, killed at least "
                     "40 people and wounded hundreds.", title=False)
    assert [e.sub_event_type for e in _run(nlp, listed)] == ["Remote explosive/landmine/IED"]



@pytest.mark.issue(16)
def test_a_place_and_its_surroundings_are_one_events_places(nlp):
    text = "Police raided homes in Velmora and the surrounding villages on Friday and arrested six rebels."
    assert [e.sub_event_type for e in _run(nlp, _report(text, title=False))] == ["Arrests"]


@pytest.mark.issue(17)
def test_one_strike_told_without_a_number(nlp):
    # a headline's bare 'drone strike', a munition that struck, 'the first strike' of two: one each
    strikes = lambda text, title=True: [e.strikes for e in _run(nlp, _report(text, title))]
    assert strikes("Drone strike on truck near Velmora kills two fighters") == [1]
    assert strikes("Government air strike on Oldtown market kills 9") == [1]
    assert strikes("A warplane dropped two bombs on the market in Velmora on Monday, killing six people.",
                   title=False) == [2]
    # the strike told before, maybe as several, is not one strike
    assert strikes("The strikes hit Velmora on Monday, killing six people.", title=False) in ([None], [])


@pytest.mark.issue(22)
def test_a_headline_that_trades_fire_is_a_clash(nlp):
    events = _run(nlp, _report("Rebels, army trade fire in Velmora; 4 dead"))
    assert [(e.sub_event_type, e.location.name, e.fatalities.best) for e in events] == [("Armed clash", "Velmora", 4)]


@pytest.mark.issue(17)
def test_the_lead_that_tells_the_deed_and_its_toll_gives_the_place(nlp):
    text = ("Gunmen killed nine herders about eight kilometres north of Velmora on 19 June. The men, who had fled "
            "villages around Oldtown earlier in the year, were found with gunshot wounds beside their carts.")
    events = _run(nlp, _report(text, title=False))
    assert [e.location.name for e in events] == ["Velmora"]
