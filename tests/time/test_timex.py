"""Recognition: spans, types and values of time expressions in invented sentences."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from strikewatch.time import find_timexes

DCT = dt.date(2016, 10, 24)  # a Monday


def _one(text: str, dct: dt.date | None = DCT):
    found = find_timexes(text, dct)
    assert len(found) == 1, found
    return found[0]


def test_weekday_resolves_to_latest_on_or_before_dct():
    t = _one("Rebels shelled the market on Thursday, residents said.")
    assert (t.start, t.end, t.text) == (29, 37, "Thursday")
    assert (t.type, t.value, t.first, t.precision, t.basis) == ("DATE", "2016-10-20", dt.date(2016, 10, 20), "day", "dct")


def test_future_clause_moves_weekday_forward():
    assert _one("The envoy will meet both sides on Thursday.").value == "2016-10-27"
    assert _one("Talks resume next Monday in the capital.").value == "2016-10-31"
    assert _one("The convoy left last Monday.").value == "2016-10-17"
    # "the week beginning ..." names a week, not a start still to come
    found = find_timexes("During the week beginning October 17th, gunmen raided two villages.", DCT)
    assert [t.value for t in found if t.text == "October 17th"] == ["2016-10-17"]
    assert _one("A truce beginning October 28 will be monitored.").value == "2016-10-28"


def test_fuzzy_month_typo_and_month_day_prefers_past():
    t = _one("Two strikes hit the bridge on Octobe 12 and more followed.", dt.date(2016, 10, 18))
    assert (t.text, t.value, t.basis) == ("Octobe 12", "2016-10-12", "dct")
    assert _one("The truce was signed Febuary 3.", dt.date(2016, 10, 18)).value == "2016-02-03"
    # a December date read in October is last December, not a future one
    assert _one("It began on December 20.", dt.date(2016, 10, 18)).value == "2015-12-20"


def test_late_month_is_a_narrowed_month():
    t = _one("The offensive began in late January, officials said.", dt.date(2017, 2, 9))
    assert (t.text, t.value, t.precision) == ("late January", "2017-01", "month")
    assert (t.first, t.last) == (dt.date(2017, 1, 21), dt.date(2017, 1, 31))


def test_relative_days_anchor_on_previous_date():
    text = "The depot was hit on March 3, 2015. Two days later the road was cut. The day before, a drone circled."
    found = find_timexes(text, dt.date(2015, 3, 20))
    assert [(t.text, t.value, t.basis) for t in found] == [
        ("March 3, 2015", "2015-03-03", "text"),
        ("Two days later", "2015-03-05", "anchor"),
        ("The day before", "2015-03-04", "anchor"),
    ]


def test_deictic_words():
    text = "Yesterday a mortar fell; overnight two more landed, and this morning the road closed."
    found = find_timexes(text, DCT)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("Yesterday", "DATE", "2016-10-23"),
        ("overnight", "TIME", "2016-10-23TNI"),
        ("this morning", "TIME", "2016-10-24TMO"),
    ]
    assert (found[1].first, found[1].last, found[1].precision) == (DCT - dt.timedelta(days=1), DCT, "approximate")


def test_weeks_months_and_vague_past():
    found = find_timexes("Fighting grew last week and again this month; in recent days it eased.", DCT)
    assert [(t.text, t.value) for t in found] == [
        ("last week", "2016-W42"), ("this month", "2016-10"), ("recent days", "PXD")]
    assert (found[2].first, found[2].last, found[2].precision) == (dt.date(2016, 10, 17), DCT, "approximate")


def test_ranges_years_decades_quarters():
    assert _one("Clashes were reported between 6 and 9 October.").value == "2016-10"
    t = _one("Clashes were reported from 3 to 5 May 2015.")
    assert (t.first, t.last, t.precision) == (dt.date(2015, 5, 3), dt.date(2015, 5, 5), "approximate")
    assert _one("The dam was built in the 1990s.").value == "199"
    assert _one("Profit rose in the third quarter.").value == "2016-Q3"
    assert _one("The town changed hands in 2014.").value == "2014"
    assert _one("A report dated 2016-10-09 was cited.").value == "2016-10-09"
    assert _one("A leaflet dated 12/10/2016 was found.").value == "2016-12-10"


def test_durations_and_sets():
    assert [(t.text, t.type, t.value) for t in find_timexes(
        "The siege lasted three weeks and patrols ran daily.", DCT)] == [
        ("three weeks", "DURATION", "P3W"), ("daily", "SET", "P1D")]
    assert _one("Shares hit a five-year low.").value == "P5Y"


def test_no_dct_leaves_relative_expressions_unresolved():
    t = _one("The clinic was bombed on Thursday.", None)
    assert (t.value, t.first, t.last, t.basis) == ("XXXX-WXX-4", None, None, "no-dct")
    absolute = _one("The clinic was bombed on 4 June 2015.", None)
    assert (absolute.value, absolute.basis) == ("2015-06-04", "text")


def test_modal_may_and_ages_are_not_dates():
    assert find_timexes("Officials may march to the square.", DCT) == []
    assert find_timexes("A 6-year-old boy was hurt.", DCT) == []


def test_spans_are_sorted_non_overlapping_and_exact():
    text = "On Friday, Oct. 7, 2016, at 10 p.m. Friday shelling resumed; weeks later it stopped."
    found = find_timexes(text, DCT)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    assert all(text[t.start:t.end] == t.text for t in found)
    assert found[0].text == "Friday, Oct. 7, 2016" and found[0].value == "2016-10-07"


@pytest.mark.shared
def test_seed_reports(shared_dir):
    seeds = shared_dir / "corpus" / "seeds"
    meta = {m["file"]: dt.date.fromisoformat(m["published"])
            for m in map(json.loads, (seeds / "meta.jsonl").read_text().splitlines())}

    def values(prefix: str) -> dict[str, tuple]:
        name = next(f for f in meta if f.startswith(prefix))
        found = find_timexes((seeds / name).read_text(encoding="utf-8"), meta[name])
        return {t.text: (t.value, t.first, t.last, t.basis) for t in found}

    first = values("000_")
    assert first["Octobe 12"][0] == "2016-10-12"
    assert first["October 8"][0] == "2016-10-08"
    assert values("001_")["Thursday"][0] == "2016-10-20"
    third = values("002_")
    assert third["Wednesday"][0] == "2017-02-08"
    assert third["late January"][:3] == ("2017-01", dt.date(2017, 1, 21), dt.date(2017, 1, 31))
    assert third["January 21"][0] == "2017-01-21"
    assert third["the day after"][3] == "anchor"
    # the day after the strike dates a press release; "That same day" is still the strike's day
    assert third["That same day"][0] == "2017-01-21"
    assert third["January"][0] == "2017-01"


def test_reporting_date_does_not_move_the_event_anchor():
    text = ("Gunmen raided the depot on March 3, 2015. In a statement the next day, the army said "
            "it had repelled them. That same day a second convoy was ambushed.")
    found = find_timexes(text, dt.date(2015, 3, 20))
    assert [(t.text, t.value) for t in found] == [
        ("March 3, 2015", "2015-03-03"), ("the next day", "2015-03-04"), ("That same day", "2015-03-03")]
    # without a reporting word the relative date is an event date and becomes the anchor
    text2 = "Gunmen raided the depot on March 3, 2015. The next day they burned it. That same day a convoy left."
    assert find_timexes(text2, dt.date(2015, 3, 20))[-1].value == "2015-03-04"


def test_weekday_with_part_of_day_is_a_time():
    t = _one("Mortars hit the base on Saturday night, a spokesman said.")
    assert (t.text, t.type, t.value, t.first) == ("Saturday night", "TIME", "2016-10-22TNI", dt.date(2016, 10, 22))
    assert _one("The clinic reopened Friday morning.", None).value == "XXXX-WXX-5TMO"


def test_next_year_counts_from_the_dct_not_the_last_period():
    found = find_timexes("Budgets for 2018 are set. Sometime next year the plant will open.", DCT)
    assert [(t.text, t.value) for t in found] == [("2018", "2018"), ("next year", "2017")]


def test_ages_ordinal_second_and_titles_are_not_timexes():
    assert find_timexes("The commander, 52 years old, was replaced.", DCT) == []
    assert find_timexes("A second convoy was stopped at the border.", DCT) == []
    assert [t.text for t in find_timexes("He spoke on the programme \"Face The Week\" about it.", DCT)] == []
    assert _one("The siren sounded for a second or two.").value == "PT1S"


def test_coordinated_days_are_two_dates():
    found = find_timexes("Talks were held on April 4 and 5, 2016 in Geneva.", DCT)
    assert [(t.text, t.value) for t in found] == [("April 4", "2016-04-04"), ("5, 2016", "2016-04-05")]


def test_year_end_takes_the_year_value():
    t = _one("The deal should close by year-end.")
    assert (t.value, t.first, t.last) == ("2016", dt.date(2016, 12, 1), dt.date(2016, 12, 31))
    assert _one("Prices have fallen since year-end.").value == "2015"


def test_month_day_window_and_clearly_past_clause():
    dct = dt.date(2016, 10, 24)
    # an undated day shortly after the DCT is upcoming...
    assert _one("Holders of record on Nov. 10 get the payout.", dct).value == "2016-11-10"
    # ...unless a past verb governs it
    assert _one("The bridge was destroyed on Nov. 10.", dct).value == "2015-11-10"
    assert _one("Rebels seized the town on Oct. 2.", dct).value == "2016-10-02"


@pytest.mark.issue(5)
def test_month_after_the_and_previous_weekday():
    assert _one("The March offensive stalled quickly.", dt.date(2016, 2, 10)).value == "2016-03"
    text = "Shares fell on Thursday, down from the previous Friday."
    assert [(t.text, t.value) for t in find_timexes(text, DCT)] == [
        ("Thursday", "2016-10-20"), ("the previous Friday", "2016-10-14")]


@pytest.mark.issue(5)
def test_hours_later_stay_on_the_anchor_day():
    text = "The convoy was hit on October 3. Three hours later the road reopened."
    found = find_timexes(text, DCT)
    assert [(t.text, t.value) for t in found] == [("October 3", "2016-10-03"), ("Three hours later", "2016-10-03")]


@pytest.mark.issue(5)
def test_vague_references():
    assert _one("Observers say peace will one day return.").value == "FUTURE_REF"
    assert _one("It lasted one day.").value == "P1D"
    assert _one("Holders may buy at the then-current price.").value == "PAST_REF"
    assert _one("Prices should stay high in the near term.").value == "FUTURE_REF"
    assert _one("The rest will be paid at a later date.").value == "FUTURE_REF"
    assert find_timexes("They repaid short-term debt.", DCT) == []


def test_a_wire_dateline_gives_the_report_day():
    from strikewatch.time import dateline_date

    assert dateline_date("SOUTHWEST ASIA, March 3, 2017 - Coalition forces struck ...") == dt.date(2017, 3, 3)
    assert dateline_date("GAO, Mali, 14 July 2021 (AFP) - Soldiers ...") == dt.date(2021, 7, 14)
    assert dateline_date("On 3 May 2020, rebels attacked the town.") is None  # a note's date, not a dateline
    assert dateline_date("LAGOS (Reuters) - Gunmen on Monday ...") is None


@pytest.mark.parametrize("text,span,value", [
    ("Nine years ago this week the depot was bombed.", "Nine years ago this week", "2007-W43"),
    ("Two years ago today, gunmen stormed the hotel.", "Two years ago today", "2014-10-24"),
    ("Thirty years ago tonight, soldiers fired on the crowd.", "Thirty years ago tonight", "1986-10-24"),
    ("Five years ago this month rebels took the city.", "Five years ago this month", "2011-10"),
    ("Three days ago, gunmen stormed the hotel.", "Three days ago", "2016-10-21"),
])
def test_an_anniversary_phrase_is_one_date_years_back(text, span, value):
    (t,) = find_timexes(text, DCT)
    assert (t.text, t.value) == (span, value)


def test_the_past_day_or_hours_reach_back_from_the_dct():
    # TimeML values stay durations; the day range is the stretch they cover, ending at the DCT
    day = dt.timedelta(days=1)
    for text, value, back in [("Over the past day, gunners hit two depots.", "P1D", 1),
                              ("Nine raids were flown in the past 24 hours.", "P1D", 1),
                              ("In the last 48 hours, shelling went on.", "PT48H", 2)]:
        t = _one(text)
        assert (t.type, t.value, t.first, t.last) == ("DURATION", value, DCT - back * day, DCT)
    # not the past: a length, the first hours of something, years back, or a day of something else
    assert _one("The siege lasted 24 hours.").first is None
    assert _one("In the first 24 hours, aid arrived.").first is None
    assert _one("Prices rose over the last five years.").first is None
    assert find_timexes("They spoke on the last day of the talks.", DCT) == []


def test_an_actors_period_is_no_date():
    # ACLED names state forces with the years of a government: "(2014-)", "(2018-2024)"
    text = "Military Forces of Iraq (2014-) and Police Forces of Mexico (2018-2024) were named; the raid was on 3 May 2023."
    assert [t.text for t in find_timexes(text, dt.date(2023, 5, 10))] == ["3 May 2023"]
    assert [t.text for t in find_timexes("The battle of Mosul (2016-2017) ended.", dt.date(2023, 5, 10))] == ["2016", "2017"]
