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


@pytest.mark.issue(17)
def test_a_compass_word_opens_an_area_name(gaz):
    # "Sudan" inside "South Sudan People's Defence Forces" is no clue of Sudan; "South" alone is no area
    text = "Soldiers of the South Sudan People's Defence Forces met envoys from North Kivu. South held."
    assert [text[m.start:m.end] for m in area_clues(text, gaz, [])] == ["South Sudan", "North Kivu"]
