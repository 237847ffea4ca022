"""Reading labelled notes for ``train-typer``: ACLED-style CSV (``notes``, ``sub_event_type``) or
JSONL (``text`` or ``notes``, ``sub_event_type``)."""
from __future__ import annotations

import csv
import json
import zlib
from pathlib import Path

from ..errors import InputError
from .taxonomy import EVENT_TYPE_OF
from .typer import Typer


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


TEMPERATURES = (1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0)


def fit_typer(pairs_: list[tuple[str, str]], source: str = "user") -> Typer:
    """The sub-type classifier fitted on (text, label) pairs (needs at least one pair), with its
    temperature chosen on a fixed fifth of the pairs held out (lowest calibration error)."""
    if not pairs_:
        raise InputError("no labelled notes with a known sub_event_type to fit on")
    held = [p for p in pairs_ if zlib.crc32(p[0].encode("utf-8")) % 5 == 0]
    kept = [p for p in pairs_ if zlib.crc32(p[0].encode("utf-8")) % 5 != 0]
    temperature = 1.0
    if len(held) >= 20 and kept:
        probe = Typer.fit([t for t, _ in kept], [l for _, l in kept], min_count=2)
        temperature = min(TEMPERATURES, key=lambda t: _ece(probe, held, t))
    model = Typer.fit([t for t, _ in pairs_], [l for _, l in pairs_], source=source, min_count=2)
    model.temperature = temperature
    return model


def _ece(model: Typer, held: list[tuple[str, str]], temperature: float, bins: int = 10) -> float:
    """Expected calibration error of ``model`` at ``temperature`` on held-out pairs."""
    model.temperature = temperature
    sums = [[0.0, 0.0, 0] for _ in range(bins)]
    for text, label in held:
        pred, p = model.predict(text)
        b = sums[min(bins - 1, int(p * bins))]
        b[0] += p
        b[1] += pred == label
        b[2] += 1
    return sum(abs(c - a) for c, a, n in sums if n) / len(held)
