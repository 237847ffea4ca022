"""Watched sources: folders, growing JSONL drop files and RSS/Atom feeds.

Every source has a ``key`` (its checkpoint namespace) and ``poll(state)``:
given its last checkpoint (``{key: JSON value}``) it returns the new items and
the checkpoint *updates* to write once those items are safely stored. Polling
never writes anything itself, so a crash before the checkpoint just means the
same items come again (and the watcher skips what the store already holds).

* ``FolderSource``: the report files of a folder as every entry point finds them
  (:func:`strikewatch.ingest.folder_files`): new or changed ``.txt``/``.html``/
  ``.parquet`` files (mtime and size, then a content hash), and its ``.jsonl`` files
  read like ``JsonlSource``; files younger than ``settle`` seconds are left for the
  next poll.
* ``JsonlSource``: a file that grows; only complete new lines are read, from
  the remembered byte offset (reset when the file is replaced or truncated).
* ``FeedSource``: an RSS/Atom URL (conditional GET via ``Fetcher``) or file;
  each item is yielded again only when its content changes.
"""
from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from ..errors import ConfigError, InputError
from ..ingest import failure, folder_files, read_reports
from ..ingest.jsonl import read_jsonl_bytes
from ..ingest.validate import printable
from ..models import Report, ReportFailure
from .feeds import parse_feed
from .fetch import Fetcher

log = logging.getLogger("strikewatch.monitor")
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
MAX_CHUNK = 64 * 1024 * 1024

Item = Report | ReportFailure


class Poll(NamedTuple):
    """What one poll found, and the checkpoint updates to write after the items are stored."""

    items: list[Item]
    updates: dict[str, Any]


class WatchSource(Protocol):
    key: str

    def poll(self, state: dict[str, Any]) -> Poll: ...


class JsonlSource:
    """A JSONL drop file that grows: complete new lines only, from the remembered offset."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).resolve()
        self.key = f"jsonl:{self.path}"

    def poll(self, state: dict[str, Any]) -> Poll:
        items, update = read_new_lines(self.path, state.get("offset"))
        return Poll(items, {"offset": update} if update else {})


def read_new_lines(path: Path, old: dict[str, int] | None) -> tuple[list[Item], dict[str, int] | None]:
    """Reports from the complete lines after ``old["offset"]``, and the new ``{"offset", "inode"}``."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return [], None  # not dropped yet
    except OSError as exc:
        log.warning("cannot read %s: %s", path, exc.strerror or exc)
        return [], None
    offset = 0
    if old and old.get("inode") == st.st_ino and old.get("offset", 0) <= st.st_size:
        offset = int(old["offset"])
    if st.st_size == offset:
        return [], None
    with path.open("rb") as f:
        f.seek(offset)
        chunk = f.read(min(st.st_size - offset, MAX_CHUNK))
    end = chunk.rfind(b"\n")
    if end < 0:
        if len(chunk) < MAX_CHUNK:
            return [], None  # a line still being written
        skipped = ReportFailure(f"{printable(path.name)}@{offset}", "ingest", "too_large",
                                f"{printable(path.name)}: a line longer than {MAX_CHUNK} bytes was skipped")
        return [skipped], {"offset": offset + len(chunk), "inode": st.st_ino}
    chunk = chunk[:end + 1]
    items = [failure(i, path.name) if isinstance(i, InputError) else i
             for i in read_jsonl_bytes(chunk, f"{printable(path.name)}@{offset}")]
    return items, {"offset": offset + len(chunk), "inode": st.st_ino}


class FolderSource:
    """New or changed report files in a folder (not recursive)."""

    def __init__(self, path: str | Path, *, settle: float = 1.0, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path).resolve()
        self.key = f"folder:{self.path}"
        self.settle = settle
        self.clock = clock

    def poll(self, state: dict[str, Any]) -> Poll:
        items: list[Item] = []
        updates: dict[str, Any] = {}
        for child, kind in folder_files(self.path):  # the files every entry point reads
            st = child.stat()
            if self.clock() - st.st_mtime < self.settle:
                continue  # probably still being written
            if kind == "jsonl":
                found, update = read_new_lines(child, state.get(f"jsonl:{child.name}"))
                items.extend(found)
                if update:
                    updates[f"jsonl:{child.name}"] = update
                continue
            key = f"file:{child.name}"
            stamp = {"mtime_ns": st.st_mtime_ns, "size": st.st_size}
            old = state.get(key) or {}
            if {k: old.get(k) for k in stamp} == stamp:
                continue
            sha = hashlib.sha256(child.read_bytes()).hexdigest()
            if old.get("sha256") != sha:
                items.extend(read_reports([child]))
            updates[key] = stamp | {"sha256": sha}
        return Poll(items, updates)


class FeedSource:
    """An RSS or Atom feed at a URL (conditional GET) or in a file (re-read when it changes)."""

    def __init__(self, location: str, fetcher: Fetcher | None = None) -> None:
        self.location = location
        self.is_url = location.startswith(("http://", "https://"))
        if not self.is_url:
            self.location = str(Path(location).resolve())
        self.key = f"feed:{self.location}"
        self.fetcher = fetcher

    def poll(self, state: dict[str, Any]) -> Poll:
        updates: dict[str, Any] = {}
        data = self._fetch(state, updates)
        if data is None:
            return Poll([], updates)
        try:
            entries = parse_feed(data, self.location)
        except InputError as exc:
            log.warning("feed %s: %s", self.location, exc)
            return Poll([ReportFailure(self.location, "ingest", exc.code, str(exc))], updates)
        items: list[Item] = []
        for entry in entries:
            mark = entry.content_hash if isinstance(entry, Report) else "failed"
            key = f"item:{entry.id if isinstance(entry, Report) else entry.report_id}"
            if state.get(key) != mark and updates.get(key) != mark:
                items.append(entry)
                updates[key] = mark
        return Poll(items, updates)

    def _fetch(self, state: dict[str, Any], updates: dict[str, Any]) -> bytes | None:
        """The feed document, or None when it is unchanged or cannot be fetched (logged)."""
        if not self.is_url:
            path = Path(self.location)
            try:
                st = path.stat()
                stamp = {"mtime_ns": st.st_mtime_ns, "size": st.st_size}
                if state.get("file") == stamp:
                    return None
                updates["file"] = stamp
                return path.read_bytes()
            except OSError as exc:
                log.warning("feed %s: cannot read: %s", path, exc.strerror or exc)
                return None
        if self.fetcher is None:
            self.fetcher = Fetcher()
        http = state.get("http") or {}
        try:
            got = self.fetcher.get(self.location, etag=http.get("etag"), last_modified=http.get("last_modified"))
        except InputError:
            return None  # each failed attempt was logged by the fetcher
        if got.status == 304:
            return None
        updates["http"] = {"etag": got.etag, "last_modified": got.last_modified}
        return got.body


def make_source(spec: str, *, fetcher: Fetcher | None = None, settle: float = 1.0) -> WatchSource:
    """The source for a command-line argument: a URL, a folder, a JSONL file or a feed file."""
    if spec.startswith(("http://", "https://")):
        return FeedSource(spec, fetcher)
    path = Path(spec)
    if path.is_dir():
        return FolderSource(path, settle=settle)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return JsonlSource(path)
    if suffix in FEED_SUFFIXES:
        return FeedSource(spec, fetcher)
    if path.is_file():
        head = path.read_bytes()[:512].lstrip().lower()
        if head.startswith((b"<?xml", b"<rss", b"<feed")):
            return FeedSource(spec, fetcher)
    raise ConfigError(f"{spec}: not a folder, a .jsonl file, a feed file or an http(s) URL")
