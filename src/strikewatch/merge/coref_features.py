"""Instance and batch-context features for the sentence-pair same-event scorer.

Two groups of features complement the lexical overlaps of ``coref.py``:

* *instance identity* (``Instance``, ``instance_features``): a similar event of
  the same kind differs in its weekday, month, year, numbers, people's
  surnames, places and organisations, so each of those is compared as
  "shared" and "clash" (both name one, none in common), per sentence and per
  document (all sentences of a document in the batch pooled); the event kind
  is compared through a small hand-written list of event families (kill /
  shoot / murder, quake / earthquake, ...) and the root lemma;
* *second-order similarity* (``context_features``): the sentences of a batch
  are grouped by the pair graph (two sentences that are asked about together
  are in one group); within a group, two reports of one event resemble the
  *same other* sentences, so the correlation of their similarity profiles
  (sentence, document and name vectors) and how high each ranks the other
  among its neighbours separate same-instance from same-kind pairs better
  than a direct overlap. With fewer than five sentences in a group the
  profile correlations are 0 (no evidence) and ``coref.py`` scores the group
  with its small-batch model, which leaves these features out.

All pure functions of parsed spaCy docs and the batch; no I/O.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np

_FAMILY_WORDS = (
    "kill murder slay shoot shooting gunman stab death die dead homicide massacre slaying fatal",
    "quake earthquake tremor temblor aftershock magnitude seismic",
    "arrest detain apprehend custody nab capture jail",
    "fire blaze flame burn arson inferno",
    "announce unveil introduce launch release reveal unveiling announcement",
    "acquire buy purchase acquisition takeover deal merger bid",
    "sentence convict verdict trial guilty plead charge prison",
    "hire appoint replace sack dismiss resign",
    "win beat defeat victory lose score game match title championship",
    "crash collide collision accident derail sink",
    "attack bomb bombing explosion blast strike raid airstrike",
    "elect election vote nominate nomination",
    "injure wound hurt",
    "steal rob robbery theft heist loot",
    "rescue save evacuate",
    "sign contract agreement",
)
FAMILIES: dict[str, frozenset[int]] = {}
for _i, _words in enumerate(_FAMILY_WORDS):
    for _w in _words.split():
        FAMILIES[_w] = FAMILIES.get(_w, frozenset()) | {_i}

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                    "sept", "oct", "nov", "dec"})
KEYS = ("weekday", "month", "year", "number", "surname", "place_name", "org_name")
_YEAR = re.compile(r"(?:19|20)\d\d")
_VAGUE_NUMBERS = frozenset({"a", "the", "about", "some", "more", "than", "over", "nearly", "around"})

INSTANCE_NAMES = tuple(
    ["sent_family_shared", "sent_family_clash", "sent_root_shared", "doc_family_shared"]
    + [f"{level}_{k}_{s}" for level in ("sent", "doc") for k in KEYS for s in ("shared", "clash")])
CONTEXT_NAMES = ("sent_profile_corr", "doc_profile_corr", "doc_name_profile_corr", "sent_name_profile_corr",
                 "mixed_profile_corr", "doc_neighbour_rank", "sent_neighbour_rank")


class Instance(NamedTuple):
    """What singles out an event instance in one sentence (or a pooled document)."""

    families: frozenset[int]
    roots: frozenset[str]
    keys: dict[str, frozenset[str]]  # KEYS -> normalised values


def _entity_keys(doc) -> dict[str, set[str]]:
    keys: dict[str, set[str]] = {k: set() for k in KEYS}
    for ent in doc.ents:
        low = [t.lower_ for t in ent]
        if ent.label_ in ("DATE", "TIME"):
            keys["weekday"].update(w for w in low if w in WEEKDAYS)
            keys["month"].update(w[:3] for w in low if w in MONTHS)
            keys["year"].update(w for w in low if _YEAR.fullmatch(w))
        elif ent.label_ in ("CARDINAL", "MONEY", "QUANTITY"):
            keys["number"].update(w for w in low if w not in _VAGUE_NUMBERS)
        elif ent.label_ == "PERSON":
            keys["surname"].add(low[-1])
        elif ent.label_ in ("GPE", "LOC", "FAC"):
            keys["place_name"].add(" ".join(low))
        elif ent.label_ == "ORG":
            keys["org_name"].add(" ".join(low))
    return keys


def instance(doc) -> Instance:
    """Event families, root lemmas and instance keys of one parsed sentence."""
    families: set[int] = set()
    roots: set[str] = set()
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "NOUN"):
            families.update(FAMILIES.get(lemma, ()))
            if tok.dep_ == "ROOT":
                roots.add(lemma)
    keys = _entity_keys(doc)
    keys["number"].update(t.lower_ for t in doc if t.like_num and t.ent_type_ not in ("DATE", "TIME"))
    return Instance(frozenset(families), frozenset(roots), {k: frozenset(v) for k, v in keys.items()})


def pool_instances(items: Sequence[Instance]) -> Instance:
    """The union of several sentences' instances (a document's view)."""
    return Instance(frozenset().union(*(i.families for i in items)), frozenset().union(*(i.roots for i in items)),
                    {k: frozenset().union(*(i.keys[k] for i in items)) for k in KEYS})


def _shared_clash(x: frozenset, y: frozenset) -> list[float]:
    shared = bool(x & y)
    return [1.0 if shared else 0.0, 1.0 if x and y and not shared else 0.0]


def instance_features(a: Instance, b: Instance, doc_a: Instance, doc_b: Instance) -> list[float]:
    """Instance-identity features of a sentence pair (names in ``INSTANCE_NAMES``)."""
    out = _shared_clash(a.families, b.families)
    out += [1.0 if a.roots & b.roots else 0.0, 1.0 if doc_a.families & doc_b.families else 0.0]
    for x, y in ((a, b), (doc_a, doc_b)):
        for k in KEYS:
            out += _shared_clash(x.keys[k], y.keys[k])
    return out


MIN_GROUP = 5  # sentences a pair-graph group needs for the batch-context features to count


def components(pairs: Sequence[tuple]) -> list[list]:
    """Connected groups of the items linked by ``pairs``, each sorted."""
    parent: dict = {}

    def find(u):
        while parent.setdefault(u, u) != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        return u

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict = {}
    for u in list(parent):
        groups.setdefault(find(u), []).append(u)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def cosine_matrix(sets: Sequence[frozenset[str]], idf: dict[str, float]) -> np.ndarray:
    """Pairwise cosine of idf-weighted term sets."""
    vocab = {w: i for i, w in enumerate(sorted(frozenset().union(*sets)))}
    vec = np.zeros((len(sets), max(len(vocab), 1)))
    for row, terms in enumerate(sets):
        for w in terms:
            vec[row, vocab[w]] = idf.get(w, 1.0)
    norm = np.linalg.norm(vec, axis=1, keepdims=True)
    vec = vec / np.where(norm == 0, 1.0, norm)
    return vec @ vec.T


def profile_correlation(sim: np.ndarray) -> np.ndarray:
    """Pearson correlation of rows i and j of ``sim`` over the other items k != i, j."""
    n = len(sim)
    if n < MIN_GROUP:
        return np.zeros((n, n))
    m = n - 2
    diag = np.diag(sim)
    sum_a = sim.sum(axis=1)[:, None] - diag[:, None] - sim
    sq_a = (sim ** 2).sum(axis=1)[:, None] - (diag ** 2)[:, None] - sim ** 2
    cross = sim @ sim.T - diag[:, None] * sim.T - sim * diag[None, :]
    cov = cross - sum_a * sum_a.T / m
    var = np.maximum(sq_a - sum_a ** 2 / m, 0.0)
    denom = np.sqrt(var * var.T)
    corr = np.divide(cov, denom, out=np.zeros_like(cov), where=denom > 1e-12)
    np.fill_diagonal(corr, 0.0)
    return corr


def neighbour_rank(sim: np.ndarray) -> np.ndarray:
    """rank[i, j]: position of j among i's neighbours by similarity (0 = nearest), scaled to [0, 1]."""
    n = len(sim)
    masked = sim.copy()
    np.fill_diagonal(masked, -1.0)
    order = np.argsort(-masked, axis=1, kind="stable")
    rank = np.argsort(order, axis=1, kind="stable").astype(float)
    return rank / max(n - 1, 1)


