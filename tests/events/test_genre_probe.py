"""The team's genre probe (data/places/genre_probe.jsonl: 150 texts written for it in the genres strikewatch
is measured on, each with its gold events): 50 coalition strike releases (65 place lines), 40 monitors'
incident narratives, 40 conflict headlines and 20 texts of those genres that tell no event."""
import datetime as dt
import json
from pathlib import Path

import pytest

from strikewatch.models import Report

DATA = Path(__file__).resolve().parents[2] / "data" / "places" / "genre_probe.jsonl"


@pytest.fixture(scope="module")
def runs():
    from strikewatch.pipeline import load_pipeline

    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    reports = [Report(id=r["id"], text=r["text"], published=dt.date.fromisoformat(r["published"])) for r in rows]
    events = load_pipeline().run(reports, merge=False).report_events
    return [(r, [e for e in events if e.id.split("#")[0] == r["id"]]) for r in rows]


def _matched(runs, genres, _placed):
    """(gold event, the report's event best matching it: placed right first) for every gold event."""
    out = []
    for row, events in runs:
        if row["genre"] not in genres:
            continue
        free = list(events)
        for gold in row["events"]:
            best = max(free, key=lambda e: (_placed(gold, e), e.sub_event_type == gold["sub_event_type"]), default=None)
            if best is not None:
                free.remove(best)
            out.append((gold, best))
    return out


@pytest.mark.issue(17)
def test_release_lines_are_placed_and_counted(runs, placed):
    _placed = placed
    lines = _matched(runs, {"strike_release"}, placed)
    assert len(lines) == 65
    assert sum(e is not None and _placed(g, e) for g, e in lines) >= 0.85 * len(lines)  # 59 of 65 at stop 21
    assert all(e is not None and e.strikes == g["strikes"] for g, e in lines if e is not None and _placed(g, e))


@pytest.mark.issue(17)
def test_narrative_and_headline_events_are_placed_and_typed(runs, placed):
    _placed = placed
    found = _matched(runs, {"monitor_narrative", "headline"}, placed)
    assert sum(e is not None and _placed(g, e) for g, e in found) >= 0.85 * len(found)  # 81 of 88 at stop 21
    assert sum(e is not None and e.sub_event_type == g["sub_event_type"] for g, e in found) >= 0.9 * len(found)


@pytest.mark.issue(16)
def test_texts_of_these_genres_that_tell_no_event_stay_silent(runs):
    negatives = [events for row, events in runs if not row["events"]]
    assert len(negatives) == 20 and sum(not events for events in negatives) >= 18  # 20 of 20 at stop 21
