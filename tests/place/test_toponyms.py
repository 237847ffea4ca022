import pytest

from strikewatch.place import geoparse, get_gazetteer
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


def _places(nlp, text):
    from strikewatch.place import geoparse

    return [(t.text, t.location.admin1 if t.location else None) for t in geoparse(text, doc=nlp(text))]


def test_bare_compass_words_are_not_places(gaz):
    assert not is_place_name(gaz, "North")
    assert not is_place_name(gaz, "Western")
    assert is_place_name(gaz, "North Carolina")


def test_compass_before_a_state_is_a_cue_outside_the_span(gaz):
    text = "Storms knocked out power across North Texas on Monday night."
    s = text.index("North Texas")
    m = mention(text, s, s + len("North Texas"), gaz)
    assert (text[m.start:m.end], m.compass) == ("Texas", "North")
    # a resolved gold span is kept whole; a name of its own is no compass phrase
    assert mention(text, s, s + len("North Texas"), gaz, widen=False).start == s
    nc = "Flooding hit North Carolina."
    assert mention(nc, 13, 27, gaz).compass is None


def test_dateline_city_at_sentence_start(nlp):
    text = "Weather report. TOLEDO, Ohio — Snow closed schools on Friday."
    assert ("TOLEDO", "Ohio") in _places(nlp, text)


def test_one_word_person_that_reads_as_a_place(nlp):
    text = "A leak in the Gainesville water system left homes dry."
    assert _places(nlp, text) == [("Gainesville", "Florida")]
    # a person named by title or speech verb stays a person
    assert _places(nlp, "Tom Jackson, the clerk, said the vote was close. Jackson said he would run.") == []
    assert _places(nlp, "Coach Lincoln praised the team after the game.") == []


@pytest.mark.issue(17)
def test_a_province_with_a_particle_and_a_town_boxed_with_it(nlp):
    # the particle does not cut the province ("Sur" alone is a town in Oman), and a town the tagger
    # calls a person is a place when a note boxes it with its province
    text = "On 23 May 2017, gunmen occupied parts of Marawi (Lanao del Sur), including the city jail."
    found = {t.text: t.location for t in geoparse(text, doc=nlp(text))}
    assert "Sur" not in found
    assert found["Lanao del Sur"].country_code == "PH"
    assert found["Marawi"].country_code == "PH"


@pytest.mark.issue(17)
def test_a_place_name_that_opens_a_persons_name_is_a_first_name(nlp):
    # the tagger reads "Salem" as a place and "Abu Ajila" as a person: together a man's name
    text = "A drone hit a farm truck outside Misrata on 5 June, killing Salem Abu Ajila and his nephew."
    found = {t.text: t.location for t in geoparse(text, doc=nlp(text))}
    assert "Salem" not in found
    assert found["Misrata"].country_code == "LY"
    # after "in", the place stays a place
    text = "Rallies were held in Salem on Sunday."
    assert "Salem" in {t.text for t in geoparse(text, doc=nlp(text))}


def test_county_heading_a_school_or_fair_is_a_place(nlp):
    # small counties, below the population that makes a bare town name count
    for text, county in [("Students at Owsley County High School won the regional quiz.", "Owsley County"),
                         ("Ribbons were handed out at the annual Wolfe County Fair.", "Wolfe County"),
                         ("Owsley County Clerk Ann Baker certified the vote.", "Owsley County")]:
        assert [t for t, _ in _places(nlp, text)] == [county]


@pytest.mark.issue(17)
def test_a_country_before_its_currency_is_no_place(nlp):
    text = "Traders angry at the slide of the US dollar rate closed shops in Sidon and Tyre."
    found = {t.text: t.location for t in geoparse(text, doc=nlp(text))}
    assert "US" not in found
    assert found["Sidon"].country_code == "LB"


def test_a_province_after_an_unknown_town_is_found_whatever_the_tagger_calls_it(nlp):
    # the tagger reads "Francisco Morazan" as a person; after "in <town>," it is the next address level
    text = "On 3 May 2021, in Zzyzxville, Francisco Morazan, about 200 bus drivers marched for their wages."
    found = [(t.text, t.location.country, t.location.precision) for t in geoparse(text, doc=nlp(text)) if t.location]
    assert ("Francisco Morazan", "Honduras", "province") in found


@pytest.mark.issue(17)
def test_a_hyphenated_province_is_read_whole(nlp):
    text = "On 6 May 2021, militiamen clashed with the army in Zzyzx village (Masisi, Nord-Kivu)."
    assert [(t.text, t.location.country) for t in geoparse(text, doc=nlp(text)) if t.location] == [
        ("Masisi", "Democratic Republic of the Congo"), ("Nord-Kivu", "Democratic Republic of the Congo")]


@pytest.mark.issue(17)
def test_an_unknown_village_name_does_not_resolve_to_a_place_inside_it(nlp):
    # "Bar Zzyzx village": an unknown village, not the town of Bar in Montenegro
    text = "On 1 May 2021, gunmen kidnapped two farmers from Bar Zzyzx village."
    assert [t.location.country_code for t in geoparse(text, doc=nlp(text)) if t.location] == []


def test_neighbourhood_designator_before_its_name_is_no_place():
    text = "Police found two bodies in Colonia Santa Fe, in Culiacan, and one in Barrio San Juan."
    names = [t.text for t in geoparse(text)]
    assert "Colonia" not in names and "Barrio" not in names
    assert "Culiacan" in names
    # the Uruguayan department named by its own name stays a place
    assert [t.location.country_code for t in geoparse("Farmers marched in Colonia, Uruguay, on Monday.")
            if t.text == "Colonia"] == ["UY"]
