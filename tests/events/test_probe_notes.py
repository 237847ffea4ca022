"""The team's written monitor notes (data/subtypes/probe_notes.jsonl: 460 notes in ACLED's style from
regions other than the ACLED dev set's, 240 across every sub-type and 220 of the rare sub-types with
their near misses written on purpose) keep their sub-types: run as `strikewatch eval acled` runs them."""
import json
from collections import Counter
from pathlib import Path

import pytest

from strikewatch.events.taxonomy import EVENT_TYPE_OF

DATA = Path(__file__).resolve().parents[2] / "data" / "subtypes" / "probe_notes.jsonl"


def _rows():
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_note_is_well_formed():
    rows = _rows()
    assert len(rows) == len({r["id"] for r in rows}) == 460
    for r in rows:
        assert EVENT_TYPE_OF[r["sub_event_type"]] == r["event_type"], r["id"]
        assert r["event_date"][:4] in r["text"] and r["location"] in r["text"], r["id"]
    assert min(Counter(r["sub_event_type"] for r in rows).values()) >= 8


@pytest.mark.issue(22)
def test_the_notes_keep_their_sub_types():
    from strikewatch.actors import load_aliases
    from strikewatch.eval.score_acled import extraction_predictor, score_acled

    rows = _rows()
    scores = score_acled(rows, extraction_predictor(), load_aliases().canonical)
    assert scores.rate("sub_event_type") >= 0.85  # 0.896 when these notes were written (stop 21)
    gold = Counter(r["sub_event_type"] for r in rows)
    right = Counter(g for (g, p), n in scores.confusion.items() for _ in range(n) if g == p)
    # every sub-type, rare ones included, keeps most of its notes ("Other", ACLED's catch-all of graves
    # found, accidental depot blasts and jailbreaks, at least a third)
    weak = {s: round(right[s] / n, 2) for s, n in gold.items() if right[s] / n < (0.3 if s == "Other" else 0.6)}
    assert not weak, weak
