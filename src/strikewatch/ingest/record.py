"""One JSON line -> a checked record: parsing that cannot blow up, then every field a report reads.

``load_object`` refuses what is not JSON or not safe to hold: NaN and Infinity (not JSON),
numbers that overflow (integers over ``MAX_INT_DIGITS`` digits, floats beyond the double
range) and nesting deeper than ``MAX_DEPTH`` (checked again after parsing, and a parser
RecursionError on a line nested thousands deep is caught). ``report_fields`` checks each
field of a report record (see :mod:`strikewatch.ingest.validate`); unknown keys are ignored.
Every refusal is an ``InputError`` whose code and message say which field and why.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from typing import Any

from ..errors import InputError
from .validate import (MAX_OUTLET_CHARS, MAX_REPORT_BYTES, MAX_TITLE_CHARS, check_field, check_id, check_text,
                       check_url, kind_of, parse_date)

MAX_DEPTH = 32
MAX_INT_DIGITS = 20


class _Refused(Exception):
    """Raised from inside the JSON parser's hooks; becomes an InputError."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _constant(name: str) -> Any:
    raise _Refused("bad_json", f"{name} is not a JSON number")


def _int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused("bad_number", f"an integer of {len(digits.lstrip('-')):,} digits (at most {MAX_INT_DIGITS})")
    return int(digits)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused("bad_number", f"the number {text[:30]} is beyond the range of a double")
    return value


def load_object(line: str, where: str) -> dict[str, Any]:
    """Parse one JSON line that must hold an object (see module docstring)."""
    try:
        rec = json.loads(line, parse_constant=_constant, parse_int=_int, parse_float=_float)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: unparseable JSON ({exc.msg} at column {exc.colno})",
                         code="bad_json", report_id=where) from None
    except _Refused as exc:
        raise InputError(f"{where}: {exc}", code=exc.code, report_id=where) from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deep (at most {MAX_DEPTH} levels)", code="too_deep",
                         report_id=where) from None
    if not isinstance(rec, dict):
        raise InputError(f"{where}: a report must be a JSON object, not {kind_of(rec)}", code="bad_record",
                         report_id=where)
    if depth(rec) > MAX_DEPTH:
        raise InputError(f"{where}: JSON nested too deep (at most {MAX_DEPTH} levels)", code="too_deep",
                         report_id=where)
    return rec


def depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value`` (a scalar is 0), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, level)
            if level <= MAX_DEPTH:  # no need to look further down
                stack.extend((v, level + 1) for v in (item.values() if isinstance(item, dict) else item))
    return deepest


def report_fields(rec: dict[str, Any], where: str, *, published: dt.date | None = None,
                  max_bytes: int = MAX_REPORT_BYTES) -> dict[str, Any]:
    """The checked fields of a report record: ``id``, ``text``, ``title``, ``published``, ``outlet``, ``url``.

    A missing or blank id becomes ``r-`` + a hash of the text. Failures name the record by its
    id when the id itself is valid, else by ``where`` (file and line).
    """
    rid = check_id(rec.get("id"), where)
    name = f"{where} ({rid})" if rid else where
    try:
        text = check_text(rec.get("text"), name, max_bytes=max_bytes)
        rid = rid or "r-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        return {"id": rid, "text": text,
                "title": check_field(rec.get("title"), "title", name, MAX_TITLE_CHARS),
                "published": published or parse_date(rec.get("published"), name),
                "outlet": check_field(rec.get("outlet"), "outlet", name, MAX_OUTLET_CHARS),
                "url": check_url(rec.get("url"), name)}
    except InputError as exc:
        exc.report_id = rid or where
        raise
