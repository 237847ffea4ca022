"""The data model: the one place where strikewatch's record types are defined.

Every stage reads and writes these types. Offsets are half-open ``[start, end)``
Python ``str`` indices. ``Evidence`` always points into ``Report.text`` (the
original text as read); extraction runs on ``Report.clean`` and maps its spans
back with ``Report.to_original``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

# ---------------------------------------------------------------- evidence


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of a report's original text that supports a field value."""

    report_id: str
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad evidence span [{self.start}, {self.end}) in {self.report_id}")

    def check(self, report: "Report") -> bool:
        return report.text[self.start:self.end] == self.text

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


# ---------------------------------------------------------------- reports


class OffsetMap(Sequence):
    """A clean-to-original character map stored as runs (``Report.offsets``).

    Reads like the list ``offsets`` it encodes (``offsets[i]`` is the index in
    the original of ``clean[i]``; one extra entry for ``len(clean)``) but keeps
    only the starts of the runs where ``offsets[i] - i`` is constant and that
    difference: a few runs per paragraph instead of one Python int per
    character. Lookup is a bisect over the run starts.
    """

    __slots__ = ("_starts", "_shifts", "_len")

    def __init__(self, offsets: Iterable[int] = ()) -> None:
        starts, shifts, n = array("q"), array("q"), 0
        for i, o in enumerate(offsets):
            if not shifts or o - i != shifts[-1]:
                starts.append(i)
                shifts.append(o - i)
            n = i + 1
        self._starts, self._shifts, self._len = starts, shifts, n

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        """The map of a text to itself: ``n + 1`` entries ``0..n``."""
        return cls(range(n + 1)) if n < 1 else cls._runs([0], [0], n + 1)

    @classmethod
    def _runs(cls, starts: list[int], shifts: list[int], n: int) -> "OffsetMap":
        out = cls.__new__(cls)
        out._starts, out._shifts, out._len = array("q", starts), array("q", shifts), n
        return out

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("offset map index out of range")
        return i + self._shifts[bisect_right(self._starts, i) - 1]

    def __iter__(self) -> Iterator[int]:
        bounds = list(self._starts[1:]) + [self._len]
        for start, end, shift in zip(self._starts, bounds, self._shifts):
            yield from range(start + shift, end + shift)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OffsetMap):
            return (self._len, self._starts, self._shifts) == (other._len, other._starts, other._shifts)
        if isinstance(other, (list, tuple)):
            return len(other) == self._len and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"OffsetMap(len={self._len}, runs={len(self._starts)})"

    def __getstate__(self) -> tuple:
        return (self._starts.tobytes(), self._shifts.tobytes(), self._len)

    def __setstate__(self, state: tuple) -> None:
        starts, shifts = array("q"), array("q")
        starts.frombytes(state[0])
        shifts.frombytes(state[1])
        self._starts, self._shifts, self._len = starts, shifts, state[2]


@dataclass(slots=True)
class Report:
    """One news report, validated at ingest.

    ``text`` is the original text (what evidence offsets index), ``clean`` the
    normalised text that extraction reads, and ``offsets[i]`` the index in
    ``text`` of ``clean[i]`` (with one extra entry for ``len(clean)``).
    ``body_start`` is where the body begins in ``clean`` (after the headline).
    ``offsets`` is stored as an :class:`OffsetMap` (run-length, a few bytes per
    paragraph); any sequence of ints given here is converted.
    """

    id: str
    text: str
    clean: str = ""
    offsets: Sequence[int] = ()  # an OffsetMap after __post_init__
    title: str | None = None
    body_start: int = 0
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None

    def __post_init__(self) -> None:
        if not self.clean and not self.offsets:
            self.clean = self.text
            self.offsets = OffsetMap.identity(len(self.text))
        elif not isinstance(self.offsets, OffsetMap):
            self.offsets = OffsetMap(self.offsets)
        if len(self.offsets) != len(self.clean) + 1:
            raise ValueError(f"report {self.id}: offset map does not fit the clean text")

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``clean`` to the original ``text``."""
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1 if end > start else o_start
        return o_start, o_end

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for a span of ``clean``, pointing into the original text."""
        o_start, o_end = self.to_original(start, end)
        return Evidence(self.id, o_start, o_end, self.text[o_start:o_end])


