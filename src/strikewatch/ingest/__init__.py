"""Reading reports: the only package that touches bytes.

``read_reports(paths)`` reads the files :func:`discover` finds under ``paths``: ``.txt`` and
``.html`` files (with an optional ``meta.jsonl`` in their folder giving each file's
``published`` date and ``outlet``), ``.jsonl`` and ``.parquet`` files of report records.
It yields a ``Report`` or a ``ReportFailure`` per input, so one bad file, line or field
never stops a batch; every field is checked before a Report exists.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Report, ReportFailure
from .discover import META_FILE, discover, file_kind, folder_files
from .html import read_html
from .jsonl import jsonl_file_failure, read_jsonl_bytes
from .parquet import read_parquet
from .record import load_object
from .text import build_report
from .validate import MAX_REPORT_BYTES, decode, parse_date, printable

__all__ = ["read_reports", "read_files", "read_file", "read_meta", "build_report", "discover", "file_kind",
           "folder_files", "failure", "MAX_REPORT_BYTES"]


def read_reports(paths: Iterable[str | Path], *, published: dt.date | None = None,
                 max_bytes: int = MAX_REPORT_BYTES) -> Iterator[Report | ReportFailure]:
    """Yield every report found under ``paths`` (``published`` overrides every date)."""
    yield from read_files(discover(paths), published=published, max_bytes=max_bytes)


def read_files(found: Iterable[tuple[Path, str]], *, published: dt.date | None = None,
               max_bytes: int = MAX_REPORT_BYTES) -> Iterator[Report | ReportFailure]:
    """The reports of ``(path, kind)`` pairs as :func:`discover` gives them (each folder's meta read once)."""
    metas: dict[Path, dict[str, dict]] = {}
    for path, kind in found:
        if path.parent not in metas:
            metas[path.parent] = read_meta(path.parent / META_FILE)
        yield from read_file(path, kind, metas[path.parent].get(path.name, {}), published=published,
                             max_bytes=max_bytes)


def failure(exc: InputError, default_id: str) -> ReportFailure:
    """The ReportFailure for an InputError at ingest."""
    return ReportFailure(printable(exc.report_id or default_id), "ingest", exc.code, printable(str(exc)))


def read_meta(path: Path) -> dict[str, dict]:
    """``meta.jsonl``: ``{"file", "published", "outlet"}`` per line, keyed by file name (lines that
    are not such objects are skipped; the fields are checked when a file uses them)."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    meta: dict[str, dict] = {}
    for n, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        try:
            rec = load_object(line, f"{META_FILE}:{n}")
        except InputError:
            continue
        if isinstance(rec.get("file"), str):
            meta[rec["file"]] = rec | {"line": f"{printable(path.parent.name)}/{META_FILE}:{n}"}
    return meta


def read_file(path: Path, kind: str, meta: dict | None = None, *, published: dt.date | None = None,
              max_bytes: int = MAX_REPORT_BYTES) -> Iterator[Report | ReportFailure]:
    """The reports (or failures) of one file of ``kind`` (``text``, ``html``, ``jsonl``, ``parquet``,
    ``missing``); ``meta`` is its ``meta.jsonl`` record."""
    rid, name = printable(path.stem), printable(path.name)
    if kind == "missing":
        shown = printable(str(path))
        yield ReportFailure(shown, "ingest", "not_found", f"{shown}: no such file or folder")
        return
    try:
        if kind == "jsonl":
            bad = jsonl_file_failure(path, max_bytes=max_bytes)
            items = [bad] if bad else read_jsonl_bytes(path.read_bytes(), name, published=published,
                                                       max_bytes=max_bytes)
        elif kind == "parquet":
            items = read_parquet(path, published=published, max_bytes=max_bytes)
        else:
            items = [_read_document(path, kind, rid, meta or {}, published, max_bytes)]
        for item in items:
            yield failure(item, name) if isinstance(item, InputError) else item
    except InputError as exc:
        yield failure(exc, rid)
    except OSError as exc:
        yield ReportFailure(rid, "ingest", "unreadable", f"{name}: {exc.strerror or exc}")


def _read_document(path: Path, kind: str, rid: str, meta: dict, published: dt.date | None,
                   max_bytes: int) -> Report:
    """A .txt or .html file (with its meta.jsonl record) -> Report, or InputError."""
    size = path.stat().st_size
    if size > max_bytes:  # don't even read a huge file
        raise InputError(f"{path.name}: {size / 1048576:.1f} MB exceeds the limit of "
                         f"{max_bytes / 1048576:.0f} MB", code="too_large", report_id=rid)
    text = decode(path.read_bytes(), printable(path.name), max_bytes=max_bytes)
    where = f"{rid} ({meta['line']})" if meta else rid
    try:
        pub = published or parse_date(meta.get("published"), where)
    except InputError as exc:
        exc.report_id = rid
        raise
    outlet = meta.get("outlet")
    if outlet is not None and not isinstance(outlet, str):
        raise InputError(f"{where}: outlet must be a string", code="bad_field", report_id=rid)
    if kind == "html":
        return read_html(rid, text, published=pub, outlet=outlet, path=printable(str(path)))
    return build_report(rid, text, has_headline=_headline_first(text), published=pub, outlet=outlet,
                        path=printable(str(path)))


def _headline_first(text: str) -> bool:
    """Does a .txt file open on a headline? Its first line does, unless that line ends as a sentence
    does (a strike release or a note written line by line: every line is body) or is the whole text (an
    article saved on one line is body; a lone short line is read as a headline by extraction)."""
    lines = text.strip().split("\n", 1)
    return len(lines) == 2 and not lines[0].rstrip().endswith((".", "!", "?", '"', "”"))
