"""Benchmark merge_events on synthetic per-report events; prints one JSON line.

Each synthetic event is told by 3 reports with jitter: vaguer dates (month),
vaguer places (the country), missing counts and shorter target lists. The
baseline is the smallest run in the same process; ``growth`` is
(seconds ratio) / (size ratio) against it (1.0 = linear). ``pair_f1`` checks
the merge against the generator's truth (pairs of per-report events).
Dates spread over max(730, n/15) days, so density stays like a growing store.

    python bench/bench_merge.py [--sizes 10000,30000,100000] [--seed 13]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import time
from collections import Counter

from strikewatch.merge import merge_events
from strikewatch.models import Event, Fatalities, Location, Source, Target

# (name, country, lat, lon): an invented small list of places
PLACES = [
    ("Mosul", "Iraq", 36.34, 43.13), ("Tal Afar", "Iraq", 36.37, 42.45), ("Baiji", "Iraq", 34.93, 43.49),
    ("Ramadi", "Iraq", 33.42, 43.30), ("Fallujah", "Iraq", 33.35, 43.78), ("Al Qaim", "Iraq", 34.37, 41.09),
    ("Kirkuk", "Iraq", 35.47, 44.39), ("Hit", "Iraq", 33.64, 42.83), ("Raqqa", "Syria", 35.95, 39.01),
    ("Deir ez-Zor", "Syria", 35.33, 40.14), ("Palmyra", "Syria", 34.56, 38.28), ("Idlib", "Syria", 35.93, 36.63),
    ("Aleppo", "Syria", 36.20, 37.16), ("Al Bab", "Syria", 36.37, 37.52), ("Hasakah", "Syria", 36.50, 40.75),
    ("Abu Kamal", "Syria", 34.45, 40.92), ("Sirte", "Libya", 31.21, 16.59), ("Derna", "Libya", 32.76, 22.64),
    ("Kunduz", "Afghanistan", 36.73, 68.86), ("Jalalabad", "Afghanistan", 34.43, 70.45),
    ("Marib", "Yemen", 15.46, 45.32), ("Hodeidah", "Yemen", 14.80, 42.95), ("Taiz", "Yemen", 13.58, 44.02),
    ("Mogadishu", "Somalia", 2.05, 45.32),
]
SUBS = ["Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"]
TARGETS = ["VBIED", "tactical unit", "fighting position", "weapons cache", "bridge", "command post", "vehicle"]
START = dt.date(2015, 1, 1)


def _report_event(rng: random.Random, k: int, r: int, truth: dict) -> Event:
    name, country, lat, lon = truth["place"]
    day: dt.date = truth["day"]
    date, precision = day.isoformat(), "day"
    loc = Location(name, country, None, lat + rng.uniform(-0.05, 0.05), lon + rng.uniform(-0.05, 0.05), "near")
    strikes, targets, deaths = truth["strikes"], truth["targets"], truth["deaths"]
    if r > 0:
        if rng.random() < 0.15:
            loc = Location(country, country, None, None, None, "country", feature="country")
        if rng.random() < 0.3:
            strikes = None
        if rng.random() < 0.3:
            targets = targets[:1]
        if rng.random() < 0.3:
            deaths = Fatalities(deaths.best, deaths.best, None) if deaths else None
    pub = day + dt.timedelta(days=1 + r)
    src = Source(f"rep{k}-{r}", {}, f"outlet{r}", pub, None, official=(r == 2 and rng.random() < 0.2))
    return Event(f"rep{k}-{r}#1", "Explosions/Remote violence", truth["sub"], date, precision,
                 None, loc, "Coalition", "Islamic State", strikes, [Target(t, 1) for t in targets], deaths,
                 sources=[src], members=[f"rep{k}-{r}#1"])


def generate(n_events: int, seed: int) -> tuple[list[Event], dict[str, int]]:
    """Per-report events (3 per true event) and each one's true event number."""
    rng = random.Random(seed)
    span = max(730, n_events // 15)  # a store grows over time: about 15 events a day
    out, truth_of = [], {}
    for k in range(n_events):
        truth = {
            "place": rng.choice(PLACES), "day": START + dt.timedelta(days=rng.randrange(span)),
            "sub": rng.choice(SUBS), "strikes": rng.randint(1, 9),
            "targets": rng.sample(TARGETS, rng.randint(1, 2)),
            "deaths": Fatalities(rng.randint(0, 6)) if rng.random() < 0.5 else None,
        }
        for r in range(3):
            ev = _report_event(rng, k, r, truth)
            out.append(ev)
            truth_of[ev.id] = k
    rng.shuffle(out)
    return out, truth_of


def pair_f1(events: list[Event], truth_of: dict[str, int]) -> float:
    predicted = sum(len(e.members) * (len(e.members) - 1) // 2 for e in events)
    gold = sum(c * (c - 1) // 2 for c in Counter(truth_of.values()).values())
    correct = 0
    for e in events:
        for c in Counter(truth_of[m] for m in e.members).values():
            correct += c * (c - 1) // 2
    p, r = correct / max(predicted, 1), correct / max(gold, 1)
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,30000,100000")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    result: dict[str, object] = {"seed": args.seed}
    base = None
    for n in sizes:
        items, truth_of = generate(n, args.seed)
        t0 = time.perf_counter()
        merged = merge_events(items)
        secs = time.perf_counter() - t0
        base = base or (n, secs)
        result[f"events_{n}"] = {
            "report_events": len(items), "merged": len(merged), "seconds": round(secs, 2),
            "report_events_per_s": round(len(items) / secs), "pair_f1": pair_f1(merged, truth_of),
            "growth": round((secs / base[1]) / (n / base[0]), 3),
        }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
