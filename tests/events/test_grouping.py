"""events/grouping.py: a protest's own next sentences may escalate it, an article's background may not."""
import datetime as dt

import pytest

from strikewatch.events import extract_events
from strikewatch.events.grouping import PROTEST_REACH
from strikewatch.models import Report
from strikewatch.time import find_timexes

MARCH = "Hundreds of women marched through the market on Monday to demand the release of detained relatives."
FILLER = " The group's leaders have held talks with officials over the budget for several months."


def _subtypes(nlp, text):
    report = Report(id="g", text=text, published=dt.date(2023, 4, 12))
    timexes = find_timexes(report.clean, report.published)
    return [e.sub_event_type for e in extract_events(report, nlp(report.clean), timexes, [])]


@pytest.mark.issue(22)
def test_a_protests_next_sentence_escalates_it(nlp):
    assert _subtypes(nlp, MARCH + " Police fired tear gas to disperse them.")[0] == "Protest with intervention"


@pytest.mark.issue(22)
def test_background_far_past_the_protest_does_not_escalate_it(nlp):
    far = FILLER * (PROTEST_REACH // len(FILLER) + 2)
    text = MARCH + far + " In 2019 rioters torched shops in the same market."
    assert _subtypes(nlp, text)[0] == "Peaceful protest"
    assert _subtypes(nlp, MARCH + " Rioters torched shops in the market.")[0] == "Violent demonstration"


@pytest.mark.issue(22)
def test_damage_that_is_no_ones_property_does_not_make_a_protest_violent(nlp):
    text = MARCH + " An official said the only way to limit the damage was a new budget."
    assert _subtypes(nlp, text)[0] == "Peaceful protest"
    assert _subtypes(nlp, MARCH + " They damaged two police cars.")[0] == "Violent demonstration"


@pytest.mark.issue(22)
def test_force_against_a_crowd_that_rioted_is_the_violent_demonstration(nlp):
    shot = "Police shot dead two marchers in the market on Monday."
    assert _subtypes(nlp, shot)[0] == "Excessive force against protesters"
    rioted = shot + " The marchers had blocked the road with burning tyres and thrown stones at the station."
    assert _subtypes(nlp, rioted)[0] == "Violent demonstration"


@pytest.mark.issue(22)
def test_a_protest_that_turns_violent_or_destroys_property_is_a_violent_demonstration(nlp):
    assert _subtypes(nlp, "The march on the ministry turns violent")[0] == "Violent demonstration"
    assert _subtypes(nlp, MARCH + " Witnesses reported property destruction by the marchers.")[0] == \
        "Violent demonstration"


@pytest.mark.issue(22)
def test_a_notes_attack_whose_attackers_were_fought_is_an_armed_clash(nlp):
    raid = "Armed herders raided a cattle market near the river and shot two traders."
    assert _subtypes(nlp, raid) == ["Attack"]
    assert _subtypes(nlp, raid + " Police reservists later engaged the raiders in a gun battle.") == ["Armed clash"]


@pytest.mark.issue(22)
def test_a_notes_fight_after_which_a_place_was_taken_is_territory(nlp):
    note = ("Fighters attacked army positions near the river on Monday, killing two soldiers. "
            "They then took control of two villages.")
    assert _subtypes(nlp, note) == ["Non-state actor overtakes territory"]
