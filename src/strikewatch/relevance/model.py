"""A binary logistic-regression model over hashed sentence features (see ``features``).

``fit`` is full-batch Adam with L2 on a sparse design matrix, in numpy, from a fixed
start: the same data and settings give the same weights on any machine. The file holds
only the slots the training data touched (``indices``, ``weights`` as float32), the bias,
the feature-hash width and the training record, so it stays small.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from .features import BITS, DIM, hashed


@dataclass
class Design:
    """Sparse rows in CSR form."""

    indptr: np.ndarray
    indices: np.ndarray
    values: np.ndarray

    @classmethod
    def of(cls, texts: Sequence[str], actors: Sequence[Sequence[tuple[str, bool]]] | None = None) -> "Design":
        rows = [hashed(t, a) for t, a in zip(texts, actors or [()] * len(texts))]
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(i) for i, _ in rows])
        indices = np.concatenate([i for i, _ in rows]) if rows else np.zeros(0, np.int64)
        values = np.concatenate([v for _, v in rows]) if rows else np.zeros(0, np.float32)
        return cls(indptr, indices, values.astype(np.float64))

    @property
    def rows(self) -> int:
        return len(self.indptr) - 1

    def row_of_entry(self) -> np.ndarray:
        """The row of each stored entry (computed once per design)."""
        cached = self.__dict__.get("_row_of")
        if cached is None or len(cached) != len(self.indices):
            cached = self.__dict__["_row_of"] = np.repeat(np.arange(self.rows), np.diff(self.indptr))
        return cached

    def dot(self, w: np.ndarray) -> np.ndarray:
        """Each row's dot product with ``w`` (0 for a row without features, e.g. "...")."""
        return np.bincount(self.row_of_entry(), weights=w[self.indices] * self.values, minlength=self.rows)

    def tdot(self, g: np.ndarray, dim: int) -> np.ndarray:
        per = g[self.row_of_entry()] * self.values
        return np.bincount(self.indices, weights=per, minlength=dim)


@dataclass
class RelevanceModel:
    """P(in scope | sentence) = sigmoid(w . x + b)."""

    weights: np.ndarray  # dense, length DIM
    bias: float
    record: dict[str, Any] = field(default_factory=dict)

    def logits(self, texts: Sequence[str], actors: Sequence[Sequence[tuple[str, bool]]] | None = None) -> np.ndarray:
        return Design.of(texts, actors).dot(self.weights) + self.bias

    def proba(self, texts: Sequence[str], actors: Sequence[Sequence[tuple[str, bool]]] | None = None) -> np.ndarray:
        """P(in scope) per sentence; ``actors``: per sentence, ``(kind, generic)`` of its actor aliases."""
        return 1.0 / (1.0 + np.exp(-self.logits(texts, actors)))

    def save(self, path: str | Path) -> None:
        nz = np.flatnonzero(self.weights)
        np.savez_compressed(path, indices=nz.astype(np.int32), weights=self.weights[nz].astype(np.float32),
                            bias=np.float64(self.bias), bits=np.int64(BITS),
                            record=np.frombuffer(json.dumps(self.record, sort_keys=True).encode(), dtype=np.uint8))

    @classmethod
    def load(cls, path: str | Path) -> "RelevanceModel":
        with np.load(path) as z:
            if int(z["bits"]) != BITS:
                raise ValueError(f"{path}: model hashed into 2**{int(z['bits'])} slots, this code uses 2**{BITS}")
            weights = np.zeros(DIM, dtype=np.float64)
            weights[z["indices"]] = z["weights"]
            record = json.loads(bytes(z["record"]).decode()) if "record" in z else {}
            return cls(weights, float(z["bias"]), record)


def fit(texts: Sequence[str], labels: Sequence[int], *, sample_weight: Sequence[float] | None = None,
        actors: Sequence[Sequence[tuple[str, bool]]] | None = None,
        l2: float = 1e-4, epochs: int = 300, lr: float = 0.05,
        design: Design | None = None, dim: int = DIM) -> RelevanceModel:
    """Fit the model (labels 1 = in scope). Deterministic: zero start, full batches.
    ``design``: rows already built (then ``texts`` and ``actors`` are not read), over ``dim``
    columns; another model on other features (``events.typer_model``) fits through this."""
    X = Design.of(texts, actors) if design is None else design
    y = np.asarray(labels, dtype=np.float64)
    sw = np.ones_like(y) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    sw = sw / sw.sum()
    w, b = np.zeros(dim), 0.0
    m, v, mb, vb = np.zeros(dim), np.zeros(dim), 0.0, 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    touched = np.zeros(dim, dtype=bool)
    touched[X.indices] = True
    for t in range(1, epochs + 1):
        p = 1.0 / (1.0 + np.exp(-(X.dot(w) + b)))
        g_row = (p - y) * sw
        gw = X.tdot(g_row, dim) + l2 * w * touched
        gb = g_row.sum()
        m = beta1 * m + (1 - beta1) * gw
        v = beta2 * v + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        corr = np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
        w -= lr * corr * m / (np.sqrt(v) + eps)
        b -= lr * corr * mb / (np.sqrt(vb) + eps)
    w[~touched] = 0.0
    return RelevanceModel(w, b)
