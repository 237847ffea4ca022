import os

from strikewatch.models import ReportFailure
from strikewatch.monitor.sources import FeedSource, FolderSource, JsonlSource, make_source


def test_jsonl_reads_complete_lines_and_resets_on_truncation(tmp_path):
    path = tmp_path / "drop.jsonl"
    src = JsonlSource(path)
    assert src.poll({}) == ([], {})  # not dropped yet
    path.write_text('{"id": "a", "text": "First."}\n{"id": "b", "te')
    items, updates = src.poll({})
    assert [i.id for i in items] == ["a"] and updates["offset"]["offset"] == 30
    assert src.poll(updates) == ([], {})  # nothing complete since
    with path.open("a") as f:
        f.write('xt": "Second."}\nnot json\n')
    items, updates2 = src.poll(updates)
    assert [i.id for i in items if not isinstance(i, ReportFailure)] == ["b"]
    assert [i.code for i in items if isinstance(i, ReportFailure)] == ["bad_json"]
    path.write_text('{"id": "c", "text": "Third."}\n')  # replaced by a shorter file: read from the start
    items, _ = src.poll(updates2)
    assert [i.id for i in items] == ["c"]


def test_folder_sees_new_and_changed_files_once(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody one.")
    (tmp_path / "notes.md").write_text("ignored")
    src = FolderSource(tmp_path, settle=0)
    items, state = src.poll({})
    assert [i.id for i in items] == ["a"] and set(state) == {"file:a.txt"}
    assert src.poll(state) == ([], {})
    os.utime(tmp_path / "a.txt", ns=(1, 1))  # touched, same content: only the stamp is updated
    items, touched = src.poll(state)
    assert items == [] and touched["file:a.txt"]["sha256"] == state["file:a.txt"]["sha256"]
    (tmp_path / "a.txt").write_text("Headline\n\nBody two.")
    items, _ = src.poll(state | touched)
    assert [i.text for i in items] == ["Headline\n\nBody two."]
    young = FolderSource(tmp_path, settle=3600)  # files still being written are left for later
    assert young.poll({}) == ([], {})


def test_feed_file_yields_changed_items_only(tmp_path):
    path = tmp_path / "f.xml"
    item = "<item><guid>1</guid><title>T</title><description>{}</description></item>"
    path.write_text(f"<rss><channel>{item.format('One.')}</channel></rss>")
    src = make_source(str(path))
    assert isinstance(src, FeedSource)
    items, state = src.poll({})
    assert [i.text for i in items] == ["T\n\nOne."]
    path.write_text(f"<rss><channel>{item.format('One, updated.')}{item.replace('>1<', '>2<').format('Two.')}"
                    "</channel></rss>")
    items, _ = src.poll(state)
    assert [i.text for i in items] == ["T\n\nOne, updated.", "T\n\nTwo."]
