"""The stop-24, 28, 29 and 30 genre probes (data/probes/, the team's own text): headlines, strike releases,
monitors' narratives and ACLED-style notes outside East Africa, scored against their gold events."""
import datetime as dt
import json
from pathlib import Path

import pytest

from strikewatch.models import Report

DATA = Path(__file__).resolve().parents[2] / "data" / "probes"


@pytest.fixture(scope="module")
def pipeline():
    from strikewatch.pipeline import load_pipeline

    return load_pipeline()


def _score(pipeline, name, _placed):
    rows = [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line]
    reports = [Report(id=r["id"], text=r["text"], published=dt.date.fromisoformat(r["published"])) for r in rows]
    events = pipeline.run(reports, merge=False).report_events
    s = dict.fromkeys(("silent", "negatives", "gold", "placed", "typed", "extra"), 0)
    for row in rows:
        free = [e for e in events if e.id.split("#")[0] == row["id"]]
        s["negatives"] += not row["events"]
        s["silent"] += not row["events"] and not free
        for gold in row["events"]:
            s["gold"] += 1
            best = max(free, key=lambda e: (_placed(gold, e), e.sub_event_type == gold["sub_event_type"]), default=None)
            if best is not None:
                free.remove(best)
                s["placed"] += _placed(gold, best)
                s["typed"] += best.sub_event_type == gold["sub_event_type"]
        s["extra"] += len(free)
    return s


