"""Stored MinHash band keys: a save finds duplicate reports around its new reports only."""
from __future__ import annotations

import datetime as dt

import pytest

from strikewatch.merge import find_duplicate_reports
from strikewatch.merge.dedup import BANDS
from strikewatch.models import Event, Fatalities, Location, Report, RunResult, Source
from strikewatch.curate import save as save_module
from strikewatch.curate import save_run
from strikewatch.store import open_store
from strikewatch.store.bands import DuplicateBands
from strikewatch.store.postgres import is_postgres_url

WORDS = ("shell drone convoy market bridge river clinic depot village road night officials said killed wounded "
         "struck near school farm checkpoint border truck fuel camp hospital").split()


def _text(seed: int, n: int = 60) -> str:
    import random

    return " ".join(random.Random(seed).choices(WORDS, k=n)) + "."


def _run(*specs: tuple[str, str, int]) -> RunResult:
    """``(report id, text, day)`` -> reports with one per-report event each."""
    reports, events = [], []
    for rid, text, day in specs:
        published = dt.date(2024, 6, day)
        reports.append(Report(id=rid, text=text, published=published))
        events.append(Event(id=f"{rid}#0", event_type="Explosions/Remote violence",
                            sub_event_type="Air/drone strike", date=f"2024-06-{day:02d}", date_precision="day",
                            location=Location("Mosul", "Iraq", "Nineveh", 36.34, 43.13, "city"),
                            fatalities=Fatalities(1, 1, 1), sources=[Source(rid, {}, "Outlet", published)]))
    return RunResult(reports=reports, report_events=events)


FIRST = _run(*[(f"r{i:02d}", _text(i), 1 + i % 5) for i in range(12)])
COPIES = _run(("c1", _text(3), 5), ("c2", _text(3).replace("shell", "mortar"), 6), ("c3", _text(50), 2))


def _rows(store) -> list[tuple]:
    return store.query("SELECT report_id, k1, k2 FROM report_bands ORDER BY report_id, k1, k2")


def _all_reports(store) -> list[Report]:
    return [Report(id=i, text=t, title=ti, published=p) for i, t, ti, p in
            store.query("SELECT id, text, title, published FROM reports")]


def _dups(store) -> dict[str, str]:
    return DuplicateBands(store).stored()


def test_band_rows_follow_the_stored_reports(store_url):
    with open_store(store_url) as store:
        save_run(store, FIRST)
        rows = _rows(store)
        assert len(rows) == BANDS * 12 and len({r[1:] for r in rows if r[0] == "r01"}) == BANDS
        save_run(store, _run(("r01", _text(99), 2)))  # rewritten: its keys are replaced
        again = _rows(store)
        assert len(again) == len(rows) and {r for r in again if r[0] != "r01"} == {r for r in rows if r[0] != "r01"}
        assert {r for r in again if r[0] == "r01"}.isdisjoint({r for r in rows if r[0] == "r01"})
        if is_postgres_url(store_url):  # looked up by key and deleted by report: indexed on PostgreSQL
            names = {n for (n,) in store.query(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'report_bands'")}
            assert names == {"report_bands_key", "report_bands_report"}


def test_stored_duplicates_equal_a_fresh_run_over_every_report(store_url):
    with open_store(store_url) as store:
        save_run(store, FIRST)
        save_run(store, COPIES)
        dups = _dups(store)
        assert dups == find_duplicate_reports(_all_reports(store)) == DuplicateBands(store).all_duplicates()
        assert dups["c1"] == "r03" and dups["c2"] == "r03"  # r03 was published first
        save_run(store, _run(("r03", _text(77), 4)))  # the canonical report rewritten: c1 and c2 remain a pair
        assert _dups(store) == find_duplicate_reports(_all_reports(store)) == {"c2": "c1"}


def test_a_save_reads_the_new_reports_and_their_candidates_only(store_url, monkeypatch):
    with open_store(store_url) as store:
        save_run(store, FIRST)
        read: list[set[str]] = []
        real_load = DuplicateBands.load
        monkeypatch.setattr(DuplicateBands, "load", lambda self, ids: read.append(set(ids)) or real_load(self, ids))
        monkeypatch.setattr(DuplicateBands, "all_duplicates", lambda self: pytest.fail("every report was compared"))
        save_run(store, COPIES)
        assert set().union(*read) == {"c1", "c2", "c3", "r03"}
        assert _dups(store) == {"c1": "r03", "c2": "r03"}


def test_a_store_saved_before_band_keys_gets_them_and_saves_incrementally(store_url, monkeypatch):
    with open_store(store_url) as store:
        save_run(store, FIRST)
        expected = _rows(store)
        store.execute("DROP TABLE report_bands")  # as stored by a version without migration 6
        store.execute("DELETE FROM schema_version WHERE version >= 6")
    with open_store(store_url) as store:
        assert store.schema_version >= 6 and _rows(store) == expected
        calls: list[int] = []
        real = save_module.remerge
        monkeypatch.setattr(save_module, "remerge",
                            lambda store, scope, **kw: calls.append(scope.everything) or real(store, scope, **kw))
        save_run(store, COPIES)
        assert calls == [False] and _dups(store) == find_duplicate_reports(_all_reports(store))  # incremental
        assert _dups(store) == {"c1": "r03", "c2": "r03"}


def test_neighbours_are_windowed_by_publication_date_except_identical_texts(store_url):
    base = _text(7)
    rewrite = base.replace("shell", "rocket", 1)
    with open_store(store_url) as store:
        save_run(store, _run(("early", base, 1), ("near", rewrite, 6), ("late", rewrite + " Later.", 28),
                            ("copy", base, 30)))
        near = DuplicateBands(store).neighbours({"early"})["early"]
        assert near == {"near", "copy"}  # 'late' shares band keys but is 27 days later
        # 'late' still joins the group, through 'copy' (two days apart)
        want = {"near": "early", "copy": "early", "late": "early"}
        assert _dups(store) == want == find_duplicate_reports(_all_reports(store)) == DuplicateBands(store).all_duplicates()
