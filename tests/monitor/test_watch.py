import hashlib
import os
import signal

import pytest

from strikewatch.monitor import checkpoint, watch
from strikewatch.monitor.fetch import Fetcher
from strikewatch.monitor.sources import FeedSource, FolderSource, JsonlSource
from strikewatch.monitor.watch import Watcher
from strikewatch.store import open_store
from strikewatch.store.changes import load_changes


def _rss(items):
    body = "".join(f"<item><guid>{g}</guid><title>{t}</title><description>{d}</description>"
                   f"<pubDate>Mon, 10 Oct 2016 08:00:00 GMT</pubDate></item>" for g, t, d in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{body}</channel></rss>'.encode()


class Feed:
    """Serves an RSS document with an ETag; answers 304 to a matching If-None-Match."""

    def __init__(self, server):
        self.items = []
        server.routes["/feed.xml"] = self.handle

    def handle(self, req):
        body = _rss(self.items)
        etag = '"' + hashlib.sha1(body).hexdigest()[:10] + '"'
        if req["headers"].get("If-None-Match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"ETag": etag, "Content-Type": "application/rss+xml"}, body


def _sources(folder, drop, url):
    fetcher = Fetcher(timeout=2, retries=0, min_interval=0)
    return [FolderSource(folder, settle=0), JsonlSource(drop), FeedSource(url, fetcher)]


def _log(store):
    return [(c["kind"], c["event_id"], c.get("field")) for c in load_changes(store)]


def test_watch_folder_and_feed_step_by_step_with_restart(tmp_path, server, process, merger):
    folder, drop, db = tmp_path / "in", tmp_path / "drop.jsonl", tmp_path / "w.duckdb"
    folder.mkdir()
    feed = Feed(server)
    url = server.url + "/feed.xml"
    seen: list[str] = []
    fake_process = process

    def process(items):
        seen.extend(i.id for i in items)
        return fake_process(items)

    store = open_store(db)
    w = Watcher(store, _sources(folder, drop, url), process, merge=merger)

    # 1. a report file in the folder creates an event
    (folder / "a.txt").write_text("Coalition aircraft struck Mosul 2 times on 2016-10-09, killing 3 people.\n")
    stats = w.cycle()
    assert stats["reports_new"] == 1 and seen == ["a"]
    (ev,) = store.events()
    assert ev.id == "ev-a" and ev.fatalities.best == 3
    assert ev.note == ("On 9 October 2016, Coalition carried out two air/drone strikes in Mosul (Nineveh, Iraq), "
                       "killing three people.")
    assert _log(store) == [("event_created", "ev-a", None)]

    # 2. a feed item on the same strike with another toll: source added, field changed, dispute raised
    feed.items.append(("g-1", "Strikes on Mosul", "Aircraft struck Mosul on 2016-10-09, &lt;b&gt;killing 5&lt;/b&gt;."))
    w.cycle()
    feed_id = seen[-1]
    assert feed_id.startswith("feed-") and len(seen) == 2
    assert _log(store)[1:] == [("source_added", "ev-a", None), ("field_changed", "ev-a", "fatalities"),
                               ("dispute_raised", "ev-a", "fatalities")]
    assert store.get_event("ev-a").report_ids == ["a", feed_id]

    # 3. nothing new: the feed answers 304 to the conditional GET, nothing is processed
    w.cycle()
    assert server.requests[-1]["headers"].get("If-None-Match") and len(seen) == 2 and len(_log(store)) == 4

    # 4. restart: new store connection and watcher; new items in all three sources
    store.close()
    store = open_store(db)
    w = Watcher(store, _sources(folder, drop, url), process, merge=merger)
    drop.write_text('{"id": "j1", "text": "Aircraft struck Raqqa 4 times on 2016-10-08.", "published": "2016-10-09"}\n'
                    '{"id": "j2", "text": "Aircraft struck Kirk')  # the second line is incomplete
    feed.items.append(("g-2", "Kirkuk", "Aircraft struck Kirkuk on 2016-10-07, killing 1."))
    w.cycle()
    assert sorted(seen[2:]) == sorted(["j1", hashlib_id("g-2")])
    with drop.open("a") as f:
        f.write('uk on 2016-10-06."}\n')
    w.cycle()
    assert seen[4:] == ["j2"]
    assert [e.id for e in store.events()] == ["ev-j2", "ev-" + hashlib_id("g-2"), "ev-j1", "ev-a"]
    assert store.report_count() == 5 and store.count() == 4
    assert len(seen) == len(set(seen)) == 5  # nothing processed twice
    assert [k for k, _, _ in _log(store)][4:] == ["event_created"] * 3
    store.close()


def hashlib_id(guid):
    return "feed-" + hashlib.sha1(guid.encode()).hexdigest()[:16]


def test_crash_between_save_and_checkpoint_neither_loses_nor_duplicates(tmp_path, monkeypatch, process, merger):
    folder, db = tmp_path / "in", tmp_path / "w.duckdb"
    folder.mkdir()
    (folder / "a.txt").write_text("Aircraft struck Mosul 1 times on 2016-10-09, killing 2 people.\n")
    calls: list[list[str]] = []
    fake_process = process

    def process(items):
        calls.append([i.id for i in items])
        return fake_process(items)

    # a crash in processing: nothing is saved or checkpointed, so the next run retries
    with open_store(db) as store:
        def broken(items):
            raise RuntimeError("extractor crashed")
        w = Watcher(store, [FolderSource(folder, settle=0)], broken, merge=merger)
        assert w.run(once=True) == 1
        assert store.report_count() == 0 and checkpoint.load_state(store, w.sources[0].key) == {}

    # a crash after saving, before the checkpoint
    with open_store(db) as store:
        w = Watcher(store, [FolderSource(folder, settle=0)], process, merge=merger)
        monkeypatch.setattr(watch, "save_state", lambda *a: (_ for _ in ()).throw(OSError("disk gone")))
        with pytest.raises(OSError):
            w.cycle()
        assert store.report_count() == 1 and calls == [["a"]]
    monkeypatch.undo()
    with open_store(db) as store:  # restart: the file is polled again but its content is known
        w = Watcher(store, [FolderSource(folder, settle=0)], process, merge=merger)
        stats = w.cycle()
        assert stats["new"] == 0 and calls == [["a"]]
        assert store.report_count() == 1 and store.count() == 1
        assert [c["kind"] for c in load_changes(store)] == ["event_created"]
        assert "file:a.txt" in checkpoint.load_state(store, w.sources[0].key)


def test_sigint_stops_between_cycles(tmp_path, process):
    with open_store(tmp_path / "w.duckdb") as store:
        cycles = []

        def on_cycle(stats):
            cycles.append(stats)
            if len(cycles) == 2:
                os.kill(os.getpid(), signal.SIGINT)  # arrives during the run, handled between cycles

        before = signal.getsignal(signal.SIGINT)
        w = Watcher(store, [FolderSource(tmp_path, settle=0)], process)
        assert w.run(interval=0.01, on_cycle=on_cycle) == 2
        assert signal.getsignal(signal.SIGINT) is before
