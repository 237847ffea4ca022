"""Reading labelled notes for ``train-typer``: ACLED-style CSV (``notes``, ``sub_event_type``) or
JSONL (``text`` or ``notes``, ``sub_event_type``)."""
from __future__ import annotations

import csv
import json
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


def fit_typer(pairs_: list[tuple[str, str]], source: str = "user") -> Typer:
    """The sub-type classifier fitted on (text, label) pairs (needs at least one pair)."""
    if not pairs_:
        raise InputError("no labelled notes with a known sub_event_type to fit on")
    return Typer.fit([t for t, _ in pairs_], [l for _, l in pairs_], source=source, min_count=2)
