"""Coded events and their fields, and what a pipeline run returns."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .mentions import Location
from .report import Evidence, Report, ReportFailure

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


_TYPE_FIELDS = frozenset({"event_type", "sub_event_type"})

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

    def __setattr__(self, name: str, value: Any) -> None:
        # The types are held as ACLED's plain strings: a taxonomy enum member given here (it *is*
        # that string) is stored as an exact ``str``, so reprs, hashed blocking keys and stored rows
        # are the same whether an event was coded now or read back from a file or the store.
        if name in _TYPE_FIELDS and value.__class__ is not str and isinstance(value, str):
            value = str.__str__(value)
        object.__setattr__(self, name, value)

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
