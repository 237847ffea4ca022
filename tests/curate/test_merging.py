"""Incremental re-merge on save (curate.block) gives exactly the stored state of a full re-merge."""
from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from strikewatch.models import Event, Evidence, Fatalities, Location, Report, RunResult, Source, Target
from strikewatch.curate import EVERYTHING, merging, remerge, review, save_run
from strikewatch.curate import save as save_module
from strikewatch.store import open_store
from strikewatch.store.blocks import BlockIndex
from strikewatch.store.postgres import is_postgres_url
from strikewatch.store.rows import EVENT_COLUMNS

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
    columns = ", ".join(c for c in EVENT_COLUMNS if c != "data")
    return {
        "events": [e.to_dict() for e in store.events()],
        "rows": store.query(f"SELECT {columns} FROM events ORDER BY id"),
        "evidence": sorted(store.query("SELECT * FROM evidence")),
        "statuses": store.query("SELECT status FROM events ORDER BY id"),
        "dups": store.query("SELECT id, duplicate_of FROM reports ORDER BY id"),
        "changes": [(k, e, f, o, n) for k, e, f, o, n in store.query(
            "SELECT kind, event_id, field, old_value, new_value FROM changes ORDER BY seq")],
        "members": sorted(store.query("SELECT member, event_id FROM event_members")),
        "keys": sorted(store.query("SELECT report_id, event_id, k FROM report_event_keys")),
    }


def _review_first_two(store) -> None:
    """A reviewer confirms one event and edits another between saves."""
    first, second = store.events()[:2]
    review.confirm(store, first.id, reviewer="ana")
    review.edit(store, second.id, {"fatalities": 3}, reviewer="ana")


def _no_fallback(monkeypatch) -> None:
    """Fail if an incremental save falls back to a full re-merge (a block left open)."""
    real = merging.touched_block
    monkeypatch.setattr(merging, "touched_block", lambda *a, **kw: real(*a, **kw) or pytest.fail(
        "the incremental save fell back to a full re-merge"))


def _history(path, monkeypatch, full: bool, batches: list[RunResult] = BATCHES,
             actions: dict | None = None) -> tuple[list[dict], list[int]]:
    """The stored state after each save (and the reviewer ``actions`` after save k) when saves
    re-merge incrementally, or (``full``) re-merge everything."""
    actions = {1: _review_first_two} if actions is None else actions
    calls: list[int] = []
    real = save_module.remerge

    def spy(store, scope, **kw):
        if scope.everything:
            return real(store, scope, **kw)
        calls.append(len(scope.added))  # an incremental save
        return real(store, EVERYTHING if full else scope, **kw)

    with monkeypatch.context() as patch:
        patch.setattr(save_module, "remerge", spy)
        _no_fallback(patch)
        states = []
        with open_store(path) as store:
            for k, batch in enumerate(batches):
                save_run(store, batch)
                if k in actions:
                    actions[k](store)
                states.append(_state(store))
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
        save_run(store, BATCHES[0])
        save_run(store, BATCHES[3])  # r13 joins r04 (Aleppo, day 2); r14 is alone; r20 and r21 join
        assert rebuilt == [5, 2 + 1 + 2]
        ev = [e for e in store.events() if "r13#0" in e.members]
        assert ev and sorted(ev[0].members) == ["r04#0", "r13#0"]


@pytest.mark.parametrize("full", [False, True])
def test_resaving_the_same_batch_changes_nothing(tmp_path, monkeypatch, full):
    states, calls = _history(tmp_path / "s.duckdb", monkeypatch, full=full)
    with open_store(tmp_path / "s.duckdb") as store:
        before = _state(store)
        assert save_run(store, BATCHES[2])["reports_new"] == 0
        assert _state(store) == before == states[-1]
    assert json.dumps(before["events"])  # serialisable as stored


# ---------------------------------------------------------------- blocks that grow across saves


WORDS = ("mortar rounds landed close to the grain silo while families sheltered in basements and "
         "volunteers cleared rubble from the main road after sirens sounded twice near dawn").split()


def _strike(rid: str, place: int, day: int | None, *, sub: int = 0, deaths: int | None = 2,
            actor: str | None = "Unidentified Armed Group", strikes: int | None = None,
            targets: tuple[str, ...] = (), month: bool = False, text: str | None = None) -> tuple:
    """A report and its one event; ``day=None``: undated, ``month``: only the month is known."""
    name, country, lat, lon = PLACES[place]
    text = text or " ".join(random.Random(rid).choices(WORDS, k=40)) + f" ({name})."
    report = Report(id=rid, text=text, published=dt.date(2024, 6, 1))
    date, precision = (None, "unknown") if day is None else (f"2024-05-{1 + day:02d}", "day")
    if month:
        date, precision = "2024-05", "month"
    ev = Event(id=f"{rid}#0", event_type="Explosions/Remote violence", sub_event_type=SUBS[sub],
               date=date, date_precision=precision, location=Location(name, country, name, lat, lon, "city"),
               actor1=actor, strikes=strikes, targets=[Target(t, 1) for t in targets],
               fatalities=None if deaths is None else Fatalities(deaths, deaths, deaths),
               sources=[Source(rid, {"date": [Evidence(rid, 0, 8, text[:8])]}, f"Outlet {rid[-1]}",
                               report.published)])
    return report, ev


