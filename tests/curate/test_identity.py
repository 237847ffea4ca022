"""Reviews stay on their incident when a report is updated (issue 19): DuckDB and PostgreSQL.

A report's events are numbered by position; an update that tells a new event before a
reviewed one must not hand the review, the event id or the audit history to the new event,
and a review whose event is gone is listed as orphaned, never reattached."""
import datetime as dt
import json

import pytest

from strikewatch.curate import review, save_run
from strikewatch.curate.identity import match_versions, renumber
from strikewatch.models import Event, Evidence, Fatalities, Location, Report, RunResult, Source
from strikewatch.store import open_store
from strikewatch.store.reviews import ReviewLog

A = "Rockets struck Kirkuk on Monday, killing two people. "
B = "Artillery shelled Mosul on Tuesday, killing five people. "
N = "An air strike hit Basra on Sunday, killing one person. "
PLACES = {"Kirkuk": ("Iraq", 35.47, 44.39), "Mosul": ("Iraq", 36.34, 43.13), "Basra": ("Iraq", 30.5, 47.8)}


def _event(text, n, trigger, place, date, fat, sub="Shelling/artillery/missile attack", rid="r1"):
    def ev(w):
        return [Evidence(rid, text.index(w), text.index(w) + len(w), w)]
    country, lat, lon = PLACES[place]
    return Event(id=f"{rid}#{n}", event_type="Explosions/Remote violence", sub_event_type=sub, date=date,
                 date_precision="day", location=Location(place, country, place, lat, lon, "city"),
                 actor1="Unidentified Armed Group", fatalities=Fatalities(fat, fat, fat),
                 sources=[Source(rid, {"event_type": ev(trigger), "location": ev(place)}, "Outlet",
                                 dt.date(2024, 4, 3))])


def _a(text, n):
    return _event(text, n, "struck", "Kirkuk", "2024-04-01", 2)


def _b(text, n):
    return _event(text, n, "shelled", "Mosul", "2024-04-02", 5)


def _n(text, n):
    return _event(text, n, "air strike", "Basra", "2024-03-31", 1, sub="Air/drone strike")


def _version(parts):
    text = "".join(p for p, _ in parts)
    return RunResult(reports=[Report(id="r1", text=text, published=dt.date(2024, 4, 3), outlet="Outlet")],
                     report_events=[make(text, n) for n, (_, make) in enumerate(parts)])


def _at(store, place):
    found = [e for e in store.events() if e.location and e.location.name == place]
    assert len(found) == 1, [e.location for e in store.events()]
    return found[0]


@pytest.fixture
def store(store_url):
    with open_store(store_url) as s:
        yield s


def test_review_stays_on_its_incident_when_an_event_is_told_before_it(store):
    save_run(store, _version([(A, _a), (B, _b)]))
    b = _at(store, "Mosul")
    assert b.members == ["r1#1"]
    review.edit(store, b.id, {"fatalities": 7, "actor1": "Islamic State"}, reviewer="ana", comment="checked")
    review.confirm(store, _at(store, "Kirkuk").id, reviewer="bo")

    save_run(store, _version([(A, _a), (N, _n), (B, _b)]))  # v2: a new event before B
    assert store.count() == 3
    b2, n2, a2 = _at(store, "Mosul"), _at(store, "Basra"), _at(store, "Kirkuk")
    assert b2.id == b.id and b2.members == ["r1#1"]  # same id, same member
    assert b2.fatalities == Fatalities(7, 7, 7) and b2.actor1 == "Islamic State"
    assert store.statuses([b2.id, n2.id, a2.id]) == {b2.id: "edited", n2.id: "machine", a2.id: "confirmed"}
    assert n2.members == ["r1#2"] and n2.fatalities == Fatalities(1, 1, 1)
    assert n2.actor1 == "Unidentified Armed Group"  # machine values
    assert [(h["action"], h["field"], h["reviewer"]) for h in review.history(store, b2)] == [
        ("edit", "actor1", "ana"), ("edit", "fatalities", "ana")]
    assert review.history(store, n2) == []
    assert ReviewLog(store).orphans() == []

    save_run(store, _version([(A, _a), (N, _n)]))  # v3: B is gone
    assert store.count() == 2
    assert all(e.actor1 == "Unidentified Armed Group" for e in store.events())  # nobody got B's values
    assert store.statuses([n2.id]) == {n2.id: "machine"}
    orphans = ReviewLog(store).orphans()
    assert [(o["anchor"], o["values"], o["event_id"]) for o in orphans] == [
        ("r1#1", {"actor1": "Islamic State", "fatalities": {"best": 7, "low": 7, "high": 7}}, b.id)]
    assert orphans[0]["event"]["location"] == "Mosul" and orphans[0]["event"]["trigger"] == "shelled"
    assert [h["action"] for h in orphans[0]["history"]] == ["edit", "edit", "orphaned"]

    # v4: another new event: it gets a number no review names, so the orphan stays an orphan
    c = "Artillery shelled Mosul again on Wednesday, killing nine people. "
    save_run(store, _version([(A, _a), (N, _n), (c, lambda t, n: _event(t, n, "shelled", "Mosul", "2024-04-03", 9))]))
    mosul = _at(store, "Mosul")
    assert mosul.members == ["r1#3"] and mosul.fatalities == Fatalities(9, 9, 9)
    assert store.statuses([mosul.id]) == {mosul.id: "machine"}
    assert [o["anchor"] for o in ReviewLog(store).orphans()] == ["r1#1"]


