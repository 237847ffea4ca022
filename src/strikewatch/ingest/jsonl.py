"""JSONL reports: one ``{"id", "text", "published", "title"?, "outlet"?, "url"?}`` per line.

Lines are split on ``\\n`` only and decoded one by one, so a line that is not UTF-8 or not
a valid record fails alone; the same reader serves whole files, the line ranges of Dask
partitions and the new lines of a watched drop file.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Report
from .record import load_object, report_fields
from .text import build_report
from .validate import MAX_REPORT_BYTES, looks_binary, printable

JSONL_FILE_FACTOR = 200  # a JSONL file may hold this many maximal reports


def jsonl_file_failure(path: Path, *, max_bytes: int = MAX_REPORT_BYTES) -> InputError | None:
    """Why a whole JSONL file cannot be read (too large, empty, binary), or None."""
    name = printable(path.name)
    limit = max_bytes * JSONL_FILE_FACTOR
    size = path.stat().st_size
    if size > limit:
        return InputError(f"{name}: {size / 1048576:.1f} MB exceeds the limit of {limit / 1048576:.0f} MB",
                          code="too_large", report_id=path.stem)
    with path.open("rb") as fh:
        head = fh.read(8192)
    if not head.strip():
        if not path.read_bytes().strip():
            return InputError(f"{name}: empty input", code="empty", report_id=path.stem)
    elif looks_binary(head):
        return InputError(f"{name}: looks binary, not text", code="binary", report_id=path.stem)
    return None


def read_jsonl_bytes(data: bytes, source: str, *, first_line: int = 1, published: dt.date | None = None,
                     max_bytes: int = MAX_REPORT_BYTES) -> Iterator[Report | InputError]:
    """A Report or an InputError per non-blank line of ``data`` (line numbers from ``first_line``)."""
    for lineno, raw in enumerate(data.split(b"\n"), first_line):
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]  # a byte-order mark
        if not raw.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(f"{where}: not valid UTF-8 (byte {exc.start} of the line); re-encode it as UTF-8",
                             code="not_utf8", report_id=where)
            continue
        yield read_line(line, where, published=published, max_bytes=max_bytes)


def read_jsonl_lines(text: str, source: str, *, published: dt.date | None = None,
                     max_bytes: int = MAX_REPORT_BYTES) -> Iterator[Report | InputError]:
    """Yield a Report or an InputError per non-blank line of decoded ``text`` (the batch goes on)."""
    for lineno, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield read_line(line, f"{source}:{lineno}", published=published, max_bytes=max_bytes)


def read_line(line: str, where: str, *, published: dt.date | None = None,
              max_bytes: int = MAX_REPORT_BYTES) -> Report | InputError:
    """One JSON record (``where`` names it in messages) -> a Report, or the InputError saying why not."""
    try:
        return _record(line, where, published, max_bytes)
    except InputError as exc:
        return exc


def _record(line: str, where: str, published: dt.date | None, max_bytes: int) -> Report:
    """Every field is checked (:func:`strikewatch.ingest.record.report_fields`); the text with its
    title may hold at most ``max_bytes`` bytes of UTF-8."""
    f = report_fields(load_object(line, where), where, published=published, max_bytes=max_bytes)
    full = f"{f['title']}\n\n{f['text']}" if f["title"] else f["text"]
    if len(full.encode("utf-8")) > max_bytes:
        raise InputError(f"{f['id']}: text exceeds the limit of {max_bytes / 1048576:.0f} MB", code="too_large",
                         report_id=f["id"])
    return build_report(f["id"], full.replace("\r\n", "\n"), has_headline=bool(f["title"]),
                        published=f["published"], outlet=f["outlet"], url=f["url"])
