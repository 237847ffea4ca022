"""Reading a reference dataset for ``compare``: an ACLED export or UCDP GED as CSV.

Each row becomes one plain record with the fields both sides can be compared on (``id``,
``date_first``/``date_last``, ``date``, ``lat``/``lon``, ``country``/``cc``, ``admin1``,
``location``, types, actors, ``fatalities``). The file is the user's own: it is read, never
stored or copied anywhere.
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from ..errors import EvalError
from . import codes

ACLED_NEEDS = {"event_id_cnty", "event_date", "event_type", "sub_event_type", "latitude", "longitude"}
UCDP_NEEDS = {"id", "date_start", "date_end", "type_of_violence", "side_a", "side_b", "latitude", "longitude", "best"}
_DAY_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%d/%m/%Y")


def parse_day(value: str | None) -> dt.date | None:
    """A day in the forms the ACLED and UCDP files use ("2024-03-18", "18 March 2024", ...)."""
    text = (value or "").strip()
    if len(text) > 10 and text[4:5] == "-" and text[10:11] in (" ", "T"):
        text = text[:10]  # "2017-01-01 00:00:00.000"
    for fmt in _DAY_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _number(value: str | None, cast=float) -> Any:
    try:
        return cast(value) if value not in (None, "") else None
    except ValueError:
        return cast(float(value)) if cast is int else None


def _text(value: str | None) -> str | None:
    return value.strip() or None if value else None


def acled_record(row: dict[str, str]) -> dict[str, Any] | None:
    """One ACLED row as a reference record (None when its date is unreadable)."""
    day = parse_day(row.get("event_date"))
    if day is None:
        return None
    country = _text(row.get("country"))
    return {
        "id": row["event_id_cnty"], "date_first": day, "date_last": day, "date": day.isoformat(),
        "lat": _number(row.get("latitude")), "lon": _number(row.get("longitude")),
        "country": country, "cc": codes.country_code(country), "admin1": _text(row.get("admin1")),
        "location": _text(row.get("location")), "event_type": _text(row.get("event_type")),
        "sub_event_type": _text(row.get("sub_event_type")), "actor1": _text(row.get("actor1")),
        "actor2": _text(row.get("actor2")), "fatalities": _number(row.get("fatalities"), int) or 0,
    }


def ucdp_record(row: dict[str, str]) -> dict[str, Any] | None:
    """One UCDP GED row as a reference record (None when its dates are unreadable)."""
    first, last = parse_day(row.get("date_start")), parse_day(row.get("date_end"))
    if first is None:
        return None
    last = last or first
    country = _text(row.get("country"))
    return {
        "id": row["id"], "date_first": first, "date_last": last,
        "date": first.isoformat() if first == last else None,
        "lat": _number(row.get("latitude")), "lon": _number(row.get("longitude")),
        "country": country, "cc": codes.country_code(country), "admin1": _text(row.get("adm_1")),
        "location": _text(row.get("where_coordinates")), "type_of_violence": _number(row.get("type_of_violence"), int),
        "side_a": _text(row.get("side_a")), "side_b": _text(row.get("side_b")),
        "fatalities": _number(row.get("best"), int) or 0,
    }


def sniff_format(columns: list[str]) -> str:
    """"acled" or "ucdp" from a header row."""
    have = {c.strip().lower() for c in columns}
    if ACLED_NEEDS <= have:
        return "acled"
    if UCDP_NEEDS <= have:
        return "ucdp"
    raise EvalError("the reference is neither an ACLED export (needs "
                    f"{', '.join(sorted(ACLED_NEEDS))}) nor UCDP GED (needs {', '.join(sorted(UCDP_NEEDS))})")


def read_reference(path: str | Path) -> tuple[str, list[dict[str, Any]]]:
    """``(format, records)`` of an ACLED or UCDP GED CSV file; rows without a readable date are skipped."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            fmt = sniff_format(reader.fieldnames or [])
            rows = [{(k or "").strip().lower(): v for k, v in row.items()} for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise EvalError(f"cannot read the reference {path}: {exc}") from None
    make = acled_record if fmt == "acled" else ucdp_record
    return fmt, [r for r in map(make, rows) if r is not None]
