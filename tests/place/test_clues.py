import pytest

from strikewatch.place import get_gazetteer
from strikewatch.place.clues import area_clues


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def test_area_clues_find_states_abbreviations_and_counties(gaz):
    text = "Deputies in Travis County said the driver was from Tex. and later moved to Ohio. North winds blew."
    found = [text[m.start:m.end] for m in area_clues(text, gaz, [])]
    assert found == ["Travis County", "Tex.", "Ohio"]


def test_area_clues_skip_taken_spans(gaz):
    text = "A fire in Ohio spread to Kentucky."
    ohio = (text.index("Ohio"), text.index("Ohio") + 4)
    clues = area_clues(text, gaz, [ohio])
    assert [(m.start, m.end) for m in clues] == [(text.index("Kentucky"), text.index("Kentucky") + 8)]
