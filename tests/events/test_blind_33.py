"""What the stop-33 blind probes showed, on sentences written for these tests (not the probes' own)."""
import pytest


@pytest.mark.issue(17)
def test_an_air_force_tally_told_line_by_line_is_an_event_per_oblast(events_of):
    text = ("Overnight the enemy attacked with 48 Shahed-type drones launched from the directions of Kursk and "
            "Millerovo.\n\nAs of 08:30, 39 drones have been confirmed shot down:\nSumy oblast - 12\nChernihiv oblast - 9\n"
            "Poltava oblast - 7\n\nOne drone struck a warehouse in Kharkiv oblast.")
    got = [(e.sub_event_type, e.location.name, e.location.precision) for e in events_of(text)]
    assert got == [("Disrupted weapons use", "Sumy", "province"), ("Disrupted weapons use", "Chernihiv", "province"),
                   ("Disrupted weapons use", "Poltava", "province"),
                   ("Air/drone strike", "Kharkiv", "province")]  # and never Kursk or Millerovo, the launch areas


@pytest.mark.issue(17)
def test_drones_downed_over_oblasts_listed_in_one_sentence(types_of):
    got = types_of("In total, 31 drones were shot down over the Odesa, Mykolaiv and Vinnytsia oblasts, the air force said.")
    assert got == [("Disrupted weapons use", "Odesa Oblast"), ("Disrupted weapons use", "Mykolaiv"),
                   ("Disrupted weapons use", "Vinnytsia Oblast")]  # the oblasts (by their English names), not the cities


@pytest.mark.issue(17)
def test_the_bombers_base_and_the_launch_areas_are_no_event_place(types_of):
    text = ("Early on Sunday the enemy launched six cruise missiles from Tu-95 bombers that took off from Olenya "
            "airfield, and Kalibr missiles from ships in the Black Sea. Air defences destroyed five missiles over "
            "Lviv oblast.")
    assert types_of(text) == [("Disrupted weapons use", "Lviv")]


@pytest.mark.issue(16)
@pytest.mark.parametrize("text, place", [
    ("Mortar round lands near police headquarters in Baqubah; no casualties", "Baqubah"),
    ("Three rockets fired from southern Lebanon fell in open fields near Metula on Tuesday, the army said.", "Metula"),
])
def test_munitions_that_came_down_are_a_shelling(text, place, types_of):
    assert types_of(text) == [("Shelling/artillery/missile attack", place)]


@pytest.mark.issue(16)
@pytest.mark.parametrize("text", [
    "The booster of the rocket landed on a floating platform off the coast of Texas.",
    "Silver Rally Explodes As Investors Pile In",
    "Police raid on Lyon money-laundering network nets 9 arrests",
    "Thieves blasted their way into a jewellery vault in Hatton Garden overnight.",
])
def test_what_only_sounds_like_an_event(text, events_of):
    assert events_of(text) == []


@pytest.mark.issue(22)
@pytest.mark.parametrize("text, country", [
    ("Kunduz Falls To Taliban After Week Of Fighting", "Afghanistan"),
    ("Tigrayan forces recapture Shire after heavy fighting", "Ethiopia"),  # a named rebel side, though "forces"
    ("Fano fighters seize Gondar airport road after clashes", "Ethiopia"),
])
def test_a_place_taken_by_a_non_state_side(text, country, events_of):
    got = [(e.sub_event_type, e.location.country, e.location.precision) for e in events_of(text)]
    assert got == [("Non-state actor overtakes territory", country, "city")], got


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, place", [
    ("Rebels Seize Town Of Kutkai After Days Of Fighting", "Kutkai"),
    ("March In Yerevan Draws Thousands Against Border Deal", "Yerevan"),
    ("Kurdish fighters captured Raqqa's al-Rumaila district after clashes with IS", "Al-Rumaila"),  # Raqqa's, in Syria
])
def test_headline_places(text, place, types_of):
    got = types_of(text)
    assert len(got) == 1 and got[0][1] == place, got


@pytest.mark.issue(17)
def test_a_capital_that_speaks_is_no_place(types_of):
    got = types_of("Turkish drone strike kills two PKK members in Qandil, Ankara says")
    assert len(got) == 1 and got[0][1] != "Ankara", got
