"""How an event picks its place among a report's toponyms (events/places.py)."""
from strikewatch.events.places import choose_place, container_of, missed_places
from strikewatch.models import Location, Toponym


def _top(text: str, name: str, country: str, admin1: str | None, feature: str = "city",
         precision: str = "city", score: float = 1.0, nth: int = 0) -> Toponym:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    loc = Location(name=name, country=country, admin1=admin1, lat=0.0, lon=0.0, precision=precision, feature=feature)
    return Toponym(start, start + len(name), name, loc, score)


def test_inner_place_beats_its_container_after_a_comma():
    text = "On 3 June 2021, in Riverton, Lakeshire, farmers blocked the main road with tractors."
    inner = _top(text, "Riverton", "Freedonia", "Lakeshire")
    outer = _top(text, "Lakeshire", "Freedonia", "Lakeshire", feature="admin1", precision="province")
    assert container_of(text, inner, [inner, outer]) is outer
    assert choose_place(text, [inner, outer], text.index("blocked"), [inner, outer]) is inner


def test_bracketed_container_is_not_the_event_place_even_when_nearer():
    text = "Gunmen attacked a market in Oldbridge (Marsh District, Fenland) and fled."
    inner = _top(text, "Oldbridge", "Freedonia", "Fenland")
    outer = _top(text, "Fenland", "Freedonia", "Fenland", feature="admin1", precision="province")
    # the container sits nearer the end of the clause, but it only says where Oldbridge is
    assert choose_place(text, [inner, outer], text.index("fled"), [inner, outer]) is inner


def test_container_stands_in_for_a_namesake_abroad():
    text = "Protesters gathered in Millford village in Eastvale county on Tuesday."
    wrong = _top(text, "Millford", "Sylvania", "Northmarch", score=0.5)  # a namesake in another country
    outer = _top(text, "Eastvale", "Freedonia", "Eastvale", feature="district", precision="district")
    other = _top(text, "Eastvale", "Freedonia", "Eastvale", feature="district", precision="district")
    got = choose_place(text, [wrong, outer], text.index("gathered"), [wrong, outer, other])
    assert got is not None and got.location.name == "Eastvale" and got.location.precision == "district"


def test_a_list_of_towns_is_not_a_hierarchy():
    text = "Jets struck Tarvos, Kemla and Dunmore overnight."
    a = _top(text, "Tarvos", "Sylvania", "North")
    b = _top(text, "Kemla", "Freedonia", "South")
    c = _top(text, "Dunmore", "Atlantis", "East")
    assert choose_place(text, [a, b, c], 0, [a, b, c]) is a


def test_place_in_a_country_the_report_does_not_support_yields():
    text = "Police dispersed traders in Kestrel Road of Harbourton, where two of the Harbourton stalls burned."
    street = _top(text, "Kestrel", "Sylvania", "West", score=0.4)
    town = _top(text, "Harbourton", "Freedonia", "Coast")
    again = _top(text, "Harbourton", "Freedonia", "Coast", nth=1)
    got = choose_place(text, [street, town], text.index("Police"), [street, town, again])
    assert got is town


def test_foreign_province_alone_gives_no_place():
    text = "Drivers in Upper South blocked the highway. Later they marched to Harbourton."
    broad = _top(text, "South", "Sylvania", "South", feature="admin1", precision="province", score=0.3)
    town = _top(text, "Harbourton", "Freedonia", "Coast")
    assert choose_place(text, [broad], text.index("blocked"), [broad, town]) is None


def test_missed_bracket_names_are_resolved_with_the_report_context():
    text = "Workers held a protest in Saltmarsh town (Larkana, Sindh) over power cuts."
    found = missed_places(text, [])
    names = {t.text for t in found}
    assert "Larkana" in names
    assert all(t.location.country == "Pakistan" for t in found)