@dataclass(frozen=True, slots=True)
class ReportFailure:
    """A report that could not be read or processed; the batch went on."""

    report_id: str
    stage: str
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"report": self.report_id, "stage": self.stage, "code": self.code, "message": self.message}


# ---------------------------------------------------------------- mentions


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression in a text, normalised against the document date.

    ``value`` is a TimeML value (``2016-10-09``, ``2016-W41``, ``P3D``, ``PAST_REF``).
    ``first``/``last`` bound the calendar days it denotes (None when it is not a
    date, or cannot be resolved without a document date). ``precision`` is one
    of day, week, month, quarter, year, decade, approximate, unknown.
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    first: dt.date | None = None
    last: dt.date | None = None
    precision: str = "unknown"
    basis: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "type": self.type,
            "value": self.value, "precision": self.precision, "basis": self.basis,
            "range": [self.first.isoformat(), self.last.isoformat()] if self.first and self.last else None,
        }


EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points in decimal degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(max(0.0, h))))


# ACLED geo_precision for each of our location precision labels.
GEO_PRECISION = {
    "exact": 1, "city": 1, "near": 1, "in and around": 1,
    "area": 2, "district": 2,
    "region": 3, "province": 3, "country": 3,
}


@dataclass(slots=True)
class Location:
    """A resolved place. ``precision`` is one of the labels in GEO_PRECISION."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "city"
    geonameid: int | None = None
    feature: str | None = None  # city, admin1, country, region
    country_code: str | None = None

    @property
    def geo_precision(self) -> int:
        return GEO_PRECISION.get(self.precision, 2)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "country": self.country, "admin1": self.admin1,
            "lat": self.lat, "lon": self.lon, "precision": self.precision,
            "geonameid": self.geonameid, "geo_precision": self.geo_precision,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Location":
        keys = ("name", "country", "admin1", "lat", "lon", "precision", "geonameid")
        return cls(**{k: d.get(k) for k in keys if d.get(k) is not None or k in ("lat", "lon")})


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name found in a text, with its resolution (None if unresolved)."""

    start: int
    end: int
    text: str
    location: Location | None = None
    score: float = 0.0


# ---------------------------------------------------------------- event fields


@dataclass(frozen=True, slots=True)
class Target:
    type: str
    count: int | None = 1

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "count": self.count}


@dataclass(frozen=True, slots=True)
class Fatalities:
    """A count as best estimate with bounds ("at least 12" -> best 12, low 12, high None)."""

    best: int | None
    low: int | None = None
    high: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"best": self.best, "low": self.low, "high": self.high}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Fatalities | None":
        return None if d is None else cls(d.get("best"), d.get("low"), d.get("high"))


@dataclass(slots=True)
class Dispute:
    """Sources disagree on a field: each value with the reports that give it."""

    field: str
    values: list[Any]
    sources: list[list[str]]

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "values": self.values, "sources": self.sources}


@dataclass(slots=True)
class Source:
    """One report's contribution to an event: its evidence per field, and the
    values that report alone gives (used to detect disputes when merging)."""

    report: str
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    official: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "report": self.report, "outlet": self.outlet, "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "official": self.official,
            "evidence": {k: [e.to_dict() for e in v] for k, v in sorted(self.evidence.items())},
        }


EVENT_FIELDS = (
    "event_type", "sub_event_type", "date", "location", "actor1", "actor2",
    "strikes", "targets", "fatalities", "civilian_fatalities", "injured",
)


