"""Protest follow-up sentences, crowd arrests, two-sided fights and lone plural notes (invented text)."""
import datetime as dt
import re

from strikewatch.events import extract_events
from strikewatch.events.classify import protest_type
from strikewatch.events.triggers import find_cues
from strikewatch.models import Location, Report, Timex, Toponym

HEAD = "Unrest in Velmora\n"
DCT = dt.date(2022, 6, 20)


def _run(nlp, body, places=("Velmora",)):
    text = HEAD + body
    report = Report(id="f", text=text, published=DCT, body_start=len(HEAD))
    txs = []
    for m in re.finditer(r"(\d+) June", text):
        d = dt.date(2022, 6, int(m.group(1)))
        txs.append(Timex(m.start(), m.end(), m.group(), "DATE", d.isoformat(), d, d, "day"))
    tops = [Toponym(m.start(), m.end(), w, Location(w, "Kenya", lat=0.5, lon=35.0, precision="city"))
            for w in places for m in re.finditer(w, text)]
    return extract_events(report, nlp(report.clean), txs, tops)


def test_arrest_a_protest_is_about_is_not_an_intervention():
    assert protest_type({"PROTEST", "ARREST"}, "Nurses protested the arrest of their union secretary.") == \
        "Peaceful protest"
    assert protest_type({"PROTEST"}, "He was arrested last month in a tax case.") == "Peaceful protest"


def test_arrest_of_the_crowd_is_an_intervention():
    assert protest_type({"PROTEST"}, "Officers detained 14 demonstrators outside the depot.") == \
        "Protest with intervention"
    assert protest_type({"PROTEST"}, "Nine were arrested at the rally.") == "Protest with intervention"


def test_turning_violent_makes_a_violent_demonstration():
    assert protest_type({"PROTEST"}, "The sit-in by porters turned violent in the afternoon.") == \
        "Violent demonstration"


def test_shoot_out_is_a_clash_cue(nlp):
    doc = nlp("A shoot-out erupted near the grain market.")
    assert [c.cls for c in find_cues(doc[:])] == ["CLASH"]


def test_police_follow_up_sentence_joins_the_protest(nlp):
    evs = _run(nlp, "On 3 June, bakers marched in Velmora over flour prices. Police fired tear gas at them.")
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]
    assert evs[0].date == "2022-06-03"


def test_stone_throwing_follow_up_escalates_the_protest(nlp):
    evs = _run(nlp, "On 4 June, students demonstrated in Velmora against fee rises. "
                    "The students later threw stones at passing buses.")
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]
    assert evs[0].actor1 == "Rioters"


def test_clan_clash_victims_do_not_make_it_an_attack(nlp):
    evs = _run(nlp, "On 5 June, two herders were killed in clashes between rival clans near Velmora.")
    assert evs[0].sub_event_type == "Armed clash"
    assert evs[0].fatalities.best == 2


def test_lone_plural_in_a_short_note_is_an_event(nlp):
    evs = _run(nlp, "Clashes between fishermen over landing rights.", places=())
    assert [e.sub_event_type for e in evs] == ["Mob violence"]  # unarmed, unorganised sides: a brawl
    evs = _run(nlp, "Clashes between militiamen over landing rights.", places=())
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_plural_with_a_town_is_an_event(nlp):
    long_intro = "The regional council met for its budget session and discussed roads and schools. " * 8
    evs = _run(nlp, long_intro + "Protests took place in Velmora over the water shortage.")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"]


def test_general_plural_in_long_prose_stays_out(nlp):
    long_intro = "The regional council met for its budget session and discussed roads and schools. " * 8
    assert _run(nlp, long_intro + "The council fears protests over the budget.", places=()) == []
