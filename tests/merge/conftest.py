"""Builders of invented per-report events for the merge tests."""
from __future__ import annotations

import datetime as dt

import pytest

from strikewatch.models import Dispute, Event, Evidence, Fatalities, Location, Source, Target

PLACES = {
    "Raqqa": Location("Raqqa", "Syria", "Raqqa", 35.95, 39.01, "near", country_code="SY"),
    "Raqqa city": Location("Raqqa", "Syria", "Raqqa", 35.952, 39.012, "city", country_code="SY"),
    "Tabqa": Location("Tabqa", "Syria", "Raqqa", 35.83, 38.55, "near", country_code="SY"),
    "Deir ez-Zor": Location("Deir ez-Zor", "Syria", "Deir ez-Zor", 35.33, 40.14, "near", country_code="SY"),
    "Syria": Location("Syria", "Syria", None, 35.0, 38.5, "country", feature="country", country_code="SY"),
    "Aleppo": Location("Aleppo", "Syria", "Aleppo", 36.20, 37.16, "city", country_code="SY"),
}


def build_event(eid: str, *, date: str | None = "2023-05-02", precision: str = "day",
                date_range: tuple[str, str] | None = None, place: str | None = "Raqqa",
                strikes: int | None = None, targets: tuple[str, ...] = (),
                fatalities: Fatalities | None = None, sub: str = "Air/drone strike",
                actor1: str | None = "Coalition", actor2: str | None = "Islamic State",
                published: str = "2023-05-03", outlet: str = "Outlet A", official: bool = False,
                evidence: dict[str, list[tuple[int, int, str]]] | None = None,
                disputed: list[Dispute] | None = None) -> Event:
    report = eid.split("#")[0]
    ev = {k: [Evidence(report, s, e, t) for s, e, t in v] for k, v in (evidence or {}).items()}
    src = Source(report, ev, outlet, dt.date.fromisoformat(published), None, official)
    return Event(
        id=eid, event_type="Explosions/Remote violence", sub_event_type=sub,
        date=date, date_precision=precision if date else "unknown", date_range=date_range,
        location=PLACES[place] if place else None, actor1=actor1, actor2=actor2,
        strikes=strikes, targets=[Target(t, 1) for t in targets], fatalities=fatalities,
        sources=[src], disputed=list(disputed or []), members=[eid],
    )


@pytest.fixture
def make_event():
    return build_event
