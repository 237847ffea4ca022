"""Event exporters: CSV (ACLED columns), JSON, JSONL, GeoJSON (RFC 7946), typed Parquet, and CSV
in ACLED's and UCDP GED's full schemas.

Each writer renders to a temporary file beside the target and renames it into
place, so an interrupted export never leaves a half-written file.
"""
from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from ..errors import ExportError
from ..models import Event
from .acled import ACLED_COLUMNS, acled_row
from .rows import COLUMNS, event_row
from .ucdp import UCDP_COLUMNS, ucdp_row

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_safe(value: object) -> object:
    """Neutralise spreadsheet formulas in untrusted text cells."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> Path:
    """Write a text file atomically (a page or report built elsewhere in export)."""
    try:
        _atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def write_csv_rows(events: Sequence[Event], fh: TextIO) -> None:
    """The CSV export (header and one row per event) to an open text file."""
    _write_rows(fh, COLUMNS, (event_row(e) for e in events))


def _write_rows(fh: TextIO, columns: list[str], rows: Iterable[dict[str, Any]]) -> None:
    out = csv.DictWriter(fh, fieldnames=columns)
    out.writeheader()
    for row in rows:
        out.writerow({k: _csv_safe(v) for k, v in row.items()})


def _csv_writer(columns: list[str], row: Callable[[Event], dict[str, Any]]) -> Callable[[Sequence[Event], Path], None]:
    def write(events: Sequence[Event], path: Path) -> None:
        def w(tmp: Path) -> None:
            with tmp.open("w", newline="", encoding="utf-8") as fh:
                _write_rows(fh, columns, (row(e) for e in events))
        _atomic(path, w)
    return write


write_csv = _csv_writer(COLUMNS, event_row)
write_acled = _csv_writer(ACLED_COLUMNS, acled_row)  # ACLED's full export schema
write_ucdp = _csv_writer(UCDP_COLUMNS, ucdp_row)  # UCDP GED's schema


def write_json(events: Sequence[Event], path: Path) -> None:
    _atomic(path, lambda tmp: tmp.write_text(
        json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=1), encoding="utf-8"))


def write_jsonl(events: Sequence[Event], path: Path) -> None:
    _atomic(path, lambda tmp: tmp.write_text(
        "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in events), encoding="utf-8"))


def geojson(events: Sequence[Event]) -> dict:
    """A FeatureCollection; events without coordinates get a null geometry (RFC 7946 §3.2)."""
    features = []
    for e in events:
        d = e.to_dict()
        loc = e.location
        geom = None
        if loc and loc.lat is not None and loc.lon is not None:
            geom = {"type": "Point", "coordinates": [round(loc.lon, 6), round(loc.lat, 6)]}
        features.append({"type": "Feature", "id": e.id, "geometry": geom, "properties": d})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(events: Sequence[Event], path: Path) -> None:
    _atomic(path, lambda tmp: tmp.write_text(json.dumps(geojson(events), ensure_ascii=False), encoding="utf-8"))


def write_parquet(events: Sequence[Event], path: Path) -> None:
    """Typed Parquet (``arrow.schema``): dates as dates, targets, sources and disputes as lists of structs."""
    import pyarrow.parquet as pq  # only the Parquet writer needs Arrow (keeps CLI start-up light)

    from .arrow import events_table

    table = events_table(events)
    _atomic(path, lambda tmp: pq.write_table(table, tmp))


WRITERS: dict[str, tuple[str, Callable[[Sequence[Event], Path], None]]] = {
    "csv": (".csv", write_csv),
    "json": (".json", write_json),
    "jsonl": (".jsonl", write_jsonl),
    "geojson": (".geojson", write_geojson),
    "parquet": (".parquet", write_parquet),
    "acled": (".acled.csv", write_acled),
    "ucdp": (".ucdp.csv", write_ucdp),
}


def export_events(events: Sequence[Event], path: str | Path, fmt: str) -> Path:
    """Write ``events`` to ``path`` in format ``fmt`` (one of WRITERS)."""
    if fmt not in WRITERS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(WRITERS)}")
    target = Path(path)
    try:
        WRITERS[fmt][1](events, target)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
    return target
