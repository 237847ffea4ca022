"""One end-to-end run with the real pipeline and merge (spaCy model loaded once per session)."""
import html
import shutil
from importlib import resources
from pathlib import Path

from strikewatch.monitor.fetch import Fetcher
from strikewatch.monitor.sources import FeedSource, FolderSource
from strikewatch.monitor.watch import Watcher
from strikewatch.store import open_store
from strikewatch.store.changes import load_changes

EXAMPLES = Path(str(resources.files("strikewatch") / "examples" / "reports"))


def test_real_pipeline_watch_with_restart(tmp_path, server, nlp):
    folder, db = tmp_path / "in", tmp_path / "e2e.duckdb"
    folder.mkdir()
    wire = (EXAMPLES / "02_raqqa_depots_wire.txt").read_text()
    title, _, body = wire.partition("\n")
    rss = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><guid>w-1</guid>'
           f"<title>{html.escape(title)}</title><description>{html.escape(body.strip())}</description>"
           f"<pubDate>Fri, 15 Mar 2024 09:00:00 GMT</pubDate></item></channel></rss>").encode()
    server.routes["/rss"] = lambda req: (200, {"ETag": '"1"'}, rss)
    sources = lambda: [FolderSource(folder, settle=0),  # noqa: E731
                       FeedSource(server.url + "/rss", Fetcher(timeout=2, retries=0, min_interval=0))]

    with open_store(db) as store:
        w = Watcher(store, sources()[:1])
        shutil.copy(EXAMPLES / "01_raqqa_depots.txt", folder)
        assert w.cycle()["reports_new"] == 1
        first = store.events()
        assert first and any(e.location and e.location.country == "Syria" for e in first)
        assert {c["kind"] for c in load_changes(store)} == {"event_created"}
        assert all(e.note and e.note.endswith(".") for e in first)

    with open_store(db) as store:  # restart, now also watching the feed that carries the wire copy
        w = Watcher(store, sources())
        stats = w.cycle()
        assert stats["reports_new"] == 1 and store.report_count() == 2
        kinds = [c["kind"] for c in load_changes(store)]
        assert "source_added" in kinds  # the wire copy joined the existing strike event
        raqqa = [e for e in store.events() if len(e.report_ids) == 2]
        assert raqqa and raqqa[0].report_ids[0] == "01_raqqa_depots"
        n_changes = len(kinds)
        assert w.cycle()["new"] == 0 and len(load_changes(store)) == n_changes
