"""Place names the small English model misreads, datelines and containers (text written for these tests)."""
import pytest

from strikewatch.place import geoparse


def _places(text):
    return {t.text: t.location for t in geoparse(text)}


@pytest.mark.issue(17)
def test_a_town_inside_a_misread_entity_is_still_found():
    got = _places("Suicide bomber hits Kandahar Shia mosque during Friday prayers")  # "Kandahar Shia": one GPE
    assert got["Kandahar"].country_code == "AF"
    got = _places("Rebels say they have taken Al Bab after a week of fighting")  # "Al Bab": a PERSON
    assert got["Al Bab"].country_code == "SY"
    got = _places("The army lifted the siege of Dayr az Zawr")  # "Dayr": an ORG, "az" a lower-case article
    assert got["Dayr az Zawr"].country_code == "SY"


@pytest.mark.issue(17)
def test_a_demonym_that_makes_a_region_name_is_part_of_it():
    got = _places("Drones struck opposition camps near Koya, Iraqi Kurdistan")
    assert got["Iraqi Kurdistan"].country_code == "IQ"
    assert "Koya" not in got or got["Koya"] is None or got["Koya"].country_code == "IQ"  # not Japan's Kōya


@pytest.mark.issue(17)
def test_a_town_then_its_country_refuses_a_namesake_abroad():
    got = _places("Drones struck opposition camps near Koya, Iraq, on Monday")
    assert got.get("Koya") is None or got["Koya"].country_code == "IQ"
    # a plain list of countries is no container
    got = _places("Talks opened in Syria, Iraq and Jordan")
    assert [got[n].country_code for n in ("Syria", "Iraq", "Jordan")] == ["SY", "IQ", "JO"]


@pytest.mark.issue(17)
def test_a_consulate_of_a_country_says_nothing_of_where_the_city_is():
    assert _places("Protesters set fire to the Iranian consulate in Najaf")["Najaf"].country_code == "IQ"


@pytest.mark.issue(17)
def test_a_bracket_whose_last_name_is_the_province_holds_the_town():
    got = _places("The army set up a post near Surman (Maarrat al-Numan, Idlib) on 5 April.")
    assert got.get("Surman") is None or got["Surman"].country_code == "SY"  # not Libya's Surman


@pytest.mark.issue(17)
def test_a_name_followed_by_an_age_is_a_person():
    got = _places("The bomb killed three, among them Hassan, 12, and his sister Amina (8), in Azaz on Sunday.")
    assert set(got) == {"Azaz"}
    assert "Kabul" in _places("In Kabul, 12 people died in the blast.")  # a place, then a count
