"""What the stop-34 blind probes and the dev notes showed, on sentences written for these tests (not the probes')."""
import datetime as dt

import pytest

from strikewatch.events.territory import unopposed


@pytest.mark.issue(22)
@pytest.mark.parametrize("text, sub", [
    ("On 2 May 2023, JNIM fighters took over the village of Sollé (Djibo, Soum) without resistance after the "
     "soldiers had left.", "Non-violent transfer of territory"),
    ("On 2 May 2023, ISWAP militants took over the village of Gajiram (Nganzai, Borno) and raised their flag. "
     "No violence was reported.", "Non-violent transfer of territory"),
    ("On 2 May 2023, ISWAP militants took over the village of Gajiram (Nganzai, Borno) after a gun battle that "
     "killed four soldiers.", "Non-state actor overtakes territory"),
])
def test_a_place_taken_with_no_fight_is_a_non_violent_transfer(text, sub, events_of):
    assert [e.sub_event_type for e in events_of(text)] == [sub]


@pytest.mark.parametrize("text, expected", [
    ("the rebels entered the town unopposed", True),
    ("No clashes were reported.", True),
    ("troops entered the town unopposed after two days of fighting", False),  # a fight told beside it
    ("the army retook the town with no casualties", False),  # no word of how it was taken
])
def test_unopposed(text, expected):
    assert unopposed(text) is expected


@pytest.mark.issue(22)
@pytest.mark.parametrize("text, sub", [
    ("On 4 May 2023, angry villagers torched the houses of two men accused of witchcraft in Kasese (Kasese, "
     "Western).", "Mob violence"),
    ("On 4 May 2023, a group of residents set fire to a minibus that had hit a child in Thika (Kiambu).",
     "Mob violence"),
    ("On 4 May 2023, residents burned tyres and blocked the main road in Thika (Kiambu) to demand water.",
     "Violent demonstration"),
    ("On 4 May 2023, Al Shabaab militants torched two schools in Bulo Burte (Hiraan).",
     "Looting/property destruction"),  # an armed group's arson stays property destruction
])
def test_a_crowd_that_burns_is_a_riot(text, sub, events_of):
    assert [e.sub_event_type for e in events_of(text)] == [sub]


@pytest.mark.issue(17)
def test_the_place_a_district_is_told_from_is_not_the_event_place(types_of):
    got = types_of("On 4 May 2023, Houthi forces shelled the Sirwah district west of Marib, killing a boy.")
    assert got == [("Shelling/artillery/missile attack", "Sirwah")]


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, place", [
    ("Houthi drone hits Marib city as Saudi and Houthi envoys meet in Muscat", "Ma'rib"),
    ("HTS-led fighters seize Saraqib; the foreign minister flies to Tehran", "Saraqib"),
])
def test_where_others_met_is_not_where_it_happened(text, place, types_of):
    assert [p for _, p in types_of(text)] == [place]


@pytest.mark.issue(16)
def test_envoys_summoned_to_protest_are_no_protest(types_of):
    text = ("Tank fire hits UN post in Naqoura on Thursday, wounding two peacekeepers\n"
            "Rome and Madrid summoned the ambassadors to protest.")
    assert types_of(text, dt.date(2024, 10, 11)) == [("Shelling/artillery/missile attack", "En Nâqoûra")]


@pytest.mark.issue(16)
def test_a_year_a_gain_is_measured_against_does_not_make_it_history(types_of):
    got = types_of("Rebels seize Kunduz city in their biggest gain since 2001", dt.date(2015, 9, 29))
    assert got == [("Non-state actor overtakes territory", "Kunduz")]


@pytest.mark.issue(17)
def test_a_headline_takes_its_day_from_the_standfirst(events_of):
    text = ("Coalition air raids kill 9 civilians in Tabqa\n"
            "The monitor said the dead included three children sheltering in a school on Sunday night.")
    (event,) = events_of(text, dt.date(2017, 5, 23))
    assert (event.sub_event_type, event.date) == ("Air/drone strike", "2017-05-21")


@pytest.mark.issue(22)
def test_two_sides_that_battle_named_with_a_comma(types_of):
    assert types_of("Troops, cartel gunmen battle in Culiacán; 10 soldiers among the dead") == [
        ("Armed clash", "Culiacán")]


