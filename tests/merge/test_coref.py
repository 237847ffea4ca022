"""Sentence-pair same-event scorer on invented sentences."""
from __future__ import annotations

from strikewatch.merge.coref import (FEATURE_NAMES, SentenceRef, load_model, pairs_to_features,
                                     score_pairs, sentence_bag)

SAME_A = SentenceRef("d1", "Firefighters battled a blaze at the Harwick paper mill in Dunmore on Tuesday.")
SAME_B = SentenceRef("d2", "A fire gutted the Harwick paper mill in Dunmore on Tuesday, officials said.")
OTHER = SentenceRef("d3", "A blaze destroyed a warehouse in Port Elsin on Sunday, police said.")


def test_sentence_bag_reads_lemmas_and_entities(nlp):
    bag = sentence_bag(nlp("Firefighters battled a blaze in Dunmore on Tuesday."))
    assert {"battle", "blaze", "firefighter"} <= bag.lemmas
    assert "battle" in bag.triggers and "dunmore" in bag.proper
    assert bag.entities["time"] == frozenset({"tuesday"})


def test_features_have_the_model_shape(nlp):
    rows = pairs_to_features([(SAME_A, SAME_B), (SAME_A, OTHER)], nlp)
    assert [len(r) for r in rows] == [len(FEATURE_NAMES)] * 2
    assert len(load_model().weights) == len(FEATURE_NAMES)


def test_same_event_scores_above_a_similar_event(nlp):
    same, other = score_pairs([(SAME_A, SAME_B), (SAME_A, OTHER)], nlp)
    assert same > load_model().threshold > other
