"""JSONL reports: one ``{"id", "text", "published", "title"?, "outlet"?, "url"?}`` per line."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator

from ..errors import InputError
from ..models import Report
from .text import build_report
from .validate import parse_date


def read_jsonl_lines(text: str, source: str, *, published: dt.date | None = None
                     ) -> Iterator[Report | InputError]:
    """Yield a Report or an InputError per non-blank line (the batch goes on)."""
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            yield _record(line, where, published)
        except InputError as exc:
            yield exc


def _record(line: str, where: str, published: dt.date | None) -> Report:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: unparseable JSON ({exc.msg} at column {exc.colno})",
                         code="bad_json", report_id=where) from None
    if not isinstance(rec, dict):
        raise InputError(f"{where}: a report must be a JSON object", code="bad_record", report_id=where)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: missing or empty \"text\"", code="empty", report_id=str(rec.get("id", where)))
    rid = rec.get("id")
    rid = str(rid) if rid not in (None, "") else "r-" + hashlib.sha256(text.encode()).hexdigest()[:12]
    pub = published or parse_date(rec.get("published"), rid)
    title = rec.get("title") if isinstance(rec.get("title"), str) and rec.get("title").strip() else None
    full = f"{title}\n\n{text}" if title else text
    return build_report(rid, full.replace("\r\n", "\n"), has_headline=bool(title), published=pub,
                        outlet=rec.get("outlet"), url=rec.get("url"))
