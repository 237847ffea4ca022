import datetime as dt
import pytest

from strikewatch.models import Dispute, Event, Evidence, Fatalities, Location, Report, RunResult, Source
from strikewatch.curate import save_run
from strikewatch.store import open_store
from strikewatch.store.changes import diff_events, load_changes


def _ev(eid, members, reports, *, fatalities=None, disputed=(), date="2016-10-09"):
    return Event(id=eid, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                 date=date, date_precision="day", location=Location("Mosul", "Iraq", "Nineveh", 36.34, 43.13),
                 actor1="Coalition", fatalities=fatalities, members=list(members),
                 sources=[Source(r, {}) for r in reports], disputed=list(disputed))


def _kinds(changes):
    return [(c["kind"], c["event_id"], c.get("field")) for c in changes]


def test_created_source_added_field_changed_and_dispute():
    old = {"ev-a": _ev("ev-a", ["r1#0"], ["r1"], fatalities=Fatalities(3, 3, 3))}
    new = [_ev("ev-a", ["r1#0", "r2#0"], ["r1", "r2"], fatalities=Fatalities(5, 5, 5),
               disputed=[Dispute("fatalities", [3, 5], [["r1"], ["r2"]])]),
           _ev("ev-b", ["r3#0"], ["r3"])]
    changes = diff_events(old, new)
    assert _kinds(changes) == [("source_added", "ev-a", None), ("field_changed", "ev-a", "fatalities"),
                               ("dispute_raised", "ev-a", "fatalities"), ("event_created", "ev-b", None)]
    assert changes[0]["report"] == "r2"
    assert changes[1]["old"] == {"best": 3, "low": 3, "high": 3} and changes[1]["new"]["best"] == 5
    assert changes[2]["new"] == [3, 5]
    assert changes[3]["new"]["location"] == "Mosul"


def test_merged_renamed_and_removed():
    old = {"ev-b": _ev("ev-b", ["r2#0"], ["r2"]), "ev-c": _ev("ev-c", ["r3#0"], ["r3"]),
           "ev-x": _ev("ev-x", ["r9#0"], ["r9"])}
    # r1 joins the cluster of r2 and r3: the merged id changes to ev-a (smallest member)
    new = [_ev("ev-a", ["r1#0", "r2#0", "r3#0"], ["r1", "r2", "r3"])]
    changes = diff_events(old, new)
    assert _kinds(changes) == [("source_added", "ev-a", None), ("event_merged", "ev-a", None),
                               ("event_merged", "ev-a", None), ("event_removed", "ev-x", None)]
    assert [c["merged_id"] for c in changes if c["kind"] == "event_merged"] == ["ev-b", "ev-c"]


def test_no_changes_when_identical():
    ev = _ev("ev-a", ["r1#0"], ["r1"])
    assert diff_events({"ev-a": ev}, [Event.from_dict(ev.to_dict())]) == []


def _merge_by_date(events, duplicates):
    """A tiny merger for the store test: one event per date, id from the smallest member."""
    groups = {}
    for e in events:
        groups.setdefault(e.date, []).append(e)
    out = []
    for date, evs in sorted(groups.items()):
        members = sorted(e.id for e in evs)
        best = max(e.fatalities.best for e in evs)
        out.append(_ev("m-" + members[0], members, [e.sources[0].report for e in evs],
                       fatalities=Fatalities(best, best, best), date=date))
    return out


def _run(rid, killed, date="2016-10-09"):
    text = f"Aircraft struck a depot near Mosul, killing {killed}."
    ev = _ev(f"{rid}#0", [], [rid], fatalities=Fatalities(killed), date=date)
    ev.sources = [Source(rid, {"fatalities": [Evidence(rid, 0, 8, text[:8])]})]
    return RunResult(reports=[Report(id=rid, text=text, published=dt.date(2016, 10, 10))], report_events=[ev])


def test_store_remerge_records_changes_and_notes(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        save_run(store, _run("r2", 4), merge=_merge_by_date)
        (ev,) = store.events()
        assert ev.note == ("On 9 October 2016, Coalition carried out air/drone strikes in Mosul "
                           "(Nineveh, Iraq), killing four people.")
        save_run(store, _run("r1", 6), merge=_merge_by_date)
        save_run(store, _run("r1", 6), merge=_merge_by_date)  # unchanged: no re-merge, no changes
        log = load_changes(store)
        assert [(c["seq"], c["kind"], c["event_id"]) for c in log] == [
            (1, "event_created", "m-r2#0"), (2, "source_added", "m-r1#0"),
            (3, "field_changed", "m-r1#0"), (4, "event_merged", "m-r1#0")]
        assert log[3]["merged_id"] == "m-r2#0"
        assert [c["seq"] for c in load_changes(store, after_seq=2, limit=1)] == [3]
        assert load_changes(store, since=dt.date(2999, 1, 1)) == []


def test_recorded_changes_keep_their_order_and_sequence(store_url):
    from strikewatch.store.changes import record_changes

    at = dt.datetime(2024, 6, 1, 12, 0)
    first = [{"kind": "event_created", "event_id": f"ev-{i}", "field": None, "old": None, "new": {"n": i}}
             for i in (3, 1, 2)]
    with open_store(store_url) as store:
        assert record_changes(store, first, now=at) == 3
        store.execute("INSERT INTO changes (recorded_at, kind, event_id, data) VALUES ($1, $2, $3, $4)",
                      [at, "event_removed", "ev-9", '{"kind": "event_removed", "event_id": "ev-9"}'])
        record_changes(store, [{"kind": "field_changed", "event_id": "ev-1", "field": "date", "old": "a", "new": "b"}])
        got = load_changes(store)
    assert [(c["seq"], c["event_id"]) for c in got] == [(1, "ev-3"), (2, "ev-1"), (3, "ev-2"), (4, "ev-9"), (5, "ev-1")]
    assert got[0]["new"] == {"n": 3} and got[-1]["old"] == "a"


@pytest.mark.issue(20)
def test_a_change_is_a_dataclass_with_the_json_shape_of_before():
    from strikewatch.store.changes import Change

    old = {"ev-a": _ev("ev-a", ["r1#0"], ["r1"])}
    added = diff_events(old, [_ev("ev-a", ["r1#0", "r2#0"], ["r1", "r2"])])[0]
    assert isinstance(added, Change) and (added.kind, added.event_id, added.extra["report"]) == ("source_added", "ev-a", "r2")
    assert list(added.to_dict()) == ["kind", "event_id", "field", "old", "new", "report", "outlet", "url"]
    assert added["report"] == "r2" and added.get("merged_id") is None  # still reads like the dict it was
    stored = Change.from_dict({"seq": 4, "recorded_at": "2024-06-01T12:00:00", **added.to_dict()})
    assert list(stored.to_dict())[:3] == ["seq", "recorded_at", "kind"] and stored.seq == 4
    assert Change.from_dict(stored.to_dict()) == stored
