"""Incident segmentation: one incident told several times is one event; background is not (invented text)."""
import datetime as dt
import re

import pytest

from strikewatch.events import extract_events
from strikewatch.models import Location, Report, Timex, Toponym

DCT = dt.date(2022, 6, 20)
PLACES = {"Velmora": (0.50, 35.00), "Harrowfield": (0.52, 35.01), "Oldtown": (2.90, 38.40), "Brenmoor": (0.62, 35.08)}


def _run(nlp, body, head="Attack in Velmora\n", published=DCT):
    text = head + body
    report = Report(id="i", text=text, published=published, body_start=len(head))
    txs = []
    for m in re.finditer(r"(\d+) (June|May|January)( 2021)?", text):
        year = 2021 if m.group(3) else 2022
        d = dt.date(year, {"January": 1, "May": 5, "June": 6}[m.group(2)], int(m.group(1)))
        txs.append(Timex(m.start(), m.end(), m.group(), "DATE", d.isoformat(), d, d, "day"))
    tops = [Toponym(m.start(), m.end(), w, Location(w, "Kenya", "Rift", lat, lon, precision="city"))
            for w, (lat, lon) in PLACES.items() for m in re.finditer(w, text)]
    return extract_events(report, nlp(report.clean), txs, tops)


NARRATIVE = (
    "On 12 June, gunmen attacked a market in Velmora, killing at least seven civilians and wounding 15 others. "
    "Witnesses said the attackers arrived on motorcycles and opened fire on traders. "
    "Among the dead were two children, a local official said. "
    "By 14 June the death toll had risen to 11, the official said. "
    "On 3 January 2021, a similar attack on the same market killed four people. "
    "More than 2,000 people have been killed in the region since the conflict began. "
    "Across the country, 40 people were killed in attacks in the past 24 hours, the ministry said.")


@pytest.mark.issue(18)
def test_one_incident_told_several_times_is_one_event(nlp):
    events = _run(nlp, NARRATIVE)
    assert len(events) == 1
    ev = events[0]
    assert ev.date == "2022-06-12" and ev.location.name == "Velmora"
    assert ev.fatalities.best == 11  # the latest update, not 7, and never the cumulative 2,000 or 40
    assert ev.civilian_fatalities.best == 11 and ev.injured.best == 15
    assert "toll had risen to 11" in [e.text for e in ev.sources[0].evidence["fatalities"]]
    assert ev.note is not None and ev.note.startswith("On 12 June 2022")


@pytest.mark.issue(18)
def test_another_incident_told_as_news_is_its_own_event(nlp):
    body = ("On 12 June, gunmen attacked a market in Velmora, killing five traders. "
            "Elsewhere, a roadside bomb killed two soldiers near Oldtown on 13 June, police said.")
    events = _run(nlp, body)
    assert [(e.location.name, e.date) for e in events] == [("Velmora", "2022-06-12"), ("Oldtown", "2022-06-13")]


@pytest.mark.issue(18)
def test_a_day_something_was_said_does_not_split_the_incident(nlp):
    body = ("Gunmen attacked a market in Velmora on 12 June, killing five traders. "
            "Police said on 14 June that the gunmen had also set fire to shops in Velmora.")
    events = _run(nlp, body)
    assert len(events) == 1 and events[0].date == "2022-06-12"


@pytest.mark.issue(18)
def test_a_nearby_village_is_the_same_place_and_a_far_town_is_not(nlp):
    body = ("On 12 June, gunmen attacked Velmora, killing five villagers. "
            "The attackers also burned homes in Harrowfield, residents said.")
    assert len(_run(nlp, body)) == 1


@pytest.mark.issue(18)
def test_two_towns_struck_the_same_day_are_two_events(nlp):
    # some 16 km apart: a digest's next incident, not the first told again (ACLED: one event per place and day)
    body = ("Daily report of the monitoring network for the western districts. "
            "On 12 June, jets struck a market in Velmora at around noon, killing four traders who were selling "
            "vegetables, according to a volunteer who helped carry the wounded. Shops along the street were "
            "destroyed and the market has been closed since. "
            "The same afternoon, artillery shells hit Brenmoor, killing a farmer who was working in his field on "
            "the eastern edge of the village, his cousin said by telephone. Families from both places have "
            "been leaving for the camps in the north, and the network will update its figures as more names "
            "of victims are confirmed by relatives and local officials.")
    assert [e.location.name for e in _run(nlp, body)] == ["Velmora", "Brenmoor"]
    # a release's "in addition" line: one more strike elsewhere, on the lead's day
    body = "On 12 June, aircraft struck weapons depots in Velmora. In addition, in Brenmoor, an aircraft struck a launcher."
    assert [(e.location.name, e.date) for e in _run(nlp, body)] == [("Velmora", "2022-06-12"), ("Brenmoor", "2022-06-12")]


@pytest.mark.issue(18)
def test_a_monitors_record_lines_give_the_toll(nlp):
    body = ("Incident date: 12 June\nLocation: Velmora\nCivilians reported killed: 7-12\nCivilians reported injured: 9\n"
            "Summary: At least seven civilians were killed when an air strike hit a house in Velmora on 12 June. "
            "Local journalists said up to 12 people had died.")
    (ev,) = _run(nlp, body)
    assert (ev.fatalities.best, ev.fatalities.low, ev.fatalities.high) == (7, 7, 12)
    assert ev.civilian_fatalities.high == 12 and ev.injured.best == 9


def test_a_habit_of_decades_or_the_past_is_background():
    from strikewatch.events.incidents import background_sentence

    assert background_sentence("The group has been fighting for independence for several decades.")
    assert background_sentence("It has been blamed for kidnappings and attacks in the past.")
    assert not background_sentence("Gunmen attacked a bus near the pass on Monday, killing five.")
