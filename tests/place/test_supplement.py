"""The project's own conflict-zone places (place/supplement.py, data/conflict_places.txt)."""
import pytest

from strikewatch.place import geoparse, get_gazetteer
from strikewatch.place.supplement import read_rows

KINDS = {"village", "town", "city", "neighbourhood", "district", "camp", "base", "airport", "crossing", "dam",
         "bridge", "oilfield", "mountain", "valley", "forest", "island", "area"}


def test_every_row_is_well_formed():
    rows = read_rows()
    assert len(rows) > 2000
    gaz = get_gazetteer()
    seen = set()
    for r in rows:
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
        assert r["kind"] in KINDS and int(r["population"] or 0) >= 0, r
        assert gaz.country_name(r["country"]), r  # a country the gazetteer knows
        assert (r["name"], r["country"]) not in seen, r
        seen.add((r["name"], r["country"]))


@pytest.mark.issue(17)
@pytest.mark.parametrize("name, country", [("Nangade", "MZ"), ("Sujawal", "PK"), ("Qoryoley", "SO"), ("Mamasapano", "PH")])
def test_a_place_cities500_lacks_is_resolved(name, country):
    text = f"On 4 May, gunmen attacked a police post in {name}, killing two officers."
    (top,) = [t for t in geoparse(text) if t.text == name]
    assert top.location is not None and top.location.country_code == country


def test_a_spelling_joins_the_place_cities500_holds():
    gaz = get_gazetteer()
    # "Tal Rifat" is the supplement's spelling of cities500's Tall Rif'at: one entry, not two
    ids = {c.id for c in gaz.lookup("Tal Rifat") if gaz.cc(c.id) == "SY"}
    assert ids and ids <= {c.id for c in gaz.lookup("Tall Rif‘at")}
