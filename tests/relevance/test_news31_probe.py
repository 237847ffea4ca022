"""The team's blind general-news and snippet sets of stop 31 (data/relevance/news31_*, snippets31_*): written
by helpers who read nothing of this code or of the earlier sets. news31: 150 articles, 110 telling no event
(20 of them set in conflict countries with wars only as background: reconstruction, football, festivals,
demining figures, trials) and 40 telling 42 events, ten of them inside long features. snippets31: 240 briefs
with a fine class each, 140 out of scope (ten of them police work: drug raids, counterfeit busts) and 100 in
scope, twenty in telegraphic headline style. Floors below today's figures (stop 31's closing note has the first,
blind ones)."""
import pytest


def test_every_label_has_its_article_and_every_event_its_place(check_probe):
    check_probe("news31_labels.jsonl", "news31_articles.jsonl", 150, 40)


@pytest.mark.issue(16)
def test_the_pipeline_is_silent_on_general_news_and_finds_its_events(probe_scores):
    scores = probe_scores("news31_labels.jsonl", "news31_articles.jsonl")
    assert scores["article"]["out_of_scope_silent"] >= 0.9  # 0.918 now, 0.891 blind
    assert scores["article"]["in_scope_found"] >= 0.95  # 1.0 now and blind
    assert scores["event_precision"] >= 0.64  # 0.672 now and blind


@pytest.mark.issue(16)
def test_snippets_out_of_scope_stay_silent_and_in_scope_ones_are_found(probe_scores):
    scores = probe_scores("snippets31_labels.jsonl", "snippets31_texts.jsonl")
    assert scores["article"]["out_of_scope_silent"] >= 0.92  # 0.943 now, 0.936 blind
    assert scores["article"]["in_scope_found"] >= 0.92  # 0.95 now, 0.91 blind