# (file, texts telling no event kept silent, gold events placed, typed, at most this many extra events);
# figures at stop 24's end: headlines 68/73, 75, 76, 5; releases 12/15, 105, 120, 3;
# narratives 12/15, 54, 54, 7; notes -, 166, 182, 0
@pytest.mark.issue(17)
@pytest.mark.parametrize("name,silent,on_spot,typed,extra", [
    ("headlines", 66, 72, 73, 8), ("releases", 11, 100, 115, 6), ("narratives", 11, 51, 51, 10),
    ("notes", 0, 161, 176, 3),
    # the stop-28 blind probes (data/probes/*_28.jsonl): figures when first read (c1f3248) and at stop 28's end:
    # headlines_28 68/74 -> 71/74 silent, placed 72 -> 74, typed 72 -> 73, extra 6 -> 3; releases_28 7/14 -> 12/14,
    # 96 -> 106, 106 -> 111, 7 -> 3; narratives_28 10/14 -> 10/14, 45 -> 61, 43 -> 51, 11 -> 10; notes_28 171 -> 180,
    # 175 -> 180
    ("headlines_28", 69, 71, 70, 5), ("releases_28", 11, 102, 107, 5), ("narratives_28", 9, 58, 48, 12),
    ("notes_28", 0, 175, 175, 2),
    # the stop-29 blind probes (data/probes/*_29.jsonl): first read at 6f2c81a -> stop 29's end: headlines_29 63/65 ->
    # 63/65 silent, placed 73 -> 85, typed 71 -> 79, extra 2 -> 3; releases_29 12/14 -> 12/14, 62 -> 67, 68 -> 70, 5 -> 5;
    # narratives_29 8/14 -> 8/14, 48 -> 48, 38 -> 38, 14 -> 12; notes_29 164 -> 169, 158 -> 166
    ("headlines_29", 61, 81, 75, 6), ("releases_29", 11, 63, 66, 8), ("narratives_29", 7, 45, 35, 15),
    ("notes_29", 0, 164, 161, 2),
    # the stop-30 blind probes (data/probes/*_30.jsonl): first read at 44e256a -> stop 30's end: headlines_30 62/64 ->
    # 62/64 silent, placed 80 -> 86, typed 80 -> 86, extra 3 -> 3; releases_30 10/15 -> 10/15, 73 -> 73, 79 -> 81, 7 -> 7;
    # narratives_30 10/14 -> 10/14, 60 -> 63, 51 -> 54, 18 -> 18; notes_30 173 -> 173, 171 -> 173
    ("headlines_30", 60, 82, 82, 5), ("releases_30", 9, 70, 78, 9), ("narratives_30", 9, 60, 51, 20),
    ("notes_30", 0, 170, 170, 2),
    # the stop-31 blind probes (data/probes/*_31.jsonl): first read at 2b6043c -> stop 31's end: headlines_31 60/64
    # -> 60/64 silent, placed 86 -> 88, typed 86 -> 90, extra 5 -> 5; releases_31 10/14 -> 10/14, 67 -> 96, 87 -> 101,
    # 7 -> 7; narratives_31 10/14 -> 10/14, 60 -> 62, 57 -> 57, 18 -> 17; notes_31 173 -> 182, 176 -> 187, 2 -> 3
    ("headlines_31", 58, 85, 87, 7), ("releases_31", 9, 92, 97, 9), ("narratives_31", 9, 58, 54, 20),
    ("notes_31", 0, 178, 183, 4),
    # the stop-32 blind probes (data/probes/*_32.jsonl): first read at 3d94e79 -> stop 32's end: headlines_32 60/64
    # -> 62/64 silent, placed 82 -> 84, typed 89 -> 89, extra 5 -> 3; releases_32 10/14 -> 13/14, 63 -> 72, 67 -> 74,
    # 4 -> 2; narratives_32 12/14 -> 13/14, 60 -> 60, 58 -> 58, 20 -> 19; notes_32 176 -> 178, 167 -> 169, 2 -> 2
    ("headlines_32", 60, 82, 87, 5), ("releases_32", 12, 70, 72, 4), ("narratives_32", 12, 58, 56, 21),
    ("notes_32", 0, 176, 167, 3),
    # the stop-33 blind probes (data/probes/*_33.jsonl): first read at 7356880 -> stop 33's end: headlines_33 59/64
    # -> 62/64 silent, placed 82 -> 88, typed 85 -> 91, extra 5 -> 2; releases_33 9/14 -> 9/14, 72 -> 80, 72 -> 88,
    # 14 -> 13; narratives_33 11/14 -> 11/14, 55 -> 59, 52 -> 53, 10 -> 10; notes_33 171 -> 174, 176 -> 179, 1 -> 1
    ("headlines_33", 60, 86, 89, 4), ("releases_33", 8, 78, 86, 15), ("narratives_33", 10, 57, 51, 12),
    ("notes_33", 0, 172, 177, 3),
    # the stop-34 blind probes (data/probes/*_34.jsonl): first read at 07e8ee1 -> stop 34's end: headlines_34 62/64
    # -> 62/64 silent, placed 83 -> 86, typed 88 -> 90, extra 4 -> 4; releases_34 8/12 -> 8/12, 161 -> 168, 167 -> 168,
    # 9 -> 8; narratives_34 10/14 -> 11/14, 64 -> 64, 62 -> 62, 15 -> 13; notes_34 177 -> 180, 166 -> 174, 0 -> 0
    ("headlines_34", 61, 84, 88, 5), ("releases_34", 8, 164, 165, 9), ("narratives_34", 10, 62, 60, 15),
    ("notes_34", 0, 177, 171, 1),
    # the stop-35 blind probes (data/probes/*_35.jsonl): first read at 011352e -> stop 35's end: headlines_35 62/64
    # -> 62/64 silent, placed 90 -> 91, typed 90 -> 90, extra 2 -> 2; releases_35 10/12 -> 10/12, 63 -> 66, 66 -> 68,
    # 2 -> 2; narratives_35 11/14 -> 13/14, 71 -> 71, 66 -> 66, 17 -> 10; notes_35 172 -> 186, 166 -> 182, 1 -> 1
    ("headlines_35", 61, 89, 88, 3), ("releases_35", 9, 64, 66, 4), ("narratives_35", 12, 69, 64, 12),
    ("notes_35", 0, 183, 178, 2),
])
def test_genre_probe_floors(pipeline, placed, name, silent, typed, extra, on_spot):
    s = _score(pipeline, name, placed)
    assert s["silent"] >= silent and s["placed"] >= on_spot and s["typed"] >= typed and s["extra"] <= extra, s

