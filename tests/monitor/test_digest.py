import base64
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from strikewatch.models import Dispute, Event, Fatalities, Location, Source
from strikewatch.monitor.digest import build_digest, render_html, render_markdown, summarise
from strikewatch.monitor.sources import FolderSource
from strikewatch.monitor.watch import Watcher
from strikewatch.store import open_store

PNG = b"\x89PNG\r\n\x1a\nfake"


def _events():
    hostile = Event(id="ev-x", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                    date="2016-10-09", date_precision="day", strikes=3,
                    location=Location("Mosul", "Iraq", "Nineveh", 36.3, 43.1), fatalities=Fatalities(4),
                    injured=Fatalities(2), note='<script>alert("x")</script> & more',
                    sources=[Source("r<1>", {}, outlet="Out<let>", url="javascript:alert(1)")],
                    disputed=[Dispute("fatalities", [4, 6], [["r<1>"], ["r2"]])])
    other = Event(id="ev-y", event_type="Battles", sub_event_type="Armed clash", date="2016-10-11",
                  date_precision="day", location=Location("Raqqa", "Syria", "Raqqa", 35.9, 39.0))
    return [hostile, other]


def test_summarise_counts_and_days():
    s = summarise(_events(), dt.date(2016, 10, 8), dt.date(2016, 10, 11))
    assert s["totals"] == {"events": 2, "strikes": 3, "fatalities": 4, "injured": 2, "reports": 1, "disputed": 1}
    assert [(d.day, n, k) for d, n, k in s["days"]] == [(8, 0, 0), (9, 1, 3), (10, 0, 0), (11, 1, 0)]
    assert s["by_area"] == [("Nineveh, Iraq", 1), ("Raqqa, Syria", 1)]
    assert [e.id for e in s["top"]] == ["ev-x", "ev-y"] and [e.id for e in s["disputes"]] == ["ev-x"]


def test_html_escapes_report_text_and_embeds_images():
    s = summarise(_events(), dt.date(2016, 10, 8), dt.date(2016, 10, 11))
    page = render_html(s, {"chart": PNG, "map": PNG})
    assert "<script" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more" in page
    assert "Out&lt;let&gt;" in page and "javascript:" not in page  # no link for a non-http URL
    assert page.count("data:image/png;base64," + base64.b64encode(PNG).decode()) == 2
    assert "http" not in page.replace("http-equiv", "")  # nothing loaded from the network
    md = render_markdown(s, {"chart": PNG, "map": PNG})
    assert "&lt;script&gt;" in md and "fatalities: 4 vs 6" in md


@pytest.fixture
def digest_db(tmp_path, process, merger):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, (place, day, n) in enumerate([("Mosul", 9, 3), ("Raqqa", 9, 1), ("Kirkuk", 12, 2)]):
        (folder / f"r{i}.txt").write_text(f"Coalition aircraft struck {place} {n} times on 2016-10-{day:02d}, "
                                          f"killing {n + 1} people.\n")
    db = tmp_path / "d.duckdb"
    with open_store(db) as store:
        Watcher(store, [FolderSource(folder, settle=0)], process, merge=merger).cycle()
    return db


def test_build_digest_from_store(digest_db):
    with open_store(digest_db) as store:
        page = build_digest(store, dt.date(2016, 10, 1), dt.date(2016, 10, 31))
        md = build_digest(store, dt.date(2016, 10, 1), dt.date(2016, 10, 31), "md")
    assert page.startswith("<!DOCTYPE html>") and page.count("data:image/png;base64,iVBOR") == 2
    assert "On 9 October 2016, Coalition carried out three air/drone strikes in Mosul (Nineveh, Iraq)" in page
    assert md.startswith("# strikewatch digest, 1 October 2016 to 31 October 2016")


@pytest.mark.browser
def test_digest_renders_in_headless_chromium(digest_db, tmp_path):
    chromium = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if chromium is None:
        pytest.skip("chromium is not installed")
    out = tmp_path / "digest.html"
    with open_store(digest_db) as store:
        out.write_text(build_digest(store, dt.date(2016, 10, 1), dt.date(2016, 10, 31)))
    shot = tmp_path / "digest.png"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--hide-scrollbars", "--window-size=1000,1400", f"--screenshot={shot}", out.as_uri()],
                   check=True, capture_output=True, timeout=60)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a rendered page, not a blank one


@pytest.mark.issue(19)
def test_markdown_digest_renders_hostile_urls_as_inert_links():
    from markdown_it import MarkdownIt

    urls = ["https://a.example/x><img src=x onerror=alert(1)>", 'https://a.example/"onmouseover="alert(1)',
            "https://a.example/a b<script>alert(1)</script>", "javascript:alert(1)", "https://a.example/ok?q=1&r=2"]
    ev = Event(id="ev-z", event_type="Battles", sub_event_type="Armed clash", date="2016-10-09", date_precision="day",
               sources=[Source(f"r{i}", {}, outlet=f"O{i}", url=u) for i, u in enumerate(urls)])
    md = render_markdown(summarise([ev], dt.date(2016, 10, 8), dt.date(2016, 10, 11)), {"chart": PNG, "map": PNG})
    page = MarkdownIt("commonmark").render(md)  # raw HTML allowed, as most renderers do
    assert "<img src=\"x\"" not in page and "<img src=x" not in page and "<script" not in page
    hrefs = [h.split('"')[1] for h in page.split("href=")[1:]]
    assert hrefs == ["https://a.example/x%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
                     "https://a.example/%22onmouseover=%22alert(1)",
                     "https://a.example/a%20b%3Cscript%3Ealert(1)%3C/script%3E",
                     "https://a.example/ok?q=1&amp;r=2"]