def test_a_review_of_an_event_another_report_still_tells_moves_to_that_report(store):
    t2 = "Shelling hit Mosul on Tuesday and killed five people."
    other = _event(t2, 0, "Shelling", "Mosul", "2024-04-02", 5, rid="r2")
    run = _version([(A, _a), (B, _b)])
    run.reports.append(Report(id="r2", text=t2, published=dt.date(2024, 4, 3), outlet="Other"))
    run.report_events.append(other)
    save_run(store, run)
    b = _at(store, "Mosul")
    assert sorted(b.members) == ["r1#1", "r2#0"]
    review.edit(store, b.id, {"fatalities": 6}, reviewer="ana")
    save_run(store, _version([(A, _a)]))  # r1 drops B; r2 still tells it
    mosul = _at(store, "Mosul")
    assert mosul.members == ["r2#0"] and mosul.fatalities == Fatalities(6, 6, 6)
    assert [h["action"] for h in review.history(store, mosul)] == ["edit"]
    assert ReviewLog(store).orphans() == []


def test_matching_is_by_content_not_position():
    t1 = A + B
    t2 = A + N + B
    old = {"r1#0": _a(t1, 0), "r1#1": _b(t1, 1)}
    new = [_a(t2, 0), _n(t2, 1), _b(t2, 2)]
    assert match_versions(list(old.values()), new) == {0: 0, 2: 1}
    renamed, gone = renumber("r1", old, new, used={"r1#5"})
    assert [e.id for e in renamed] == ["r1#0", "r1#6", "r1#1"] and gone == []
    # a changed toll is the same event; another place and day is not
    changed = _event(t2, 2, "shelled", "Mosul", "2024-04-02", 9)
    assert match_versions([old["r1#1"]], [changed]) == {0: 0}
    assert match_versions([old["r1#1"]], [_n(t2, 0)]) == {}
    renamed, gone = renumber("r1", old, [_n(t2, 0)])
    assert [e.id for e in renamed] == ["r1#2"] and gone == ["r1#0", "r1#1"]


def test_orphaned_reviews_are_listed_by_the_api_and_the_cli(tmp_path):
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from strikewatch.api.app import create_app
    from strikewatch.cli import main

    db = str(tmp_path / "s.duckdb")
    with open_store(db) as s:
        save_run(s, _version([(A, _a), (B, _b)]))
        b = _at(s, "Mosul")
        review.reject(s, b.id, reviewer="ana", comment="not a strike")
    with TestClient(create_app(db)) as client:
        assert client.get("/api/reviews/orphans").json() == []
    with open_store(db) as s:
        save_run(s, _version([(A, _a)]))
    with TestClient(create_app(db)) as client:
        got = client.get("/api/reviews/orphans")
        assert got.status_code == 200
        (o,) = got.json()
        assert (o["anchor"], o["report"], o["event_id"], o["values"]) == ("r1#1", "r1", b.id, {"status": "rejected"})
        assert o["event"]["location"] == "Mosul" and [h["action"] for h in o["history"]] == ["reject", "orphaned"]
        assert got.headers["x-content-type-options"] == "nosniff"
    out = CliRunner().invoke(main, ["review", "orphans", "--db", db])
    assert out.exit_code == 0, out.output
    assert f"r1#1  {b.id}  (Shelling/artillery/missile attack, 2024-04-02, Mosul)  status=\"rejected\"" in out.output
    assert "1 orphaned review(s)" in out.output
    out = CliRunner().invoke(main, ["review", "orphans", "--db", db, "--json"])
    assert [json.loads(line)["anchor"] for line in out.output.splitlines()] == ["r1#1"]


