"""Names in brackets after a place ("X (Y, Z)") are its containers; admin-unit frames and bare area names."""
from strikewatch.place import geoparse, get_gazetteer, report_location
from strikewatch.place.boxes import boxed


def _at(tops, name):
    return next(t for t in tops if t.text == name)


def test_boxed_names_are_the_ones_in_a_bracket_after_a_place():
    text = "Gunmen raided Tarvo village (Helm, Orrin) on Monday (local time)."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Tarvo", "Helm", "Orrin")]
    assert boxed(text, spans) == {1, 2}
    text = "Tarvo, Helm and Orrin were shelled."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Tarvo", "Helm", "Orrin")]
    assert boxed(text, spans) == set()


def test_a_bare_district_name_finds_the_district():
    gaz = get_gazetteer()
    found = {(gaz.cc(c.id), gaz.feature(c.id)) for c in gaz.lookup("Soum")}
    assert ("BF", "district") in found


def test_boxed_name_reads_as_the_area_not_a_town_abroad():
    text = "Militants burned a clinic in Tinkarabou (Tongomayel, Soum) and took two nurses."
    tops = geoparse(text, spans=[(text.index(w), text.index(w) + len(w)) for w in ("Tinkarabou", "Tongomayel", "Soum")])
    soum = _at(tops, "Soum")
    assert soum.location is not None and soum.location.country_code == "BF"


def test_boxed_province_is_kept_against_the_rest_of_the_report():
    text = "On Monday, in Zorvalina (Ahuachapan), gunmen fired on a patrol near the Mendez farm."
    ahu = _at(geoparse(text), "Ahuachapan")
    assert ahu.location is not None and ahu.location.country_code == "SV"


def test_state_after_a_name_is_an_admin_frame():
    text = "Traders closed their shops in San Carlos, Cojedes state, over fuel shortages."
    tops = geoparse(text)
    assert _at(tops, "Cojedes").location.country_code == "VE"
    assert _at(tops, "San Carlos").location.country_code == "VE"


def test_a_lone_one_country_group_gives_the_report_its_country():
    text = "On 2 March, the OSCE SMM recorded 14 explosions near Zavodske Mine."
    loc = report_location(text, geoparse(text))
    assert loc is not None and loc.country_code == "UA" and loc.precision == "country"


def test_a_named_intersection_is_not_a_place_of_its_own():
    text = "Rioters smashed bank windows at the Ilya intersection in Sidon overnight."
    tops = geoparse(text)
    assert all(t.text != "Ilya" for t in tops)
    assert _at(tops, "Sidon").location.country_code == "LB"


def test_a_junction_named_after_its_town_places_it():
    # with no other town after it, "the X roundabout" is X's own junction (spaCy tags no entity here)
    tops = geoparse("Drivers angry at fuel prices blocked the Zahle roundabout with burning tyres on Tuesday.")
    zahle = _at(tops, "Zahle")
    assert zahle.location is not None and zahle.location.country_code == "LB"
