import numpy as np

from strikewatch.place import get_gazetteer
from strikewatch.place.spatial import coherence, contained, distance_km, relations


def _entry(gaz, name, feature, admin1):
    return next(c.id for c in gaz.lookup(name) if gaz.feature(c.id) == feature and gaz.admin1(c.id) == admin1)


def test_distance_km():
    d = distance_km(np.array([0.0]), np.array([0.0]), np.array([0.0]), np.array([1.0]))
    assert 110 < float(d[0]) < 112


def test_containment_and_sibling_provinces():
    gaz = get_gazetteer()
    town = _entry(gaz, "Richmond", "city", "Kentucky")
    county = _entry(gaz, "Madison County", "district", "Kentucky")
    other = _entry(gaz, "Madison County", "district", "Indiana")
    assert contained(gaz, np.array([county, other]), np.array([town])).tolist() == [[True, False]]
    kansas, ohio = _entry(gaz, "Kansas", "admin1", "Kansas"), _entry(gaz, "Ohio", "admin1", "Ohio")
    locals_ = {"ohio": (np.array([ohio]), np.array([0.9])), "richmond": (np.array([town]), np.array([0.2]))}
    rel = relations(gaz, np.array([kansas]), locals_, "kansas", near_km=100.0)
    # one sibling province is not yet a list: nothing until more than siblings_free of them
    assert coherence(1, rel, locals_, siblings_free=1.0, cap=3.0).tolist() == [0.0]
    assert coherence(1, rel, locals_, siblings_free=0.0, cap=3.0).tolist() == [0.9]
    # a county that holds the town counts in full, however unsure its own reading is
    locals_ = {"madison county": (np.array([county]), np.array([0.2]))}
    rel = relations(gaz, np.array([town]), locals_, "richmond", near_km=100.0)
    assert coherence(1, rel, locals_, siblings_free=1.0, cap=3.0).tolist() == [1.0]
