"""A report's round-up lead and the incidents it sums up (events/incidents.py, events/headlines.py),
on a wire story written for this test."""
import datetime as dt

import pytest

from strikewatch import build_report, load_pipeline

ROUNDUP = """Bombings kill 19 across Nigeria's north-east

MAIDUGURI (Reuters) - Bombs and gun attacks killed at least 19 people across north-eastern Nigeria on Sunday, police and residents said.
In the worst attack, a suicide bomber blew herself up at a mosque in Konduga, killing eight worshippers.
In Damaturu, a roadside bomb struck a police truck, killing four officers.
Gunmen shot dead three farmers near Biu, and in Gombe a bomb left in a bus station killed four people.
No group claimed the attacks.
"""


@pytest.mark.issue(18)
def test_a_round_up_lead_gives_way_to_the_incidents_it_sums_up():
    events = load_pipeline().events_of(build_report("r", ROUNDUP, has_headline=True, published=dt.date(2022, 3, 15)))
    places = sorted(e.location.name for e in events if e.location is not None)
    assert len(events) == 4 and {"Konduga", "Damaturu", "Gombe"} <= set(places)
    assert {e.date for e in events} == {"2022-03-13"}  # the lead's Sunday, passed to each incident
