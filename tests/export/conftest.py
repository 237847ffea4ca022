"""Invented events shared by the export tests (no real reports)."""
from __future__ import annotations

import datetime as dt

import pytest

from strikewatch.models import Dispute, Event, Evidence, Fatalities, Location, Source, Target


@pytest.fixture
def events() -> list[Event]:
    """Four invented events: a disputed air strike, an attack on civilians, a clash, a month-dated protest."""
    strike = Event(
        id="ev-a1b2c3d4e5f6", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        date="2024-03-12", date_precision="day", date_range=("2024-03-12", "2024-03-12"),
        location=Location("Raqqa", "Syria", "Raqqa", 35.95, 39.01, "near", 163915),
        actor1="Coalition", actor2="Islamic State", strikes=5,
        targets=[Target("weapons cache", 2), Target("headquarters", None)], fatalities=Fatalities(3, 3, 5),
        sources=[Source("r1", {"strikes": [Evidence("r1", 10, 14, "five")],
                               "location": [Evidence("r1", 30, 35, "Raqqa")]}, "Outlet A", dt.date(2024, 3, 14)),
                 Source("r2", {}, "=Outlet B", dt.date(2024, 3, 15))],
        disputed=[Dispute("targets", ["weapons cache", "residential building"], [["r1"], ["r2"]]),
                  Dispute("fatalities", [{"best": 3, "low": 3, "high": 5}, {"best": 7, "low": 7, "high": None}],
                          [["r1"], ["r2"]])],
        note="A note.", members=["r1#0", "r2#0"])
    attack = Event(
        id="ev-0000000000ff", event_type="Violence against civilians", sub_event_type="Attack",
        date="2024-05-05", date_precision="day",
        location=Location("Maiduguri", "Nigeria", "Borno", 11.85, 13.16, "city", 2331447),
        actor1="Unidentified Armed Group", actor2="Civilians", fatalities=Fatalities(8, 8, 10),
        civilian_fatalities=Fatalities(8, 8, 10), sources=[Source("r3", {}, None, dt.date(2024, 5, 7))])
    clash = Event(
        id="ev-00000000abcd", event_type="Battles", sub_event_type="Armed clash", date="2024-07-20",
        date_precision="day", location=Location("Beledweyne", "Somalia", "Hiiraan", 4.74, 45.2, "near"),
        actor1="Al Shabaab", actor2="Military Forces of Somalia", fatalities=Fatalities(12, 12, None),
        sources=[Source("r4", {}, "Outlet C", dt.date(2024, 7, 22))])
    protest = Event(id="ev-0000000000aa", event_type="Protests", sub_event_type="Peaceful protest", date="2024-01",
                    date_precision="month", location=Location("Khartoum", "Sudan", "Khartoum", 15.55, 32.53, "city"),
                    actor1="Protesters")
    return [strike, attack, clash, protest]
