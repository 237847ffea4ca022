"""The team's blind general-news and snippet sets of stop 35 (data/relevance/news35_*, snippets35_*): written
by helpers who read nothing of this code or of the earlier sets. news35: 150 articles from ordinary news desks,
110 telling no event (word senses, accidents and disasters, politics and business, crime, history, sport, threats)
while naming conflict places, and 40 telling 43 events, several in one sentence of a long article about something
else. snippets35: 240 briefs with a fine class each, 140 out of scope (ordinary crime and policing told with war
words, accidents, disasters, exercises) and 100 in scope (protest variants, strategic developments, sexual
violence and abductions). Floors below today's figures (stop 35's closing note has the first, blind ones)."""
import pytest


def test_every_label_has_its_article_and_every_event_its_place(check_probe):
    check_probe("news35_labels.jsonl", "news35_articles.jsonl", 150, 40)


@pytest.mark.issue(16)
def test_the_pipeline_is_silent_on_general_news_and_finds_its_events(probe_scores):
    scores = probe_scores("news35_labels.jsonl", "news35_articles.jsonl")
    assert scores["article"]["out_of_scope_silent"] >= 0.92  # 0.918 blind, 0.945 now
    assert scores["article"]["in_scope_found"] >= 0.92  # 0.95 blind and now
    assert scores["event_precision"] >= 0.80  # 0.790 blind, 0.833 now


@pytest.mark.issue(16)
def test_snippets_out_of_scope_stay_silent_and_in_scope_ones_are_found(probe_scores):
    scores = probe_scores("snippets35_labels.jsonl", "snippets35_texts.jsonl")
    assert scores["article"]["out_of_scope_silent"] >= 0.92  # 0.90 blind, 0.95 now
    assert scores["article"]["in_scope_found"] >= 0.91  # 0.91 blind, 0.94 now
