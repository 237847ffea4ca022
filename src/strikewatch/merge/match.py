"""Pure pair compatibility: could two per-report events describe one real strike?

Matching rests on the coded fields (date range, place, event type, sub-type,
actors, strike counts, targets, casualty counts), never on text overlap:
rewrites of one story often share little wording.

``compare(a, b)`` returns a :class:`Match` with

* ``compatible``: no hard contradiction (same event type, both known days equal
  or date ranges overlapping, places not far apart, not from the same report);
  a merged cluster must be pairwise compatible;
* ``score``: a sum of fixed weights (see ``WEIGHTS``), one term per field;
* ``linked``: compatible, score >= ``THRESHOLD`` and, when either date is not a
  single known day, the strong-evidence gate (same place, same sub-type and a
  corroborating count or target) holds;
* ``reasons``: one short string per term, for reviewers.

A vaguer value that a more precise one refines ("2016-10" vs "2016-10-08",
"Iraq" vs a point in Iraq, no count vs 4, "at least 3" vs 5) is compatible and
never counted against a pair.
"""
from __future__ import annotations

import datetime as dt
import math
from typing import NamedTuple

from ..events.taxonomy import SubEventType
from ..models import Event, Fatalities, Location, haversine_km

THRESHOLD = 5.5
MAX_SPAN_DAYS = 62  # ranges wider than this are "unknown" for blocking

# Radius (km) within which a place given at this precision may lie.
RADIUS_KM = {
    "exact": 5.0, "city": 15.0, "near": 25.0, "in and around": 30.0,
    "area": 50.0, "district": 60.0, "region": 250.0, "province": 250.0, "country": 1500.0,
}
POINT_PRECISIONS = frozenset({"exact", "city", "near", "in and around", "area", "district"})

WEIGHTS = {
    "date_day": 3.0, "date_month": 1.0, "date_vague": 0.5,
    "place_same": 2.0, "place_within": 0.5, "place_differ": -1.0, "place_unknown": -0.5,
    "sub_same": 1.0, "sub_differ": -2.0,
    "actor_same": 0.5, "actor_differ": -1.0,
    "strikes_same": 1.0, "strikes_differ": -1.0,
    "targets_same": 1.5, "targets_subset": 1.0, "targets_overlap": 0.5, "targets_differ": -1.0,
    "deaths_same": 1.0, "deaths_fit": 0.3, "deaths_differ": -1.0,
    "same_story": 1.0,
}


class Profile(NamedTuple):
    """The comparable features of one per-report event, computed once."""

    id: str
    report: str
    story: str  # canonical report id (near-duplicate reports share it)
    event_type: str
    sub_event_type: str
    first: int | None  # proleptic ordinal of the first possible day
    last: int | None
    lat: float | None
    lon: float | None
    radius: float
    point: bool  # a place at town level or finer (not a region or country)
    place_name: str | None
    country: str | None
    admin1: str | None
    actor1: str | None
    actor2: str | None
    strikes: int | None
    targets: frozenset[str]
    deaths: tuple[int, float] | None

    @property
    def day(self) -> bool:
        return self.first is not None and self.first == self.last


class Match(NamedTuple):
    compatible: bool
    score: float
    linked: bool
    reasons: tuple[str, ...]


# ---------------------------------------------------------------- features


def date_bounds(ev: Event) -> tuple[dt.date, dt.date] | None:
    """First and last possible day of the event (from date_range, else date)."""
    if ev.date_range:
        return dt.date.fromisoformat(ev.date_range[0]), dt.date.fromisoformat(ev.date_range[1])
    if not ev.date:
        return None
    parts = ev.date.split("-")
    if len(parts) == 3:
        d = dt.date.fromisoformat(ev.date)
        return d, d
    year = int(parts[0])
    if len(parts) == 2:
        month = int(parts[1])
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return dt.date(year, month, 1), nxt - dt.timedelta(days=1)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def death_interval(f: Fatalities | None) -> tuple[int, float] | None:
    """A casualty count as a closed interval; "at least n" is open above."""
    if f is None or (f.best is None and f.low is None and f.high is None):
        return None
    if f.low is None and f.high is None:
        return (f.best, float(f.best))
    low = f.low if f.low is not None else (0 if f.high is not None else f.best)
    return (low, float(f.high) if f.high is not None else math.inf)


def location_radius(loc: Location) -> float:
    if loc.feature in ("country",):
        return RADIUS_KM["country"]
    if loc.feature in ("admin1", "region"):
        return max(RADIUS_KM["region"], RADIUS_KM.get(loc.precision, 0.0))
    return RADIUS_KM.get(loc.precision, 50.0)


def _norm(s: str | None) -> str | None:
    return s.strip().casefold() if s and s.strip() else None


def profile(ev: Event, story: str | None = None) -> Profile:
    """Features of a per-report event (its first source is its report)."""
    report = ev.sources[0].report if ev.sources else ev.id.split("#")[0]
    bounds = date_bounds(ev)
    loc = ev.location
    point = False
    lat = lon = None
    radius = RADIUS_KM["country"]
    if loc is not None:
        radius = location_radius(loc)
        point = loc.precision in POINT_PRECISIONS and loc.feature not in ("country", "admin1", "region")
        lat, lon = loc.lat, loc.lon
    return Profile(
        id=ev.id, report=report, story=story or report,
        event_type=ev.event_type, sub_event_type=ev.sub_event_type,
        first=bounds[0].toordinal() if bounds else None,
        last=bounds[1].toordinal() if bounds else None,
        lat=lat, lon=lon, radius=radius, point=point,
        place_name=_norm(loc.name) if loc else None,
        country=_norm(loc.country_code or loc.country) if loc else None,
        admin1=_norm(loc.admin1) if loc else None,
        actor1=_norm(ev.actor1), actor2=_norm(ev.actor2), strikes=ev.strikes,
        targets=frozenset(t.type.strip().casefold() for t in ev.targets if t.type.strip()),
        deaths=death_interval(ev.fatalities),
    )


