"""The team's blind general-news and snippet sets of stop 33 (data/relevance/news33_*, snippets33_*): written
by helpers who read nothing of this code or of the earlier sets. news33: 150 articles, 110 telling no event
(long business, technology, science and travel stories naming conflict countries in passing, crime, word senses,
disasters, threats, history, sport) and 40 telling 43 events, 21 of them in paragraph three or later.
snippets33: 240 briefs with a fine class each, 140 out of scope (crime told with war words, disasters in conflict
countries) and 100 in scope. Floors below today's figures (stop 33's closing note has the first, blind ones)."""
import pytest


def test_every_label_has_its_article_and_every_event_its_place(check_probe):
    check_probe("news33_labels.jsonl", "news33_articles.jsonl", 150, 40)


@pytest.mark.issue(16)
def test_the_pipeline_is_silent_on_general_news_and_finds_its_events(probe_scores):
    scores = probe_scores("news33_labels.jsonl", "news33_articles.jsonl")
    assert scores["article"]["out_of_scope_silent"] >= 0.9  # 0.927 now and blind
    assert scores["article"]["in_scope_found"] >= 0.95  # 1.0 now and blind
    assert scores["event_precision"] >= 0.74  # 0.771 now and blind


@pytest.mark.issue(16)
def test_snippets_out_of_scope_stay_silent_and_in_scope_ones_are_found(probe_scores):
    scores = probe_scores("snippets33_labels.jsonl", "snippets33_texts.jsonl")
    assert scores["article"]["out_of_scope_silent"] >= 0.87  # 0.9 now and blind
    assert scores["article"]["in_scope_found"] >= 0.94  # 0.97 now and blind
