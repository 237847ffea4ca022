"""A mention's date and place from its own clause (events/mentions.py), on notes written for these tests."""
import datetime as dt

import pytest

from strikewatch.models import Report


@pytest.fixture(scope="module")
def pipeline():
    from strikewatch.pipeline import load_pipeline

    return load_pipeline(relevance=False)


@pytest.mark.issue(17)
def test_a_relative_clause_on_another_noun_dates_and_places_that_noun_not_the_deed(pipeline):
    text = ("Families of the 12 miners who went missing in Potosi in 2016 marched from the university to the "
            "main square in La Paz on 14 March 2019.")
    (event,) = pipeline.events_of(Report(id="n", text=text, published=dt.date(2019, 3, 16)))
    assert event.sub_event_type == "Peaceful protest"
    assert (event.date, event.location.name) == ("2019-03-14", "La Paz")


@pytest.mark.issue(17)
def test_a_clause_on_the_deed_itself_or_after_it_still_dates_it(pipeline):
    text = "The ambush, which took place on 3 May 2021 near Gao, killed four soldiers."
    (event,) = pipeline.events_of(Report(id="n", text=text, published=dt.date(2021, 5, 6)))
    assert event.date == "2021-05-03"
    # a trailing clause the parser hangs the deed's own date on
    text = "A mob beat to death a trader who was driving cattle near Alwar on the night of 20 July 2018."
    (event,) = pipeline.events_of(Report(id="n", text=text, published=dt.date(2018, 7, 23)))
    assert event.date == "2018-07-20"
