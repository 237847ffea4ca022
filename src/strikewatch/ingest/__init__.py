"""Reading reports: the only package that touches bytes.

``read_reports(paths)`` accepts folders of ``.txt``/``.html`` files (with an
optional ``meta.jsonl`` giving each file's ``published`` date and ``outlet``),
``.jsonl`` files of report records, and single files. It yields a ``Report``
or a ``ReportFailure`` per input, so one bad file never stops a batch.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Report, ReportFailure
from .html import read_html
from .jsonl import read_jsonl_lines
from .text import build_report
from .validate import MAX_REPORT_BYTES, decode, parse_date

__all__ = ["read_reports", "build_report", "MAX_REPORT_BYTES"]

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
META_FILE = "meta.jsonl"


def read_reports(paths: Iterable[str | Path], *, published: dt.date | None = None,
                 max_bytes: int = MAX_REPORT_BYTES) -> Iterator[Report | ReportFailure]:
    """Yield every report found under ``paths`` (``published`` overrides every date)."""
    for path in map(Path, paths):
        if path.is_dir():
            meta = _read_meta(path / META_FILE)
            for child in sorted(path.iterdir()):
                if child.name == META_FILE or not child.is_file():
                    continue
                if child.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
                    yield from _read_file(child, meta.get(child.name, {}), published, max_bytes)
        elif path.is_file():
            meta = _read_meta(path.parent / META_FILE).get(path.name, {})
            yield from _read_file(path, meta, published, max_bytes)
        else:
            yield ReportFailure(str(path), "ingest", "not_found", f"{path}: no such file or folder")


def _read_meta(path: Path) -> dict[str, dict]:
    """``meta.jsonl``: ``{"file", "published", "outlet"}`` per line, keyed by file name."""
    if not path.is_file():
        return {}
    meta: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict) and isinstance(rec.get("file"), str):
            meta[rec["file"]] = rec
    return meta


def _read_file(path: Path, meta: dict, published: dt.date | None, max_bytes: int
               ) -> Iterator[Report | ReportFailure]:
    suffix = path.suffix.lower()
    rid = path.stem
    try:
        limit = max_bytes * 200 if suffix in JSONL_SUFFIXES else max_bytes
        size = path.stat().st_size
        if size > limit:  # don't even read a huge file
            raise InputError(f"{path.name}: {size / 1048576:.1f} MB exceeds the limit of "
                             f"{limit / 1048576:.0f} MB", code="too_large", report_id=rid)
        text = decode(path.read_bytes(), path.name, max_bytes=limit)
        pub = published or parse_date(meta.get("published"), path.name)
        outlet = meta.get("outlet")
        if suffix in JSONL_SUFFIXES:
            for item in read_jsonl_lines(text, path.name, published=published):
                if isinstance(item, InputError):
                    yield ReportFailure(item.report_id or path.name, "ingest", item.code, str(item))
                elif len(item.text.encode("utf-8")) > max_bytes:
                    yield ReportFailure(item.id, "ingest", "too_large",
                                        f"{item.id}: text exceeds the limit of {max_bytes / 1048576:.0f} MB")
                else:
                    yield item
            return
        if suffix in HTML_SUFFIXES:
            yield read_html(rid, text, published=pub, outlet=outlet, path=str(path))
        else:
            yield build_report(rid, text, has_headline=True, published=pub, outlet=outlet, path=str(path))
    except InputError as exc:
        yield ReportFailure(exc.report_id or rid, "ingest", exc.code, str(exc))
    except OSError as exc:
        yield ReportFailure(rid, "ingest", "unreadable", f"{path}: {exc.strerror or exc}")