def context_features(pairs: Sequence[tuple], sentence_terms: Callable, doc_terms: Callable,
                     idf: dict[str, float]) -> list[list[float]]:
    """Second-order similarity features of each pair (names in ``CONTEXT_NAMES``).

    ``sentence_terms(s)`` / ``doc_terms(s)`` give ``(lemmas, names)`` of a
    sentence ``s`` and of its pooled document.
    """
    where: dict = {}
    for group in components(pairs):
        sent = [sentence_terms(s) for s in group]
        doc = [doc_terms(s) for s in group]
        sim_s = cosine_matrix([t[0] for t in sent], idf)
        sim_d = cosine_matrix([t[0] for t in doc], idf)
        sim_dn = cosine_matrix([t[1] for t in doc], idf)
        sim_sn = cosine_matrix([t[1] for t in sent], idf)
        mats = (profile_correlation(sim_s), profile_correlation(sim_d), profile_correlation(sim_dn),
                profile_correlation(sim_sn), profile_correlation((sim_s + sim_d + sim_sn) / 3))
        ranks = (neighbour_rank(sim_d), neighbour_rank(sim_s))
        for i, s in enumerate(group):
            where[s] = (i, mats, ranks)
    out = []
    for a, b in pairs:
        i, mats, ranks = where[a]
        j = where[b][0]
        out.append([float(m[i, j]) for m in mats] + [float(max(r[i, j], r[j, i])) for r in ranks])
    return out
