"""A reviewer's merge is one transaction: killed between any two of its steps (links written,
store re-merged, audit row written, commit), the store holds either all of it or none of it."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from strikewatch.curate import review, save_run
from strikewatch.models import Event, Evidence, Fatalities, Location, Report, RunResult, Source
from strikewatch.store import open_store
from strikewatch.store.reviews import ReviewLog

TEXTS = {"r1": "Rockets struck Kirkuk on Monday, killing two people near the market.",
         "r2": "Two people died when rockets hit a market in Kirkuk on Monday.",
         "r3": "Artillery shelled Kharkiv overnight; three civilians were killed."}
PLACES = {"r1": ("Kirkuk", "Iraq", "Kirkuk", 35.47, 44.39), "r2": ("Kirkuk", "Iraq", "Kirkuk", 35.47, 44.39),
          "r3": ("Kharkiv", "Ukraine", "Kharkiv", 49.99, 36.23)}

# The child merges two events and dies at ``point`` (SIGKILL: no clean-up, no rollback by Python).
CHILD = r"""
import os, signal, sys
from strikewatch.curate import review
from strikewatch.store import open_store
from strikewatch.store.reviews import ReviewLog

url, point, a, b = sys.argv[1:5]

def die(*_):
    os.kill(os.getpid(), signal.SIGKILL)

real_remerge, real_audit = review.remerge, ReviewLog.audit
if point == "after_links":      # the links are written, the store not re-merged yet
    review.remerge = lambda store, *x, **kw: die()
elif point == "after_remerge":  # the store is re-merged, no audit row yet
    review.remerge = lambda store, *x, **kw: (real_remerge(store, *x, **kw), die())
elif point == "after_audit":    # everything is written, not committed
    ReviewLog.audit = lambda self, *x, **kw: (real_audit(self, *x, **kw), die())
store = open_store(url)
review.merge(store, [a, b], reviewer="ana", comment="same strike")
store.close()
"""


def _run() -> RunResult:
    reports, events = [], []
    for rid, text in TEXTS.items():
        reports.append(Report(id=rid, text=text, published=dt.date(2024, 4, 2), outlet="Outlet " + rid))
        where = PLACES[rid][0]
        events.append(Event(
            id=f"{rid}#0", event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
            date="2024-04-05" if rid == "r3" else "2024-04-01", date_precision="day",
            location=Location(*PLACES[rid], "city"), fatalities=Fatalities(2, 2, 2),
            actor1="Military Forces of Russia" if rid == "r3" else "Unidentified Armed Group",
            sources=[Source(rid, {"location": [Evidence(rid, text.index(where), text.index(where) + len(where), where)]},
                            "Outlet " + rid, dt.date(2024, 4, 2))], members=[f"{rid}#0"]))
    return RunResult(reports=reports, report_events=events)


def _snapshot(store) -> dict:
    log = ReviewLog(store)
    return {"links": sorted(tuple(sorted(p)) for p in log.links()[0]), "audits": log.count(),
            "events": sorted(sorted(e.members) for e in store.events()),
            "changes": store.query("SELECT count(*) FROM changes")[0][0]}


@pytest.mark.issue(20)
@pytest.mark.parametrize("point", ["after_links", "after_remerge", "after_audit", None])
def test_a_merge_killed_between_its_steps_leaves_links_and_audit_consistent(store_url, point):
    with open_store(store_url) as store:
        save_run(store, _run())
        a, b = store.event_with_member("r1#0").id, store.event_with_member("r3#0").id
        before = _snapshot(store)
    assert before["links"] == [] and before["events"] == [["r1#0", "r2#0"], ["r3#0"]]
    child = subprocess.run([sys.executable, "-c", CHILD, store_url, str(point), a, b],
                           capture_output=True, text=True, timeout=300)
    with open_store(store_url) as store:
        after = _snapshot(store)
        if point is None:  # the merge ran to its end
            assert child.returncode == 0, child.stderr
            assert after["links"] == [("r1#0", "r2#0"), ("r1#0", "r3#0")] and after["audits"] == 1
            assert after["events"] == [["r1#0", "r2#0", "r3#0"]] and after["changes"] > before["changes"]
            assert [h["action"] for h in review.history(store, store.events()[0])] == ["merge"]
        else:  # killed: nothing of the merge is stored, and the store works as before
            assert child.returncode == -9, child.stderr
            assert after == before
            merged = review.merge(store, [a, b], reviewer="ana")
            assert sorted(merged.members) == ["r1#0", "r2#0", "r3#0"] and ReviewLog(store).count() == 1
