"""Hypothesis over report versions (issue 19): however an update reorders, adds, drops or
re-counts a report's events, a review stays on the incident it was made on, is never given to
another incident, and is listed as orphaned once its incident is gone. Bounded: 60 examples (about 30 s)."""
import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from strikewatch.curate import review, save_run
from strikewatch.models import Event, Evidence, Fatalities, Location, Report, RunResult, Source
from strikewatch.store import open_store
from strikewatch.store.reviews import ReviewLog

pytestmark = pytest.mark.issue(19)
# distinct incidents: each pair differs in trigger, place and day
POOL = [("shelled", "Mosul", "2024-04-02", "Shelling/artillery/missile attack"),
        ("air strike", "Basra", "2024-03-31", "Air/drone strike"),
        ("struck", "Kirkuk", "2024-04-01", "Shelling/artillery/missile attack"),
        ("drone", "Erbil", "2024-03-30", "Air/drone strike"),
        ("bombarded", "Tikrit", "2024-03-29", "Shelling/artillery/missile attack")]
REVIEWED = "Reviewed Group"


def _version(order: list[int], tolls: list[int]) -> RunResult:
    parts = [f"Report: the {POOL[i][0]} in {POOL[i][1]} killed {tolls[i]}. " for i in order]
    text = "".join(parts) or "Nothing happened."
    events = []
    for n, i in enumerate(order):
        trigger, place, day, sub = POOL[i]
        at = text.index(f"the {trigger} in {place}") + 4
        events.append(Event(
            id=f"r#{n}", event_type="Explosions/Remote violence", sub_event_type=sub, date=day, date_precision="day",
            location=Location(place, "Iraq", place, 33.0 + i, 44.0, "city"), actor1="Unidentified Armed Group",
            fatalities=Fatalities(tolls[i], tolls[i], tolls[i]),
            sources=[Source("r", {"event_type": [Evidence("r", at, at + len(trigger), trigger)]}, "Desk",
                            dt.date(2024, 4, 3))]))
    return RunResult(reports=[Report(id="r", text=text, published=dt.date(2024, 4, 3), outlet="Desk")],
                     report_events=events)


orders = st.lists(st.integers(0, len(POOL) - 1), unique=True, max_size=len(POOL))
tolls = st.lists(st.integers(1, 9), min_size=len(POOL), max_size=len(POOL))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=orders.filter(bool), later=st.lists(st.tuples(orders, tolls), min_size=1, max_size=3),
       first_tolls=tolls, pick=st.integers(0, 10))
@example(first=[0], later=[([], [1] * 5), ([1], [1] * 5)], first_tolls=[1] * 5, pick=0)  # found by this test:
# an update with no event, then one with a new event, gave the new event the reviewed one's number
def test_a_review_never_moves_to_another_incident(first, later, first_tolls, pick):
    with open_store(":memory:") as store:
        save_run(store, _version(first, first_tolls))
        mine = POOL[first[pick % len(first)]][1]
        (target,) = [e for e in store.events() if e.location.name == mine]
        review.edit(store, target.id, {"actor1": REVIEWED}, reviewer="ana")
        alive = True
        for order, counts in later:
            save_run(store, _version(order, counts))
            alive = alive and first[pick % len(first)] in order
            events = store.events()
            assert sorted(e.location.name for e in events) == sorted(POOL[i][1] for i in order)
            carrying = [e for e in events if e.actor1 == REVIEWED]
            orphans = ReviewLog(store).orphans()
            if alive:
                assert [(e.id, e.location.name) for e in carrying] == [(target.id, mine)]
                assert carrying[0].fatalities.best == counts[first[pick % len(first)]]  # the machine's new toll
                assert [h["action"] for h in review.history(store, carrying[0])] == ["edit"]
                assert orphans == []
            else:
                assert carrying == []  # never reattached, even when the place is told again
                assert [(o["event_id"], o["event"]["location"]) for o in orphans] == [(target.id, mine)]
            assert all(review.history(store, e) == [] for e in events if e.actor1 != REVIEWED)
