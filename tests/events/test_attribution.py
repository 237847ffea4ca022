"""Attribution and how firmly: confirmed, claimed, alleged, unattributed; actor1 follows it (invented text)."""
import datetime as dt
import re

import pytest

from strikewatch.events import extract_events
from strikewatch.models import Location, Report, Timex, Toponym

DCT = dt.date(2022, 6, 20)


def _run(nlp, body, head="Violence in Velmora\n"):
    text = head + body
    report = Report(id="a", text=text, published=DCT, body_start=len(head))
    txs = []
    for m in re.finditer(r"(\d+) June", text):
        d = dt.date(2022, 6, int(m.group(1)))
        txs.append(Timex(m.start(), m.end(), m.group(), "DATE", d.isoformat(), d, d, "day"))
    tops = [Toponym(m.start(), m.end(), "Velmora", Location("Velmora", "Nigeria", "Borno", 11.5, 13.5, precision="city"))
            for m in re.finditer("Velmora", text)]
    events = extract_events(report, nlp(report.clean), txs, tops)
    assert len(events) == 1, [e.sub_event_type for e in events]
    return events[0]


@pytest.mark.issue(18)
def test_suspected_group_is_alleged_and_the_note_keeps_it(nlp):
    ev = _run(nlp, "On 12 June, suspected Boko Haram fighters attacked a village near Velmora, "
                   "killing 14 villagers, residents said.")
    assert (ev.attribution, ev.actor1) == ("alleged", "Boko Haram")
    assert "suspected Boko Haram" in ev.note
    assert ev.sources[0].evidence["attribution"][0].text.lower().startswith("suspected")


@pytest.mark.issue(18)
def test_a_claim_names_actor1(nlp):
    ev = _run(nlp, "On 12 June, a car bomb exploded at a checkpoint in Velmora, killing eight people. "
                   "Al-Shabaab claimed responsibility for the attack in a statement.")
    assert (ev.attribution, ev.actor1) == ("claimed", "Al Shabaab")
    assert ev.note.endswith("Al Shabaab claimed responsibility.")


@pytest.mark.issue(18)
def test_no_one_named_is_unattributed(nlp):
    ev = _run(nlp, "On 12 June, unidentified gunmen killed five farmers in Velmora. "
                   "It was not clear who carried out the attack, and no group has claimed it.")
    assert ev.attribution == "unattributed" and ev.actor1 == "Unidentified Armed Group"


@pytest.mark.issue(18)
def test_an_actors_own_account_confirms_and_a_hedge_alleges(nlp):
    ev = _run(nlp, "On 12 June, the Nigerian military said its jets had struck a camp near Velmora, "
                   "killing 20 fighters.")
    assert ev.attribution == "confirmed" and ev.actor1 == "Military Forces of Nigeria"
    ev = _run(nlp, "On 12 June, an air strike allegedly carried out by the Nigerian military hit a market in "
                   "Velmora, killing nine civilians, according to a relative of one victim.")
    assert ev.attribution == "alleged" and ev.actor1 == "Military Forces of Nigeria"
    assert "allegedly" in ev.note and "civilians carried out" not in ev.note