KIRKUK = "Rockets struck a market in Kirkuk, Iraq on 1 April, killing two people, police said."
KHARKIV = "In a separate attack, artillery shelled a village near Kharkiv, Ukraine on 3 April, wounding five people."
IDLIB = "An air strike hit a house in Idlib, Syria on 5 April, killing four civilians, residents said."


def test_the_pipeline_keeps_a_review_on_its_incident_across_report_versions(tmp_path):
    """The same scenario through `ingest` and the real extraction: the update tells Idlib first."""
    from click.testing import CliRunner

    from strikewatch.cli import main

    db = str(tmp_path / "s.duckdb")

    def ingest(n, *paragraphs):
        path = tmp_path / f"v{n}.jsonl"
        path.write_text(json.dumps({"id": "upd", "published": "2024-04-06", "text": "\n\n".join(paragraphs)}) + "\n",
                        encoding="utf-8")
        res = CliRunner().invoke(main, ["ingest", str(path), "--db", db])
        assert res.exit_code == 0, res.output

    ingest(1, KHARKIV)
    with open_store(db) as s:
        assert s.count() == 1 and _at(s, "Kharkiv").members == ["upd#0"]
        kharkiv = _at(s, "Kharkiv")
        review.edit(s, kharkiv.id, {"actor1": "Military Forces of Russia"}, reviewer="ana")
    ingest(2, IDLIB, KHARKIV)  # positionally, Idlib is now upd#0
    with open_store(db) as s:
        assert s.count() == 2
        again, idlib = _at(s, "Kharkiv"), _at(s, "Idlib")
        assert again.id == kharkiv.id and again.members == ["upd#0"] and idlib.members == ["upd#1"]
        assert again.actor1 == "Military Forces of Russia"
        assert [h["action"] for h in review.history(s, again)] == ["edit"]
        assert idlib.actor1 != "Military Forces of Russia" and review.history(s, idlib) == []
        assert s.statuses([idlib.id]) == {idlib.id: "machine"}
    ingest(3, KIRKUK, IDLIB)
    out = CliRunner().invoke(main, ["review", "orphans", "--db", db, "--json"])
    assert out.exit_code == 0
    (orphan,) = [json.loads(line) for line in out.output.splitlines()]
    assert orphan["event_id"] == kharkiv.id and orphan["values"] == {"actor1": "Military Forces of Russia"}
    with open_store(db) as s:
        assert "Military Forces of Russia" not in {e.actor1 for e in s.events()}


def test_reanchoring_moves_overrides_links_and_audit_rows(store):
    log, at = ReviewLog(store), dt.datetime(2024, 4, 3, 12)
    log.set_override("r1#1", "actor1", "X", "ana", at)
    log.add_link("cannot", "r1#1", "r3#0", "ana", at)
    log.add_link("must", "r1#1", "r2#0", "ana", at)  # joins the new anchor itself: dropped
    log.audit("ev-1", "r1#1", "edit", "actor1", None, "X", "ana", None, at)
    log.reanchor("r1#1", "r2#0")
    assert [(o.anchor, o.field, o.value) for o in log.overrides()] == [("r2#0", "actor1", "X")]
    assert log.links() == (set(), {frozenset(("r2#0", "r3#0"))})
    assert store.query("SELECT anchor FROM reviews") == [("r2#0",)]
    assert log.reviewed(["r1#1", "r2#0", "r3#0"]) == {"r2#0", "r3#0"}
