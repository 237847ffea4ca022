"""Blocking keys a store files events under: every candidate pair can be found by lookup."""
from __future__ import annotations

import random

import pytest

from strikewatch.merge.block import candidate_pairs, filed_keys, lookup_keys
from strikewatch.merge.match import MAX_SPAN_DAYS, Profile

TYPES = ("Explosions/Remote violence", "Battles")
SUBS = ("Air/drone strike", "Shelling/artillery/missile attack")
NAMES = ("kirkuk", "mosul", "iraq", None)
COUNTRIES = ("iq", "sy", None)


def _profile(i: int, rng: random.Random) -> Profile:
    first = last = None
    shape = rng.random()
    if shape < 0.75:  # dated: one day, a week, a month, or just over MAX_SPAN_DAYS (undated for blocking)
        first = 738000 + rng.randrange(40)
        last = first + rng.choice((0, 0, 0, 6, 30, MAX_SPAN_DAYS, MAX_SPAN_DAYS + 1))
    located = rng.random() < 0.8
    lat = lon = None
    if located:
        lat, lon = 33 + rng.random() * 4, 40 + rng.random() * 4
    return Profile(
        id=f"e{i:03d}", report=f"r{i:03d}", story=f"r{i:03d}", event_type=rng.choice(TYPES),
        sub_event_type=rng.choice(SUBS), first=first, last=last, lat=lat, lon=lon,
        radius=rng.choice((15.0, 25.0, 250.0, 1500.0)), point=rng.random() < 0.7,
        place_name=rng.choice(NAMES), country=rng.choice(COUNTRIES), admin1=None, actor1=None, actor2=None,
        strikes=None, targets=frozenset(), deaths=None)


@pytest.mark.parametrize("seed", range(8))
def test_every_candidate_pair_shares_a_stored_key(seed):
    rng = random.Random(seed)
    profiles = [_profile(i, rng) for i in range(150)]
    pairs = candidate_pairs(profiles)
    assert len(pairs) > 100  # the random profiles do meet
    filed = [filed_keys(p) for p in profiles]
    looked = [lookup_keys(p) for p in profiles]
    for i, j in pairs:
        assert looked[i] & filed[j], (profiles[i], profiles[j])
        assert looked[j] & filed[i], (profiles[j], profiles[i])


def _p(eid: str, first: int | None, last: int | None, *, name: str | None = "mosul",
       sub: str = SUBS[0], kind: str = TYPES[0]) -> Profile:
    return Profile(id=eid, report=eid, story=eid, event_type=kind, sub_event_type=sub, first=first, last=last,
                   lat=36.3, lon=43.1, radius=15.0, point=True, place_name=name, country="iq", admin1=None,
                   actor1=None, actor2=None, strikes=None, targets=frozenset(), deaths=None)


def test_keys_keep_apart_what_blocking_keeps_apart():
    day, week, other_day = _p("a", 738000, 738000), _p("b", 737998, 738004), _p("c", 738010, 738010)
    battle = _p("d", 738000, 738000, kind=TYPES[1])
    undated, undated_elsewhere = _p("u", None, None), _p("v", None, None, name="kirkuk")
    assert filed_keys(day) == {("day", TYPES[0], 738000), ("dated", TYPES[0], SUBS[0], "mosul")}
    assert lookup_keys(day) & filed_keys(week) and not lookup_keys(day) & filed_keys(other_day)
    assert not lookup_keys(day) & filed_keys(battle)
    # dated events of one place and sub-type do not look each other up by place, only by day
    assert not lookup_keys(other_day) & filed_keys(day)
    # an undated event meets every event of its place and sub-type, dated or not, and no other
    assert lookup_keys(undated) & filed_keys(day) and lookup_keys(day) & filed_keys(undated)
    assert not lookup_keys(undated) & filed_keys(undated_elsewhere)
    assert filed_keys(_p("w", None, None, name=None)) == set()
    wide = _p("x", 738000, 738000 + MAX_SPAN_DAYS + 1)  # a loose range counts as undated
    assert filed_keys(wide) == {("undated", TYPES[0], SUBS[0], "mosul")}
