"""Sentence-pair same-event scorer (cross-document event coreference).

Two sentences from two documents report the same real-world event when they
share the event's trigger (a verb or nominalisation lemma) and its
participants, place and time; a *similar* event (same kind, different
instance) shows up as differing people, places, dates and numbers. Features,
all offline from spaCy (entities, lemmas, POS):

* sentence level: Jaccard of content lemmas, of verb/noun trigger lemmas, of
  proper-noun lemmas; per entity group (people, organisations, places,
  times, numbers) a "shared" and a "clash" (both name one, none shared) flag;
* document level: the same overlaps pooled over every sentence of each
  document that is in the batch (a report's other sentences name the same
  participants), which separates similar events in different documents;
* instance identity and second-order similarity within the batch (weekday,
  month, year, number, name clashes; event families; correlation of the two
  sentences' similarity profiles): see ``coref_features.py``. Scores therefore
  depend on the batch: score all pairs of a set of reports together.

A small logistic model combines them; its weights live in ``coref.json``
(fitted by ``train_coref.py`` on ECB+ dev, CC-BY 3.0, with topic-held-out
cross-validation; the file records the data, seed and held-out scores).
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import NamedTuple

from .coref_features import (CONTEXT_NAMES, INSTANCE_NAMES, MIN_GROUP, components, context_features, instance,
                             instance_features, pool_instances)

CONTENT_POS = frozenset({"NOUN", "VERB", "PROPN", "ADJ", "NUM"})
TRIGGER_POS = frozenset({"VERB", "NOUN"})
LIGHT_VERBS = frozenset({"be", "have", "do", "say", "tell", "report", "make", "take", "get", "go"})
ENTITY_GROUPS = {
    "PERSON": "person", "ORG": "org", "NORP": "org",
    "GPE": "place", "LOC": "place", "FAC": "place",
    "DATE": "time", "TIME": "time",
    "CARDINAL": "number", "QUANTITY": "number", "MONEY": "number", "PERCENT": "number", "ORDINAL": "number",
}
GROUPS = ("person", "org", "place", "time", "number")


class Bag(NamedTuple):
    """The comparable content of a sentence (or of a document's sentences)."""

    lemmas: frozenset[str]
    triggers: frozenset[str]
    proper: frozenset[str]
    entities: dict[str, frozenset[str]]  # group -> lower-cased entity tokens


def sentence_bag(doc) -> Bag:
    """Content of one parsed sentence (a spaCy Doc or Span)."""
    lemmas, triggers, proper = set(), set(), set()
    for tok in doc:
        if tok.is_stop or tok.is_punct or tok.pos_ not in CONTENT_POS:
            continue
        lemma = tok.lemma_.lower()
        lemmas.add(lemma)
        if tok.pos_ in TRIGGER_POS and lemma not in LIGHT_VERBS:
            triggers.add(lemma)
        if tok.pos_ == "PROPN":
            proper.add(lemma)
    entities: dict[str, set[str]] = {g: set() for g in GROUPS}
    for ent in doc.ents:
        group = ENTITY_GROUPS.get(ent.label_)
        if group:
            entities[group].update(t.lower_ for t in ent if not t.is_stop and not t.is_punct)
    return Bag(frozenset(lemmas), frozenset(triggers), frozenset(proper),
               {g: frozenset(v) for g, v in entities.items()})


def pool(bags: Iterable[Bag]) -> Bag:
    """The union of several sentence bags (a document's view)."""
    bags = list(bags)
    return Bag(frozenset().union(*(b.lemmas for b in bags)),
               frozenset().union(*(b.triggers for b in bags)),
               frozenset().union(*(b.proper for b in bags)),
               {g: frozenset().union(*(b.entities[g] for b in bags)) for g in GROUPS})


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: shared / smaller set."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def bag_features(a: Bag, b: Bag) -> list[float]:
    out = [_jaccard(a.lemmas, b.lemmas), _overlap(a.triggers, b.triggers), _jaccard(a.proper, b.proper)]
    for g in GROUPS:
        x, y = a.entities[g], b.entities[g]
        shared = bool(x & y)
        out.append(1.0 if shared else 0.0)
        out.append(1.0 if x and y and not shared else 0.0)
    return out


FEATURE_NAMES = tuple(
    [f"{level}_{name}" for level in ("sent", "doc") for name in
     ["lemma_jaccard", "trigger_overlap", "proper_jaccard"]
     + [f"{g}_{k}" for g in GROUPS for k in ("shared", "clash")]]
    + ["sent_idf_cosine", "doc_idf_cosine", "doc_proper_idf_cosine", "doc_relative", "doc_mutual_best"]
)
N_LEXICAL = len(FEATURE_NAMES)  # the overlap features above; instance and batch-context features follow
N_SMALL = N_LEXICAL + len(INSTANCE_NAMES)  # what the small-batch model sees
FEATURE_NAMES = FEATURE_NAMES + INSTANCE_NAMES + CONTEXT_NAMES


def idf_table(docs: Iterable[Bag]) -> dict[str, float]:
    """Inverse document frequency of each lemma over a batch of documents."""
    docs = list(docs)
    df: dict[str, int] = {}
    for d in docs:
        for lemma in d.lemmas:
            df[lemma] = df.get(lemma, 0) + 1
    n = len(docs)
    return {lemma: math.log((n + 1) / (c + 0.5)) for lemma, c in df.items()}


def idf_cosine(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    """Cosine of two lemma sets weighted by squared idf (rare shared words count most)."""
    if not a or not b:
        return 0.0
    shared = sum(idf.get(x, 1.0) ** 2 for x in a & b)
    na = sum(idf.get(x, 1.0) ** 2 for x in a)
    nb = sum(idf.get(x, 1.0) ** 2 for x in b)
    return shared / math.sqrt(na * nb) if na and nb else 0.0


class DocContext(NamedTuple):
    """Batch-level view of the documents: pooled bags, idf, similarity to others."""

    bags: dict[str, Bag]
    idf: dict[str, float]
    best: dict[str, float]  # doc -> its highest similarity to another document
    nearest: dict[str, str]  # doc -> that most similar document


def doc_context(bags: dict[str, Bag]) -> DocContext:
    idf = idf_table(bags.values())
    names = sorted(bags)
    best = {d: 0.0 for d in names}
    nearest = {d: "" for d in names}
    for i, x in enumerate(names):
        for y in names[i + 1:]:
            sim = idf_cosine(bags[x].lemmas, bags[y].lemmas, idf)
            for u, v in ((x, y), (y, x)):
                if sim > best[u]:
                    best[u], nearest[u] = sim, v
    return DocContext(bags, idf, best, nearest)


def pair_features(a: Bag, b: Bag, doc_a: str, doc_b: str, ctx: DocContext) -> list[float]:
    """The feature vector of a sentence pair (names in ``FEATURE_NAMES``)."""
    da, db = ctx.bags[doc_a], ctx.bags[doc_b]
    doc_sim = idf_cosine(da.lemmas, db.lemmas, ctx.idf)
    rel = min(doc_sim / ctx.best[doc_a] if ctx.best[doc_a] else 0.0,
              doc_sim / ctx.best[doc_b] if ctx.best[doc_b] else 0.0)
    mutual = 1.0 if ctx.nearest.get(doc_a) == doc_b or ctx.nearest.get(doc_b) == doc_a else 0.0
    return bag_features(a, b) + bag_features(da, db) + [
        idf_cosine(a.lemmas, b.lemmas, ctx.idf), doc_sim,
        idf_cosine(da.proper, db.proper, ctx.idf), rel, mutual,
    ]


class CorefModel(NamedTuple):
    """Logistic weights over (a prefix of) ``FEATURE_NAMES`` plus a bias and a threshold."""

    weights: tuple[float, ...]
    bias: float
    threshold: float = 0.5

    def probability(self, features: Sequence[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, features))
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def model_file() -> dict:
    """The shipped ``coref.json``: weights, threshold, training data and held-out scores."""
    return json.loads(resources.files(__package__).joinpath("coref.json").read_text("utf-8"))


def load_model() -> CorefModel:
    """The shipped weights (``coref.json`` beside this module)."""
    data = model_file()
    if list(data["features"]) != list(FEATURE_NAMES):
        raise ValueError("coref.json was fitted on another feature set; re-run train_coref.py")
    return CorefModel(tuple(data["weights"]), data["bias"], data["threshold"])


def load_small_model() -> CorefModel:
    """The small-batch weights: the first ``N_SMALL`` features, same threshold as ``load_model``."""
    data = model_file()
    small = data["small_batch"]
    if len(small["weights"]) != N_SMALL:
        raise ValueError("coref.json was fitted on another feature set; re-run train_coref.py")
    return CorefModel(tuple(small["weights"]), small["bias"], data["threshold"])


class SentenceRef(NamedTuple):
    doc: str
    text: str


def score_pairs(pairs: Sequence[tuple[SentenceRef, SentenceRef]], nlp,
                model: CorefModel | None = None) -> list[float]:
    """Same-event probability of each sentence pair; documents pool over the batch.

    Without an explicit ``model``, pairs whose pair-graph group has fewer
    than ``MIN_GROUP`` sentences (too few for second-order similarity) are
    scored by the small-batch model, the others by the full one.
    """
    rows = pairs_to_features(pairs, nlp)
    if model is not None:
        return [model.probability(f) for f in rows]
    full, small = load_model(), load_small_model()
    size = {s: len(group) for group in components(pairs) for s in group}
    return [(full if size[a] >= MIN_GROUP else small).probability(f) for (a, _), f in zip(pairs, rows)]


def _names(bag: Bag) -> frozenset[str]:
    """Proper-noun lemmas and people / organisation / place tokens of a bag."""
    return bag.proper | bag.entities["person"] | bag.entities["org"] | bag.entities["place"]


def pairs_to_features(pairs: Sequence[tuple[SentenceRef, SentenceRef]], nlp) -> list[list[float]]:
    """Feature vectors of sentence pairs: each text parsed once, documents pooled over the batch."""
    texts = sorted({s.text for pair in pairs for s in pair})
    bags, inst = {}, {}
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=64)):
        bags[text], inst[text] = sentence_bag(doc), instance(doc)
    by_doc: dict[str, set[str]] = {}
    for pair in pairs:
        for s in pair:
            by_doc.setdefault(s.doc, set()).add(s.text)
    ctx = doc_context({d: pool(bags[t] for t in sorted(ts)) for d, ts in by_doc.items()})
    doc_inst = {d: pool_instances([inst[t] for t in sorted(ts)]) for d, ts in by_doc.items()}
    context = context_features(
        pairs, lambda s: (bags[s.text].lemmas, _names(bags[s.text])),
        lambda s: (ctx.bags[s.doc].lemmas, _names(ctx.bags[s.doc])), ctx.idf)
    return [pair_features(bags[a.text], bags[b.text], a.doc, b.doc, ctx)
            + instance_features(inst[a.text], inst[b.text], doc_inst[a.doc], doc_inst[b.doc]) + extra
            for (a, b), extra in zip(pairs, context)]


def predict_rows(rows: Sequence[dict], nlp) -> tuple[list[bool], dict]:
    """Same-event decisions for ECB+-style rows, and what the model was fitted on."""
    pairs = [(SentenceRef(r["a"]["doc"], r["a"]["text"]), SentenceRef(r["b"]["doc"], r["b"]["text"])) for r in rows]
    threshold = load_model().threshold
    info = {k: v for k, v in model_file().items() if k in ("trained_on", "topic_held_out", "train_f1", "threshold")}
    return [p >= threshold for p in score_pairs(pairs, nlp)], info
