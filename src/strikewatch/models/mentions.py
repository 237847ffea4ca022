"""What is found in a report's text before events are coded: temporal expressions, places."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

# ---------------------------------------------------------------- mentions


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression in a text, normalised against the document date.

    ``value`` is a TimeML value (``2016-10-09``, ``2016-W41``, ``P3D``, ``PAST_REF``).
    ``first``/``last`` bound the calendar days it denotes (None when it is not a
    date, or cannot be resolved without a document date). ``precision`` is one
    of day, week, month, quarter, year, decade, approximate, unknown.
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    first: dt.date | None = None
    last: dt.date | None = None
    precision: str = "unknown"
    basis: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "type": self.type,
            "value": self.value, "precision": self.precision, "basis": self.basis,
            "range": [self.first.isoformat(), self.last.isoformat()] if self.first and self.last else None,
        }


EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points in decimal degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(max(0.0, h))))


# ACLED geo_precision for each of our location precision labels.
GEO_PRECISION = {
    "exact": 1, "city": 1, "near": 1, "in and around": 1,
    "area": 2, "district": 2,
    "region": 3, "province": 3, "country": 3,
}


@dataclass(slots=True)
class Location:
    """A resolved place. ``precision`` is one of the labels in GEO_PRECISION."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "city"
    geonameid: int | None = None
    feature: str | None = None  # city, admin1, country, region
    country_code: str | None = None

    @property
    def geo_precision(self) -> int:
        return GEO_PRECISION.get(self.precision, 2)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "country": self.country, "admin1": self.admin1,
            "lat": self.lat, "lon": self.lon, "precision": self.precision,
            "geonameid": self.geonameid, "geo_precision": self.geo_precision,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Location":
        keys = ("name", "country", "admin1", "lat", "lon", "precision", "geonameid")
        return cls(**{k: d.get(k) for k in keys if d.get(k) is not None or k in ("lat", "lon")})


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name found in a text, with its resolution (None if unresolved)."""

    start: int
    end: int
    text: str
    location: Location | None = None
    score: float = 0.0
