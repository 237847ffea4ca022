"""The team's blind general-news and snippet sets of stop 30 (data/relevance/news30_*, snippets30_*): written
by helpers who read nothing of this code or of the earlier sets. news30: 150 articles, 110 telling no event
(crime, words in other senses, accidents, politics, threats, history, sport, culture) and 40 telling 44
events. snippets30: 240 one-to-three-sentence briefs with a fine class each, 135 out of scope (disasters,
diplomacy, elections, economy, crime, courts, sport, drills, arms deals, warnings, anniversaries) and 105 in
scope. Floors below today's figures (stop 30's closing note has the first, blind ones)."""
import pytest


def test_every_label_has_its_article_and_every_event_its_place(check_probe):
    check_probe("news30_labels.jsonl", "news30_articles.jsonl", 150, 40)


@pytest.mark.issue(16)
def test_the_pipeline_is_silent_on_general_news_and_finds_its_events(probe_scores):
    scores = probe_scores("news30_labels.jsonl", "news30_articles.jsonl")
    assert scores["article"]["out_of_scope_silent"] >= 0.93  # 0.973 now, 0.873 blind
    assert scores["article"]["in_scope_found"] >= 0.93  # 0.975 now and blind
    assert scores["event_precision"] >= 0.72  # 0.800 now, 0.656 blind


@pytest.mark.issue(16)
def test_snippets_out_of_scope_stay_silent_and_in_scope_ones_are_found(probe_scores):
    scores = probe_scores("snippets30_labels.jsonl", "snippets30_texts.jsonl")
    assert scores["article"]["out_of_scope_silent"] >= 0.95  # 0.985 now, 0.896 blind
    assert scores["article"]["in_scope_found"] >= 0.87  # 0.914 now, 0.905 blind
