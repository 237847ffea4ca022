import datetime as dt

import pytest

from strikewatch.errors import StoreError
from strikewatch.curate import save_run
from strikewatch.models import Event, Evidence, Fatalities, Location, Report, RunResult, Source
from strikewatch.store import EventFilter, open_store
from strikewatch.store.dialect import migrations


def _identity_merge(events, duplicates):
    return [Event.from_dict(e.to_dict() | {"id": "m-" + e.id, "members": [e.id]}) for e in events]


def _run(text="Rockets hit Kirkuk on Monday, killing two.", rid="r1", lat=35.47, country="Iraq",
         date="2024-04-01", sub="Shelling/artillery/missile attack", actor1="Unidentified Armed Group"):
    report = Report(id=rid, text=text, published=dt.date(2024, 4, 3), outlet="Test Outlet")
    ev = Event(id=f"{rid}#0", event_type="Explosions/Remote violence", sub_event_type=sub,
               date=date, date_precision="day",
               location=Location("Kirkuk", country, "Kirkuk", lat, 44.39, "city", 94824),
               actor1=actor1, fatalities=Fatalities(2, 2, 2),
               sources=[Source(rid, {"sub_event_type": [Evidence(rid, 0, 7, text[:7])]}, "Test Outlet")])
    return RunResult(reports=[report], report_events=[ev])


def test_save_is_idempotent_and_round_trips(store_url):
    db = store_url
    with open_store(db) as store:
        first = save_run(store, _run(), merge=_identity_merge)
        again = save_run(store, _run(), merge=_identity_merge)
        assert first["reports_new"] == 1 and again["reports_new"] == 0
        assert store.report_count() == 1 and store.count() == 1
        (e,) = store.events()
        assert e.id == "m-r1#0" and e.location.name == "Kirkuk" and e.fatalities.best == 2
        assert e.sources[0].evidence["sub_event_type"][0].text == "Rockets"
        assert store.get_report("r1").text.startswith("Rockets")
        assert store.get_event("nope") is None
    with open_store(db) as store:  # reopening keeps data and schema version
        assert store.schema_version == migrations()[-1][0] and store.count() == 1


def test_changed_report_replaces_its_events(store_url):
    with open_store(store_url) as store:
        save_run(store, _run(), merge=_identity_merge)
        save_run(store, _run(text="Rockets hit Kirkuk on Monday, killing three."), merge=_identity_merge)
        assert store.report_count() == 1 and store.count() == 1
        assert "three" in store.get_report("r1").text


def test_filters_are_bound_parameters(store_url):
    with open_store(store_url) as store:
        save_run(store, _run(), merge=_identity_merge)
        save_run(store, _run(rid="r2", text="Shelling in Kyiv.", lat=50.45, country="Ukraine",
                            date="2024-05-01", actor1="Military Forces of Russia"), merge=_identity_merge)
        assert store.count(EventFilter(country="iraq")) == 1
        assert store.count(EventFilter(country="Iraq' OR '1'='1")) == 0
        assert store.count(EventFilter(date_from=dt.date(2024, 4, 15))) == 1
        assert store.count(EventFilter(bbox=(40.0, 30.0, 50.0, 40.0))) == 1
        assert store.count(EventFilter(actor="russia")) == 1
        assert store.count(EventFilter(actor="%")) == 0  # LIKE wildcards are escaped
        assert store.count(EventFilter(q="rockets")) == 1
        ids = [e.id for e in store.events(EventFilter(sort="date", descending=True))]
        assert ids == ["m-r2#0", "m-r1#0"]
        assert [e.id for e in store.events(EventFilter(limit=1, offset=1))] == ["m-r2#0"]
        stats = store.stats()
        assert stats["events"] == 2 and {r["key"] for r in stats["per_country"]} == {"Iraq", "Ukraine"}
        with pytest.raises(StoreError):
            store.events(EventFilter(sort="lat; DROP TABLE events"))
        with pytest.raises(StoreError):
            store.count(EventFilter(bbox=(0, 95, 1, 96)))


def test_failures_are_kept(store_url):
    from strikewatch.models import ReportFailure

    with open_store(store_url) as store:
        save_run(store, RunResult(failures=[ReportFailure("x", "ingest", "empty", "x: empty input")]),
                       merge=_identity_merge)
        assert [f.code for f in store.failures()] == ["empty"]
