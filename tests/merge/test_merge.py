"""merge_events on invented reports: merging, separation, disputes, order, increments."""
from __future__ import annotations

import itertools
import json
import random

import pytest

from strikewatch.merge import affected_members, grade, merge_block, merge_events
from strikewatch.models import Dispute, Fatalities


def _dump(events) -> str:
    return json.dumps([e.to_dict() for e in events], sort_keys=True)


@pytest.fixture
def story(make_event):
    """Two outlets report the May 2 strikes near Raqqa; outlet B also an April 30 strike."""
    return [
        make_event("ra#1", strikes=2, targets=("weapons depot",), outlet="Outlet A",
                   evidence={"date": [(40, 45, "May 2")], "targets": [(60, 74, "weapons depot")]}),
        make_event("rb#1", place="Raqqa city", strikes=2, targets=("weapons depot",),
                   fatalities=Fatalities(3, 3, None), published="2023-05-04", outlet="Outlet B",
                   evidence={"date": [(12, 25, "Tuesday night")], "fatalities": [(90, 101, "at least 3")]}),
        make_event("rb#2", date="2023-04-30", strikes=1, targets=("checkpoint",),
                   published="2023-05-04", outlet="Outlet B"),
    ]


def test_two_outlets_merge_and_earlier_strike_stays_apart(story):
    events = merge_events(story)
    assert [e.members for e in events] == [["rb#2"], ["ra#1", "rb#1"]]
    may2 = events[1]
    assert may2.report_ids == ["ra", "rb"]
    assert may2.date == "2023-05-02" and may2.strikes == 2
    assert may2.location.precision == "city"  # the more precise place wins
    assert may2.fatalities == Fatalities(3, 3, None)
    assert may2.disputed == []
    assert {k: [e.text for e in v] for k, v in may2.sources[0].evidence.items()} == {
        "date": ["May 2"], "targets": ["weapons depot"]}
    assert [e.text for e in may2.sources[1].evidence["fatalities"]] == ["at least 3"]
    assert may2.id.startswith("ev-") and len(may2.id) == 15
    assert grade(may2) == "fair" and grade(events[0]) == "weak"
    assert may2.confidence > events[0].confidence


def test_target_contradiction_is_one_disputed_event(make_event):
    media = make_event("rd#1", date="2023-06-09", place="Tabqa", strikes=1, targets=("VBIED",),
                       published="2023-06-10", outlet="Outlet D")
    official = make_event("rc#1", date="2023-06-09", place="Tabqa", strikes=1,
                          targets=("tactical vehicle",), published="2023-06-11", outlet="Ministry",
                          official=True)
    [event] = merge_events([media, official])
    assert event.members == ["rc#1", "rd#1"]
    assert [d.to_dict() for d in event.disputed] == [
        {"field": "targets", "values": ["VBIED", "tactical vehicle"], "sources": [["rd"], ["rc"]]}]
    assert [t.type for t in event.targets] == ["tactical vehicle"]  # the official release wins
    assert grade(event) == "contested"


def test_vaguer_and_more_precise_are_no_contradiction(make_event):
    vague = make_event("re#1", date="2023-07-14", place="Syria", fatalities=Fatalities(3, 3, None),
                       published="2023-07-15")
    precise = make_event("rf#1", date="2023-07-14", place="Deir ez-Zor", strikes=1,
                         fatalities=Fatalities(5), published="2023-07-16", outlet="Outlet F")
    month = make_event("rg#1", date="2023-08", precision="month", place="Aleppo",
                       targets=("bridge",), strikes=3)
    day = make_event("rh#1", date="2023-08-05", place="Aleppo", targets=("bridge",), strikes=3)
    events = merge_events([vague, precise, month, day])
    assert [e.members for e in events] == [["re#1", "rf#1"], ["rg#1", "rh#1"]]
    first, second = events
    assert first.disputed == [] and second.disputed == []
    assert first.location.name == "Deir ez-Zor" and first.fatalities == Fatalities(5)
    assert first.strikes == 1
    assert (second.date, second.date_precision) == ("2023-08-05", "day")


