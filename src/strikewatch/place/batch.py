"""Geoparse JSONL records (the format of the geoparse evaluation files) in batches."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import InputError
from ..models import Toponym
from . import geoparse

BATCH = 16  # docs per spaCy batch: larger batches cost ~7 MB of activations per doc


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Records of a JSONL file, each with at least ``id`` and ``text``."""
    out = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    rec = json.loads(line)
                    if not isinstance(rec, dict) or "text" not in rec:
                        raise InputError(f"{path}:{n}: a record needs a text")
                    rec.setdefault("id", str(n))
                    out.append(rec)
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
    return out


def toponym_record(t: Toponym) -> dict[str, Any]:
    """One predicted toponym in the evaluation format (plus our resolution fields)."""
    loc = t.location
    rec: dict[str, Any] = {"start": t.start, "end": t.end, "name": t.text,
                           "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
                           "geonameid": loc.geonameid if loc else None, "score": t.score}
    if loc:
        rec.update(label=loc.name, country=loc.country, admin1=loc.admin1, precision=loc.precision,
                   feature=loc.feature)
    return rec


def geoparse_records(records: Iterable[dict[str, Any]], *, gold_spans: bool = False) -> Iterator[dict[str, Any]]:
    """Geoparse each record; with ``gold_spans`` resolve only its ``toponyms`` spans."""
    records = list(records)
    if gold_spans:
        yield from _parse(records, [None] * len(records), gold_spans=True)
        return
    from ..nlp import load_nlp

    nlp = load_nlp()
    with nlp.select_pipes(disable=[p for p in ("parser", "lemmatizer", "tagger", "attribute_ruler") if p in nlp.pipe_names]):
        yield from _parse(records, nlp.pipe((r["text"] for r in records), batch_size=BATCH), gold_spans=False)


def _parse(records: list[dict[str, Any]], docs: Iterable[Any], *, gold_spans: bool) -> Iterator[dict[str, Any]]:
    for rec, doc in zip(records, docs):
        spans = [(t["start"], t["end"]) for t in rec.get("toponyms") or []] if gold_spans else None
        tops = geoparse(rec["text"], doc=doc, spans=spans)
        yield {"id": rec["id"], "corpus": rec.get("corpus"), "text": rec["text"],
               "toponyms": [toponym_record(t) for t in tops]}
