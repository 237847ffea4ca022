"""Strategic developments (events/territory.py) on sentences written for these tests."""
import pytest

from strikewatch.actors.aliases import ActorName
from strikewatch.events.territory import strategic, territory

ARMY = ActorName("Military Forces", "state", True)


@pytest.mark.issue(22)
@pytest.mark.parametrize("text,a1,want", [
    ("Rebels captured the town of Dunmore after government troops withdrew under fire.", ARMY,
     "Non-state actor overtakes territory"),  # who took it, said outright, beats the actor read first
    ("Loyalist militias took control of the hill on Sunday.", None, "Government regains territory"),
    ("The army retook the town on Sunday.", None, "Government regains territory"),
    ("Government troops withdrew from the town and handed it over to the local council.", None,
     "Non-violent transfer of territory"),
])
def test_who_took_a_place(text, a1, want):
    assert territory(text, a1) == want


@pytest.mark.issue(22)
@pytest.mark.parametrize("cues,text,want", [
    ({"SEIZE"}, "Police seized a half-built car bomb from a garage in a town near the border.", "Disrupted weapons use"),
    ({"SEIZE"}, "Militants seized the town of Dunmore and two army bases.", "Non-state actor overtakes territory"),
    ({"SEIZE"}, "Customs officers seized two tonnes of cocaine at the port.", "Looting/property destruction"),
])
def test_what_was_seized(cues, text, want):
    assert strategic(cues, text, None) == want
