"""What the stop-31 blind probes showed, on sentences written for these tests (not the probes' own)."""
import datetime as dt

import pytest


@pytest.mark.issue(22)
@pytest.mark.parametrize("text, want", [
    # an actor's period, as ACLED writes it, is no date: the note is news, not history
    ("Military Forces of Iraq (2014-) shelled positions near Baiji on 3 May 2023. Fatalities: 2.",
     "Shelling/artillery/missile attack"),
    # a coder's actor name read by the tagger as one proper noun still marches as a crowd
    ("On 4 May 2023, Protesters (Peru): teachers marched in Cusco demanding higher pay.", "Peaceful protest"),
    # two sides and the place they fight over, the verb parsed as a noun
    ("Army and rebels battle in Kidal, at least 12 dead", "Armed clash"),
    # a road held in protest, named by its own name
    ("Farmers block Kisumu highway demanding lower fertiliser prices", "Peaceful protest"),
    # someone taken and not seen since; people seized are abducted, not territory
    ("Relatives said men in uniform took a union organiser from his home in Quetta on Monday night; his whereabouts "
     "remain unknown.", "Abduction/forced disappearance"),
    ("Gunmen seized six road workers near Zaria on Monday, police said.", "Abduction/forced disappearance"),
    # coups told without the word: institutions dissolved, a leader declared ousted, leaders seized under emergency rule
    ("Army officers went on state television on Wednesday to say they had dissolved the government and closed the borders.",
     "Other"),
    ("By Friday evening a group of officers had declared on national radio that the head of the junta was deposed.",
     "Other"),
    ("The military detained the prime minister and the president in dawn raids on Monday and declared a state of "
     "emergency.", "Other"),
])
def test_sub_types_the_blind_probes_got_wrong(text, want, types_of):
    assert [t for t, _ in types_of(text)] == [want], text


@pytest.mark.issue(22)
@pytest.mark.parametrize("text, want", [
    ("Insurgents overrun police post near Gao, seize three villages", "Non-state actor overtakes territory"),
    ("On 2 May 2023, Al-Shabaab took over Bulo Burte, capital of the district, after government troops retreated "
     "toward Jalalaqsi.", "Non-state actor overtakes territory"),
    ("On 2 May 2023, the army entered Tessalit without resistance after the rebels withdrew overnight.",
     "Non-violent transfer of territory"),
])
def test_territory_by_who_took_it(text, want, types_of):
    assert [t for t, _ in types_of(text)] == [want], text


@pytest.mark.issue(17)
def test_a_river_bank_is_no_town(types_of):
    # "the left bank of the Dnipro" is the river, not the city of Dnipro
    got = types_of("On 2 May 2023, Ukrainian forces entered Kherson after Russian troops withdrew to the left bank of "
                 "the Dnipro. No fighting was reported.")
    assert [p for _, p in got] == ["Kherson"]


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, places", [
    # a headline's towns listed with a comma only, in two provinces far apart: an event at each
    ("Jets pound Aleppo, Homs; residents report casualties", {"Aleppo", "Homs"}),
    # towns listed with the places their list gives them
    ("Artillery shelled the town of Ghazni and the outskirts of Gardez on Tuesday, officials said.", {"Ghazni", "Gardez"}),
    # a second item with its own noun: "... near X and four farmers in Y"
    ("On Saturday gunmen kidnapped six traders near Funtua and three herders in Birnin Gwari, police said.",
     {"Funtua", "Sofo-Birnin-Gwari"}),  # (the gazetteer's name of Birnin Gwari)
])
def test_listed_places_are_events_of_their_own(text, places, types_of):
    got = types_of(text)
    assert {p for _, p in got} >= {p for p in places} and len(got) == len(places), got


@pytest.mark.issue(17)
def test_a_suburb_and_its_city_stay_one_place(types_of):
    got = types_of("Police fired tear gas at protesters in Achrafieh, Beirut on Sunday.")
    assert len(got) == 1, got


@pytest.mark.issue(17)
def test_a_release_line_naming_two_towns_is_an_event_at_each(events_of):
    text = ("SOUTHWEST ASIA - On May 3, Coalition military forces conducted 6 strikes against ISIS targets in Iraq:\n"
            "-- Near Mosul, three strikes engaged an ISIS tactical unit.\n"
            "-- Near Bashiqa and Tall Kayf, two strikes destroyed two ISIS fighting positions.\n"
            "-- Near Sinjar, one strike destroyed an ISIS vehicle.")
    got = events_of(text, dt.date(2017, 5, 4))
    assert len(got) == 4, [(e.location and e.location.name) for e in got]
    counts = {e.strikes for e in got}
    assert {3, 1} <= counts  # the shared count of the two-town line is not put on either town


@pytest.mark.issue(16)
@pytest.mark.parametrize("text", [
    "Fire sets off explosions at army arsenal in eastern province, killing seven\nA fire at an ammunition store of a "
    "signals regiment set off a string of explosions on Friday, officials said. Shells landed in fields two kilometres "
    "away. The ministry said there was no sign of foul play.",
    "Review: a gripping novel imagines a war over the Arctic\nThe book opens with a missile strike on a radar station "
    "and ends with a naval battle off the coast. The author keeps the pace high.",
    "Police dismiss reports of shooting at university\nPolice said on Tuesday that no incident had been reported on the "
    "campus and that the videos shared online were filmed in previous years.",
])
def test_reports_that_tell_no_event(text, types_of):
    assert types_of(text) == [], text


@pytest.mark.issue(17)
def test_targets_each_with_their_own_town_are_events_at_each(types_of):
    got = types_of("On May 3, US forces struck a weapons depot near Deir ez-Zor and a training camp near Palmyra, the "
                 "command said.", dt.date(2023, 5, 4))
    assert len(got) == 2 and {t for t, _ in got} == {"Air/drone strike"}, got
    # the town the wounded were taken to is no second place of the strike
    got = types_of("On May 3, a drone struck a market in Kutum, and the wounded were taken to hospitals in El Fasher.",
                 dt.date(2023, 5, 4))
    assert len(got) == 1, got


@pytest.mark.issue(17)
def test_an_incident_pages_fields_date_and_place_it(events_of):
    text = ("Incident ref: XX-230411-02\nDate: 11 April 2023\nLocation: al-Qaim, Anbar governorate\n"
            "Civilian deaths reported: 3\n\nSummary: A single air strike hit a farmhouse at night. The wounded were first "
            "treated at a clinic and then transferred from Rawa to a hospital in Ramadi.")
    got = events_of(text, dt.date(2023, 6, 1))
    assert [(e.sub_event_type, e.location.name, e.date) for e in got] == [("Air/drone strike", "Al Qā’im", "2023-04-11")]


@pytest.mark.issue(17)
def test_landmarks_money_and_field_labels_are_no_places(types_of):
    got = types_of("OMDURMAN: SHELLS HIT SOUQ LIBYA\nShells landed on the edge of Souq Libya in Omdurman on Monday, killing "
                 "four traders. Since then a bus ticket to Kosti costs 90,000 Sudanese pounds.\nToll: medics said four "
                 "people were killed.", dt.date(2024, 2, 7))
    assert [p for _, p in got] == ["Omdurman"], got
