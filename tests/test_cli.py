import json
import unicodedata

from click.testing import CliRunner

from strikewatch.cli import main


def _write_reports(folder):
    folder.mkdir()
    (folder / "a.txt").write_text("Drone strike hits depot\n\nA drone strike near Kandahar on Monday "
                                  "destroyed a weapons cache, officials said.\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01binary\x00")
    (folder / "meta.jsonl").write_text(json.dumps({"file": "a.txt", "published": "2024-08-07",
                                                   "outlet": "Test"}) + "\n")


def test_extract_writes_events_and_reports_failures(tmp_path):
    _write_reports(tmp_path / "in")
    out = tmp_path / "ev.jsonl"
    res = CliRunner().invoke(main, ["extract", str(tmp_path / "in"), "-o", str(out)])
    assert res.exit_code == 1, res.output  # one report failed, the other went through
    assert "1 failed" in res.output and "binary" in res.output
    (event,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert event["date"] == "2024-08-05" and event["sub_event_type"] == "Air/drone strike"
    assert event["sources"][0]["report"] == "a"


def test_extract_fast_gives_the_same_event_here(tmp_path):
    _write_reports(tmp_path / "in")
    outs = []
    for flags in ([], ["--fast"]):
        out = tmp_path / f"ev{len(flags)}.jsonl"
        res = CliRunner().invoke(main, ["extract", str(tmp_path / "in"), "-o", str(out), *flags])
        assert res.exit_code == 1, res.output
        outs.append([json.loads(line) for line in out.read_text().splitlines()])
    assert [(e["sub_event_type"], e["date"], e["location"]) for e in outs[0]] == \
        [(e["sub_event_type"], e["date"], e["location"]) for e in outs[1]]


def test_ingest_events_export_round_trip(tmp_path):
    _write_reports(tmp_path / "in")
    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(tmp_path / "in"), "--db", db])
    again = runner.invoke(main, ["ingest", str(tmp_path / "in"), "--db", db])
    assert "1 new report" in first.output and "0 new report(s), 1 unchanged" in again.output
    table = runner.invoke(main, ["events", "--db", db])
    assert table.exit_code == 0 and "Air/drone" in table.output
    listed = runner.invoke(main, ["events", "--db", db, "--json", "--country", "Afghanistan"])
    (event,) = [json.loads(line) for line in listed.output.splitlines() if line.startswith("{")]
    assert unicodedata.normalize("NFKD", event["location"]["name"]).encode("ascii", "ignore") == b"Kandahar"
    out = tmp_path / "e.geojson"
    res = runner.invoke(main, ["export", "--db", db, "--format", "geojson", "-o", str(out)])
    assert res.exit_code == 0
    assert len(json.loads(out.read_text())["features"]) == 1


def test_bad_date_option_is_a_usage_error(tmp_path):
    res = CliRunner().invoke(main, ["extract", str(tmp_path), "--published", "yesterday"])
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output


def test_eval_events_prints_table(tmp_path):
    gold = {"id": "G", "required": True, "sources": ["a"], "event_type": "Protests",
            "sub_event_type": "Peaceful protest", "date": "2024-01-02",
            "location": {"country": "Sudan", "lat": 15.55, "lon": 32.53, "tolerance_km": 30},
            "actor1": ["Protesters"], "actor2": [], "strikes": None, "targets": [], "fatalities": None}
    pred = {"id": "p", "event_type": "Protests", "sub_event_type": "Peaceful protest", "date": "2024-01-02",
            "location": {"country": "Sudan", "lat": 15.6, "lon": 32.5}, "actor1": "Protesters",
            "sources": [{"report": "a"}]}
    (tmp_path / "g.jsonl").write_text(json.dumps(gold) + "\n")
    (tmp_path / "p.jsonl").write_text(json.dumps(pred) + "\n")
    res = CliRunner().invoke(main, ["eval", "events", str(tmp_path / "p.jsonl"), "--gold", str(tmp_path / "g.jsonl")])
    assert res.exit_code == 0 and "matched: 1" in res.output
    res = CliRunner().invoke(main, ["eval", "events", str(tmp_path / "p.jsonl"), "--gold",
                                    str(tmp_path / "g.jsonl"), "--json"])
    assert json.loads(res.output)["fields"]["location"]["correct"] == 1


def _story(rid, town, day, extra=""):
    text = (f"Gunmen attacked a police checkpoint in {town} on {day}, killing two officers, the "
            f"provincial governor said. {extra}Residents said the shooting lasted an hour.")
    return {"id": rid, "text": text, "published": "2024-03-09"}


def test_ingest_in_steps_stores_what_one_step_stores(tmp_path):
    recs = [_story("r1", "Kandahar", "Thursday"), _story("r2", "Herat", "Friday"),
            _story("r3", "Kandahar", "Thursday", "The attackers fled. "),  # the same attack again
            _story("r4", "Mazar-i-Sharif", "Wednesday"), _story("r2", "Kunduz", "Friday")]  # a repeated id
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    runner, stored = CliRunner(), []
    for batch in ("1000", "2"):
        db = str(tmp_path / f"s{batch}.duckdb")
        res = runner.invoke(main, ["ingest", str(src), "--db", db, "--batch", batch])
        assert res.exit_code == 1 and "4 new report(s)" in res.output and "duplicate_id" in res.output, res.output
        listed = runner.invoke(main, ["events", "--db", db, "--json"])
        events = [json.loads(line) for line in listed.output.splitlines() if line.startswith("{")]
        stored.append(sorted((e["date"], e["location"]["name"], sorted(s["report"] for s in e["sources"]))
                             for e in events))
    assert stored[0] == stored[1]
    assert any(len(reports) == 2 for _, _, reports in stored[0])  # r1 and r3 merged across steps