def test_opening_town_sets_the_scene_over_a_nearer_neighbourhood():
    text = "On 2 March 2022, in Riverton, Lakeshire, a trader was shot dead in Palm Grove neighbourhood by two men."
    town = _top(text, "Riverton", "Freedonia", "Lakeshire")
    area = _top(text, "Lakeshire", "Freedonia", "Lakeshire", feature="admin1", precision="province")
    hood = _top(text, "Palm Grove", "Freedonia", "Coast")
    got = choose_place(text, [town, area, hood], text.index("shot"), [town, area, hood])
    assert got is town


def test_opening_county_only_frames_the_sentence():
    text = "In Eastvale County, two youths were hurt in Millford town after rival supporters clashed."
    county = _top(text, "Eastvale County", "Freedonia", "Eastvale")
    town = _top(text, "Millford", "Freedonia", "Eastvale")
    assert choose_place(text, [county, town], text.index("clashed"), [county, town]) is town


def test_residents_name_their_home_town():
    found = missed_places("Angry Mombasa residents blocked the ferry ramp on Friday.", [])
    assert [(t.text, t.location.country) for t in found] == [("Mombasa", "Kenya")]


def test_local_government_area_tail_asks_for_a_district():
    from strikewatch.place import geoparse

    text = "Gunmen raided a farm in Zzyzx Street, in Sagbama LGA (Bayelsa), on Monday."
    s = text.index("Sagbama")
    loc = geoparse(text, spans=[(s, s + len("Sagbama LGA"))])[0].location
    assert loc is not None and loc.country == "Nigeria"


def test_city_named_like_its_province_is_a_container():
    text = "Rebels shelled positions near Zzyzxivka, Donetsk, on Friday."
    inner = _top(text, "Zzyzxivka", "Ukraine", "Cherkasy", precision="near")  # a namesake far away
    outer = _top(text, "Donetsk", "Ukraine", "Donetsk")
    inner.location.lat, inner.location.lon = 49.0, 32.1  # some 400 km from the city
    outer.location.lat, outer.location.lon = 48.0, 37.8
    outer.location.country_code = "UA"
    got = choose_place(text, [inner, outer], text.index("shelled"), [inner, outer])
    assert got is not None and got.location.name == "Donetsk"
    outer.location.country_code = None  # not a known namesake of its province: a confident inner place stays
    assert choose_place(text, [inner, outer], text.index("shelled"), [inner, outer]) is inner


def test_a_name_that_goes_on_past_a_particle_is_not_its_head():
    text = "Two men clashed with police in San Juan de los Cerritos on Monday."
    assert missed_places(text, []) == []


def test_the_possessor_is_the_container_of_the_possessed_place():
    text = "Barrel bombs hit Eastshire's Oldmill on Monday."
    outer = _top(text, "Eastshire", "Freedonia", "Eastshire")
    inner = _top(text, "Oldmill", "Freedonia", "Eastshire")
    assert choose_place(text, [outer, inner], text.index("hit"), [outer, inner]) is inner


def test_a_country_named_as_a_bystander_is_not_the_event_place():
    text = "A drone strike killed four men, medics said, as Freedonia and Sylvania condemned the attack."
    bystander = _top(text, "Freedonia", "Freedonia", None, feature="country", precision="country")
    other = _top(text, "Sylvania", "Sylvania", None, feature="country", precision="country")
    assert choose_place(text, [bystander, other], text.index("strike"), [bystander, other]) is None
    text = "Gunmen attacked a convoy in Freedonia on Monday."
    there = _top(text, "Freedonia", "Freedonia", None, feature="country", precision="country")
    assert choose_place(text, [there], text.index("attacked"), [there]) is there
    text = "Militiamen clashed with gunmen in Rafa (Lowland), killing 3."
    state = _top(text, "Lowland", "Lowland", None, feature="country", precision="country")
    assert choose_place(text, [state], text.index("clashed"), [state]) is state


