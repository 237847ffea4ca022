"""Normalisation of single expressions against a DCT and an anchor."""
from __future__ import annotations

import datetime as dt

import pytest

from strikewatch.time import find_timexes
from strikewatch.time.calendar import narrow, weekday_near
from strikewatch.time.durations import iso_duration
from strikewatch.time.lexicon import fuzzy_month, month_number, parse_number, spelled_year
from strikewatch.time.normalize import normalize_text

DCT = dt.date(1998, 1, 8)


def test_month_alone_prefers_past():
    n = normalize_text("October", DCT)
    assert (n.value, n.first, n.last, n.precision) == ("1997-10", dt.date(1997, 10, 1), dt.date(1997, 10, 31), "month")


def test_quarters_and_halves():
    assert normalize_text("the fourth quarter", DCT).value == "1997-Q4"
    assert normalize_text("third-quarter", dt.date(1989, 10, 26)).value == "1989-Q3"
    assert normalize_text("the latest quarter", dt.date(1989, 10, 26)).value == "1989-Q3"
    assert normalize_text("the first half of 1996", DCT).value == "1996-H1"


def test_relative_units():
    assert normalize_text("last year", DCT).value == "1997"
    assert normalize_text("next month", DCT).value == "1998-02"
    n = normalize_text("earlier this month", DCT)
    assert (n.value, n.first, n.last) == ("1998-01", dt.date(1998, 1, 1), DCT)
    assert normalize_text("two weeks ago", DCT).value == "1997-W52"
    assert normalize_text("three months ago", DCT).value == "1997-10"


def test_anchor_is_used_for_relative_days():
    n = normalize_text("the next day", DCT, anchor=dt.date(1997, 12, 30))
    assert (n.value, n.basis) == ("1997-12-31", "anchor")
    assert normalize_text("the next day", DCT).value == "1998-01-09"


def test_references_and_fiscal():
    assert normalize_text("now", DCT).value == "PRESENT_REF"
    assert normalize_text("recent years", DCT).value == "PAST_REF"
    assert normalize_text("the near future", DCT).value == "FUTURE_REF"
    assert normalize_text("fiscal 1996", DCT).value == "1996"


def test_spelled_and_edge_years():
    assert normalize_text("nineteen ninety-six", DCT).value == "1996"
    n = normalize_text("mid-1996", DCT)
    assert (n.value, n.first, n.last) == ("1996", dt.date(1996, 5, 2), dt.date(1996, 8, 31))


def test_dateparser_fallback_reads_other_day_forms():
    assert normalize_text("the 12th of October 2016", None).value == "2016-10-12"


def test_durations():
    assert iso_duration(2, "week") == "P2W"
    assert iso_duration(None, "year") == "PXY"
    assert iso_duration(3, "quarter") == "P9M"
    assert iso_duration(2.5, "year") == "P2Y6M"
    assert iso_duration(5, "hour") == "PT5H"
    assert normalize_text("the last twenty four hours", DCT).value == "P1D"


def test_lexicon_helpers():
    assert month_number("Sept.") == 9 and month_number("Febuary") == 2
    assert fuzzy_month("octobe") == 10 and fuzzy_month("mosul") is None
    assert parse_number("twenty four") == 24 and parse_number("forty-two") == 42
    assert spelled_year("two thousand") == 2000


def test_calendar_helpers():
    thu = weekday_near(dt.date(2016, 10, 24), 4, "past")
    assert thu == dt.date(2016, 10, 20)
    assert weekday_near(dt.date(2016, 10, 20), 4, "before") == dt.date(2016, 10, 13)
    assert narrow(dt.date(2017, 1, 1), dt.date(2017, 1, 31), "early") == (dt.date(2017, 1, 1), dt.date(2017, 1, 10))


@pytest.mark.issue(5)
def test_seasons_with_this_past_and_a_preposition():
    dct = dt.date(2016, 10, 24)
    assert normalize_text("this past spring", dct).value == "2016-SP"
    assert normalize_text("in the summer", dct).value == "2016-SU"
    assert normalize_text("over the winter", dct).value == "2015-WI"  # the one that began in December 2015
    assert normalize_text("in the spring", dct, future=True).value == "2017-SP"
    assert normalize_text("the summer", dct) is None  # a bare "the summer" is not taken as a date


@pytest.mark.issue(5)
def test_last_month_name_just_before_the_dct_means_a_year_back():
    dct = dt.date(2016, 10, 24)
    assert normalize_text("last September", dct).value == "2015-09"
    assert normalize_text("last April", dct).value == "2016-04"


@pytest.mark.issue(5)
def test_vague_spans_in_recent_and_coming_units():
    dct = dt.date(2016, 10, 24)
    n = normalize_text("in recent weeks", dct)
    assert (n.type, n.value, n.first, n.last) == ("DURATION", "PXW", dt.date(2016, 9, 24), dct)
    assert normalize_text("in the coming years", dct).value == "PXY"
    assert normalize_text("coming quarters", dct).value == "FUTURE_REF"
    found = find_timexes("Funds have sold bonds in recent weeks and months.", dct)
    assert [(t.text, t.value) for t in found] == [("recent weeks", "PAST_REF")]


@pytest.mark.issue(5)
def test_comparable_period_and_half_units():
    assert normalize_text("the corresponding period last year", dt.date(1995, 11, 2)).value == "1994-Q3"
    assert normalize_text("a minute and a half", DCT).value == "PT1M30S"
    assert normalize_text("two and a half years", DCT).value == "P2Y6M"
    assert normalize_text("six working days", DCT).value == "P6D"
    assert normalize_text("the next couple of years", DCT).value == "P2Y"
    assert normalize_text("day-long", DCT).value == "P1D"
    assert normalize_text("the week of March 6", DCT).value == "1998-W10"
