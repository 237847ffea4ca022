"""The team's snippet probe (data/relevance/snippet_*.jsonl): 300 headline-and-lede briefs written at
stop 22 after the long-news rules, as a check they had not seen: 200 tell no event (14 classes:
disasters, accidents, health, diplomacy, elections, business, military news, crime, courts, threats,
history, words in other senses, sport, other) and 100 tell one recent event each, 4 to 6 of every
ACLED sub-event type."""
import pytest

from strikewatch.events.assemble import headed_brief
from strikewatch.models import Report


def test_every_label_has_its_brief_and_one_event_or_a_cause(check_probe):
    labels = check_probe("snippet_labels.jsonl", "snippet_briefs.jsonl", 300, 100)
    assert all((len(lab["events"]) == 1) == lab["in_scope"] for lab in labels)


def test_a_headline_over_a_lede_is_a_headed_brief():
    assert headed_brief(Report(id="a", text="Quake kills 40 in mountain province\nA strong earthquake struck ..."))
    assert not headed_brief(Report(id="b", text="On 3 May 2021, in Leon, Guanajuato, a man was shot dead."))
    assert not headed_brief(Report(id="c", text="Near Hit, one strike destroyed a fighting position.\nNear Rawah, "
                                                 "two strikes destroyed two vehicles."))


@pytest.mark.issue(16)
def test_the_pipeline_is_silent_on_non_events_and_finds_each_event(probe_scores):
    scores = probe_scores("snippet_labels.jsonl", "snippet_briefs.jsonl")
    assert scores["article"]["out_of_scope_silent"] >= 0.90  # 0.94 now (0.815 at 109c2b2, the start of stop 22)
    assert scores["article"]["in_scope_found"] >= 0.93  # 0.97 now
    assert scores["event_precision"] >= 0.85  # 0.89 now
