"""Days named from the DCT and times of day (``time/daytime.py``)."""
from __future__ import annotations

import datetime as dt

import pytest

from strikewatch.time import find_timexes
from strikewatch.time.normalize import normalize_text

DCT = dt.date(2016, 10, 24)  # a Monday


def _found(text: str, dct: dt.date = DCT) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


@pytest.mark.issue(5)
def test_part_of_day_takes_the_day_last_mentioned():
    assert _found("Shelling resumed on Tuesday. In the afternoon the road was closed.") == [
        ("Tuesday", "DATE", "2016-10-18"), ("the afternoon", "TIME", "2016-10-18TAF")]
    assert _found("By mid-afternoon the crowd had gone.") == [("mid-afternoon", "TIME", "2016-10-24TAF")]
    # "the morning of ..." belongs to the date that follows, not to this rule
    assert _found("They left in the morning of the attack.") == []


@pytest.mark.issue(5)
def test_midday_is_a_clock_time():
    assert _found("The envoy landed at midday.") == [("midday", "TIME", "2016-10-24T12:00")]
    assert normalize_text("noon", DCT).value == "2016-10-24T12:00"


def test_deictic_days_and_clock_times():
    assert _found("Yesterday at 10 p.m. a shell hit the clinic.") == [
        ("Yesterday at 10 p.m.", "TIME", "2016-10-23T22:00")]
    assert normalize_text("tonight", DCT).value == "2016-10-24TNI"
