import pytest

from strikewatch.place import geoparse
from strikewatch.place.variants import AREAS, BIG_CITY, demonym_bases, fallbacks


def test_demonym_bases():
    assert demonym_bases("Ossetians")[0] == "Ossetia"
    assert "Ontario" in demonym_bases("Ontarians")
    assert "Gaza" in demonym_bases("Gazans")
    assert "London" in demonym_bases("Londoners")
    assert "Richmond" in demonym_bases("Richmondites")
    assert "Dagestan" in demonym_bases("Dagestani")
    assert "Abkhazia" in demonym_bases("Abkhaz")
    assert demonym_bases("Ox") == []


def test_fallback_forms():
    forms = dict(fallbacks("Loudon Co."))
    assert "Loudon County" in forms
    assert ("N.Y.", AREAS) in fallbacks("N.Y")
    assert ("Calif.", AREAS) in fallbacks("Calif")
    assert dict(fallbacks("W. Columbia"))["West Columbia"]
    assert dict(fallbacks("Town of Groton"))["Groton"] == ("city", "district")
    assert dict(fallbacks("Republic of Congo"))["Congo"] == ("country",)
    assert dict(fallbacks("South Houston"))["Houston"] == (BIG_CITY,)
    assert "Kashmir" in dict(fallbacks("Jammu and Kashmir"))


def _one(text, name):
    s = text.index(name)
    (t,) = geoparse(text, spans=[(s, s + len(name))])
    loc = t.location
    return (loc.name, loc.feature, loc.country_code) if loc else None


@pytest.mark.parametrize("text,name,want", [
    ("Many Dagestanis left for the capital after the floods.", "Dagestanis", ("Dagestan", "admin1", "RU")),
    ("Thousands of South Ossetians crossed the border that week.", "South Ossetians", ("South Ossetia", "region", None)),
    ("Gazans queued for water on Tuesday.", "Gazans", ("Gaza Strip", "region", "PS")),
    ("The deputy lives in Platte Co. with his family.", "Platte Co.", ("Platte County", "district", "US")),
    ("She moved to Albany, N.Y last spring.", "N.Y", ("New York", "admin1", "US")),
    ("Gunfire was heard across North Dallas overnight.", "North Dallas", ("Dallas", "city", "US")),
])
def test_unknown_forms_resolve_through_fallbacks(text, name, want):
    assert _one(text, name) == want


def test_part_of_a_small_town_is_not_the_town():
    # "Atlantic" is a small town in Iowa: "North Atlantic" must not land there
    assert _one("Storms battered ships in the North Atlantic.", "North Atlantic") is None


def test_demonym_does_not_pick_a_small_town():
    got = _one("The Zorbanians protested again.", "Zorbanians")
    assert got is None


def test_natural_feature_or_township_falls_back_to_its_namesake_town():
    assert dict(fallbacks("Jefferson Township"))["Jefferson"][:2] == ("city", "district")
    assert "Mystic" in dict(fallbacks("Mystic Lake"))
    assert "Tahoe" in dict(fallbacks("Lake Tahoe"))
    got = _one("Volunteers cleaned Mystic Lake last weekend.", "Mystic Lake")
    assert got[0] == "Mystic" and got[1] == "city"


def test_feature_named_after_a_country_is_not_a_town_there():
    # no town called "Chad" stands for the lake (a built-in region of four countries), nor a town "Jordan"
    # for the river
    assert _one("Fishermen on Lake Chad lost their nets.", "Lake Chad") == ("Lake Chad", "region", None)
    assert _one("Troops crossed the Jordan River at dawn.", "Jordan River") is None
