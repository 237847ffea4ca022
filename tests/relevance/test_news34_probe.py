"""The team's blind general-news and snippet sets of stop 34 (data/relevance/news34_*, snippets34_*): written
by helpers who read nothing of this code or of the earlier sets. news34: 150 articles, 110 telling no event
(40 crime, police and court stories told in detail, 20 word senses, 15 accidents and disasters, 10 anniversaries
that retell an old attack) and 40 telling 47 events (protests of every variant, attacks, truces, a town seized).
snippets34: 240 briefs with a fine class each, 136 out of scope (crime and policing told with war words, politics
naming armed groups) and 104 in scope (25 strategic developments, 15 protest variants). Floors below today's
figures (stop 34's closing note has the first, blind ones)."""
import pytest


def test_every_label_has_its_article_and_every_event_its_place(check_probe):
    check_probe("news34_labels.jsonl", "news34_articles.jsonl", 150, 40)


@pytest.mark.issue(16)
def test_the_pipeline_is_silent_on_general_news_and_finds_its_events(probe_scores):
    scores = probe_scores("news34_labels.jsonl", "news34_articles.jsonl")
    assert scores["article"]["out_of_scope_silent"] >= 0.91  # 0.891 blind, 0.936 now
    assert scores["article"]["in_scope_found"] >= 0.95  # 0.975 blind and now
    assert scores["event_precision"] >= 0.70  # 0.681 blind, 0.731 now


@pytest.mark.issue(16)
def test_snippets_out_of_scope_stay_silent_and_in_scope_ones_are_found(probe_scores):
    scores = probe_scores("snippets34_labels.jsonl", "snippets34_texts.jsonl")
    assert scores["article"]["out_of_scope_silent"] >= 0.91  # 0.934 blind and now
    assert scores["article"]["in_scope_found"] >= 0.89  # 0.914 blind and now
