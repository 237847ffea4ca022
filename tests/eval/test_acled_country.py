from strikewatch.eval.acled_country import country_code, country_hit
from strikewatch.models import Event, Location


def _event(cc):
    loc = Location(name="X", country=None, admin1=None, lat=0.0, lon=0.0, precision="city", country_code=cc)
    return Event(id="r#0", event_type="Battles", sub_event_type="Armed clash", location=loc)


def test_acled_country_names_meet_gazetteer_codes():
    assert country_code("Democratic Republic of Congo") == "CD"
    assert country_code("Palestine") == "PS" and country_code("Kenya") == "KE"
    assert country_hit({"country": "Democratic Republic of Congo"}, _event("CD"))
    assert not country_hit({"country": "Kenya"}, _event("SO"))
    assert not country_hit({"country": "Kenya"}, None)
