"""Incremental re-merge on save gives exactly the stored state of a full re-merge."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from strikewatch.models import Event, Evidence, Fatalities, Location, Report, RunResult, Source
from strikewatch.store import incremental, open_store, review
from strikewatch.store.duckdb_store import EVENT_COLUMNS
from strikewatch.store.postgres_store import is_postgres_url

PLACES = [("Kirkuk", "Iraq", 35.47, 44.39), ("Mosul", "Iraq", 36.34, 43.13), ("Aleppo", "Syria", 36.20, 37.16),
          ("Raqqa", "Syria", 35.95, 39.01)]
SUBS = ["Shelling/artillery/missile attack", "Air/drone strike"]


def _report(rid: str, place: int, day: int, deaths: int, *, sub: int = 0, text: str | None = None) -> tuple:
    name, country, lat, lon = PLACES[place]
    text = text or f"Report {rid}: shells fell on {name} on day {day}, and {deaths} people were killed there."
    report = Report(id=rid, text=text, title=f"Attack on {name} ({rid})", published=dt.date(2024, 5, 2 + day))
    ev = Event(id=f"{rid}#0", event_type="Explosions/Remote violence", sub_event_type=SUBS[sub],
               date=f"2024-05-{1 + day:02d}", date_precision="day",
               location=Location(name, country, name, lat, lon, "city"), actor1="Unidentified Armed Group",
               fatalities=Fatalities(deaths, deaths, deaths),
               sources=[Source(rid, {"sub_event_type": [Evidence(rid, 0, 6, text[:6])]}, f"Outlet {rid[-1]}",
                               report.published)])
    return report, ev


def _batch(*specs) -> RunResult:
    pairs = [_report(*s[:4], **(s[4] if len(s) > 4 else {})) for s in specs]
    return RunResult(reports=[p[0] for p in pairs], report_events=[p[1] for p in pairs])


X = "Residents of the northern quarter said the first blasts woke them before dawn and shook every window. "
Y = "Rescue teams pulled survivors from a collapsed bakery while neighbours carried water to the injured. "
Z = "The provincial council promised compensation for shop owners whose stock was ruined by the fire. "
COPY = "A copied wire story: shells fell on Mosul on day 3 and four people were killed in the old city."
BATCHES = [
    _batch(("r01", 0, 1, 2), ("r02", 0, 1, 2), ("r03", 1, 1, 5), ("r04", 2, 2, 1), ("r05", 3, 4, 3)),
    _batch(("r06", 0, 1, 2), ("r07", 1, 3, 4, {"text": COPY}), ("r08", 2, 2, 6), ("r09", 3, 6, 1, {"sub": 1})),
    # r03 rewritten (its old event is removed), r10 a copy of r07 (a duplicate link), r11 joins r05
    _batch(("r03", 1, 2, 7), ("r10", 1, 3, 4, {"text": COPY}), ("r11", 3, 4, 3), ("r12", 0, 8, 9)),
    _batch(("r13", 2, 2, 1), ("r14", 1, 9, 2), ("r20", 2, 5, 2, {"text": X + Y}), ("r21", 2, 5, 2, {"text": Y + Z})),
    # r22 (no event) overlaps both r20 and r21: the three become one story, so r20 and r21 count once
    RunResult(reports=[_report("r22", 2, 5, 2, text=X + Y + Z)[0]]),
]


def _state(store) -> dict:
    con = store.con
    columns = ", ".join(c for c in EVENT_COLUMNS if c != "data")
    return {
        "events": [e.to_dict() for e in store.events()],
        "rows": con.execute(f"SELECT {columns} FROM events ORDER BY id").fetchall(),
        "evidence": sorted(con.execute("SELECT * FROM evidence").fetchall()),
        "statuses": con.execute("SELECT status FROM events ORDER BY id").fetchall(),
        "dups": con.execute("SELECT id, duplicate_of FROM reports ORDER BY id").fetchall(),
        "changes": [(k, e, f, o, n) for k, e, f, o, n in con.execute(
            "SELECT kind, event_id, field, old_value, new_value FROM changes ORDER BY seq").fetchall()],
    }


def _history(path, monkeypatch, full: bool) -> tuple[list[dict], list[int]]:
    calls: list[int] = []
    real = incremental.remerge_touched

    def spy(store, added, removed, **kw):
        calls.append(len(added))
        return store.remerge() if full else real(store, added, removed, **kw)

    monkeypatch.setattr(incremental, "remerge_touched", spy)
    states = []
    with open_store(path) as store:
        for k, batch in enumerate(BATCHES):
            store.save_run(batch)
            if k == 1:  # a reviewer confirms one event and edits another between saves
                first, second = store.events()[:2]
                review.confirm(store, first.id, reviewer="ana")
                review.edit(store, second.id, {"fatalities": 3}, reviewer="ana")
            states.append(_state(store))
    monkeypatch.setattr(incremental, "remerge_touched", real)
    return states, calls


def _second_store(url: str, tmp_path) -> str:
    """Where the reference history goes: another DuckDB file, or the PostgreSQL database wiped."""
    if not is_postgres_url(url):
        return str(tmp_path / "full.duckdb")
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        for (name,) in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                   "AND tablename <> 'spatial_ref_sys'").fetchall():
            con.execute(f'DROP TABLE "{name}" CASCADE')
        for (name,) in con.execute("SELECT sequence_name FROM information_schema.sequences "
                                   "WHERE sequence_schema = current_schema()").fetchall():
            con.execute(f'DROP SEQUENCE "{name}" CASCADE')
    return url


def test_incremental_saves_equal_full_remerges(store_url, tmp_path, monkeypatch):
    inc, calls = _history(store_url, monkeypatch, full=False)
    ref, _ = _history(_second_store(store_url, tmp_path), monkeypatch, full=True)
    assert calls == [4, 4, 4, 0]  # the first save merges everything, the others incrementally
    for step, (a, b) in enumerate(zip(inc, ref)):
        for key in a:
            assert a[key] == b[key], (step, key)
    final = inc[-1]
    assert ("r10", "r07") in final["dups"] and ("r21", "r20") in final["dups"]
    conf = [[e["confidence"] for e in s["events"] if "r20#0" in e["members"]] for s in inc[-2:]]
    assert conf[0][0] > conf[1][0]  # one story now, not two independent sources
    assert any(len(e["members"]) > 1 for e in final["events"])
    assert sorted(s for (s,) in final["statuses"] if s != "machine") == ["confirmed", "edited"]


def test_incremental_save_rebuilds_only_the_touched_block(tmp_path, monkeypatch):
    import strikewatch.merge as merge_pkg

    rebuilt: list[int] = []
    orig = merge_pkg.merge_events

    def counting(events, **kw):
        rebuilt.append(len(events))
        return orig(events, **kw)

    monkeypatch.setattr(merge_pkg, "merge_events", counting)
    with open_store(tmp_path / "s.duckdb") as store:
        store.save_run(BATCHES[0])
        store.save_run(BATCHES[3])  # r13 joins r04 (Aleppo, day 2); r14 is alone; r20 and r21 join
        assert rebuilt == [5, 2 + 1 + 2]
        ev = [e for e in store.events() if "r13#0" in e.members]
        assert ev and sorted(ev[0].members) == ["r04#0", "r13#0"]


@pytest.mark.parametrize("full", [False, True])
def test_resaving_the_same_batch_changes_nothing(tmp_path, monkeypatch, full):
    states, calls = _history(tmp_path / "s.duckdb", monkeypatch, full=full)
    with open_store(tmp_path / "s.duckdb") as store:
        before = _state(store)
        assert store.save_run(BATCHES[2])["reports_new"] == 0
        assert _state(store) == before == states[-1]
    assert json.dumps(before["events"])  # serialisable as stored
