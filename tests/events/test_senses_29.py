"""Word senses, deeds and datelines the stop-29 blind probes showed (sentences written for these tests)."""
import datetime as dt

import pytest

from strikewatch.events.places import filed_at
from strikewatch.events.triggers import find_cues
from strikewatch.models import Report, Toponym
from strikewatch.pipeline import load_pipeline


def _classes(nlp, text):
    return {c.cls for c in find_cues(next(nlp(text).sents))}


def _events(text, published=dt.date(2023, 5, 10)):
    return load_pipeline().run([Report(id="s", text=text, published=published)], merge=False).report_events


@pytest.mark.issue(16)
@pytest.mark.parametrize("text", [
    "The fall of the port city was a major blow to the government.",  # a setback, not an explosion
    "A former governor attacked both rivals as relics of the old parties.",  # words, not blows
    "The fast bowlers bombarded the batsmen with short balls and took nine wickets.",  # cricket
    "In the worst scenario, thousands of troops would be killed in the first week.",  # a simulation
    "Organisers of a march planned for next Saturday have applied for a permit.",  # still to come
])
def test_words_that_tell_no_event(nlp, text):
    assert not _classes(nlp, text) & {"BLAST", "ATTACK", "SHELL", "KILL", "PROTEST", "CLASH"}, text


@pytest.mark.issue(16)
def test_a_blow_up_is_still_a_blast(nlp):
    assert "BLAST" in _classes(nlp, "Militants blew up a bridge on the main road.")


@pytest.mark.issue(22)
def test_armed_men_neutralised_were_killed():
    events = _events("Troops neutralised seven bandits near Gusau on Monday, the army said.")
    assert len(events) == 1 and events[0].fatalities.best == 7
    assert events[0].location.name == "Gusau"


@pytest.mark.issue(16)
def test_a_verb_bombed_is_read_however_the_report_is_triaged():
    # "bomb" is a weapon's noun; as a verb it tells the deed: the sentence must reach the full parse
    events = _events("Warplanes bombed the market in Maarrat al-Numan on Tuesday.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


@pytest.mark.issue(17)
def test_the_second_name_of_a_dateline_is_where_it_was_filed():
    text = "TAMPA, Fla. — U.S. forces carried out two airstrikes in Shabwah governorate, Yemen, on Monday."
    fla = text.index("Fla.")
    assert filed_at(text, Toponym(fla, fla + 4, "Fla."))
    events = _events(text)
    assert events and events[0].location.country_code == "YE"
