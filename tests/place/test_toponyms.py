import pytest

from strikewatch.place import get_gazetteer
from strikewatch.place.toponyms import context, is_place_name, mention


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def test_context_precision():
    text = "Shelling hit villages near Kirkuk and fighting went on in and around Tikrit."
    k = text.index("Kirkuk")
    t = text.index("Tikrit")
    assert context(text, k, k + 6) == ("near", None)
    assert context(text, t, t + 6) == ("in and around", None)
    s = "A bomb exploded 20 km south of Basra."
    b = s.index("Basra")
    assert context(s, b, b + 5) == ("near", None)


def test_context_wanted_level():
    text = "Clashes were reported in Diyala province on Sunday."
    d = text.index("Diyala")
    assert context(text, d, d + 6) == (None, "admin1")


def test_compass_region_widens(gaz):
    text = "Drones were seen over northern Syria last week."
    s = text.index("Syria")
    m = mention(text, s, s + 5, gaz)
    assert (text[m.start:m.end], m.compass) == ("northern Syria", "northern")
    city = "Police patrolled northern Mosul."
    a = city.index("Mosul")
    assert mention(city, a, a + 5, gaz).compass is None


def test_not_places(gaz):
    for name in ("Facebook", "ISIS", "Peshmerga", "Twitter", "Iraqi"):
        assert not is_place_name(gaz, name), name
    assert is_place_name(gaz, "Basra")


def test_names_with_particles_are_not_cut_at_their_head():
    from strikewatch.place import geoparse

    text = "Two men were shot in Santiago de Cuba on Friday, and a crowd marched in Rostov-on-Don."
    got = {t.text: t.location for t in geoparse(text)}
    assert got["Santiago de Cuba"].country == "Cuba"
    assert got["Rostov-on-Don"].country == "Russia"


def test_unknown_particle_name_stays_whole_and_unresolved():
    from strikewatch.place import geoparse

    text = "A farmer was killed in Barra de Zzyzxville, Alagoas, on Sunday."
    tops = {t.text: t.location for t in geoparse(text)}
    assert "Barra" not in tops  # the head alone names other places
    assert tops.get("Barra de Zzyzxville") is None
