"""One discovery rule: which files of a folder are reports, and in which order."""
import json

from strikewatch.ingest import discover, read_reports
from strikewatch.models import Report


def _folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "b.txt").write_text("Head\n\nGunmen attacked a bus.", encoding="utf-8")
    (d / "a.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    (d / "c.jsonl").write_text(json.dumps({"id": "j", "text": "Rockets hit a base."}) + "\n", encoding="utf-8")
    (d / "README.md").write_text("# About these reports\n\nNot a report.", encoding="utf-8")
    (d / ".hidden.txt").write_text("Head\n\nNot read.", encoding="utf-8")
    (d / "meta.jsonl").write_text(json.dumps({"file": "b.txt", "published": "2024-01-02"}) + "\n", encoding="utf-8")
    (d / "photo.png").write_bytes(b"\x89PNG\x00\x00")
    (d / "sub").mkdir()
    (d / "sub" / "deeper.txt").write_text("Head\n\nNot read either.", encoding="utf-8")
    return d


def test_a_folder_offers_its_report_files_only(tmp_path):
    d = _folder(tmp_path)
    assert [(p.name, k) for p, k in discover([d])] == [("a.html", "html"), ("b.txt", "text"), ("c.jsonl", "jsonl")]


def test_a_named_file_is_read_whatever_its_suffix(tmp_path):
    d = _folder(tmp_path)
    assert [(p.name, k) for p, k in discover([d / "README.md", d / "nope.txt", d / "c.jsonl"])] == [
        ("README.md", "text"), ("nope.txt", "missing"), ("c.jsonl", "jsonl")]
    (r,) = list(read_reports([d / "README.md"]))
    assert isinstance(r, Report) and r.title == "# About these reports"


def test_read_reports_follows_discover(tmp_path):
    d = _folder(tmp_path)
    got = [(i.id, i.published) if isinstance(i, Report) else (i.report_id, i.code) for i in read_reports([d])]
    assert [g[0] for g in got] == ["a", "b", "j"]
    assert got[1][1].isoformat() == "2024-01-02"
