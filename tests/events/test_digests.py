"""Monitors' digests: one event per labelled entry (events/digests.py; text written for these tests)."""
import datetime as dt

import pytest

from strikewatch.events.digests import entries
from strikewatch.models import Report
from strikewatch.pipeline import load_pipeline

DIGEST = """IDLIB COUNTRYSIDE — daily incident log, 4–5 May 2022

4 May — Sarmin. An air strike hit a poultry farm on the edge of the town at noon, killing two workers who were feeding the birds, a relative said.

4 May — Binnish. Rockets fired from government positions struck a school yard in the afternoon, wounding three children, according to a teacher.

5 May — Taftanaz. Gunmen on a motorcycle shot dead a member of the local council outside his home in the evening.

Context: The area has been shelled repeatedly since February, and thousands of families have fled north towards the border camps."""


def test_the_entries_of_a_digest_and_their_labels():
    found = entries(DIGEST)
    labels = [DIGEST[e.start:e.label_end].strip() for e in found]
    assert labels[1:] == ["4 May — Sarmin.", "4 May — Binnish.", "5 May — Taftanaz.", "Context:"]
    assert [e.generic for e in found[1:]] == [False, False, False, True]
    # a paragraph that opens on a clause is no entry
    assert entries("Gunmen attacked the market: four traders were killed.\nPolice said: no arrests.") == []


@pytest.mark.issue(17)
def test_each_entry_of_a_digest_is_its_own_event():
    report = Report(id="d", text=DIGEST, published=dt.date(2022, 5, 6))
    events = load_pipeline().run([report], merge=False).report_events
    got = [(e.location.name, e.date, e.sub_event_type) for e in events]
    assert got == [("Sarmīn", "2022-05-04", "Air/drone strike"),
                   ("Binnish", "2022-05-04", "Shelling/artillery/missile attack"),
                   ("Taftanāz", "2022-05-05", "Attack")]


def test_a_single_incident_under_header_labels_is_no_digest():
    # a monitor's record: a header of labels and a grading line around one incident's paragraphs
    text = ("Iraq — Nineveh governorate, Hamdaniya\n"
            "Incident date: 4 May 2022\n\n"
            "Three civilians were killed when an air strike hit a farmhouse east of Qaraqosh, relatives said.\n\n"
            "A local official said the strike had targeted fighters hiding in the barn.\n\n"
            "Grading: Fair — two sources, one of them the victims' family; the strike was not claimed.")
    found = entries(text)
    assert [e.generic for e in found] == [False, True]  # one incident's label and a record's field
    report = Report(id="s", text=text, published=dt.date(2022, 5, 6))
    events = load_pipeline().run([report], merge=False).report_events
    assert len(events) == 1 and events[0].fatalities.best == 3
