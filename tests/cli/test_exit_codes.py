"""Exit codes of the report-reading commands: 1 some refused, 2 all refused, 3 the run failed."""
import json

import pytest
from click.testing import CliRunner

from strikewatch.cli import main

GOOD = {"id": "good", "text": "Artillery shelled a market in Aleppo on 3 May, wounding five people.",
        "published": "2024-05-04"}


def _jsonl(path, *records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.issue(19)
def test_a_refused_report_is_exit_1_and_never_reaches_the_store(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", GOOD, GOOD | {"id": "bad", "outlet": {"name": "Daily"}})
    db = str(tmp_path / "s.duckdb")
    first = CliRunner().invoke(main, ["ingest", str(src), "--db", db])
    assert first.exit_code == 1, first.output
    assert "outlet must be a string, not an object" in first.output and "1 new report(s)" in first.output
    again = CliRunner().invoke(main, ["ingest", str(src), "--db", db])  # refused again, never "unchanged"
    assert again.exit_code == 1 and "0 new report(s), 1 unchanged" in again.output, again.output
    listed = CliRunner().invoke(main, ["events", "--db", db, "--json"])
    assert listed.exit_code == 0 and {s["report"] for line in listed.output.splitlines()
                                      for s in json.loads(line)["sources"]} == {"good"}


@pytest.mark.issue(19)
def test_every_report_refused_is_exit_2(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", GOOD | {"url": "javascript:alert(1)"}, GOOD | {"id": "n", "published": 5})
    res = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "ev.jsonl")])
    assert res.exit_code == 2 and "0 report(s) processed, 2 failed" in res.output, res.output


@pytest.mark.issue(19)
def test_a_failed_run_is_exit_3(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", GOOD)
    res = CliRunner().invoke(main, ["extract", str(src), "-o", str(src / "ev.jsonl")])  # under a file
    assert res.exit_code == 3 and "cannot write" in res.output and "Traceback" not in res.output, res.output
    (tmp_path / "not.duckdb").write_text("this is not a database\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["ingest", str(src), "--db", str(tmp_path / "not.duckdb")])
    assert res.exit_code == 3, res.output


@pytest.mark.issue(19)
def test_an_id_with_rich_markup_is_printed_not_interpreted(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", GOOD, GOOD | {"id": "x[/]", "outlet": ["a"]})
    res = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "ev.jsonl")])
    assert res.exit_code == 1 and "in.jsonl:2 (x[/]): outlet must be a string" in res.output, res.output
