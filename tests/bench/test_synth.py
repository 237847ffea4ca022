"""The synthetic corpus: filler that reads like news background (names, no events), events as told."""
import itertools
import random

from strikewatch.bench import synth
from strikewatch.merge.dedup import jaccard, shingles
from strikewatch.nlp.triage import needs_parse
from strikewatch.pipeline import _trigger_words


def _sentences(paragraph: str) -> list[str]:
    return [s + "." for s in paragraph.rstrip(".").split(". ")]


def test_filler_names_people_and_towns_but_holds_no_event():
    towns = ("Kisumu", "Nakuru")
    sents = [s for p in synth._filler(random.Random(1), 3000, random.Random(2), towns) for s in _sentences(p)]
    named = [s for s in sents if any(w[:1].isupper() for w in s.split()[1:])]
    assert 0.45 <= len(named) / len(sents) <= 0.75  # real news: ~60% of sentences without a trigger
    assert any(t in s for s in named for t in towns)
    words = _trigger_words()
    assert all(not needs_parse(s, words) for s in sents if not synth._has_count(s))
    assert not any(needs_parse(s, words) for s in named)


def test_names_do_not_change_the_events_and_reports_stay_unlike(monkeypatch):
    recs = list(synth.generate(40, 5))
    monkeypatch.setattr(synth, "NAMED_SHARE", 0.0)
    plain = list(synth.generate(40, 5))
    assert [t for _, t in recs] == [t for _, t in plain]  # the names have a random source of their own
    assert [r["text"] for r, _ in recs] != [r["text"] for r, _ in plain]
    bodies = [(t.event_key, shingles(r["text"].split("\n\n", 1)[1])) for r, t in recs]
    unrelated = [jaccard(a, b) for (ka, a), (kb, b) in itertools.combinations(bodies, 2) if ka != kb]
    assert max(unrelated) < 0.2
    for rec, truth in recs:
        event = rec["text"].split("\n\n", 1)[0]
        assert truth.place in event and needs_parse(event, _trigger_words())


def test_reports_keep_to_their_word_budget():
    from strikewatch.bench.synth import generate

    lengths = [len(rec["text"].split()) + len(rec["title"].split()) for rec, _ in generate(120, 3, words=500)]
    assert 490 <= sum(lengths) / len(lengths) <= 520 and max(lengths) < 560
