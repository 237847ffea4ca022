"""Issue 5: tense and clause context that picks the day a bare weekday or month-day means.

These exercise ``time/timex.py`` (the clause checks) through ``find_timexes``.
"""
from __future__ import annotations

import datetime as dt

import pytest

from strikewatch.time import find_timexes

MON = dt.date(2016, 10, 24)  # a Monday


def _values(text: str, dct: dt.date = MON) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


@pytest.mark.issue(5)
def test_would_before_the_date_looks_forward():
    assert _values("The minister said she would visit the camp on Thursday.") == [("Thursday", "2016-10-27")]
    # a possessive date names a thing that already happened
    assert _values("Lawyers said they would challenge Wednesday's decision.") == [("Wednesday", "2016-10-19")]
    # an event noun in between: the date is the event's ("investigate the strike on Thursday")
    assert _values("The army said it would investigate the strike on Thursday.") == [("Thursday", "2016-10-20")]
    # "would" after the date does not reach back to it
    assert _values("On Tuesday the council agreed that a ceasefire would help.") == [("Tuesday", "2016-10-18")]


@pytest.mark.issue(5)
def test_coordinated_days_share_the_clause_context():
    found = _values("Delegates would meet in the capital on April 24 and 25.", dt.date(2016, 2, 10))
    assert found == [("April 24", "2016-04-24"), ("25", "2016-04-25")]


@pytest.mark.issue(5)
def test_next_to_is_not_a_future_marker():
    assert _values("A bomb went off next to the bakery on Friday.") == [("Friday", "2016-10-21")]


@pytest.mark.issue(5)
def test_a_past_verb_dates_the_day_before_a_plan_named_after_it():
    # the cue word after the date qualifies a noun; the verb before it is what happened that day
    assert _values("Guards detained six union members on Thursday ahead of planned sit-ins.") == [
        ("Thursday", "2016-10-20")]
    # a reporting verb before "that" does not date what follows it
    assert _values("She added that rules to be published in early December will apply.") == [
        ("early December", "2016-12")]
    # with no past verb before it, a cue after the date still looks ahead
    assert _values("A walkout on Thursday is planned by the union.") == [("Thursday", "2016-10-27")]


@pytest.mark.issue(5)
def test_plans_already_in_the_past_stay_in_the_past():
    assert _values("The vote had been scheduled for Friday.") == [("Friday", "2016-10-21")]
    assert _values("A march planned for Saturday was called off.") == [("Saturday", "2016-10-22")]
    assert _values("Until Sunday, police had not named a suspect.") == [("Sunday", "2016-10-23")]
    assert _values("The vote is scheduled for Friday.") == [("Friday", "2016-10-28")]


@pytest.mark.issue(5)
def test_infinitive_after_a_past_verb_keeps_the_date_ahead():
    assert _values("The judge summoned him to testify on November 3.") == [("November 3", "2016-11-03")]
    assert _values("The judge testified on November 3.") == [("November 3", "2015-11-03")]


@pytest.mark.issue(5)
def test_through_a_month_follows_the_tense():
    assert _values("The bank has extended the credit line through January.") == [("January", "2017-01")]
    assert _values("Sales stalled this year through August.", dt.date(2016, 10, 20)) == [
        ("this year", "2016"), ("August", "2016-08")]


@pytest.mark.issue(5)
def test_possessive_month_after_to_is_not_a_deadline():
    assert _values("Officials made a revision to December's totals.", dt.date(2016, 2, 6)) == [
        ("December", "2015-12")]
    assert _values("The curfew was extended to December.", dt.date(2016, 2, 6)) == [("December", "2016-12")]
