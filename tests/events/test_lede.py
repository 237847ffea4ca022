"""What news tells as news: plans dated after publication, looks back (events/lede.py; invented text)."""
import datetime as dt

import pytest

from strikewatch.events.lede import commemorates
from strikewatch.models import Report
from strikewatch.pipeline import load_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline()


def _events(pipeline, text, day):
    return pipeline.run([Report(id="l", text=text, published=day)], merge=False).report_events


def test_a_protest_dated_after_publication_is_a_plan(pipeline):
    text = ("Korvan police warn against planned July 31 protest, say gatherings banned\n"
            "KORVA, July 28 - Police in Korva warned on Tuesday that a protest opposition groups have called "
            "for July 31 would be broken up, saying all public gatherings remain banned under the state of emergency.")
    assert _events(pipeline, text, dt.date(2020, 7, 28)) == []


def test_a_feast_day_to_come_does_not_date_the_riot(pipeline):
    # "as the Christmas season starts" is no day of the riot: the riot keeps its own Saturday
    text = ("Shops count the cost of Saturday riots as Christmas season starts\n"
            "PARIS, Dec 3 - Retailers said on Monday that the riots had cost them a weekend of sales. Protesters "
            "angry at fuel taxes clashed with police on the Champs-Elysees on Saturday, torching cars and "
            "smashing shop windows. Police fired tear gas and more than 200 people were arrested.")
    events = _events(pipeline, text, dt.date(2018, 12, 3))
    assert events and all(e.date == "2018-12-01" for e in events)


def test_a_memoir_or_a_look_back_is_no_news():
    assert commemorates("A former sergeant's memoir revisits the battle for the old city")
    assert commemorates("The task force looks back on 2023 as the year the group lost its last towns")
    assert not commemorates("Jets struck the old city on Monday, killing four people")
