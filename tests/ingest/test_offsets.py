"""Report.offsets is a run-length OffsetMap that reads exactly like the per-character list."""
import pickle

from strikewatch.ingest.clean import clean_text
from strikewatch.ingest.text import build_report
from strikewatch.models import OffsetMap, Report

RAW = "Drones\u00a0hit  a depot.\n\n\n  Three   guards\twere hurt.\n\nFollow Example News on Twitter."


def test_offset_map_equals_the_character_list():
    clean, offs = clean_text(RAW)
    m = OffsetMap(offs)
    assert len(m) == len(clean) + 1 == len(offs)
    assert list(m) == offs and m == offs and m == tuple(offs)
    assert [m[i] for i in range(-len(offs), len(offs))] == offs[-len(offs):] + offs
    assert m[3:9] == offs[3:9]
    assert len(m._starts) < 10  # a handful of runs, not one entry per character


def test_identity_map_and_pickle():
    m = OffsetMap.identity(5)
    assert list(m) == [0, 1, 2, 3, 4, 5] and len(m._starts) == 1
    assert pickle.loads(pickle.dumps(m)) == m
    assert OffsetMap.identity(0) == [0]


def test_report_maps_spans_back_to_the_original():
    r = build_report("r1", "Shelling in Kharkiv\n" + RAW, has_headline=True)
    assert isinstance(r.offsets, OffsetMap) and len(r.offsets) == len(r.clean) + 1
    start = r.clean.index("Three guards")
    ev = r.evidence(start, start + len("Three guards were hurt"))
    assert ev.text == "Three   guards\twere hurt"
    assert r.to_original(0, 8) == (0, 8)


def test_plain_report_gets_an_identity_map_and_old_tuples_still_work():
    r = Report(id="a", text="x  y")
    assert list(r.offsets) == [0, 1, 2, 3, 4] and r.to_original(1, 3) == (1, 3)
    t = Report(id="b", text="x  y", clean="x y", offsets=(0, 1, 3, 4))
    assert isinstance(t.offsets, OffsetMap) and t.evidence(2, 3).text == "y"
