"""Which date governs an event mention, and the event date it yields."""
from __future__ import annotations

import datetime as dt

from strikewatch.models import Timex
from strikewatch.time import find_timexes
from strikewatch.time.anchor import governing_timex, event_date

DCT = dt.date(2016, 10, 24)


def _govern(text: str, mention: str) -> Timex | None:
    start = text.index(mention)
    return governing_timex(text, find_timexes(text, DCT), start, start + len(mention))


def test_same_clause_date_wins():
    text = "On Tuesday a drone struck a convoy; on Friday militants shelled the town."
    assert _govern(text, "shelled").text == "Friday"
    assert _govern(text, "struck").text == "Tuesday"


def test_same_sentence_prefers_earlier_date():
    text = "After talks on Monday failed, gunmen attacked a checkpoint, police said on Thursday."
    assert _govern(text, "attacked").text == "Monday"


def test_previous_sentence_in_paragraph_and_not_durations():
    text = "Jets bombed the bridge on October 8. For three days the town was shelled."
    t = _govern(text, "shelled")
    assert (t.text, t.value) == ("October 8", "2016-10-08")
    assert _govern("Jets bombed the bridge.\n\nFor three days the town was shelled.", "shelled") is None


def test_event_date_shapes():
    day = find_timexes("It happened on October 8.", DCT)[0]
    assert event_date(day, DCT) == ("2016-10-08", "day", ("2016-10-08", "2016-10-08"))
    late = find_timexes("It happened in late January.", dt.date(2017, 2, 9))[0]
    assert event_date(late, dt.date(2017, 2, 9)) == ("2017-01", "month", ("2017-01-21", "2017-01-31"))
    week = find_timexes("It happened last week.", DCT)[0]
    assert event_date(week, DCT) == (None, "week", ("2016-10-17", "2016-10-23"))
    assert event_date(None, DCT) == (None, "approximate", ("2016-10-07", "2016-10-24"))
    assert event_date(None, None) == (None, "unknown", None)
    unresolved = find_timexes("It happened on Thursday.", None)[0]
    assert event_date(unresolved, None) == (None, "unknown", None)


def test_recent_span_dates_an_event():
    text = "Aircraft struck the town in recent days, residents said."
    t = _govern(text, "struck")
    assert (t.text, t.type, t.value) == ("recent days", "DURATION", "PXD")
    assert event_date(t, DCT) == (None, "approximate", ("2016-10-17", "2016-10-24"))
    # a plain duration still does not date the event
    assert _govern("For three days the town was shelled.", "shelled") is None