# ---------------------------------------------------------------- relations


def date_relation(a: Profile, b: Profile) -> str:
    """day (same known day), month/vague (ranges overlap), unknown, or clash."""
    if a.first is None or b.first is None:
        return "unknown"
    if a.last < b.first or b.last < a.first:
        return "clash"
    if a.day and b.day:
        return "day"
    span = max(a.last - a.first, b.last - b.first)
    return "month" if span <= 31 else "vague"


def place_relation(a: Profile, b: Profile) -> str:
    """same, within (a point inside a vaguer place), differ (soft), far (hard), unknown."""
    if a.place_name is None or b.place_name is None:
        return "unknown"
    if a.country and b.country and a.country != b.country:
        return "far"
    if a.lat is not None and b.lat is not None:
        d = haversine_km(a.lat, a.lon, b.lat, b.lon)
        tol = max(a.radius, b.radius)
        if d > 2 * tol:
            return "far"
        if d > tol:
            return "differ"
        return "same" if a.point and b.point else "within"
    if a.place_name == b.place_name:
        return "same" if a.point and b.point else "within"
    if a.point and b.point:
        return "differ"
    if not a.point and not b.point:
        return "within" if RADIUS_KM["country"] in (a.radius, b.radius) else "differ"
    coarse, fine = (b, a) if a.point else (a, b)
    if coarse.radius < RADIUS_KM["country"] and fine.admin1 and fine.admin1 != coarse.place_name:
        return "differ"
    return "within"


def _set_relation(x: frozenset[str], y: frozenset[str]) -> str:
    if not x or not y:
        return "unknown"
    if x == y:
        return "same"
    if x <= y or y <= x:
        return "subset"
    return "overlap" if x & y else "differ"


def _deaths_relation(x: tuple[int, float] | None, y: tuple[int, float] | None) -> str:
    if x is None or y is None:
        return "unknown"
    if x == y or (x[0] == x[1] and x[0] in y) or (y[0] == y[1] and y[0] in x):
        return "same"  # "21 killed" and "between 7 and 21": one of the estimates is the other's
    return "fit" if max(x[0], y[0]) <= min(x[1], y[1]) else "differ"


# Sub-types reports confuse for one weapon: a suicide car bomb and a car bomb, a missile and an air strike.
_RELATED = ({SubEventType.SUICIDE_BOMB, SubEventType.REMOTE_EXPLOSIVE},
            {SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING})


def _sub_relation(x: str, y: str) -> str:
    if x == y:
        return "same"
    return "related" if any(x in pair and y in pair for pair in _RELATED) else "differ"


def _value_relation(x: object, y: object) -> str:
    if x is None or y is None:
        return "unknown"
    return "same" if x == y else "differ"


# ---------------------------------------------------------------- comparison


def compare_profiles(a: Profile, b: Profile) -> Match:
    """Score a pair of profiles; symmetric in ``a`` and ``b``."""
    reasons: list[str] = []
    if a.report == b.report:
        return Match(False, 0.0, False, ("same report",))
    if a.event_type != b.event_type:
        return Match(False, 0.0, False, ("event type differs",))
    date = date_relation(a, b)
    place = place_relation(a, b)
    if date == "clash":
        return Match(False, 0.0, False, ("dates do not overlap",))
    if place == "far":
        return Match(False, 0.0, False, ("places far apart",))
    score = 0.0
    w = WEIGHTS
    score += {"day": w["date_day"], "month": w["date_month"], "vague": w["date_vague"]}.get(date, 0.0)
    reasons.append(f"date:{date}")
    score += w[f"place_{place}"]
    reasons.append(f"place:{place}")
    sub = _sub_relation(a.sub_event_type, b.sub_event_type)
    score += {"same": w["sub_same"], "differ": w["sub_differ"]}.get(sub, 0.0)
    reasons.append(f"sub_event_type:{sub}")
    for name in ("actor1", "actor2"):
        rel = _value_relation(getattr(a, name), getattr(b, name))
        score += {"same": w["actor_same"], "differ": w["actor_differ"]}.get(rel, 0.0)
        reasons.append(f"{name}:{rel}")
    strikes = _value_relation(a.strikes, b.strikes)
    score += {"same": w["strikes_same"], "differ": w["strikes_differ"]}.get(strikes, 0.0)
    reasons.append(f"strikes:{strikes}")
    targets = _set_relation(a.targets, b.targets)
    score += w.get(f"targets_{targets}", 0.0)
    reasons.append(f"targets:{targets}")
    deaths = _deaths_relation(a.deaths, b.deaths)
    score += w.get(f"deaths_{deaths}", 0.0)
    reasons.append(f"fatalities:{deaths}")
    if a.story == b.story:
        score += w["same_story"]
        reasons.append("near-duplicate reports")
    score = round(score, 6)
    linked = score >= THRESHOLD
    if linked and date != "day":
        corroborated = targets in ("same", "subset") or strikes == "same" or deaths == "same"
        linked = place == "same" and sub == "same" and corroborated
        if not linked:
            reasons.append("vague date without strong evidence")
    return Match(True, score, linked, tuple(reasons))


def compare(a: Event, b: Event, *, story_a: str | None = None, story_b: str | None = None) -> Match:
    """Compare two per-report events (see the module docstring)."""
    return compare_profiles(profile(a, story_a), profile(b, story_b))
