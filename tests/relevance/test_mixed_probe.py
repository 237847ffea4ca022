"""The team's mixed-genre probe (data/relevance/mixed_*.jsonl): 240 texts written at stop 23 in genres
the earlier probes lack (local news, press releases, humanitarian situation reports, live blogs, radio
bulletins, translated wires, bare headlines, opinion columns), and measured before any rule was
written for them: 160 tell no event (crime, accidents and disasters, politics and business, words in
other senses, history, threats and plans, other), 80 tell 87 recent events of every ACLED sub-event
type. Its first reading (silent 0.856, found 0.8625, event precision 0.705) is where general news
still fails; the floors below hold today's figures, not the targets of issue 16."""
import pytest


def test_every_label_has_its_text_and_every_event_its_place(check_probe):
    check_probe("mixed_labels.jsonl", "mixed_texts.jsonl", 240, 80)


@pytest.mark.issue(16)
def test_the_pipeline_is_mostly_silent_on_non_events_in_every_genre(probe_scores):
    scores = probe_scores("mixed_labels.jsonl", "mixed_texts.jsonl")
    assert scores["article"]["out_of_scope_silent"] >= 0.88  # 0.9062 now (0.856 when first read)
    assert scores["article"]["in_scope_found"] >= 0.87  # 0.9125 now (0.8625 when first read)
    assert scores["event_precision"] >= 0.76  # 0.8022 now (0.705 when first read)
