"""Issue 22: sub-types the rules alone cannot read, through the whole extraction.

Each report is one or two sentences written for this test (invented towns, hand-built 'March N'
timexes): what is under test is the sub-type the rules and the shipped model settle on together.
"""
import pytest

from strikewatch.events.typer import ENV_VAR

from .test_subtypes import run

pytestmark = pytest.mark.issue(22)


@pytest.fixture(autouse=True)
def _no_user_typer(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.mark.parametrize("body,want", [
    # a crowd stopped by the police, shot at, or itself violent
    ("On March 3, police fired tear gas to disperse a march by nurses demanding unpaid wages in Foxton.",
     "Protest with intervention"),
    ("On March 3, police fired live rounds at nurses marching peacefully in Foxton, killing two of them.",
     "Excessive force against protesters"),
    ("On March 3, nurses marching over unpaid wages in Foxton threw stones at the police and set a car on fire.",
     "Violent demonstration"),
    ("Nurses marched peacefully through Foxton on March 3 to demand unpaid wages.", "Peaceful protest"),
    # a truce signed, and fighting despite it
    ("On March 4, the army and the rebels signed a ceasefire agreement in Marbury.", "Agreement"),
    ("On March 4, the army and the rebels clashed near Marbury despite the ceasefire signed last week.",
     "Armed clash"),
    # a bomb defused, and one that went off
    ("On March 5, army engineers defused a roadside bomb found near a school in Kelloway.",
     "Disrupted weapons use"),
    ("On March 5, a roadside bomb exploded near a school in Kelloway, wounding three soldiers.",
     "Remote explosive/landmine/IED"),
    # a town taken, retaken
    ("On March 6, rebels captured the town of Dunmore after government troops withdrew under fire.",
     "Non-state actor overtakes territory"),
    ("On March 7, government troops recaptured Dunmore from the rebels after two days of fighting.",
     "Government regains territory"),
])
def test_sub_type_of_a_near_miss(nlp, body, want):
    evs = run(nlp, body)
    assert evs, body
    assert evs[0].sub_event_type == want


def test_a_named_weapon_keeps_the_rules_answer(nlp):
    # the model may read 'protest' into the sentence; the bomb the rules read stands
    evs = run(nlp, "On March 8, a car bomb exploded outside a protest camp in Ashgrove, killing four people.")
    assert evs and evs[0].sub_event_type in ("Remote explosive/landmine/IED", "Suicide bomb")
