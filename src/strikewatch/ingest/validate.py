"""Checks that every input passes before it becomes a Report: bytes, dates and each metadata field."""
from __future__ import annotations

import datetime as dt
import re

from ..errors import InputError

MAX_REPORT_BYTES = 5 * 1024 * 1024
MAX_ID_CHARS = 256
MAX_TITLE_CHARS = 2_000
MAX_OUTLET_CHARS = 500
MAX_URL_CHARS = 4_096
FIRST_YEAR, LAST_YEAR = 1800, 2199  # publication dates outside these years are typing errors

# Control characters (C0 other than tab/newline/return, DEL, C1): never in an id, title, outlet or URL.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# An absolute http(s) URL; characters RFC 3986 never allows raw and that could end a link or open
# markup where the URL is shown (<, >, quote, backtick, backslash, whitespace) are refused.
_URL = re.compile(r"(?i)https?://[^\s/?#@<>\"`\\]+(?:[/?#][^\s<>\"`\\]*)?")
_DATE = re.compile(r"\d{4}-\d\d-\d\d(?:[T ][0-9:.,+\-Z ]{0,40})?")
_KIND = {dict: "an object", list: "a list", bool: "a boolean", int: "a number", float: "a number"}


def decode(data: bytes, name: str, *, max_bytes: int = MAX_REPORT_BYTES) -> str:
    """Bytes -> text, or InputError(code=empty|too_large|binary|not_utf8) naming the input."""
    if len(data) > max_bytes:
        raise InputError(
            f"{name}: {len(data) / 1048576:.1f} MB exceeds the limit of {max_bytes / 1048576:.0f} MB",
            code="too_large", report_id=name)
    if not data.strip():
        raise InputError(f"{name}: empty input", code="empty", report_id=name)
    if looks_binary(data[:8192]):
        raise InputError(f"{name}: looks binary, not text", code="binary", report_id=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start}); re-encode it as UTF-8",
                         code="not_utf8", report_id=name) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_binary(head: bytes) -> bool:
    """A NUL byte, or more than 5% control bytes, in the first bytes of an input."""
    return b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) * 0.05


def parse_date(value: object, name: str) -> dt.date | None:
    """ISO date or datetime string -> date; None stays None; anything else is an InputError (bad_date)."""
    if value in (None, ""):
        return None
    if isinstance(value, str) and _DATE.fullmatch(value.strip()):
        try:
            day = dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
        else:
            if FIRST_YEAR <= day.year <= LAST_YEAR:
                return day
            raise InputError(f"{name}: published date {value.strip()[:10]} is outside the years "
                             f"{FIRST_YEAR}-{LAST_YEAR}", code="bad_date", report_id=name)
    shown = f"{value[:40]!r}" if isinstance(value, str) else kind_of(value)
    raise InputError(f"{name}: published date {shown} is not YYYY-MM-DD", code="bad_date", report_id=name)


def kind_of(value: object) -> str:
    """How a JSON value is named in messages: 'an object', 'a list', 'a number', ..."""
    return _KIND.get(type(value), type(value).__name__)


def check_unicode(value: str, field: str, name: str) -> str:
    """``value`` unless it holds a lone surrogate (text that cannot be written as UTF-8)."""
    m = _SURROGATE.search(value)
    if m:
        raise InputError(f"{name}: {field} holds an unpaired surrogate (U+{ord(m.group()):04X}) at "
                         f"character {m.start()}; it is not valid Unicode", code="bad_unicode", report_id=name)
    return value


def check_field(value: object, field: str, name: str, max_chars: int) -> str | None:
    """A one-line metadata string (title, outlet): None or blank -> None; whitespace runs become one
    space; anything else (a number, an object, a list), control characters, lone surrogates or more
    than ``max_chars`` characters is an InputError naming the field."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{name}: {field} must be a string, not {kind_of(value)}", code="bad_field",
                         report_id=name)
    if len(value) > max_chars:
        raise InputError(f"{name}: {field} is {len(value):,} characters long (at most {max_chars:,})",
                         code="too_long", report_id=name)
    check_unicode(value, field, name)
    value = " ".join(value.split())
    if _CONTROL.search(value):
        raise InputError(f"{name}: {field} holds a control character", code="bad_field", report_id=name)
    return value or None


def check_url(value: object, name: str) -> str | None:
    """An absolute http(s) URL without spaces or control characters (None or blank -> None)."""
    url = check_field(value, "url", name, MAX_URL_CHARS)
    if url is not None and not _URL.fullmatch(url):
        raise InputError(f"{name}: url {url[:80]!r} is not an absolute http(s) URL", code="bad_url",
                         report_id=name)
    return url


def safe_url(value: object) -> str | None:
    """``value`` if it is a valid URL (see ``check_url``), else None: for URLs found in page metadata."""
    try:
        return check_url(value, "")
    except InputError:
        return None


def check_id(value: object, name: str) -> str | None:
    """A report id: a string or an integer (None or blank -> None: the caller derives one)."""
    if value is None or isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise InputError(f"{name}: id must be a string or an integer, not {kind_of(value)}", code="bad_field",
                         report_id=name)
    if len(value) > MAX_ID_CHARS:
        raise InputError(f"{name}: id is {len(value):,} characters long (at most {MAX_ID_CHARS})",
                         code="too_long", report_id=name)
    check_unicode(value, "id", name)
    if _CONTROL.search(value) or any(c in value for c in "\t\n\r"):
        raise InputError(f"{name}: id holds a control character", code="bad_field", report_id=name)
    return value


def check_text(value: object, name: str, *, max_bytes: int = MAX_REPORT_BYTES) -> str:
    """Report text: a non-blank string, valid Unicode, without NUL, at most ``max_bytes`` in UTF-8."""
    if not isinstance(value, str):
        what = "missing" if value is None else f"{kind_of(value)}, not a string"
        raise InputError(f"{name}: \"text\" is {what}", code="empty" if value is None else "bad_field",
                         report_id=name)
    if len(value) > max_bytes:  # at least one byte per character: too large without encoding it
        raise InputError(f"{name}: text exceeds the limit of {max_bytes / 1048576:.0f} MB", code="too_large",
                         report_id=name)
    check_unicode(value, "text", name)
    if len(value.encode("utf-8")) > max_bytes:
        raise InputError(f"{name}: text exceeds the limit of {max_bytes / 1048576:.0f} MB", code="too_large",
                         report_id=name)
    if not value.strip():
        raise InputError(f"{name}: missing or empty \"text\"", code="empty", report_id=name)
    if "\x00" in value:
        raise InputError(f"{name}: text holds NUL characters; it looks binary", code="binary", report_id=name)
    return value


def printable(value: str) -> str:
    """``value`` with lone surrogates (undecodable bytes of a file name) written as escapes, so
    that it can be printed and stored in a failure message."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8")
