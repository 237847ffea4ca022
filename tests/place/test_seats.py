from strikewatch.models import haversine_km
from strikewatch.place import geoparse, get_gazetteer
from strikewatch.place.seats import seat


def test_province_moves_to_its_main_town():
    text = "Floods and unrest were reported across Sindh province this week."
    loc = next(t.location for t in geoparse(text) if t.text.startswith("Sindh"))
    assert loc.feature == "admin1"
    moved = seat(get_gazetteer(), loc)
    assert moved.name == loc.name and moved.precision == loc.precision
    assert haversine_km(moved.lat, moved.lon, 24.86, 67.01) < 30  # Karachi
    assert (moved.lat, moved.lon) != (loc.lat, loc.lon)


def test_towns_stay_put():
    loc = next(t.location for t in geoparse("A bomb went off in Peshawar on Monday.") if t.location)
    assert loc.feature == "city"
    assert seat(get_gazetteer(), loc) == loc