def test_vague_date_needs_strong_evidence(make_event):
    month = make_event("rg#1", date="2023-08", precision="month", place="Aleppo")
    day = make_event("rh#1", date="2023-08-05", place="Aleppo", targets=("bridge",), strikes=3)
    assert len(merge_events([month, day])) == 2


def test_same_report_never_merges_unless_reviewer_joins(make_event):
    a = make_event("ra#1", strikes=2)
    b = make_event("ra#2", strikes=2)
    assert len(merge_events([a, b])) == 2
    [joined] = merge_events([a, b], must_link={frozenset({"ra#1", "ra#2"})})
    assert joined.members == ["ra#1", "ra#2"] and joined.report_ids == ["ra"]


def test_reviewer_split_is_honoured(story):
    events = merge_events(story, cannot_link={frozenset({"ra#1", "rb#1"})})
    assert sorted(e.members for e in events) == [["ra#1"], ["rb#1"], ["rb#2"]]


def test_per_report_disputes_survive_merging(make_event):
    inner = Dispute("targets", ["VBIED", "tactical vehicle"], [["rc"], ["rc"]])
    a = make_event("rc#1", targets=("tactical vehicle",), strikes=1, disputed=[inner])
    b = make_event("rd#1", targets=("tactical vehicle",), strikes=1, outlet="Outlet D")
    [event] = merge_events([a, b])
    assert [d.to_dict() for d in event.disputed] == [
        {"field": "targets", "values": ["VBIED", "tactical vehicle"], "sources": [["rc"], ["rc"]]}]


def test_near_duplicate_reports_count_once(story):
    together = merge_events(story)[1]
    copied = merge_events(story, duplicates={"rb": "ra"})[1]
    assert copied.members == together.members
    assert copied.confidence < together.confidence


def test_every_order_gives_the_same_output(story, make_event):
    extra = make_event("rc#1", date="2023-05-02", place="Raqqa", strikes=2, outlet="Outlet C")
    items = story + [extra]
    expected = _dump(merge_events(items))
    for perm in itertools.permutations(items):
        assert _dump(merge_events(list(perm))) == expected
    assert _dump(merge_events(merge_events_input_twice(items))) == expected


def merge_events_input_twice(items):
    return items + items  # re-merging the same per-report events is a no-op


def _synthetic(make_event, n: int, seed: int):
    rng = random.Random(seed)
    places = ["Raqqa", "Tabqa", "Deir ez-Zor", "Aleppo"]
    out = []
    for k in range(n):
        day = f"2023-05-{rng.randint(1, 6):02d}"
        place = rng.choice(places)
        strikes = rng.randint(1, 4)
        for r in range(rng.randint(1, 3)):
            vague = rng.random() < 0.3
            out.append(make_event(f"s{k}r{r}#1", date=day, place="Syria" if vague else place,
                                  strikes=None if vague else strikes, outlet=f"O{r}"))
    return out


def test_shuffles_and_increments_agree(make_event):
    items = _synthetic(make_event, 40, seed=7)
    expected = _dump(merge_events(items))
    rng = random.Random(3)
    for _ in range(5):
        shuffled = items[:]
        rng.shuffle(shuffled)
        assert _dump(merge_events(shuffled)) == expected
    # add reports one at a time, re-merging only the affected block each time
    current: dict[str, object] = {}
    seen = []
    for ev in items:
        seen.append(ev)
        ids, block = merge_block(seen, [ev.id])
        current = {k: v for k, v in current.items() if not set(v.members) & ids}
        current.update({e.id: e for e in block})
    incremental = sorted(current.values(), key=lambda e: (e.date is None, e.date or "", e.id))
    assert _dump(incremental) == expected


def test_affected_block_is_the_connected_neighbourhood(story):
    assert affected_members(story, ["ra#1"]) == {"ra#1", "rb#1"}
    assert affected_members(story, ["rb#2"]) == {"rb#2"}


def test_order_independence_property(make_event):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    items = _synthetic(make_event, 12, seed=11)
    expected = _dump(merge_events(items))

    @settings(max_examples=25, deadline=None)
    @given(st.permutations(items))
    def check(perm):
        assert _dump(merge_events(list(perm))) == expected

    check()
