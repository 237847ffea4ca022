"""The learned sub-event-type model: multinomial logistic regression over the relevance stage's
sentence features (``strikewatch.relevance.features``: content words and bigrams, capitalised
words, trigger sense windows and classes, the kinds of actor aliases a text names) plus stemmed
words and stemmed bigrams, with hyphenated words split ('shoot-outs' -> shoot, out), so that
'killing', 'killed' and 'kills' are read as one word. Features are hashed as the relevance
stage hashes them (CRC-32 into ``2**BITS`` slots).

``fit`` fits one binary model per label with the relevance stage's ``fit`` (full-batch Adam with
L2 from zero weights, in numpy) and reads them together through a softmax: the same rows and
settings give the same weights on any machine. Only feature slots seen in at least ``min_df`` training texts
are kept, so a model is a few hundred kilobytes: ``slots`` (sorted hashed slots), ``weights``
(slots x labels, stored as int8 with one float scale per slot), ``bias``, a ``temperature`` and a
training ``record``.
"""
from __future__ import annotations

import io
import json
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..actors.aliases import load_aliases
from ..relevance.features import BITS, DIM, STOP_WORDS, feature_strings, stem, tokens
from ..relevance.model import Design
from ..relevance.model import fit as fit_binary

KIND = "strikewatch-typer/logreg-1"
NONE = "none"  # the label of training texts that tell no event in scope
Kinds = Sequence[tuple[str, bool]]


def actor_kinds(text: str) -> list[tuple[str, bool]]:
    """``(kind, generic)`` of every actor alias ``text`` names, in text order (the relevance
    stage's actor features)."""
    return [(h.actor.kind, h.actor.generic) for h in sorted(load_aliases().find(text), key=lambda h: h.start)]


_PARTS = re.compile(r"['\u2019-]")
# a month in a date ('On 12 March 2023', 'May 3') says nothing about the sub-type, and 'March'
# would read as the protest trigger 'march'
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|" \
          r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DATE_MONTH = re.compile(rf"(?<=\d)(?:st|nd|rd|th)?\s+{_MONTHS}(?![\w-])|\b{_MONTHS}(?=\s+\d)")


def feature_names(text: str, kinds: Kinds = ()) -> list[str]:
    """The features of one text (before hashing): the relevance stage's, then stemmed word parts
    (``s:``), stemmed bigrams (``sb:``; numbers are left out of both) and the kind of the first
    actor named (``a1:``, most often the one who acted: who took a town, who was arrested)."""
    text = _DATE_MONTH.sub(" ", text)
    parts = [stem(p) for t in tokens(text) if t.lower() not in STOP_WORDS
             for p in _PARTS.split(t) if p and p[0].isalpha()]
    first = ["a1:" + kinds[0][0]] if kinds else []
    return feature_strings(text, kinds) + ["s:" + p for p in parts] + \
        ["sb:" + a + "_" + b for a, b in zip(parts, parts[1:])] + first


def hashed(text: str, kinds: Kinds = ()) -> tuple[np.ndarray, np.ndarray]:
    """``(slots, values)`` of one text's features: counts scaled to unit length."""
    feats = feature_names(text, kinds)
    idx = np.fromiter((zlib.crc32(f.encode("utf-8")) & (DIM - 1) for f in feats), dtype=np.int64, count=len(feats))
    if not len(idx):
        return idx, np.zeros(0)
    uniq, counts = np.unique(idx, return_counts=True)
    vals = counts.astype(np.float64)
    return uniq, vals / np.sqrt((vals * vals).sum())


@dataclass
class Rows:
    """Texts as sparse rows over a model's columns (CSR: ``indptr``, ``cols``, ``vals``)."""

    indptr: np.ndarray
    cols: np.ndarray
    vals: np.ndarray

    @classmethod
    def of(cls, texts: Sequence[str], slots: np.ndarray, kinds: Sequence[Kinds] | None = None) -> "Rows":
        """Each text's hashed features, restricted to ``slots`` (unknown slots are dropped)."""
        cols_all, vals_all, indptr = [], [], [0]
        for k, text in enumerate(texts):
            idx, vals = hashed(text, kinds[k] if kinds is not None else actor_kinds(text))
            pos = np.searchsorted(slots, idx)
            keep = (pos < len(slots)) & (slots[np.minimum(pos, len(slots) - 1)] == idx) if len(slots) else idx < 0
            cols_all.append(pos[keep])
            vals_all.append(vals[keep].astype(np.float64))
            indptr.append(indptr[-1] + int(keep.sum()))
        cols = np.concatenate(cols_all) if cols_all else np.zeros(0, np.int64)
        vals = np.concatenate(vals_all) if vals_all else np.zeros(0)
        return cls(np.asarray(indptr, np.int64), cols.astype(np.int64), vals)

    @property
    def n(self) -> int:
        return len(self.indptr) - 1

    def dot(self, w: np.ndarray) -> np.ndarray:
        """(n, K) = rows @ w for a (columns, K) matrix."""
        out = np.zeros((self.n, w.shape[1]))
        if len(self.cols):
            prod = w[self.cols] * self.vals[:, None]
            starts = self.indptr[:-1]
            full = starts < self.indptr[1:]
            out[full] = np.add.reduceat(prod, starts[full], axis=0)
        return out

    def design(self) -> Design:
        """The rows as the relevance model's design matrix (columns = this model's slots)."""
        return Design(self.indptr, self.cols, self.vals)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@dataclass
