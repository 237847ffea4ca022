"""Pairwise same-event scores for cross-document event coreference.

Pure: ``read_pairs`` checks rows in the shape of ``eval/ecbplus/dev.jsonl``
(``id``, ``topic``, ``a``/``b`` with ``doc`` and ``text``, ``same_event``);
``score_coref(rows, predicted)`` compares predicted booleans with the gold
``same_event`` and returns precision, recall and F1 of the "same event"
class, overall and per topic.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable, Sequence

from ..errors import EvalError


def read_pairs(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Validate sentence-pair rows; raises EvalError naming the bad row."""
    out = []
    for n, row in enumerate(rows, 1):
        try:
            ok = all(isinstance(row[s]["doc"], str) and isinstance(row[s]["text"], str) for s in "ab")
            ok = ok and isinstance(row["same_event"], bool)
        except (KeyError, TypeError):
            ok = False
        if not ok:
            raise EvalError(f"pair {row.get('id', n) if isinstance(row, dict) else n}: needs a.doc, a.text, "
                            "b.doc, b.text and a boolean same_event")
        out.append(row)
    return out


def _prf(c: Counter) -> dict[str, float | int]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"pairs": c["n"], "tp": c["tp"], "fp": c["fp"], "fn": c["fn"],
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_coref(rows: Sequence[dict[str, Any]], predicted: Sequence[bool]) -> dict[str, Any]:
    """P/R/F1 of predicted same-event pairs against gold, overall and by topic."""
    if len(rows) != len(predicted):
        raise EvalError(f"{len(rows)} gold pairs but {len(predicted)} predictions")
    total: Counter = Counter()
    topics: dict[str, Counter] = {}
    for row, pred in zip(rows, predicted):
        gold = bool(row["same_event"])
        key = "tp" if gold and pred else "fp" if pred else "fn" if gold else "tn"
        for c in (total, topics.setdefault(str(row.get("topic", "")), Counter())):
            c[key] += 1
            c["n"] += 1
    return {"overall": _prf(total), "by_topic": {t: _prf(c) for t, c in sorted(topics.items(), key=_topic_key)}}


def _topic_key(item: tuple[str, Counter]) -> tuple:
    t = item[0]
    return (0, int(t), t) if t.isdigit() else (1, 0, t)
