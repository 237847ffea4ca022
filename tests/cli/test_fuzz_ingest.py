"""Hypothesis over the command-line ingest path: hostile records beside a good one, into a DuckDB
store; the good report is always stored, no record ends the run, nothing else is lost (issue 19)."""
import json

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strikewatch.cli import main
from strikewatch.store import open_store

pytestmark = pytest.mark.issue(19)

text = st.one_of(st.text(max_size=40), st.sampled_from(["\ud800", "[/]", "", "x" * 600, "javascript:x",
                                                          "https://a.example/r", "2024-03-02", "1799-01-01"]))
leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(min_value=10**20, max_value=10**60),
                 st.floats(allow_nan=True, allow_infinity=True), text)
value = st.recursive(leaf, lambda kids: st.one_of(st.lists(kids, max_size=3), st.dictionaries(text, kids, max_size=2)),
                     max_leaves=6)
hostile = st.fixed_dictionaries({"text": st.one_of(value, st.just("Rockets hit a base near Homs on Friday."))},
                                optional={f: value for f in ("id", "title", "published", "outlet", "url")})
GOOD = {"id": "good", "text": "Warplanes struck a fuel depot near Mosul on Monday, killing four guards.",
        "published": "2024-03-06", "outlet": "Desk", "url": "https://news.example/good"}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(st.lists(hostile, min_size=1, max_size=3), st.integers(0, 3))
def test_hostile_records_never_cost_the_good_one(tmp_path_factory, bad, at):
    tmp = tmp_path_factory.mktemp("fuzz")
    lines = [json.dumps(r, allow_nan=True).encode("utf-8", "surrogatepass") for r in bad]
    lines.insert(min(at, len(lines)), json.dumps(GOOD).encode())
    (tmp / "in.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    db = str(tmp / "s.duckdb")
    res = CliRunner().invoke(main, ["ingest", str(tmp / "in.jsonl"), "--db", db])
    assert res.exit_code in (0, 1), res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), res.output
    with open_store(db, read_only=True) as store:
        assert store.get_report("good") is not None
        failures = store.failures()
        printed = [line for line in res.output.splitlines() if line.startswith("failed ")]
        assert len(failures) == len(printed) and len(failures) <= len(bad)
        for f in failures:
            f.message.encode("utf-8")
