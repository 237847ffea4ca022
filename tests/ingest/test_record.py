"""Every field of a JSONL report record is checked at the edge; a bad one fails its report alone."""
import json

import pytest

from strikewatch.errors import InputError
from strikewatch.ingest import read_reports
from strikewatch.ingest.jsonl import read_jsonl_bytes
from strikewatch.ingest.record import MAX_DEPTH, depth, load_object
from strikewatch.models import Report, ReportFailure

GOOD = {"id": "ok", "text": "Militia fighters shelled a market in the valley on Tuesday.", "published": "2024-05-02"}


def _one(line: str):
    (item,) = list(read_jsonl_bytes(line.encode("utf-8", "surrogatepass"), "in.jsonl"))
    return item


def _refused(line: str) -> InputError:
    item = _one(line)
    assert isinstance(item, InputError), item
    return item


def _rec(**fields) -> str:
    return json.dumps(GOOD | fields)


@pytest.mark.issue(19)
@pytest.mark.parametrize("field,value,code,words", [
    ("outlet", {"name": "x"}, "bad_field", "outlet must be a string, not an object"),
    ("outlet", ["a", "b"], "bad_field", "outlet must be a string, not a list"),
    ("outlet", 7, "bad_field", "outlet must be a string, not a number"),
    ("title", ["t"], "bad_field", "title must be a string, not a list"),
    ("title", "x" * 2001, "too_long", "title is 2,001 characters long (at most 2,000)"),
    ("outlet", "y" * 501, "too_long", "outlet is 501 characters long (at most 500)"),
    ("url", 5, "bad_field", "url must be a string, not a number"),
    ("url", {"href": "https://a.example"}, "bad_field", "url must be a string, not an object"),
    ("url", "javascript:alert(1)", "bad_url", "url 'javascript:alert(1)' is not an absolute http(s) URL"),
    ("url", "https://a.example/x><img src=x>", "bad_url", "is not an absolute http(s) URL"),
    ("url", 'https://a.example/"onclick="x', "bad_url", "is not an absolute http(s) URL"),
    ("url", "https://a.example/" + "p" * 5000, "too_long", "url is 5,018 characters long"),
    ("published", 20240101, "bad_date", "published date a number is not YYYY-MM-DD"),
    ("published", "0001-01-01T00:00:00+14:00", "bad_date", "published date 0001-01-01 is outside the years"),
    ("published", "2024-05-02 and some words", "bad_date", "is not YYYY-MM-DD"),
    ("text", ["a"], "bad_field", "\"text\" is a list, not a string"),
    ("text", 3.5, "bad_field", "\"text\" is a number, not a string"),
    ("text", "  \n ", "empty", "missing or empty \"text\""),
    ("text", "Shelling\x00", "binary", "text holds NUL characters"),
    ("outlet", "Daily\x07News", "bad_field", "outlet holds a control character"),
])
def test_a_bad_field_is_refused_with_its_reason(field, value, code, words):
    exc = _refused(_rec(**{field: value}))
    assert exc.code == code
    assert words in str(exc)
    assert str(exc).startswith("in.jsonl:1 (ok): ") and exc.report_id == "ok"


@pytest.mark.issue(19)
@pytest.mark.parametrize("value,words", [
    ({"a": 1}, "id must be a string or an integer, not an object"),
    ([1], "id must be a string or an integer, not a list"),
    (1.5, "id must be a string or an integer, not a number"),
    (True, "id must be a string or an integer, not a boolean"),
    ("a\nb", "id holds a control character"),
    ("i" * 257, "id is 257 characters long (at most 256)"),
])
def test_a_bad_id_is_refused_and_named_by_its_line(value, words):
    exc = _refused(_rec(id=value))
    assert words in str(exc) and exc.report_id == "in.jsonl:1"


@pytest.mark.issue(19)
@pytest.mark.parametrize("line,code,words", [
    ('{"id": "n", "text": "x", "published": NaN}', "bad_json", "NaN is not a JSON number"),
    ('{"id": "n", "text": "x", "outlet": -Infinity}', "bad_json", "-Infinity is not a JSON number"),
    ('{"id": "n", "text": "x", "extra": 1e999}', "bad_number", "beyond the range of a double"),
    ('{"id": ' + "9" * 5000 + ', "text": "x"}', "bad_number", "an integer of 5,000 digits (at most 20)"),
    ('{"id": "n", "text": "x", "outlet": ' + "[" * 5000 + "]" * 5000 + "}", "too_deep", "nested too deep"),
    ('{"id": "n", "text": "x", "extra": ' + "[" * 40 + "]" * 40 + "}", "too_deep", "at most 32 levels"),
    ('[1, 2]', "bad_record", "a report must be a JSON object, not a list"),
    ('{"id": "n", "text": "x"', "bad_json", "unparseable JSON"),
])
def test_json_that_is_not_safe_to_hold_is_refused(line, code, words):
    exc = _refused(line)
    assert (exc.code, exc.report_id) == (code, "in.jsonl:1") and words in str(exc)


