"""A monitor's note typed by the label it opens with (relevance/labels.py; invented notes)."""
import datetime as dt

import pytest

from strikewatch.relevance.labels import labelled_sub_type
from strikewatch.models import Report
from strikewatch.pipeline import load_pipeline


@pytest.mark.parametrize("text,want", [
    ("Movement of forces: On 6 May 2021, a convoy of armoured vehicles reached a base near the dam.",
     "Change to group/activity"),
    ("Defusal: On 4 May 2021, police defused a device found under a bridge.", "Disrupted weapons use"),
    ("Property destruction: On 3 May 2021, men burned a school in the village.", "Looting/property destruction"),
    ("Notes: On 4 May 2021, gunmen shot dead a trader.", None),  # not a label of ACLED's
    ("On 4 May 2021: gunmen shot dead a trader.", None),
    ("Arrests: " + "word " * 300, None),  # an article with a heading, not a note
])
def test_label_names_the_sub_type(text, want):
    assert labelled_sub_type(text) == want


def test_a_labelled_note_is_that_event_whatever_its_words():
    note = ("Movement of forces: On 6 May 2021, a convoy of military vehicles carrying equipment arrived at "
            "a base near the river crossing in the western countryside.")
    events = load_pipeline().events_of(Report(id="m", text=note, published=dt.date(2021, 5, 10)))
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]


def test_labels_name_acled_sub_types_and_make_a_note_relevant():
    from strikewatch.events.taxonomy import SUB_EVENT_TYPES
    from strikewatch.relevance.labels import LABELS
    from strikewatch.relevance.stage import load_relevance

    assert set(LABELS.values()) <= set(SUB_EVENT_TYPES)
    note = "Non-violent activity: A court in the capital convicted a former militia leader."
    (a,) = load_relevance().assess_many([Report(id="o", text=note, published=dt.date(2021, 5, 10))])
    assert a.labelled and a.relevant and a.note
