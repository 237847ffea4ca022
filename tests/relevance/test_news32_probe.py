"""The team's blind general-news and snippet sets of stop 32 (data/relevance/news32_*, snippets32_*): written
by helpers who read nothing of this code or of the earlier sets. news32: 150 articles, 110 telling no event
(crime and policing in Western and Latin American cities, exercises, arms sales and budgets, word senses,
disasters, threats, history) and 40 telling 47 events, thirty of them inside market, travel or business stories.
snippets32: 240 briefs with a fine class each, 137 out of scope (24 military matters that are no event) and 103 in
scope (26 strategic developments). Floors below today's figures (stop 32's closing note has the first, blind
ones)."""
import pytest


def test_every_label_has_its_article_and_every_event_its_place(check_probe):
    check_probe("news32_labels.jsonl", "news32_articles.jsonl", 150, 40)


@pytest.mark.issue(16)
def test_the_pipeline_is_silent_on_general_news_and_finds_its_events(probe_scores):
    scores = probe_scores("news32_labels.jsonl", "news32_articles.jsonl")
    assert scores["article"]["out_of_scope_silent"] >= 0.93  # 0.955 now, 0.9 blind
    assert scores["article"]["in_scope_found"] >= 0.87  # 0.9 now and blind
    assert scores["event_precision"] >= 0.7  # 0.732 now, 0.621 blind


@pytest.mark.issue(16)
def test_snippets_out_of_scope_stay_silent_and_in_scope_ones_are_found(probe_scores):
    scores = probe_scores("snippets32_labels.jsonl", "snippets32_texts.jsonl")
    assert scores["article"]["out_of_scope_silent"] >= 0.87  # 0.898 now and blind
    assert scores["article"]["in_scope_found"] >= 0.87  # 0.903 now and blind
