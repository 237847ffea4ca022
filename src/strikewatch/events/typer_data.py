"""Reading labelled notes for ``train-typer``: ACLED-style CSV (``notes``, ``sub_event_type``) or
JSONL (``text`` or ``notes``, ``sub_event_type``)."""
from __future__ import annotations

import csv
import json
import zlib
from pathlib import Path

import numpy as np

from ..errors import InputError
from .taxonomy import EVENT_TYPE_OF
from .typer_model import SubtypeModel, actor_kinds, fit


def read_labelled(path: str | Path) -> list[tuple[str, str]]:
    """(text, sub_event_type) pairs; rows with no text or an unknown sub-type are skipped."""
    p = Path(path)
    try:
        if p.suffix.lower() == ".csv":
            with p.open(newline="", encoding="utf-8") as f:
                rows = list(csv.DictReader(f))
        else:
            rows = [json.loads(line) for line in p.read_text("utf-8").splitlines() if line.strip()]
    except (OSError, ValueError, csv.Error) as exc:
        raise InputError(f"cannot read labelled notes from {path}: {exc}") from exc
    return pairs(rows)


def pairs(rows: list[dict]) -> list[tuple[str, str]]:
    """(text, sub_event_type) from dict rows with ``text`` or ``notes``."""
    out = []
    for r in rows:
        text = (r.get("text") or r.get("notes") or "").strip()
        label = (r.get("sub_event_type") or "").strip()
        if text and label in EVENT_TYPE_OF:
            out.append((text, label))
    return out


TEMPERATURES = (0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0)
# the shipped model's settings (training/train_typer.py); a user's model is the same model on the same features
SETTINGS = {"l2": 3e-5, "epochs": 300, "lr": 0.05, "min_df": 2}


def fit_typer(pairs_: list[tuple[str, str]], source: str = "user") -> SubtypeModel:
    """The sub-type model fitted on (text, label) pairs (needs at least one pair), with its
    temperature chosen on a fixed fifth of the pairs held out (lowest calibration error)."""
    if not pairs_:
        raise InputError("no labelled notes with a known sub_event_type to fit on")
    kinds = {t: actor_kinds(t) for t, _ in pairs_}
    held = [p for p in pairs_ if zlib.crc32(p[0].encode("utf-8")) % 5 == 0]
    kept = [p for p in pairs_ if zlib.crc32(p[0].encode("utf-8")) % 5 != 0]
    temperature = 1.0
    if len(held) >= 20 and len({l for _, l in kept}) > 1:
        probe = _fit(kept, kinds, source)
        probs = probe.proba_many([t for t, _ in held], [kinds[t] for t, _ in held])
        temperature = min(TEMPERATURES, key=lambda t: _ece(probe, probs, held, t))
    model = _fit(pairs_, kinds, source)
    model.temperature = temperature
    return model


def _fit(pairs_: list[tuple[str, str]], kinds: dict, source: str) -> SubtypeModel:
    texts = [t for t, _ in pairs_]
    return fit(texts, [l for _, l in pairs_], kinds=[kinds[t] for t in texts], source=source, **SETTINGS)


def _ece(model: SubtypeModel, probs: np.ndarray, held: list[tuple[str, str]], temperature: float, bins: int = 10) -> float:
    """Expected calibration error on held-out pairs of ``probs`` (at temperature 1) re-tempered."""
    logp = np.log(np.clip(probs, 1e-12, 1.0)) / temperature
    p = np.exp(logp - logp.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    sums = [[0.0, 0.0, 0] for _ in range(bins)]
    for row, (_, label) in zip(p, held):
        k = int(row.argmax())
        b = sums[min(bins - 1, int(row[k] * bins))]
        b[0] += float(row[k])
        b[1] += model.labels[k] == label
        b[2] += 1
    return sum(abs(c - a) for c, a, n in sums if n) / len(held)
