"""Byte-level checks that every input passes before it becomes a Report."""
from __future__ import annotations

import datetime as dt

from ..errors import InputError

MAX_REPORT_BYTES = 5 * 1024 * 1024


def decode(data: bytes, name: str, *, max_bytes: int = MAX_REPORT_BYTES) -> str:
    """Bytes -> text, or InputError(code=empty|too_large|binary|not_utf8) naming the input."""
    if len(data) > max_bytes:
        raise InputError(
            f"{name}: {len(data) / 1048576:.1f} MB exceeds the limit of {max_bytes / 1048576:.0f} MB",
            code="too_large", report_id=name)
    if not data.strip():
        raise InputError(f"{name}: empty input", code="empty", report_id=name)
    head = data[:8192]
    if b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) * 0.05:
        raise InputError(f"{name}: looks binary, not text", code="binary", report_id=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start}); re-encode it as UTF-8",
                         code="not_utf8", report_id=name) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: object, name: str) -> dt.date | None:
    """ISO date or datetime string -> date; None stays None; anything else is an InputError."""
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise InputError(f"{name}: published date {value!r} is not YYYY-MM-DD", code="bad_date", report_id=name)
