"""Review workflow over the store: overrides, statuses, links and the audit log (DuckDB and PostgreSQL)."""
import datetime as dt

import pytest

from strikewatch.errors import InputError
from strikewatch.models import Event, Evidence, Fatalities, Location, Report, RunResult, Source
from strikewatch.curate import overrides, remerge, review, save_run
from strikewatch.store import EventFilter, open_store
from strikewatch.store.reviews import Override, ReviewLog

T1 = "Rockets struck Kirkuk on Monday, killing two people near the market."
T2 = "Two people died when rockets hit a market in Kirkuk on Monday."
T3 = "Artillery shelled Kharkiv overnight; three civilians were killed."


def _event(rid, text, spans, *, date="2024-04-01", place=("Kirkuk", "Iraq", "Kirkuk", 35.47, 44.39),
           actor1="Unidentified Armed Group", fat=2):
    evidence = {f: [Evidence(rid, text.index(w), text.index(w) + len(w), w)] for f, w in spans.items()}
    return Event(id=f"{rid}#0", event_type="Explosions/Remote violence",
                 sub_event_type="Shelling/artillery/missile attack", date=date, date_precision="day",
                 location=Location(*place, "city"), actor1=actor1, fatalities=Fatalities(fat, fat, fat),
                 sources=[Source(rid, evidence, "Outlet " + rid, dt.date(2024, 4, 2))], members=[f"{rid}#0"])


def _run(t1=T1):
    reports = [Report(id=r, text=t, published=dt.date(2024, 4, 2), outlet="Outlet " + r)
               for r, t in (("r1", t1), ("r2", T2), ("r3", T3))]
    events = [_event("r1", t1, {"location": "Kirkuk", "fatalities": "killing two"}),
              _event("r2", T2, {"location": "Kirkuk", "fatalities": "Two people died"}),
              _event("r3", T3, {"location": "Kharkiv"}, date="2024-04-05", fat=3,
                     place=("Kharkiv", "Ukraine", "Kharkiv", 49.99, 36.23), actor1="Military Forces of Russia")]
    return RunResult(reports=reports, report_events=events)


@pytest.fixture
def store(store_url):
    with open_store(store_url) as s:
        save_run(s, _run())
        yield s


def _kirkuk(store):
    return store.event_with_member("r1#0")


def test_schema_has_review_tables(store):
    assert store.schema_version >= 2
    assert ReviewLog(store).count() == 0
    assert sorted(_kirkuk(store).members) == ["r1#0", "r2#0"]


def test_edit_is_audited_and_survives_remerge_and_reextraction(store):
    ev = _kirkuk(store)
    edited = review.edit(store, ev.id, {"actor1": "Islamic State", "fatalities": 3}, reviewer="ana")
    assert edited.actor1 == "Islamic State" and edited.fatalities == Fatalities(3, 3, 3)
    assert edited.field_confidence["actor1"] == 1.0
    assert store.get_event(ev.id).actor1 == "Islamic State"
    assert store.statuses([ev.id]) == {ev.id: "edited"}
    assert store.count(EventFilter(actor="islamic")) == 1
    log = review.history(store, edited)
    assert [(h["action"], h["field"], h["before"], h["after"], h["reviewer"]) for h in log] == [
        ("edit", "actor1", "Unidentified Armed Group", "Islamic State", "ana"),
        ("edit", "fatalities", {"best": 2, "low": 2, "high": 2}, {"best": 3, "low": 3, "high": 3}, "ana")]
    remerge(store)
    assert store.get_event(ev.id).actor1 == "Islamic State"
    # re-extraction: report r1 changes, its events are replaced, the merge re-runs
    save_run(store, _run(t1=T1.replace("market", "bus station")))
    again = _kirkuk(store)
    assert again.actor1 == "Islamic State" and again.fatalities.best == 3
    assert store.statuses([again.id]) == {again.id: "edited"}


