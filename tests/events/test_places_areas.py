"""Coarser right answers: a bracketed container abroad, a container's own province, border sides, named areas."""
from strikewatch.events.places import border_side, choose_place, named_area
from strikewatch.models import Location, Toponym
from strikewatch.place import geoparse


def _top(text, name, country, admin1, feature="city", precision="city", score=1.0, lat=0.0):
    start = text.index(name)
    loc = Location(name=name, country=country, admin1=admin1, lat=lat, lon=0.0, precision=precision, feature=feature)
    return Toponym(start, start + len(name), name, loc, score)


def test_bracketed_province_abroad_stands_in_for_a_sure_namesake():
    text = "Rebels overran the Kestrel military camp (Dunmore, Dunmore) at dawn."
    inner = _top(text, "Kestrel", "Sylvania", "Northmarch")  # the only reading: a namesake in another country
    outer = _top(text, "Dunmore", "Freedonia", "Dunmore", feature="admin1", precision="province")
    got = choose_place(text, [inner, outer], text.index("overran"), [inner, outer])
    assert got is not None and got.location.country == "Freedonia"


def test_a_containers_province_refutes_a_namesake_in_another_province():
    text = "On Friday, in Calder, Wexley, Fenland department, residents blocked a road."
    inner = _top(text, "Calder", "Freedonia", "Northmarch", lat=3.0)  # some 330 km away
    mid = _top(text, "Wexley", "Freedonia", "Fenland")
    top = _top(text, "Fenland", "Freedonia", "Fenland", feature="admin1", precision="province")
    got = choose_place(text, [inner, mid, top], text.index("blocked"), [inner, mid, top])
    assert got is not None and got.location.name == "Wexley"


def test_a_country_named_as_a_border_side_is_not_the_place():
    text = "Raiders ambushed a bus outside Parvin near the Sylvania border."
    side = _top(text, "Sylvania", "Sylvania", None, feature="country", precision="country")
    assert border_side(text, side)
    assert choose_place(text, [side], text.index("ambushed"), [side]) is None
    text = "Herders clashed with police at the Freedonia-Sylvania border."
    assert border_side(text, _top(text, "Sylvania", "Sylvania", None, feature="country", precision="country"))
    assert not border_side(text, _top(text, "Freedonia", "Freedonia", None, feature="country", precision="country"))
    text = "Soldiers clashed with smugglers along the border with Sylvania."
    assert border_side(text, _top(text, "Sylvania", "Sylvania", None, feature="country", precision="country"))
    text = "Raiders crossed the border into Sylvania and burned two villages."
    assert not border_side(text, _top(text, "Sylvania", "Sylvania", None, feature="country", precision="country"))
    text = "Sylvania border guards shot a smuggler."
    assert not border_side(text, _top(text, "Sylvania", "Sylvania", None, feature="country", precision="country"))
    text = "Troops were deployed in Sylvania on Monday."
    assert not border_side(text, _top(text, "Sylvania", "Sylvania", None, feature="country", precision="country"))


def test_the_named_county_is_the_place_when_the_village_is_unknown():
    text = "Two herders were shot dead in Lorokwa village, Tana River County, on Sunday night."
    area = named_area(text, geoparse(text), None)
    assert area is not None and area.country_code == "KE" and area.precision == "province"


def test_a_road_end_gives_way_to_another_place():
    text = "Students blocked the Ardent-Wexley highway near Calder over fees."
    a = _top(text, "Ardent", "Freedonia", "Fenland")
    w = _top(text, "Wexley", "Freedonia", "Fenland")
    c = _top(text, "Calder", "Freedonia", "Fenland")
    assert choose_place(text, [a, w, c], text.index("blocked"), [a, w, c]) is c
    assert choose_place(text, [a, w], text.index("blocked"), [a, w]) is not None  # no other place: the road's end


def test_a_village_named_with_its_town_is_not_a_namesake_elsewhere():
    text = "On Monday, in Corra village, Wexley, a shell hit a house."
    inner = _top(text, "Corra", "Freedonia", "Northmarch", lat=3.0)
    outer = _top(text, "Wexley", "Freedonia", "Fenland")
    got = choose_place(text, [inner, outer], text.index("hit"), [inner, outer])
    assert got is not None and got.location.name == "Wexley"


def test_a_people_named_after_a_town_is_not_the_place():
    text = "Clashes between Ardent and Calder ethnic militias left four dead."
    a = _top(text, "Ardent", "Freedonia", "Fenland")
    c = _top(text, "Calder", "Freedonia", "Fenland")
    assert choose_place(text, [a, c], text.index("left"), [a, c]) is None
    text = "Raiders from Calder clan lands attacked herders in Wexley."
    c = _top(text, "Calder", "Freedonia", "Fenland")
    w = _top(text, "Wexley", "Freedonia", "Fenland")
    assert choose_place(text, [c, w], text.index("attacked"), [c, w]) is w


def test_a_country_read_from_its_demonym_is_not_the_place():
    from strikewatch.events.places import demonym_only
    from strikewatch.place import get_gazetteer

    cc = get_gazetteer().lookup("Kenya")[0]
    loc = get_gazetteer().location(cc.id)
    assert demonym_only(Toponym(0, 6, "Kenyan", loc, 1.0))
    assert not demonym_only(Toponym(0, 5, "Kenya", loc, 1.0))


def test_a_named_intersection_is_a_landmark_of_the_town_named_after_it():
    text = "Rioters smashed bank windows at the Ardent intersection in Wexley overnight."
    a = _top(text, "Ardent", "Sylvania", "Northmarch")
    w = _top(text, "Wexley", "Freedonia", "Fenland")
    assert choose_place(text, [a, w], text.index("smashed"), [a, w]) is w


def test_a_dateline_over_another_country_or_a_named_province_is_no_event_place():
    from strikewatch.events.assemble import main_place
    from strikewatch.models import Report
    text = "Clashes reported in the north\nBELVAR, Sylvania — Fighting broke out near a garrison in Freedonia's Fenland province."
    report = Report(id="d", text=text)
    dateline = _top(text, "BELVAR", "Sylvania", "Capital")
    country = _top(text, "Freedonia", "Freedonia", None, feature="country", precision="country")
    province = _top(text, "Fenland", "Freedonia", "Fenland", feature="admin1", precision="province")
    assert main_place(report, [dateline, country, province]) is None  # filed from Sylvania, about Freedonia
    home = _top(text, "Fenland", "Sylvania", "Fenland", feature="admin1", precision="province")
    assert main_place(report, [dateline, home]) is None  # filed from the capital, about a province it names
    text = "Looting in the capital\nBELVAR — Fighters went from house to house in the Old Mill quarter."
    dateline = _top(text, "BELVAR", "Sylvania", "Capital")
    assert main_place(Report(id="d", text=text), [dateline]).name == "BELVAR"  # nothing else named: it stands


def test_a_drug_seizure_is_no_event(nlp):
    from strikewatch.events import extract_events
    from strikewatch.models import Report
    text = "Sylvanian police seize five tonnes of cocaine in Calder port"
    report = Report(id="c", text=text, body_start=len(text))
    assert extract_events(report, nlp(report.clean), [], [_top(text, "Calder", "Sylvania", "Fenland")]) == []