@dataclass(slots=True)
class Event:
    """A coded event: one report's reading of it, or several reports merged.

    ``date`` is ISO (``2016-10-09``, ``2016-10`` or None); ``date_range`` the
    first and last possible day. ``confidence`` is 0..1; ``field_confidence``
    per field. ``disputed`` lists fields on which sources disagree.
    """

    id: str
    event_type: str
    sub_event_type: str
    date: str | None = None
    date_precision: str = "unknown"
    date_range: tuple[str, str] | None = None
    location: Location | None = None
    actor1: str | None = None
    actor2: str | None = None
    strikes: int | None = None
    targets: list[Target] = field(default_factory=list)
    fatalities: Fatalities | None = None
    civilian_fatalities: Fatalities | None = None
    injured: Fatalities | None = None
    sources: list[Source] = field(default_factory=list)
    disputed: list[Dispute] = field(default_factory=list)
    confidence: float = 0.5
    field_confidence: dict[str, float] = field(default_factory=dict)
    note: str | None = None
    members: list[str] = field(default_factory=list)  # ids of the per-report events merged here
    attribution: str | None = None  # how firmly actor1 is said to be responsible: confirmed, claimed, alleged, unattributed

    @property
    def report_ids(self) -> list[str]:
        return sorted({s.report for s in self.sources})

    def to_dict(self) -> dict[str, Any]:
        """The stable events-JSONL shape (see README: Event schema)."""
        def opt(x: Any) -> Any:
            return None if x is None else x.to_dict()

        return {
            "id": self.id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_range": list(self.date_range) if self.date_range else None,
            "location": opt(self.location),
            "actor1": self.actor1,
            "actor2": self.actor2,
            "attribution": self.attribution,
            "strikes": self.strikes,
            "targets": [t.to_dict() for t in self.targets],
            "fatalities": opt(self.fatalities),
            "civilian_fatalities": opt(self.civilian_fatalities),
            "injured": opt(self.injured),
            "sources": [s.to_dict() for s in sorted(self.sources, key=lambda s: s.report)],
            "disputed": [d.to_dict() for d in self.disputed],
            "confidence": round(self.confidence, 3),
            "field_confidence": {k: round(v, 3) for k, v in sorted(self.field_confidence.items())},
            "note": self.note,
            "members": sorted(self.members),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        """Inverse of ``to_dict`` (evidence texts are kept; report ids come from the source)."""
        sources = []
        for s in d.get("sources") or []:
            rid = s["report"]
            ev = {k: [Evidence(rid, e["start"], e["end"], e["text"]) for e in v]
                  for k, v in (s.get("evidence") or {}).items()}
            pub = dt.date.fromisoformat(s["published"]) if s.get("published") else None
            sources.append(Source(rid, ev, s.get("outlet"), pub, s.get("url"), bool(s.get("official"))))
        loc = d.get("location")
        return cls(
            id=d["id"], event_type=d["event_type"], sub_event_type=d["sub_event_type"],
            date=d.get("date"), date_precision=d.get("date_precision") or "unknown",
            date_range=tuple(d["date_range"]) if d.get("date_range") else None,
            location=Location.from_dict(loc) if loc else None,
            actor1=d.get("actor1"), actor2=d.get("actor2"), strikes=d.get("strikes"),
            targets=[Target(t["type"], t.get("count")) for t in d.get("targets") or []],
            fatalities=Fatalities.from_dict(d.get("fatalities")),
            civilian_fatalities=Fatalities.from_dict(d.get("civilian_fatalities")),
            injured=Fatalities.from_dict(d.get("injured")),
            sources=sources,
            disputed=[Dispute(x["field"], x["values"], x.get("sources", [])) for x in d.get("disputed") or []],
            confidence=d.get("confidence", 0.5),
            field_confidence=dict(d.get("field_confidence") or {}),
            note=d.get("note"),
            members=list(d.get("members") or []),
            attribution=d.get("attribution"),
        )


@dataclass(slots=True)
class RunResult:
    """What a pipeline run returns: per-report events, merged events, failures."""

    reports: list[Report] = field(default_factory=list)
    report_events: list[Event] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    failures: list[ReportFailure] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)  # report id -> canonical report id