@pytest.mark.issue(19)
def test_a_line_nested_deeper_than_the_parser_can_go_never_raises():
    line = '{"text": "x", "a": ' + "[" * 200_000 + "]" * 200_000 + "}"
    with pytest.raises(InputError) as exc:
        load_object(line, "deep")
    assert exc.value.code == "too_deep"
    assert depth([[[]], {"a": [{}]}]) == 4 and depth("x") == 0 and MAX_DEPTH == 32


@pytest.mark.issue(19)
@pytest.mark.parametrize("line,field", [
    ('{"id": "s", "text": "before \\ud800 after"}', "text"),
    ('{"id": "s", "text": "x", "outlet": "\\udc00"}', "outlet"),
    ('{"id": "s", "text": "x", "title": "a\\udfffb"}', "title"),
    ('{"id": "s\\ud800", "text": "x"}', "id"),
])
def test_lone_surrogates_are_refused(line, field):
    exc = _refused(line)
    assert exc.code == "bad_unicode" and f"{field} holds an unpaired surrogate" in str(exc)
    assert exc.report_id.encode("utf-8") and str(exc).encode("utf-8")  # printable and storable


def test_good_fields_are_kept_and_normalised():
    item = _one(_rec(id=12, title="  Market\n shelled ", outlet=" Valley  Post ", url="https://news.example/a?b=1",
                     published="2024-05-02T23:10:00+03:00", extra={"ignored": [1, 2]}))
    assert isinstance(item, Report)
    assert (item.id, item.title, item.outlet, item.url) == ("12", "Market shelled", "Valley Post",
                                                            "https://news.example/a?b=1")
    assert item.published.isoformat() == "2024-05-02"
    assert item.clean == "Market shelled\n\nMilitia fighters shelled a market in the valley on Tuesday."
    blank = _one(_rec(id="  ", outlet="", url="", title=None))
    assert blank.id.startswith("r-") and blank.outlet is None and blank.url is None


def test_a_line_that_is_not_utf8_fails_alone(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n" + b'{"id": "b", "text": "caf\xe9"}\n'
                     + json.dumps(GOOD | {"id": "ok2"}).encode() + b"\n")
    items = list(read_reports([path]))
    assert [i.id if isinstance(i, Report) else (i.report_id, i.code) for i in items] == [
        "ok", ("mixed.jsonl:2", "not_utf8"), "ok2"]


@pytest.mark.issue(19)
def test_meta_fields_are_checked_when_a_file_uses_them(tmp_path):
    (tmp_path / "a.txt").write_text("Head\n\nRebels raided a checkpoint.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Head\n\nRebels raided a depot.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Head\n\nRebels raided a post.", encoding="utf-8")
    meta = [{"file": "a.txt", "outlet": {"name": "x"}}, {"file": "b.txt", "published": 5},
            {"file": "c.txt", "outlet": "Hill News", "published": "2024-01-03"}]
    (tmp_path / "meta.jsonl").write_text("\n".join(map(json.dumps, meta)) + "\n" + "[" * 5000 + "\n")
    items = {i.id if isinstance(i, Report) else i.report_id: i for i in read_reports([tmp_path])}
    assert isinstance(items["a"], ReportFailure) and items["a"].code == "bad_field"
    assert "meta.jsonl:1" in items["a"].message and "outlet must be a string" in items["a"].message
    assert items["b"].code == "bad_date" and "meta.jsonl:2" in items["b"].message
    assert items["c"].outlet == "Hill News" and items["c"].published.isoformat() == "2024-01-03"


def test_a_file_name_that_is_not_utf8_gives_a_printable_id(tmp_path):
    import os

    os.mkdir(tmp_path / "d")
    with open(os.path.join(os.fsencode(tmp_path / "d"), b"bad\xff.txt"), "wb") as fh:
        fh.write(b"Head\n\nGunmen attacked a bus.")
    (item,) = list(read_reports([tmp_path / "d"]))
    assert isinstance(item, Report) and item.id == "bad\\udcff" and item.path.endswith("/d/bad\\udcff.txt")
