"""compare on ACLED dev notes against strikewatch's own extraction of the same notes gives the
figures of `eval acled` on the same rows (needs ../shared; skips without it).

The notes become an ACLED-format CSV (written here, in a temporary folder, never shipped) and the
events of each note an events JSONL; `compare --match report` pairs each ACLED row with the first
event of its note, as `eval acled` does. Definitions: compare's ``agree`` counts equal eval's hits
and its ``of_reference`` equals eval's rate (hits over all notes), except for fatalities, where eval
also counts a note without an event as right when ACLED codes 0 deaths (compare scores pairs only).
"""
import csv
import json

import pytest
from click.testing import CliRunner

from strikewatch.actors import load_aliases
from strikewatch.cli import main
from strikewatch.eval.score_acled import extraction_predictor, read_rows, score_acled
from strikewatch.export import ACLED_COLUMNS, export_events
from strikewatch.export.acled import disorder_type

N_NOTES = 150
EVAL_FIELDS = ("sub_event_type", "event_type", "actor1", "actor2", "date", "location_25km")


def write_acled_csv(rows: list[dict], path) -> None:
    """ACLED dev rows (JSONL) as an ACLED export CSV: the reference file of the test."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS)
        out.writeheader()
        for r in rows:
            out.writerow({
                "event_id_cnty": r["id"], "event_date": r["event_date"], "year": r["event_date"][:4],
                "time_precision": r.get("time_precision"), "disorder_type": disorder_type(r["event_type"], r["sub_event_type"]),
                "event_type": r["event_type"], "sub_event_type": r["sub_event_type"], "actor1": r.get("actor1"),
                "actor2": r.get("actor2"), "country": r.get("country"), "admin1": r.get("admin1"),
                "location": r.get("location"), "latitude": r.get("lat"), "longitude": r.get("lon"),
                "geo_precision": r.get("geo_precision"), "source": r.get("source"), "notes": r["text"],
                "fatalities": r.get("fatalities") or 0,
            })


@pytest.mark.shared
@pytest.mark.issue(21)
def test_compare_reproduces_eval_acled(shared_dir, tmp_path):
    rows = read_rows(shared_dir / "eval" / "acled" / "dev.jsonl", N_NOTES)
    write_acled_csv(rows, tmp_path / "acled.csv")
    predict, found = extraction_predictor(), {}

    def remembered(report):
        found[report.id] = predict(report)
        return found[report.id]

    scores = score_acled(rows, remembered, load_aliases().canonical)
    export_events([e for r in rows for e in found[str(r["id"])]], tmp_path / "events.jsonl", "jsonl")
    res = CliRunner().invoke(main, ["compare", "--reference", str(tmp_path / "acled.csv"), "--events",
                                    str(tmp_path / "events.jsonl"), "--match", "report", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    ev = scores.to_dict()
    assert out["reference"]["events"] == ev["n"] == N_NOTES
    assert out["reference"]["matched"] == ev["n"] - ev["no_event"]
    for name in EVAL_FIELDS:
        assert out["fields"][name]["agree"] == scores.hits[name], name
        assert out["fields"][name]["of_reference"] == ev[name], name
    zero_dead_without_event = sum(1 for r in out["unmatched_reference"] if r["fatalities"] == 0)
    assert out["fields"]["fatalities"]["agree"] + zero_dead_without_event == scores.hits["fatalities"]