def test_a_village_in_the_countryside_of_a_city_is_the_event_place():
    text = "Militias stormed the village of Brackwater in the western countryside of Portly and burned two houses."
    inner = _top(text, "Brackwater", "Freedonia", "Portly")
    outer = _top(text, "Portly", "Freedonia", "Portly")  # the city, named like its province
    assert container_of(text, inner, [inner, outer]) is outer
    assert choose_place(text, [inner, outer], text.index("burned"), [inner, outer]) is inner


def test_a_town_on_the_edge_of_its_stated_container_stays():
    text = "A mob beat a suspected thief to death in Kesterby, Harlow City, on Monday."
    inner = Toponym(text.index("Kesterby"), text.index("Kesterby") + 8, "Kesterby",
                    Location(name="Kesterby", country="Freedonia", admin1="Westmarch", lat=-3.9, lon=39.5,
                             precision="city", feature="city"), 0.6)
    start = text.index("Harlow City")
    outer = Toponym(start, start + 11, "Harlow City",
                    Location(name="Harlow City", country="Freedonia", admin1="Harlow", lat=-4.05, lon=39.66,
                             precision="province", feature="admin1"), 0.9)
    # filed under a neighbouring province by the gazetteer, but 25 km from the container: the town stays
    assert choose_place(text, [inner, outer], text.index("beat"), [inner, outer]) is inner


def test_country_modifying_a_mission_or_force_is_not_the_place():
    for text in ("Bombs exploded outside the Freedonia embassies in Sylvania on Friday, killing dozens.",
                 "Freedonia troops shelled villages in Sylvania overnight."):
        mod = _top(text, "Freedonia", "Freedonia", None, feature="country", precision="country")
        land = _top(text, "Sylvania", "Sylvania", None, feature="country", precision="country")
        assert choose_place(text, [mod, land], 0, [mod, land]) is land, text


def test_country_after_a_bare_in_stays_the_place():
    text = "In Sylvania troops fired on a crowd, killing four."
    land = _top(text, "Sylvania", "Sylvania", None, feature="country", precision="country")
    assert choose_place(text, [land], text.index("fired"), [land]) is land


def test_an_acronym_in_brackets_is_no_place():
    text = "A mine hit their Armoured Personnel Carrier (APC) near the border town (Mandera)."
    found = [t.text for t in missed_places(text, [])]
    assert "APC" not in found and "Mandera" in found


def test_a_town_named_as_its_demonstrators_home():
    text = "On Friday Mombasa demonstrators marched against the assault of an activist."
    assert [t.location.country_code for t in missed_places(text, [])] == ["KE"]


def test_where_fire_came_from_is_not_where_it_fell():
    text = ("The same afternoon, rockets fired by army units positioned north of Oldbridge hit Riverton, "
            "killing a farmer.")
    origin = _top(text, "Oldbridge", "Freedonia", "Lakeshire")
    target = _top(text, "Riverton", "Freedonia", "Lakeshire")
    assert choose_place(text, [origin, target], text.index("hit"), [origin, target]) is target
    text = "Shells fired from positions in Oldbridge landed in Riverton on Monday."
    origin, target = _top(text, "Oldbridge", "Freedonia", "Lakeshire"), _top(text, "Riverton", "Freedonia", "Lakeshire")
    assert choose_place(text, [origin, target], text.index("Shells"), [origin, target]) is target
    # named alone, the origin still places the event (better than no place)
    text = "Rebels positioned near Oldbridge shelled the valley overnight."
    origin = _top(text, "Oldbridge", "Freedonia", "Lakeshire")
    assert choose_place(text, [origin], text.index("shelled"), [origin]) is origin


def test_a_body_named_after_of_is_no_missed_place():
    # "of Congress" names the legislature; the stop list of the recogniser holds for missed names too
    text = "Residents of Cordoba banged pots against a pay rise for staff of Congress."
    assert [t.text for t in missed_places(text, [])] == ["Cordoba"]

