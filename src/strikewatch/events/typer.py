"""The sub-event-type classifiers: the shipped model, a user's own, and the older naive Bayes.

The shipped model (``typer.npz``) is a logistic model over the relevance stage's features
(``typer_model``), trained by ``training/train_typer.py`` on sentences written for this project
only. A user can fit the same model on the same features from their own licensed data
(``strikewatch train-typer``) and point ``STRIKEWATCH_TYPER`` at the saved file. A file saved by
earlier versions (multinomial naive Bayes on words and bigrams, JSON) still loads.
"""
from __future__ import annotations

import json
import math
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Protocol

from ..errors import ConfigError
from .typer_model import SubtypeModel

_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
_STOP = frozenset("the a an of to and in on at by for with from was were is are be been has have had that this "
                  "it its as or their his her they he she them which who said says".split())
ENV_VAR = "STRIKEWATCH_TYPER"
MODEL_FILE = "typer.npz"


class Classifier(Protocol):
    """What the pipeline asks of a sub-type classifier."""

    def proba(self, text: str) -> dict[str, float]: ...

    def predict(self, text: str) -> tuple[str, float]: ...


def features(text: str) -> list[str]:
    """Lower-cased content words plus adjacent-word bigrams (numbers and stop words dropped)."""
    words = [w for w in _WORD.findall(text.lower()) if w not in _STOP]
    return words + [f"{a}_{b}" for a, b in zip(words, words[1:])]


@dataclass
class Typer:
    """Multinomial naive Bayes over ``features`` (the format of earlier versions' user files)."""

    priors: dict[str, float] = field(default_factory=dict)          # label -> log prior
    loglik: dict[str, dict[str, float]] = field(default_factory=dict)  # label -> feature -> log p
    unseen: dict[str, float] = field(default_factory=dict)          # label -> log p of an unseen feature
    source: str = "examples"
    temperature: float = 1.0  # divides the log scores: naive Bayes is overconfident, T > 1 tempers it
    _seen: tuple = field(default=((), frozenset()), init=False, repr=False, compare=False)

    def _features_seen(self) -> frozenset[str]:
        """Every feature some label has seen (recomputed when a label's table is replaced or grows)."""
        sig = tuple((id(ll), len(ll)) for ll in self.loglik.values())
        if self._seen[0] != sig:
            self._seen = (sig, frozenset().union(*self.loglik.values()))
        return self._seen[1]

    @classmethod
    def fit(cls, texts: Iterable[str], labels: Iterable[str], alpha: float = 0.3, source: str = "examples",
            min_count: int = 1) -> "Typer":
        """Fit on parallel texts and labels (Laplace smoothing ``alpha``)."""
        counts: dict[str, Counter] = defaultdict(Counter)
        n_label: Counter = Counter()
        for text, label in zip(texts, labels):
            n_label[label] += 1
            counts[label].update(set(features(text)))
        if not n_label:
            raise ConfigError("cannot fit a sub-type classifier on no examples")
        total_feats = Counter()
        for c in counts.values():
            total_feats.update(c)
        vocab = {f for f, n in total_feats.items() if n >= min_count}
        n = sum(n_label.values())
        model = cls(source=source)
        for label, c in sorted(counts.items()):
            denom = sum(v for f, v in c.items() if f in vocab) + alpha * (len(vocab) + 1)
            model.priors[label] = math.log(n_label[label] / n)
            model.loglik[label] = {f: math.log((v + alpha) / denom) for f, v in c.items() if f in vocab}
            model.unseen[label] = math.log(alpha / denom)
        return model

    def proba(self, text: str) -> dict[str, float]:
        """Posterior over labels for ``text`` (sums to 1); features seen by no label are ignored."""
        seen = self._features_seen()
        feats = [f for f in set(features(text)) if f in seen]
        scores = {}
        for lab in self.priors:
            loglik, unseen = self.loglik[lab], self.unseen[lab]
            scores[lab] = self.priors[lab] + sum([loglik.get(f, unseen) for f in feats])
        top = max(scores.values())
        exp = {k: math.exp((v - top) / self.temperature) for k, v in scores.items()}
        z = sum(exp.values())
        return {k: v / z for k, v in exp.items()}

    def predict(self, text: str) -> tuple[str, float]:
        """The most probable label and its probability."""
        p = self.proba(text)
        label = max(p, key=lambda k: (p[k], k))
        return label, p[label]

    def to_json(self) -> dict:
        return {"kind": "strikewatch-typer/nb-1", "source": self.source, "priors": self.priors,
                "loglik": self.loglik, "unseen": self.unseen, "temperature": self.temperature}

    @classmethod
    def from_json(cls, data: dict) -> "Typer":
        if data.get("kind") != "strikewatch-typer/nb-1":
            raise ConfigError("not a strikewatch sub-type classifier file")
        return cls(data["priors"], data["loglik"], data["unseen"], data.get("source", "user"),
                   data.get("temperature", 1.0))

    def save(self, path: str | Path) -> None:
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(self.to_json()), encoding="utf-8")


@lru_cache(maxsize=1)
def shipped_typer() -> SubtypeModel:
    """The shipped model (trained on the team's own sentences, see ``training/train_typer.py``)."""
    with resources.as_file(resources.files("strikewatch.events").joinpath(MODEL_FILE)) as path:
        return SubtypeModel.load(path)


def load_classifier(path: str | Path) -> Classifier:
    """A classifier file: the logistic model (``.npz``, from ``train-typer``) or an older JSON one."""
    p = Path(path)
    try:
        if p.read_bytes()[:2] == b"PK":
            return SubtypeModel.load(p)
        return Typer.from_json(json.loads(p.read_text("utf-8")))
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"cannot read sub-type classifier {path}: {exc}") from exc


@lru_cache(maxsize=4)
def _load_user(path: str) -> Classifier:
    return load_classifier(path)


def user_typer() -> Classifier | None:
    """The user's own fitted model named by ``$STRIKEWATCH_TYPER``, if set."""
    path = os.environ.get(ENV_VAR)
    return _load_user(path) if path else None