def _run(*pairs: tuple) -> RunResult:
    return RunResult(reports=[p[0] for p in pairs], report_events=[p[1] for p in pairs])


BRIDGE = "Wire copy: a bridge in Mosul was struck three times overnight and four people died, officials said."
GROW = [
    # a and b (Kirkuk, day 1) differ in actor and deaths: two events; u is undated (Mosul), m month-dated (Aleppo)
    _run(_strike("a1", 0, 1), _strike("b1", 0, 1, actor="Islamic State", deaths=9),
         _strike("u1", 1, None, strikes=3, targets=("bridge",), deaths=4, text=BRIDGE),
         _strike("m1", 2, None, month=True, strikes=2, targets=("depot",), deaths=1),
         _strike("z1", 3, 12)),
    # c links a and b (no actor, no deaths); d is dated and joins the undated u; e joins the month-dated m
    _run(_strike("c2", 0, 1, actor=None, deaths=None),
         _strike("d2", 1, 3, strikes=3, targets=("bridge",), deaths=4),
         _strike("e2", 2, 5, strikes=2, targets=("depot",), deaths=1)),
    # c rewritten far away (a and b lose their bridge), u copied (a duplicate link), f joins d
    _run(_strike("c2", 3, 12, actor=None, deaths=None), _strike("u3", 1, None, strikes=3, targets=("bridge",),
                                                                deaths=4, text=BRIDGE + " Updated."),
         _strike("f3", 1, 3, strikes=3, deaths=4)),
    # g links b only, whose event a reviewer must-linked to d's; b rewritten without events; a second copy
    _run(_strike("g4", 0, 1, actor="Islamic State", deaths=9), _strike("u4", 1, None, strikes=3,
                                                                       targets=("bridge",), deaths=4, text=BRIDGE)),
    RunResult(reports=[Report(id="b1", text="Retracted.", published=dt.date(2024, 6, 2))]),
    # a new undated event reaches dated ones of its place and sub-type; h joins e and m
    _run(_strike("v6", 2, None, strikes=2, targets=("depot",), deaths=1), _strike("h6", 2, 5, deaths=1)),
]


def _event_of(store, member: str):
    return store.event_with_member(member)


def _must_link_and_edit(store) -> None:
    """After save 2: a reviewer makes b's event join d's (must-links) and edits a's event."""
    review.merge(store, [_event_of(store, "b1#0").id, _event_of(store, "d2#0").id], reviewer="ana")
    review.edit(store, _event_of(store, "a1#0").id, {"strikes": 2}, reviewer="ana")


def _split_b(store) -> None:
    """After save 3: b is split off d's event again (cannot-links); m's event is confirmed."""
    review.split(store, _event_of(store, "b1#0").id, "b1", reviewer="ana")
    review.confirm(store, _event_of(store, "m1#0").id, reviewer="ana")


GROW_ACTIONS = {1: _must_link_and_edit, 2: _split_b}


def _members(state: dict, member: str) -> list[str]:
    return next(sorted(e["members"]) for e in state["events"] if member in e["members"])


def test_blocks_growing_across_saves_equal_full_remerges(store_url, tmp_path, monkeypatch):
    inc, calls = _history(store_url, monkeypatch, False, GROW, GROW_ACTIONS)
    ref, _ = _history(_second_store(store_url, tmp_path), monkeypatch, True, GROW, GROW_ACTIONS)
    assert calls == [3, 3, 2, 0, 2]
    for step, (a, b) in enumerate(zip(inc, ref)):
        for key in a:
            assert a[key] == b[key], (step, key)
    first, second, third, fourth, fifth, last = inc
    assert _members(first, "a1#0") == ["a1#0"] and _members(first, "b1#0") == ["b1#0"]
    assert _members(second, "a1#0") == ["a1#0", "c2#0"]  # c joins a (b stays apart: a and b disagree)
    assert _members(second, "u1#0") == ["b1#0", "d2#0", "u1#0"]  # the undated u joins d; b by must-link
    assert _members(second, "m1#0") == ["e2#0", "m1#0"]
    # c moved away from a; b split off again; f (through d) and the copy u3 join d and u
    # c's rewritten event tells another place and day: another event, with a new id (issue 19)
    assert _members(third, "a1#0") == ["a1#0"] and _members(third, "c2#1") == ["c2#1", "z1#0"]
    assert _members(third, "u1#0") == ["d2#0", "f3#0", "u1#0", "u3#0"] and ("u3", "u1") in third["dups"]
    assert _members(fourth, "g4#0") == ["b1#0", "g4#0"] and "u4#0" in _members(fourth, "u1#0")
    assert _members(fifth, "g4#0") == ["g4#0"]  # b's event is gone
    assert _members(last, "v6#0") == ["e2#0", "h6#0", "m1#0", "v6#0"]  # undated v reaches dated e and h
    assert sorted(s for (s,) in last["statuses"] if s != "machine") == ["confirmed", "edited"]


