"""Word senses, deeds and datelines the stop-29 blind probes showed (sentences written for these tests)."""
import datetime as dt

import pytest

from strikewatch.events.places import filed_at
from strikewatch.events.triggers import find_cues
from strikewatch.models import Report, Toponym
from strikewatch.pipeline import load_pipeline


def _classes(nlp, text):
    return {c.cls for c in find_cues(next(nlp(text).sents))}


def _events(text, published=dt.date(2023, 5, 10)):
    return load_pipeline().run([Report(id="s", text=text, published=published)], merge=False).report_events


@pytest.mark.issue(16)
@pytest.mark.parametrize("text", [
    "The fall of the port city was a major blow to the government.",  # a setback, not an explosion
    "A former governor attacked both rivals as relics of the old parties.",  # words, not blows
    "The fast bowlers bombarded the batsmen with short balls and took nine wickets.",  # cricket
    "In the worst scenario, thousands of troops would be killed in the first week.",  # a simulation
    "Organisers of a march planned for next Saturday have applied for a permit.",  # still to come
])
def test_words_that_tell_no_event(nlp, text):
    assert not _classes(nlp, text) & {"BLAST", "ATTACK", "SHELL", "KILL", "PROTEST", "CLASH"}, text


@pytest.mark.issue(16)
def test_a_blow_up_is_still_a_blast(nlp):
    assert "BLAST" in _classes(nlp, "Militants blew up a bridge on the main road.")


@pytest.mark.issue(22)
def test_armed_men_neutralised_were_killed():
    events = _events("Troops neutralised seven bandits near Gusau on Monday, the army said.")
    assert len(events) == 1 and events[0].fatalities.best == 7
    assert events[0].location.name == "Gusau"


@pytest.mark.issue(16)
def test_a_verb_bombed_is_read_however_the_report_is_triaged():
    # "bomb" is a weapon's noun; as a verb it tells the deed: the sentence must reach the full parse
    events = _events("Warplanes bombed the market in Maarrat al-Numan on Tuesday.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


@pytest.mark.issue(17)
def test_the_second_name_of_a_dateline_is_where_it_was_filed():
    text = "TAMPA, Fla. — U.S. forces carried out two airstrikes in Shabwah governorate, Yemen, on Monday."
    fla = text.index("Fla.")
    assert filed_at(text, Toponym(fla, fla + 4, "Fla."))
    events = _events(text)
    assert events and events[0].location.country_code == "YE"


@pytest.mark.issue(22)
@pytest.mark.parametrize("text", [
    "Residents of a hillside quarter in Recife (Pernambuco) beat a man to death on 3 May after a rumour spread online.",
    "A group of self-styled cattle protectors beat a trader to death near Sikar on 20 July.",
])
def test_a_crowd_named_before_its_bracket_or_as_a_group_of_vigilantes_is_a_mob(text):
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Mob violence"]


@pytest.mark.issue(22)
def test_fire_on_people_blocking_a_road_is_force_against_protesters():
    events = _events("On 9 May, police fired live rounds at students blocking the highway at Mirpur, Dhaka, killing 2.")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


@pytest.mark.issue(16)
def test_riots_called_for_by_a_union_happened_a_march_planned_for_saturday_has_not(nlp):
    assert "RIOT" in _classes(nlp, "Youths rioted for a second night in riots called for by the student union.")
    assert "PROTEST" not in _classes(nlp, "A general strike called for Monday was suspended.")


@pytest.mark.issue(17)
def test_where_a_missile_was_launched_from_is_not_where_it_was_intercepted():
    events = _events("Air defences intercepted a ballistic missile launched by the Houthi militia from Saada governorate "
                     "toward Najran on the evening of 9 May.")
    assert [e.location.country_code for e in events] == ["SA"]


@pytest.mark.issue(17)
def test_a_clock_is_no_place_and_a_list_ends_before_its_country():
    events = _events("At 01:15 (Baghdad time) on 9 May, U.S. forces conducted strikes on militia depots in "
                     "Jurf al-Sakhar and Al Qaim, Iraq.")
    assert [e.location.name for e in events] == ["Jurf al-Sakhar", "Al Qā’im"]


@pytest.mark.issue(17)
def test_a_short_release_tells_each_town_its_own_strike():
    text = ("The command conducted two airstrikes on 9 May. The first airstrike, near Jilib, killed two fighters. "
            "Later, a second airstrike destroyed a vehicle near Bardhere.")
    events = _events(text)
    assert [e.location.name for e in events] == ["Jilib", "Baardheere"]


@pytest.mark.issue(16)
def test_a_court_case_of_an_old_attack_is_no_event_but_an_allegation_is():
    events = _events("A jury on Tuesday convicted four men of murder for their roles in the bombing of a "
                     "railway station in March 2015 that killed 20 people.")
    assert events == []
    events = _events("On 2 May, police in Mahikeng are accused of assaulting a street vendor during the curfew.")
    assert [e.location.name for e in events] == ["Mafikeng"]  # an allegation ACLED codes (GeoNames spells it so)


@pytest.mark.issue(22)
def test_a_toxic_agent_s_barrels_dropped_on_a_town_is_a_chemical_weapon():
    events = _events("Chlorine barrels dropped on Latamneh, doctors say; 40 treated for breathing problems")
    assert [e.sub_event_type for e in events] == ["Chemical weapon"]
    assert _events("Police found a gas cylinder store behind the market in Hama on Monday.") == []