def test_confirm_and_reject_set_the_status(store):
    ev = _kirkuk(store)
    review.reject(store, ev.id, reviewer="bo", comment="not an attack")
    assert store.statuses([ev.id]) == {ev.id: "rejected"}
    assert store.count(EventFilter(status=["machine", "confirmed", "edited"])) == 1
    remerge(store)
    assert store.statuses([ev.id]) == {ev.id: "rejected"}
    review.confirm(store, ev.id, reviewer="bo")
    assert store.statuses([ev.id]) == {ev.id: "confirmed"}
    log = review.history(store, ev)
    assert [(h["action"], h["before"], h["after"], h["comment"]) for h in log] == [
        ("reject", "machine", "rejected", "not an attack"), ("confirm", "rejected", "confirmed", None)]


def test_split_keeps_reports_apart_and_overrides_with_the_rest(store):
    ev = _kirkuk(store)
    review.edit(store, ev.id, {"note": "checked by phone"}, reviewer="ana")  # anchored on r1#0
    kept, gone = review.split(store, ev.id, "r1", reviewer="ana")
    assert kept.members == ["r2#0"] and gone.members == ["r1#0"]
    assert kept.note == "checked by phone" and gone.note != "checked by phone"
    remerge(store)
    assert store.count() == 3
    assert store.event_with_member("r2#0").note == "checked by phone"
    assert [h["action"] for h in review.history(store, kept)][-1] == "split"
    with pytest.raises(InputError):
        review.split(store, kept.id, "r2", reviewer="ana")  # a single source cannot be split
    with pytest.raises(InputError):
        review.split(store, kept.id, "r3", reviewer="ana")  # not a source of it


def test_merge_joins_events_and_survives_remerge(store):
    a, b = _kirkuk(store), store.event_with_member("r3#0")
    review.edit(store, b.id, {"actor2": "Civilians (Ukraine)"}, reviewer="ana")
    merged = review.merge(store, [a.id, b.id], reviewer="ana")
    assert sorted(merged.members) == ["r1#0", "r2#0", "r3#0"] and store.count() == 1
    assert merged.actor2 == "Civilians (Ukraine)"  # an override of a merged-in event goes along
    remerge(store)
    assert store.count() == 1
    # splitting it again removes the must-link
    kept, gone = review.split(store, merged.id, "r3", reviewer="ana")
    assert gone.members == ["r3#0"] and store.count() == 2
    with pytest.raises(review.NotFound):
        review.merge(store, [a.id, "ev-nope"], reviewer="ana")
    with pytest.raises(InputError):
        review.merge(store, [kept.id, kept.id], reviewer="ana")


@pytest.mark.parametrize("field,value", [
    ("date", "2024-13-01"), ("date", "yesterday"), ("strikes", -1), ("strikes", True), ("fatalities", "two"),
    ("location", {"name": ""}), ("location", {"name": "X", "lat": 91, "lon": 0}), ("id", "x"),
    ("sub_event_type", None), ("actor1", "x" * 501),
])
def test_bad_values_are_refused(field, value):
    with pytest.raises(InputError):
        overrides.check_value(field, value)


def test_apply_reviews_latest_override_wins_and_date_sets_precision(store):
    ev = _kirkuk(store)
    t0 = dt.datetime(2024, 5, 1)
    found = [Override("r2#0", "date", "2024-03", "a", t0 + dt.timedelta(seconds=5)),
             Override("r1#0", "date", "2024-03-30", "b", t0),
             Override("r9#0", "actor1", "Nobody", "c", t0)]
    (out,), statuses = overrides.apply_reviews([ev], found)
    assert (out.date, out.date_precision, out.date_range) == ("2024-03", "month", None)
    assert out.actor1 == "Unidentified Armed Group" and statuses == {ev.id: "edited"}


def test_report_spans_list_every_event_span(store):
    spans = store.report_spans("r1")
    ev = _kirkuk(store)
    assert spans == [
        {"event_id": ev.id, "field": "location", "start": 15, "end": 21, "text": "Kirkuk"},
        {"event_id": ev.id, "field": "fatalities", "start": 33, "end": 44, "text": "killing two"}]
    assert store.report_spans("nope") == []