def test_a_save_reads_the_blocking_neighbourhood_only(store_url, monkeypatch):
    far = [_strike(f"f{d:02d}{k}", k % 4, d, sub=k % 2) for d in range(2, 20) for k in range(3)]
    with open_store(store_url) as store:
        save_run(store, _run(*far, *(_strike(f"n{k}", k, 1) for k in range(3))))
        read: set[str] = set()
        real = BlockIndex.report_events
        monkeypatch.setattr(BlockIndex, "report_events", lambda index, ids: read.update(ids) or real(index, ids))
        save_run(store, _run(_strike("new", 0, 1)))
        # the events of day 1 and nothing else (every stored event has a place: no undated neighbour)
        assert read == {"new#0", "n0#0", "n1#0", "n2#0"}
        assert _event_of(store, "new#0").members == ["n0#0", "new#0"]


def test_a_store_saved_before_block_keys_gets_them_and_saves_incrementally(store_url, monkeypatch):
    with open_store(store_url) as store:
        for batch in GROW[:2]:
            save_run(store, batch)
        _must_link_and_edit(store)
        expected = _state(store)
        store.execute("DROP TABLE report_event_keys")  # as stored by a version without migration 7
        store.execute("DROP TABLE event_members")
        store.execute("DELETE FROM schema_version WHERE version >= 7")
    with open_store(store_url) as store:
        assert store.schema_version >= 7 and _state(store) == expected  # the backfill wrote the same rows
        calls: list[bool] = []
        real = save_module.remerge
        monkeypatch.setattr(save_module, "remerge", lambda store, scope, **kw: calls.append(scope.everything) or real(
            store, scope, **kw))
        _no_fallback(monkeypatch)
        save_run(store, GROW[2])  # c rewritten: its old event with a is found through the backfilled index
        after = _state(store)
        assert calls == [False] and _members(after, "a1#0") == ["a1#0"] and _members(after, "c2#1") == ["c2#1", "z1#0"]
        assert "b1#0" in _members(after, "u1#0")
        remerge(store)  # a full re-merge finds nothing to change
        assert _state(store) == after


def _random_batches(seed: int, n_batches: int = 5, size: int = 8) -> list[RunResult]:
    """Saves of random reports that meet often: few places and days, undated and month-dated
    events, reports with two events, copied texts (duplicates) and rewritten reports."""
    rng = random.Random(seed)
    texts: dict[str, str] = {}
    batches = []
    for b in range(n_batches):
        reports, events = [], []
        for k in range(size):
            rid = rng.choice(sorted(texts)) if texts and rng.random() < 0.15 else f"q{b}{k}"
            if rid in {r.id for r in reports}:
                continue
            copy = texts and rng.random() < 0.2
            text = rng.choice(list(texts.values())) if copy else " ".join(rng.choices(WORDS, k=30)) + f" {rid}."
            texts[rid] = text
            for n in range(rng.choice((0, 1, 1, 1, 2))):
                shape = rng.random()
                report, ev = _strike(rid, rng.randrange(4), None if shape < 0.15 else rng.randrange(1, 4),
                                     sub=rng.randrange(2), deaths=rng.choice((None, 1, 2)),
                                     actor=rng.choice((None, "Unidentified Armed Group", "Islamic State")),
                                     strikes=rng.choice((None, 2, 3)),
                                     targets=rng.choice(((), ("bridge",), ("depot",))), month=0.15 <= shape < 0.25,
                                     text=text)
                ev.id = f"{rid}#{n}"
                events.append(ev)
            reports.append(Report(id=rid, text=text, published=dt.date(2024, 6, 1 + rng.randrange(3))))
        batches.append(RunResult(reports=reports, report_events=events))
    return batches


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_saves_equal_full_remerges(store_url, tmp_path, monkeypatch, seed):
    batches = _random_batches(seed)
    inc, calls = _history(store_url, monkeypatch, False, batches, {})
    ref, _ = _history(_second_store(store_url, tmp_path), monkeypatch, True, batches, {})
    assert len(calls) == len(batches) - 1
    for step, (a, b) in enumerate(zip(inc, ref)):
        for key in a:
            assert a[key] == b[key], (seed, step, key)
    assert sum(len(e["members"]) > 1 for e in inc[-1]["events"]) >= 4  # events did merge
    assert any(d for _, d in inc[-1]["dups"])
