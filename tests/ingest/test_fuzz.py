"""Hypothesis over the ingest edge: whatever a JSONL line holds, reading it never raises, and a
Report that comes out has only checked fields (issue 19)."""
import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strikewatch.bounded import split_report
from strikewatch.errors import InputError
from strikewatch.ingest import build_report
from strikewatch.ingest.jsonl import read_jsonl_bytes
from strikewatch.ingest.record import MAX_DEPTH, depth, load_object
from strikewatch.ingest.validate import (FIRST_YEAR, LAST_YEAR, MAX_ID_CHARS, MAX_OUTLET_CHARS, MAX_TITLE_CHARS,
                                         MAX_URL_CHARS)
from strikewatch.models import Report

pytestmark = pytest.mark.issue(19)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# strings with what breaks things: lone surrogates, controls, markup, long runs
nasty_text = st.one_of(
    st.text(st.characters(codec=None, blacklist_categories=()), max_size=60),
    st.sampled_from(["", " ", "\x00", "\ud800", "a\udfffb", "[/]", "<script>", "javascript:alert(1)",
                     "https://news.example/a b", "https://ok.example/x?y=1", "2024-02-30", "0001-01-01T00:00:00+14:00",
                     "2024-03-02", "1e999", "x" * 3000, "\u202e", "\n\n", "three " * 50]),
)
json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(min_value=10**19, max_value=10**40),
                      st.floats(allow_nan=True, allow_infinity=True), nasty_text)
json_value = st.recursive(json_leaf, lambda kids: st.one_of(st.lists(kids, max_size=3),
                                                            st.dictionaries(nasty_text, kids, max_size=3)),
                          max_leaves=12)
FIELDS = ("id", "text", "title", "published", "outlet", "url")
records = st.fixed_dictionaries({}, optional={f: json_value for f in FIELDS} | {"extra": json_value})
CODES = {"bad_json", "bad_record", "bad_number", "too_deep", "bad_field", "too_long", "bad_unicode", "bad_url",
         "bad_date", "empty", "binary", "too_large", "not_utf8"}


def _line(rec) -> bytes:
    return json.dumps(rec, allow_nan=True).encode("utf-8", "surrogatepass")


def _check(item) -> None:
    if isinstance(item, InputError):
        assert item.code in CODES, item.code
        str(item).encode("utf-8")
        (item.report_id or "").encode("utf-8")
        return
    assert isinstance(item, Report)
    for value in (item.id, item.text, item.clean, item.title or "", item.outlet or "", item.url or ""):
        assert isinstance(value, str)
        value.encode("utf-8")  # no lone surrogates anywhere
    assert item.id and len(item.id) <= MAX_ID_CHARS and "\x00" not in item.text
    assert item.text.strip() and len(item.offsets) == len(item.clean) + 1
    assert item.title is None or len(item.title) <= MAX_TITLE_CHARS
    assert item.outlet is None or len(item.outlet) <= MAX_OUTLET_CHARS
    assert item.url is None or (len(item.url) <= MAX_URL_CHARS and item.url.lower().startswith(("http://", "https://")))
    assert item.published is None or FIRST_YEAR <= item.published.year <= LAST_YEAR


@FUZZ
@given(records)
def test_any_record_is_a_checked_report_or_a_reason(rec):
    items = list(read_jsonl_bytes(_line(rec), "fuzz.jsonl"))
    assert len(items) <= 1
    for item in items:
        _check(item)


@FUZZ
@given(st.lists(st.binary(max_size=80), max_size=6))
def test_any_bytes_never_raise(lines):
    for item in read_jsonl_bytes(b"\n".join(lines), "fuzz.jsonl"):
        _check(item)


@FUZZ
@given(st.integers(1, 3000), st.sampled_from(["[", '{"a":', '[{"b":']))
def test_nesting_of_any_depth_is_refused_or_bounded(n, opener):
    closer = {"[": "]", '{"a":': "}", '[{"b":': "}]"}[opener]
    line = '{"text": "x", "v": ' + opener * n + "1" + closer * n + "}"
    try:
        rec = load_object(line, "deep")
    except InputError as exc:
        assert exc.code == "too_deep"
    else:
        assert depth(rec) <= MAX_DEPTH


@FUZZ
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=400),
       st.integers(5, 120))
def test_pieces_of_any_report_join_back_and_map_to_the_original(text, max_chars):
    if not text.strip():
        return
    report = build_report("r", text, has_headline="\n" in text)
    pieces = split_report(report, max_chars)
    assert "".join(p.clean for p in pieces) == report.clean
    start = 0
    for p in pieces:
        assert len(p.clean) <= max_chars or len(pieces) == 1
        assert list(p.offsets) == list(report.offsets)[start:start + len(p.clean) + 1]
        start += len(p.clean)


def test_floats_that_json_allows_are_kept_when_finite():
    assert not math.isfinite(float("1e999"))
    (item,) = read_jsonl_bytes(b'{"id": 1, "text": "Rockets hit a base.", "score": 1.5e300}', "f.jsonl")
    assert isinstance(item, Report) and item.id == "1"
