import pytest

from strikewatch.actors import assign_roles, find_mentions, load_aliases


def _roles(nlp, text, trigger):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    roles = assign_roles(find_mentions(doc[:], load_aliases()), tok)
    return {k: v.actor.name for k, v in roles.items()}


@pytest.mark.parametrize("text,trigger,a1,a2", [
    ("A weapons depot was struck by the coalition near the border.", "struck", "Coalition", None),
    ("Two coalition airstrikes engaged three Daesh fighting positions.", "airstrikes", "Coalition", "Islamic State"),
    ("Suspected al-Shabaab gunmen killed four farmers on the road.", "killed", "Al Shabaab", "Civilians"),
    ("Fighting broke out between Kenyan police and Mungiki members.", "Fighting", "Police Forces of Kenya",
     "Mungiki Militia"),
    ("Houthi forces shelled Saudi soldiers along the border.", "shelled", "Houthis",
     "Military Forces of Saudi Arabia"),
])
def test_roles(nlp, text, trigger, a1, a2):
    got = _roles(nlp, text, trigger)
    assert got.get("actor1") == a1
    assert got.get("actor2") == a2