@pytest.mark.issue(22)
@pytest.mark.parametrize("text, sub", [
    ("A hand grenade was thrown at the house of a prosecutor in Kut (Wasit) on 4 May 2023. No casualties.", "Grenade"),
    ("Unknown men in a pickup seized a student activist outside his home in Basra (Basra) on 4 May 2023.",
     "Abduction/forced disappearance"),
    ("On 4 May 2023, army engineers deactivated a roadside bomb planted near a bridge in Bannu (Khyber Pakhtunkhwa).",
     "Disrupted weapons use"),
    ("On 4 May 2023, neighbours in Soacha (Cundinamarca) caught two men accused of robbing a shop, beat them and "
     "burned them alive.", "Mob violence"),
])
def test_deeds_told_without_their_usual_verb(text, sub, events_of):
    assert [e.sub_event_type for e in events_of(text)] == [sub]


@pytest.mark.issue(16)
def test_an_attack_during_a_commemoration_is_news(events_of):
    text = ("Two suicide bombers blew themselves up among mourners walking to a shrine in Quetta (Balochistan) on "
            "4 May 2023, during the anniversary commemoration of a cleric's death. Officials said 31 were killed.")
    assert [(e.sub_event_type, e.fatalities.best) for e in events_of(text)] == [("Suicide bomb", 31)]


@pytest.mark.issue(16)
@pytest.mark.parametrize("text", [
    ("Thirty years on, a village church keeps the names of its dead\n"
     "KIBEHO, Rwanda — The walls are bare now. In April the town's Tutsi fled to the church, believing they would be "
     "safe there; militiamen surrounded it and killed hundreds over three days.\n"
     "Survivors gathered there on Sunday to read the names aloud."),
    ("Arms maker's orders hit a record\nSales in the third quarter rose 17 percent, driven by artillery shells and "
     "armoured trucks, the company said on Tuesday."),
    ("Police raid illegal gambling den behind a karaoke bar, detain 47\nOfficers raided the premises in Incheon on "
     "Friday night, detaining players and seizing cash."),
    ("Lewes prepares for its bonfire night\nCostumed members of the bonfire societies march down the High Street with "
     "flaming torches before the fireworks on Saturday."),
    ("Derby ends level\nThe visiting players ran to mob their goalkeeper after his late save on Sunday."),
])
def test_what_only_sounds_like_an_event_34(text, events_of):
    assert events_of(text, dt.date(2024, 4, 9)) == []


@pytest.mark.issue(17)
def test_a_strike_release_dates_its_lines_by_the_lead_not_by_an_addendum(events_of):
    text = ("SOUTHWEST ASIA, May 9, 2016 - On May 8, Coalition military forces conducted nine strikes against ISIL in "
            "Iraq. Additionally, Coalition forces conducted two strikes in Iraq on May 7 that closed within the last "
            "24 hours.\n\nStrikes in Iraq\n"
            "-- Near Haditha, five strikes engaged three ISIL tactical units and destroyed a mortar system.\n"
            "-- Near Tal 'Afar, four strikes destroyed two ISIL fighting positions.")
    got = [(e.location.name, e.date, e.strikes) for e in events_of(text, dt.date(2016, 5, 9))]
    assert got == [("Ḩadīthah", "2016-05-08", 5), ("Tall ‘Afar", "2016-05-08", 4)]


@pytest.mark.issue(17)
def test_a_wire_dateline_is_neither_the_place_nor_the_day(events_of):
    text = ("STUTTGART, Germany, June 12, 2021 — U.S. Africa Command conducted an airstrike in the vicinity of "
            "Qunyo Barrow, Middle Juba Region, on June 10, in coordination with the Federal Government of Somalia. "
            "The strike killed two al-Shabaab militants.")
    (event,) = events_of(text, dt.date(2021, 6, 12))
    assert (event.location.country, event.date) == ("Somalia", "2021-06-10")


@pytest.mark.issue(22)
def test_the_wounded_taken_by_a_side_is_no_place_taken(types_of):
    got = types_of("The wounded were taken by SDF vehicles to Tabqa on 4 May 2023.")
    assert all(sub not in ("Non-state actor overtakes territory", "Government regains territory") for sub, _ in got)


@pytest.mark.issue(16)
def test_a_year_that_names_a_thing_does_not_date_the_deed(events_of):
    text = ("Government agrees ceasefire with dissident group\nBOGOTA, Oct 10 - The government and the largest group "
            "of fighters who rejected the 2016 peace accord agreed on Sunday to a bilateral ceasefire, officials said.")
    got = [(e.sub_event_type, e.date) for e in events_of(text, dt.date(2023, 10, 10))]
    assert got == [("Agreement", "2023-10-08")]