class SubtypeModel:
    """P(sub-event type | text) = softmax((x . W + b) / temperature)."""

    labels: tuple[str, ...]
    slots: np.ndarray                 # sorted hashed feature slots, one per row of ``weights``
    weights: np.ndarray               # (len(slots), len(labels))
    bias: np.ndarray                  # (len(labels),)
    temperature: float = 1.0
    source: str = "team sentences"
    record: dict[str, Any] = field(default_factory=dict)

    def proba_many(self, texts: Sequence[str], kinds: Sequence[Kinds] | None = None) -> np.ndarray:
        """(len(texts), len(labels)) probabilities; ``kinds``: each text's actor kinds (found if None)."""
        z = Rows.of(texts, self.slots, kinds).dot(self.weights) + self.bias
        return _softmax(z / self.temperature)

    def proba(self, text: str) -> dict[str, float]:
        """P(the text tells an event of this sub-type) for each sub-event type: they sum to 1, or,
        for a model that also learned ``NONE`` (texts that tell no event), to 1 - P(no event)."""
        return {k: v for k, v in zip(self.labels, self.proba_many([text])[0].tolist()) if k != NONE}

    def predict(self, text: str) -> tuple[str, float]:
        """The most probable sub-event type and its probability."""
        p = self.proba(text)
        label = max(p, key=lambda k: (p[k], k))
        return label, p[label]

    def save(self, path: str | Path) -> None:
        """Write the model as a compressed ``.npz`` (whatever the file's suffix)."""
        buf = io.BytesIO()
        meta = {"kind": KIND, "labels": list(self.labels), "temperature": self.temperature, "source": self.source,
                "bits": BITS, "record": self.record}
        scale = np.abs(self.weights).max(axis=1) / 127.0 if len(self.slots) else np.zeros(0)
        scale[scale == 0] = 1.0
        q = np.round(self.weights / scale[:, None]).astype(np.int8)
        np.savez_compressed(buf, slots=self.slots.astype(np.int32), weights=q, scale=scale.astype(np.float32),
                            bias=self.bias.astype(np.float64),
                            meta=np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8))
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(buf.getvalue())

    @classmethod
    def load(cls, path: str | Path) -> "SubtypeModel":
        with np.load(Path(path)) as z:
            meta = json.loads(bytes(z["meta"]).decode())
            if meta.get("kind") != KIND or meta.get("bits") != BITS:
                raise ValueError(f"{path}: not a {KIND} model for 2**{BITS} feature slots")
            weights = z["weights"].astype(np.float64) * z["scale"].astype(np.float64)[:, None]
            return cls(tuple(meta["labels"]), z["slots"].astype(np.int64), weights, z["bias"].astype(np.float64),
                       float(meta["temperature"]), meta.get("source", "user"), meta.get("record", {}))


def vocabulary(texts: Sequence[str], kinds: Sequence[Kinds], min_df: int) -> np.ndarray:
    """The sorted feature slots that at least ``min_df`` of ``texts`` hold."""
    all_idx = np.concatenate([hashed(t, k)[0] for t, k in zip(texts, kinds)]) if texts else np.zeros(0, np.int64)
    slots, df = np.unique(all_idx, return_counts=True)
    return slots[df >= min_df].astype(np.int64)


def fit(texts: Sequence[str], labels: Sequence[str], *, kinds: Sequence[Kinds] | None = None,
        sample_weight: Sequence[float] | None = None, l2: float = 1e-4, epochs: int = 300, lr: float = 0.05,
        min_df: int = 2, source: str = "team sentences") -> SubtypeModel:
    """Fit on parallel texts and sub-type labels (``NONE`` for texts that tell no event): one
    binary logistic model per label against the rest, each fitted by the relevance stage's
    ``fit`` (full-batch Adam with L2 from zero weights: deterministic) on the same rows; the
    labels' scores are then normalised by a softmax. Rows weigh ``sample_weight`` (default: every
    label weighs the same in total)."""
    if not texts:
        raise ValueError("cannot fit a sub-type model on no texts")
    kinds = [actor_kinds(t) for t in texts] if kinds is None else list(kinds)
    names = tuple(sorted(set(labels)))
    y = np.array([names.index(lab) for lab in labels])
    if sample_weight is None:
        per = np.bincount(y, minlength=len(names)).astype(np.float64)
        sw = 1.0 / per[y]
    else:
        sw = np.asarray(sample_weight, dtype=np.float64)
    slots = vocabulary(texts, kinds, min_df)
    X = Rows.of(texts, slots, kinds).design()
    w, b = np.zeros((len(slots), len(names))), np.zeros(len(names))
    for k in range(len(names)):
        one = fit_binary(texts, (y == k).astype(int), sample_weight=sw, l2=l2, epochs=epochs, lr=lr,
                         design=X, dim=len(slots))
        w[:, k], b[k] = one.weights, one.bias
    return SubtypeModel(names, slots, w, b, source=source)
