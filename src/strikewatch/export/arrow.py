"""Events as a typed Arrow table: the Parquet export, and frames for pandas and Polars.

Dates are Arrow dates (``date`` the day when the reports give one, ``date_first`` and
``date_last`` the range of possible days), counts are integers, and ``targets``,
``sources`` (with their evidence spans) and ``disputed`` are lists of structs, so DuckDB,
Polars, pandas and Arrow can filter and unnest them without parsing JSON::

    SELECT id FROM 'events.parquet', unnest(targets) AS t WHERE t.unnest.type = 'weapons cache'
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..models import Event
from .rows import date_bounds

if TYPE_CHECKING:  # pyarrow is imported when a table is built (keeps CLI start-up light)
    import pyarrow as pa


def schema() -> "pa.Schema":
    """The Arrow schema of ``events_table`` (and of the Parquet export)."""
    import pyarrow as pa

    evidence = pa.struct([("field", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())])
    source = pa.struct([("report", pa.string()), ("outlet", pa.string()), ("url", pa.string()),
                        ("published", pa.date32()), ("official", pa.bool_()), ("evidence", pa.list_(evidence))])
    return pa.schema([
        ("id", pa.string()), ("event_type", pa.string()), ("sub_event_type", pa.string()),
        ("date", pa.date32()), ("date_precision", pa.string()), ("date_first", pa.date32()),
        ("date_last", pa.date32()),
        ("location", pa.string()), ("country", pa.string()), ("admin1", pa.string()),
        ("latitude", pa.float64()), ("longitude", pa.float64()), ("location_precision", pa.string()),
        ("geo_precision", pa.int8()), ("geonameid", pa.int64()),
        ("actor1", pa.string()), ("actor2", pa.string()), ("attribution", pa.string()), ("strikes", pa.int32()),
        ("targets", pa.list_(pa.struct([("type", pa.string()), ("count", pa.int32())]))),
        ("fatalities", pa.int32()), ("fatalities_low", pa.int32()), ("fatalities_high", pa.int32()),
        ("civilian_fatalities", pa.int32()), ("injured", pa.int32()),
        ("sources", pa.list_(source)),
        ("disputed", pa.list_(pa.struct([("field", pa.string()), ("value", pa.string()),
                                         ("reports", pa.list_(pa.string()))]))),
        ("confidence", pa.float64()), ("note", pa.string()), ("members", pa.list_(pa.string())),
    ])


def dispute_value(value: Any) -> str:
    """One disputed value as text: a count range as "8-10", anything else as written."""
    if isinstance(value, dict):  # fatalities-like {"best", "low", "high"}
        best, low, high = value.get("best"), value.get("low"), value.get("high")
        return f"{low if low is not None else best}-{high}" if high is not None else str(best)
    return str(value)


def _record(e: Event) -> dict[str, Any]:
    loc = e.location
    first, last = date_bounds(e)
    f = e.fatalities
    return {
        "id": e.id, "event_type": e.event_type, "sub_event_type": e.sub_event_type,
        "date": dt.date.fromisoformat(e.date) if e.date and len(e.date) == 10 else None,
        "date_precision": e.date_precision, "date_first": first, "date_last": last,
        "location": loc.name if loc else None, "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None, "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None, "location_precision": loc.precision if loc else None,
        "geo_precision": loc.geo_precision if loc else None, "geonameid": loc.geonameid if loc else None,
        "actor1": e.actor1, "actor2": e.actor2, "attribution": e.attribution, "strikes": e.strikes,
        "targets": [{"type": t.type, "count": t.count} for t in e.targets],
        "fatalities": f.best if f else None, "fatalities_low": f.low if f else None,
        "fatalities_high": f.high if f else None,
        "civilian_fatalities": e.civilian_fatalities.best if e.civilian_fatalities else None,
        "injured": e.injured.best if e.injured else None,
        "sources": [{"report": s.report, "outlet": s.outlet, "url": s.url, "published": s.published,
                     "official": s.official,
                     "evidence": [{"field": name, "start": x.start, "end": x.end, "text": x.text}
                                  for name, spans in sorted(s.evidence.items()) for x in spans]}
                    for s in sorted(e.sources, key=lambda s: s.report)],
        "disputed": [{"field": d.field, "value": dispute_value(v),
                      "reports": list(d.sources[k]) if k < len(d.sources) else []}
                     for d in e.disputed for k, v in enumerate(d.values)],
        "confidence": round(e.confidence, 3), "note": e.note, "members": sorted(e.members),
    }


def events_table(events: Sequence[Event]) -> "pa.Table":
    """The events as a typed Arrow table (``.to_pandas()``, ``polars.from_arrow(...)``)."""
    import pyarrow as pa

    return pa.Table.from_pylist([_record(e) for e in events], schema=schema())
