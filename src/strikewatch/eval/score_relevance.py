"""Score the relevance of extraction against judged articles.

Labels (one JSON object per article, kept by id without text)::

    {"id": "...", "in_scope": true, "events": [{"sub_event_type": "Armed clash", "place": "...", "date": null}],
     "cause": null, "certainty": "sure"}

An article is *predicted in scope* when extraction gives it at least one event. An event is
*true* when its article is in scope and one of the article's judged events is of the same
broad kind (organised violence: battles, explosions, violence against civilians; crowds:
protests and riots; strategic developments): typing errors inside a kind are the typer's
business (``eval acled``), not relevance's. Event recall matches judged events to predicted
ones of the same kind, one to one.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from ..events.taxonomy import EventType
from ..models import Event

KIND = {EventType.BATTLES: "violence", EventType.EXPLOSIONS: "violence", EventType.VAC: "violence",
        EventType.PROTESTS: "crowd", EventType.RIOTS: "crowd", EventType.STRATEGIC: "strategic"}
CONFIDENCE_BINS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.8, 1.0001)


def _kind_of_sub(sub: str) -> str:
    from ..events import EVENT_TYPE_OF

    return KIND[EVENT_TYPE_OF[sub]]


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def judge_events(label: dict[str, Any], events: list[Event]) -> list[bool]:
    """True/false for each predicted event of one article (see module docstring)."""
    if not label.get("in_scope"):
        return [False] * len(events)
    kinds = {_kind_of_sub(e["sub_event_type"]) for e in label.get("events", [])}
    return [KIND[e.event_type] in kinds for e in events]


def matched_gold(label: dict[str, Any], events: list[Event]) -> int:
    """How many of an article's judged events some predicted event of the same kind matches (1:1)."""
    pred = Counter(KIND[e.event_type] for e in events)
    hits = 0
    for g in label.get("events", []):
        k = _kind_of_sub(g["sub_event_type"])
        if pred[k] > 0:
            pred[k] -= 1
            hits += 1
    return hits


def calibration(pairs: list[tuple[float, bool]]) -> dict[str, Any]:
    """Confidence bins: count, mean confidence, share true; expected calibration error."""
    bins, ece = [], 0.0
    for lo, hi in zip(CONFIDENCE_BINS, CONFIDENCE_BINS[1:]):
        inside = [(c, t) for c, t in pairs if lo <= c < hi]
        if not inside:
            continue
        conf = sum(c for c, _ in inside) / len(inside)
        acc = sum(t for _, t in inside) / len(inside)
        ece += len(inside) / len(pairs) * abs(conf - acc)
        bins.append({"bin": f"{lo:.1f}-{min(hi, 1.0):.1f}", "n": len(inside), "confidence": round(conf, 4),
                     "true": round(acc, 4)})
    return {"bins": bins, "ece": round(ece, 4)}


def score_relevance(labels: Iterable[dict[str, Any]], events_by_article: dict[str, list[Event]],
                    min_confidence: float = 0.5) -> dict[str, Any]:
    """Article- and event-level scores, confusion by cause, calibration (see module docstring)."""
    labels = list(labels)
    art = Counter()
    causes: Counter = Counter()
    causes_total: Counter = Counter()
    by_corpus: dict[str, Counter] = {}
    pairs: list[tuple[float, bool]] = []
    gold_events = gold_hit = 0
    for label in labels:
        events = events_by_article.get(label["id"], [])
        inside, predicted = bool(label.get("in_scope")), bool(events)
        art[(inside, predicted)] += 1
        corpus = by_corpus.setdefault(label.get("corpus") or "?", Counter())
        corpus[(inside, predicted)] += 1
        if not inside:
            causes_total[label.get("cause") or "plain"] += 1
            if predicted:
                causes[label.get("cause") or "plain"] += 1
        verdicts = judge_events(label, events)
        pairs += [(e.confidence, v) for e, v in zip(events, verdicts)]
        gold_events += len(label.get("events", []))
        gold_hit += matched_gold(label, events)
    true = sum(t for _, t in pairs)
    sure = [(c, t) for c, t in pairs if c >= min_confidence]

    def article_table(c: Counter) -> dict[str, Any]:
        out_n, in_n = c[(False, False)] + c[(False, True)], c[(True, False)] + c[(True, True)]
        return {"out_of_scope": out_n, "out_of_scope_silent": _ratio(c[(False, False)], out_n),
                "in_scope": in_n, "in_scope_found": _ratio(c[(True, True)], in_n),
                "precision": _ratio(c[(True, True)], c[(True, True)] + c[(False, True)])}

    return {
        "articles": len(labels),
        "article": article_table(art),
        "by_corpus": {k: article_table(v) for k, v in sorted(by_corpus.items())},
        "events": len(pairs), "events_true": true, "event_precision": _ratio(true, len(pairs)),
        f"events_conf_ge_{min_confidence}": len(sure),
        f"event_precision_conf_ge_{min_confidence}": _ratio(sum(t for _, t in sure), len(sure)),
        "gold_events": gold_events, "event_recall": _ratio(gold_hit, gold_events),
        "false_articles_by_cause": {k: {"with_events": causes[k], "of": n} for k, n in causes_total.most_common()},
        "calibration": calibration(pairs),
    }


def text_reports(rows: Iterable[dict[str, Any]]) -> list:
    """Reports from evaluation texts (``{"id", "text", "published"|"dct"?, "title"?}``)."""
    import datetime as dt

    from ..ingest.text import build_report

    out = []
    for row in rows:
        day = str(row.get("published") or row.get("dct") or "")[:10]
        try:
            published = dt.date.fromisoformat(day) if day else None
        except ValueError:
            published = None
        title = row.get("title")
        text = f"{title}\n\n{row['text']}" if title else row["text"]
        out.append(build_report(str(row["id"]), text, has_headline=bool(title), published=published))
    return out
