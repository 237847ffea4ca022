"""Score event extraction against ACLED-coded notes (sub-type, actors, date, place, fatalities).

ACLED rows are for internal evaluation and rule tuning only; nothing here ships them.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from ..ingest.validate import MAX_OUTLET_CHARS
from ..models import Event, Report, haversine_km
from .acled_country import country_hit
from .data import load_jsonl

PUBLICATION_LAG = dt.timedelta(days=7)


@dataclass
class AcledScores:
    """Per-field accuracies over ``n`` notes plus the sub-type confusion counts."""

    n: int = 0
    hits: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted) -> count
    no_event: int = 0
    explicit: int = 0  # notes that state their date explicitly
    calib: list[tuple[float, bool]] = field(default_factory=list)  # (sub-type confidence, right)

    def rate(self, key: str) -> float:
        return self.hits[key] / self.n if self.n else 0.0

    def calibration(self, bins: int = 5) -> dict[str, Any]:
        """Sub-type confidence vs accuracy in equal-width bins, and the expected calibration error."""
        rows, ece = [], 0.0
        for b in range(bins):
            lo, hi = b / bins, (b + 1) / bins
            inside = [(c, ok) for c, ok in self.calib if lo <= c < hi or b == bins - 1 and c == 1.0]
            if not inside:
                continue
            conf = sum(c for c, _ in inside) / len(inside)
            acc = sum(ok for _, ok in inside) / len(inside)
            ece += len(inside) / len(self.calib) * abs(conf - acc)
            rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(inside), "confidence": round(conf, 3),
                         "accuracy": round(acc, 3)})
        return {"bins": rows, "ece": round(ece, 4)}

    def per_class(self) -> dict[str, dict[str, float]]:
        """Precision, recall, F1 and gold count per gold sub-type (no event counts as a miss)."""
        out = {}
        for c in sorted({g for g, _ in self.confusion}):
            tp = self.confusion[(c, c)]
            fp = sum(v for (g, p), v in self.confusion.items() if p == c and g != c)
            n = sum(v for (g, _), v in self.confusion.items() if g == c)
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / n if n else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            out[c] = {"n": n, "precision": prec, "recall": rec, "f1": f1}
        return out

    def macro_f1(self) -> float:
        f1s = [v["f1"] for v in self.per_class().values()]
        return sum(f1s) / len(f1s) if f1s else 0.0

    def to_dict(self) -> dict[str, Any]:
        keys = ("sub_event_type", "event_type", "actor1", "actor2", "date", "location_25km", "country", "fatalities")
        out: dict[str, Any] = {"n": self.n, "no_event": self.no_event}
        out.update({k: round(self.rate(k), 4) for k in keys})
        out["sub_event_type_macro_f1"] = round(self.macro_f1(), 4)
        out["n_explicit_date"] = self.explicit
        out["date_explicit"] = round(self.hits["date_explicit"] / self.explicit, 4) if self.explicit else 0.0
        out["calibration"] = self.calibration()
        out["per_sub_type"] = {c: {k: v if k == "n" else round(v, 4) for k, v in row.items()}
                               for c, row in self.per_class().items()}
        out["confusion"] = [[g, p, c] for (g, p), c in self.confusion.most_common()]
        return out


# short column heads for the confusion matrix, in taxonomy order
CODES = {"Armed clash": "AC", "Government regains territory": "GRT", "Non-state actor overtakes territory": "NSO",
         "Chemical weapon": "CHM", "Air/drone strike": "AIR", "Suicide bomb": "SUI",
         "Shelling/artillery/missile attack": "SHL", "Remote explosive/landmine/IED": "IED", "Grenade": "GRN",
         "Sexual violence": "SEX", "Attack": "ATK", "Abduction/forced disappearance": "ABD",
         "Peaceful protest": "PP", "Protest with intervention": "PWI", "Excessive force against protesters": "EXF",
         "Violent demonstration": "VD", "Mob violence": "MOB", "Agreement": "AGR", "Arrests": "ARR",
         "Change to group/activity": "CHG", "Disrupted weapons use": "DWU", "Headquarters or base established": "HQ",
         "Looting/property destruction": "LPD", "Non-violent transfer of territory": "NVT", "Other": "OTH",
         "(none)": "--"}


def confusion_matrix(confusion: list[list[Any]]) -> list[str]:
    """The confusion matrix as text lines: one row per gold sub-type, one column per predicted
    (``--``: no event), cells are counts (``.`` for zero), headed by the codes in ``CODES``."""
    cells = {(g, p): c for g, p, c in confusion}
    order = list(CODES)
    rows = sorted({g for g, _ in cells}, key=lambda x: order.index(x) if x in order else len(order))
    cols = sorted({p for _, p in cells}, key=lambda x: order.index(x) if x in order else len(order))
    width = max([len(str(c)) for c in cells.values()] + [3]) + 1
    lines = [" " * 5 + "".join(f"{CODES.get(c, c[:3]):>{width}}" for c in cols) + "   gold"]
    for g in rows:
        counts = "".join(f"{cells.get((g, p), '.'):>{width}}" for p in cols)
        lines.append(f"{CODES.get(g, g[:3]):>4} {counts}   {g}")
    return lines


def spread_sample(rows: list[dict[str, Any]], limit: int | None) -> list[dict[str, Any]]:
    """``limit`` rows spread evenly over ``rows`` (all of them when ``limit`` is None or not smaller)."""
    if not limit or limit >= len(rows):
        return rows
    step = len(rows) / limit
    return [rows[int(k * step)] for k in range(limit)]


def read_rows(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """ACLED dev rows from JSONL (``limit`` of them, spread evenly, if limit < total)."""
    return spread_sample(load_jsonl(path), limit)


def note_report(row: dict[str, Any]) -> Report:
    """A Report for one ACLED note, published a week after the event, with the row's ``source`` as its
    outlet: "Daily Nation (Kenya)", "Star (Kenya)" say whose news it is when the note names no place."""
    day = dt.date.fromisoformat(row["event_date"])
    source = row.get("source")
    outlet = " ".join(source.split())[:MAX_OUTLET_CHARS] if isinstance(source, str) else ""
    return Report(id=str(row["id"]), text=row["text"], published=day + PUBLICATION_LAG, outlet=outlet or None)


def _norm(name: str | None) -> str:
    name = re.sub(r"\([^)]*\)", "", name or "")
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", name.lower()).split())


_COUNTRYLESS = {"police forces", "military forces"}


def actor_match(gold: str | None, pred: str | None, canonical: Callable[[str | None], str | None]) -> bool:
    """Loose, alias-aware actor comparison ('Military Forces of Iraq (2014-)' ~ 'Military Forces of Iraq')."""
    if not gold:
        return not pred
    if not pred:
        return False
    g, p = _norm(canonical(gold)), _norm(canonical(pred))
    if not g or not p:
        return False
    if p in _COUNTRYLESS and g != p:
        return False  # "Police Forces" with no country is not Kenya's (or anyone's) police
    return g == p or g.startswith(p) or p.startswith(g) or _norm(gold).startswith(p)


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
EXPLICIT_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTHS}\b|\b{_MONTHS} \d{{1,2}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b")


def score_one(scores: AcledScores, row: dict[str, Any], event: Event | None,
              canonical: Callable[[str | None], str | None]) -> None:
    """Add one note's comparison to ``scores``."""
    scores.n += 1
    explicit = bool(EXPLICIT_DATE.search(row["text"]))
    scores.explicit += explicit
    if event is not None and explicit:
        scores.hits["date_explicit"] += event.date == row["event_date"]
    if event is not None:
        conf = event.field_confidence.get("sub_event_type", 0.0)
        scores.calib.append((min(1.0, max(0.0, conf)), event.sub_event_type == row["sub_event_type"]))
    if event is None:
        scores.no_event += 1
        scores.confusion[(row["sub_event_type"], "(none)")] += 1
        scores.hits["fatalities"] += int((row.get("fatalities") or 0) == 0)
        return
    scores.confusion[(row["sub_event_type"], event.sub_event_type)] += 1
    scores.hits["sub_event_type"] += event.sub_event_type == row["sub_event_type"]
    scores.hits["event_type"] += event.event_type == row["event_type"]
    scores.hits["actor1"] += actor_match(row.get("actor1"), event.actor1, canonical)
    scores.hits["actor2"] += actor_match(row.get("actor2"), event.actor2, canonical)
    scores.hits["date"] += event.date == row["event_date"]
    loc = event.location
    if loc and loc.lat is not None and row.get("lat") is not None:
        scores.hits["location_25km"] += haversine_km(loc.lat, loc.lon, row["lat"], row["lon"]) <= 25.0
    scores.hits["country"] += country_hit(row, event)
    best = event.fatalities.best if event.fatalities and event.fatalities.best is not None else 0
    scores.hits["fatalities"] += best == (row.get("fatalities") or 0)


def score_acled(rows: Iterable[dict[str, Any]], predict: Callable[[Report], list[Event]],
                canonical: Callable[[str | None], str | None]) -> AcledScores:
    """Run ``predict`` on each note and score its first (main) event."""
    scores = AcledScores()
    for row in rows:
        events = predict(note_report(row))
        score_one(scores, row, events[0] if events else None, canonical)
    return scores


def extraction_predictor() -> Callable[[Report], list[Event]]:
    """The product's per-report extraction as a predict function: ``Pipeline.events_of`` (relevance,
    triage, light NER and its gate, as ``strikewatch extract`` runs them, then extraction)."""
    from ..pipeline import load_pipeline

    pipeline = load_pipeline()

    def predict(report: Report) -> list[Event]:
        return pipeline.events_of(report)

    return predict


def split_half(rows: list[dict[str, Any]], seed: str = "strikewatch") -> tuple[list[dict], list[dict]]:
    """A fixed 50/50 split by a salted hash of each row's id: (train, test)."""
    import hashlib

    train, test = [], []
    for row in rows:
        h = hashlib.sha256(f"{seed}:{row['id']}".encode()).digest()[0]
        (train if h % 2 == 0 else test).append(row)
    return train, test
