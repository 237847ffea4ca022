"""Run the tagger over documents in the TimeML JSONL shape of ``eval/timex/dev.jsonl``."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Iterator

from ..errors import InputError
from .timex import find_timexes


def _dct(doc: dict[str, Any]) -> dt.date | None:
    raw = doc.get("dct")
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(str(raw)[:10])
    except ValueError as exc:
        raise InputError(f"document {doc.get('id')}: bad dct {raw!r}") from exc


def annotate_docs(docs: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Each document with ``timexes`` replaced by the predicted ones (other keys kept)."""
    for doc in docs:
        if "text" not in doc:
            raise InputError(f"document {doc.get('id')} has no text")
        found = find_timexes(doc["text"], _dct(doc))
        yield {**doc, "timexes": [t.to_dict() for t in found]}
