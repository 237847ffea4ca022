"""Instance and batch-context features of the same-event scorer, on invented sentences."""
from __future__ import annotations

import numpy as np

from strikewatch.merge.coref_features import (CONTEXT_NAMES, INSTANCE_NAMES, components, context_features,
                                              instance, instance_features, neighbour_rank, pool_instances,
                                              profile_correlation)


def test_instance_reads_weekday_year_numbers_names_and_family(nlp):
    inst = instance(nlp("Gunmen killed 14 villagers in Marlow on Tuesday, March 3, 2011, said Ada Penrose."))
    assert {"weekday", "month", "year"} <= {k for k, v in inst.keys.items() if v}
    assert inst.keys["weekday"] == frozenset({"tuesday"}) and inst.keys["year"] == frozenset({"2011"})
    assert "14" in inst.keys["number"] and "penrose" in inst.keys["surname"]
    assert inst.families  # "kill" belongs to the killing family


def test_instance_features_flag_a_weekday_clash(nlp):
    a = instance(nlp("A quake shook Velda on Monday."))
    b = instance(nlp("An earthquake struck Velda on Friday."))
    feats = dict(zip(INSTANCE_NAMES, instance_features(a, b, a, b)))
    assert feats["sent_family_shared"] == 1.0 and feats["sent_family_clash"] == 0.0
    assert feats["sent_weekday_clash"] == 1.0 and feats["sent_weekday_shared"] == 0.0
    assert feats["sent_place_name_shared"] == 1.0
    pooled = pool_instances([a, b])
    assert pooled.keys["weekday"] == frozenset({"monday", "friday"})


def test_components_follow_the_pair_graph():
    assert components([("a", "b"), ("c", "d"), ("b", "e")]) == [["a", "b", "e"], ["c", "d"]]


def test_profile_correlation_matches_a_direct_computation():
    rng = np.random.default_rng(0)
    sim = rng.random((7, 7))
    sim = (sim + sim.T) / 2
    np.fill_diagonal(sim, 1.0)
    corr = profile_correlation(sim)
    keep = [k for k in range(7) if k not in (2, 5)]
    assert corr[2, 5] == corr[5, 2]
    assert abs(corr[2, 5] - np.corrcoef(sim[2, keep], sim[5, keep])[0, 1]) < 1e-9
    assert not profile_correlation(sim[:4, :4]).any()  # too few others: no evidence


def test_neighbour_rank_orders_by_similarity():
    sim = np.array([[1.0, 0.9, 0.1], [0.9, 1.0, 0.5], [0.1, 0.5, 1.0]])
    rank = neighbour_rank(sim)
    assert rank[0, 1] == 0.0 and rank[0, 2] == 0.5 and rank[2, 1] == 0.0


def test_context_features_separate_two_instances():
    flood = [("flood", "dam", "ravel", "breach"), ("flood", "dam", "ravel", "burst"), ("dam", "ravel", "water")]
    fire = [("fire", "mill", "osk", "blaze"), ("fire", "mill", "osk", "smoke"), ("mill", "osk", "blaze")]
    sents = [(f"f{i}", frozenset(t)) for i, t in enumerate(flood)] + [(f"m{i}", frozenset(t)) for i, t in
                                                                       enumerate(fire)]
    pairs = [(a, b) for i, a in enumerate(sents) for b in sents[i + 1:]]
    terms = {s: (s[1], frozenset(w for w in s[1] if w in ("ravel", "osk"))) for s in sents}
    rows = context_features(pairs, terms.get, terms.get, {})
    assert all(len(r) == len(CONTEXT_NAMES) for r in rows)
    by_pair = {(a[0], b[0]): dict(zip(CONTEXT_NAMES, r)) for (a, b), r in zip(pairs, rows)}
    assert by_pair[("f0", "f1")]["sent_profile_corr"] > 0.5 > by_pair[("f0", "m0")]["sent_profile_corr"]
