import json

from strikewatch.ingest import read_reports
from strikewatch.models import Report, ReportFailure


def _split(items):
    reports = [i for i in items if isinstance(i, Report)]
    failures = [i for i in items if isinstance(i, ReportFailure)]
    return reports, failures


def test_txt_folder_with_meta(tmp_path):
    (tmp_path / "a.txt").write_text("Headline here\n\nTroops\u00a0clashed near the border on Monday.\n",
                                    encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(json.dumps({"file": "a.txt", "published": "2024-02-07",
                                                     "outlet": "Test Outlet"}) + "\n")
    reports, failures = _split(list(read_reports([tmp_path])))
    assert not failures
    (r,) = reports
    assert r.id == "a" and r.title == "Headline here" and r.outlet == "Test Outlet"
    assert r.published.isoformat() == "2024-02-07"
    assert r.clean == "Headline here\n\nTroops clashed near the border on Monday."
    assert r.clean[r.body_start:].startswith("Troops")
    s = r.clean.index("Troops clashed")
    ev = r.evidence(s, s + len("Troops clashed"))
    assert ev.text == "Troops\u00a0clashed" and ev.check(r)


def test_published_option_overrides(tmp_path):
    (tmp_path / "a.txt").write_text("T\n\nBody text here.", encoding="utf-8")
    import datetime as dt
    (r,) = list(read_reports([tmp_path], published=dt.date(2020, 1, 2)))
    assert r.published == dt.date(2020, 1, 2)


def test_bad_inputs_fail_one_by_one_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 attack\n\nbody".encode("latin-1"))
    (tmp_path / "huge.txt").write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    (tmp_path / "good.txt").write_text("Title\n\nA strike hit a bridge.", encoding="utf-8")
    (tmp_path / "reports.jsonl").write_text(
        '{"id": "j1", "text": "Rockets hit a base.", "published": "2024-01-05"}\n'
        '{not json\n'
        '{"id": "j3", "text": ""}\n'
        '{"id": "j4", "text": "Shelling on Friday.", "published": "5 January"}\n', encoding="utf-8")
    reports, failures = _split(list(read_reports([tmp_path])))
    assert sorted(r.id for r in reports) == ["good", "j1"]
    codes = sorted(f.code for f in failures)
    assert codes == ["bad_date", "bad_json", "binary", "empty", "empty", "not_utf8", "too_large"]
    assert any("reports.jsonl:2" in f.message for f in failures)


def test_missing_path_is_a_failure(tmp_path):
    (f,) = list(read_reports([tmp_path / "nope"]))
    assert isinstance(f, ReportFailure) and f.code == "not_found"


def test_jsonl_title_and_report_without_date(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"id": 7, "text": "Gunmen attacked a village.", "title": "Attack",
                             "url": "https://example.org/a"}) + "\n", encoding="utf-8")
    (r,) = list(read_reports([p]))
    assert r.id == "7" and r.published is None and r.url == "https://example.org/a"
    assert r.clean[r.body_start:] == "Gunmen attacked a village."


def test_html_main_text(tmp_path):
    body = " ".join(["Militants attacked an army post near the river on Tuesday, officials said."] * 4)
    html = (f"<html><head><title>Post attacked</title></head><body><nav>Home | World</nav>"
            f"<article><h1>Post attacked</h1><p>{body}</p><p>{body}</p></article>"
            f"<footer>Subscribe to our newsletter</footer></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (r,) = list(read_reports([tmp_path]))
    assert isinstance(r, Report), r
    assert "Militants attacked an army post" in r.clean and "newsletter" not in r.clean


def test_txt_first_line_is_body_when_it_ends_as_a_sentence(tmp_path):
    # a release written line by line: its first line is an event, not a headline to skip
    (tmp_path / "lines.txt").write_text("Near Kafr Tala, one strike hit a depot.\nNear Umm Salih, two strikes hit a bridge.\n",
                                        encoding="utf-8")
    (tmp_path / "titled.txt").write_text("Depot hit near Kafr Tala\nOne strike hit a depot on Sunday.\n", encoding="utf-8")
    reports = {r.id: r for r in read_reports([tmp_path])}
    assert reports["lines"].title is None and reports["lines"].body_start == 0
    assert reports["titled"].title == "Depot hit near Kafr Tala" and reports["titled"].body_start > 0


def test_a_txt_file_on_one_line_is_all_body(tmp_path):
    text = "Militiamen burned two granaries outside Dori on Friday. " * 6  # an article saved on one line
    (tmp_path / "one.txt").write_text(text, encoding="utf-8")
    (report,) = read_reports([tmp_path])
    assert report.title is None and report.body_start == 0 and report.clean.startswith("Militiamen")
