"""GeoNames dump files, in GeoNames' own download format, added to the gazetteer being built.

``strikewatch gazetteer build FILE...`` reads any mix of:

* place tables: ``allCountries.zip``, per-country ``XX.zip`` or ``XX.txt`` (19 tab-separated columns:
  geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature code,
  country code, cc2, admin1 code, admin2 code, admin3, admin4, population, elevation, dem,
  timezone, modification date);
* alternate names: ``alternateNamesV2.zip``/``.txt`` or a per-country ``alternatenames/XX.zip``
  (alternateNameId, geonameid, isolanguage, name, isPreferredName, isShortName, isColloquial,
  isHistoric, from, to);
* ``admin1CodesASCII.txt`` and ``admin2Codes.txt`` (code, name, asciiname, geonameid).

Every populated place is kept, with or without a population (GeoNames has none for most villages
in conflict zones), with the administrative areas and the sites a conflict analyst codes events at
(:data:`KEEP_SITES`: camps, checkpoints and border posts, bridges, dams, airports and airfields,
military bases and installations, forts, prisons). A row whose geonameid the embedded data already
holds only lends that entry its names; a first- or second-order area the embedded data already has
(same country and name) likewise.
"""
from __future__ import annotations

import io
import os
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

from ..errors import ConfigError
from .names import is_latin, normalize

KEEP_SITES = frozenset({
    "CMP", "CMPRF", "CMPQ", "CMPLA", "CMPO", "CMPMN",  # camps, refugee camps
    "PSTB", "PSTC", "PSTP", "CSTM", "CKPT",  # border, customs and police posts, checkpoints
    "BDG", "BDGQ", "DAM", "DAMQ", "DAMSB",  # bridges, dams
    "AIRP", "AIRF", "AIRB", "AIRH", "AIRQ",  # airports, airfields, airbases
    "MILB", "INSM", "FT", "PRN", "INSMQ",  # military sites, forts, prisons
})
AREA_CODES = {"ADM1": "admin1", "ADM2": "district", "ADM3": "district", "ADM4": "district", "ADM5": "district",
              "ADMD": "district"}
SKIP_PLACES = frozenset({"PPLH"})  # historical populated places
SKIP_LANGUAGES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "fr_1793", "abbr", "unlc", "tcid"})
PLACE_COLUMNS = 19


@dataclass(frozen=True, slots=True)
class Place:
    """One kept row of a GeoNames place table."""

    gid: int
    name: str
    ascii: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    fclass: str
    fcode: str
    cc: str
    admin1: str
    admin2: str
    pop: int

    @property
    def feature(self) -> str:
        """The gazetteer feature of this row: city (places and sites), district, admin1 or country."""
        if self.fclass == "A":
            return "country" if self.fcode.startswith("PCL") else AREA_CODES.get(self.fcode, "district")
        return "city"


@dataclass
class DumpFiles:
    """What the given files hold, by kind."""

    places: list[str] = field(default_factory=list)
    alternates: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    admin2: list[str] = field(default_factory=list)


def classify(paths: list[str]) -> DumpFiles:
    """Sort the given files into place tables, alternate names and admin code tables (by file name)."""
    out = DumpFiles()
    for path in paths:
        if not os.path.isfile(path):
            raise ConfigError(f"not a file: {path}")
        base = os.path.basename(path).lower()
        if base.startswith("alternatenames") or os.path.basename(os.path.dirname(path)).lower() == "alternatenames":
            out.alternates.append(path)
        elif base.startswith("admin1codes"):
            out.admin1.append(path)
        elif base.startswith("admin2codes"):
            out.admin2.append(path)
        elif base.endswith((".zip", ".txt", ".tsv")):
            out.places.append(path)
        else:
            raise ConfigError(f"not a GeoNames dump file (.zip or .txt): {path}")
    return out


def lines(path: str) -> Iterator[str]:
    """Text lines of a dump file, from inside its zip when it is one (readme and language tables skipped)."""
    if path.lower().endswith(".zip"):
        try:
            with zipfile.ZipFile(path) as zf:
                for member in zf.namelist():
                    low = os.path.basename(member).lower()
                    if low.endswith(".txt") and not low.startswith(("readme", "iso-languagecodes")):
                        with zf.open(member) as raw:
                            yield from io.TextIOWrapper(raw, encoding="utf-8")
        except zipfile.BadZipFile as exc:
            raise ConfigError(f"{path}: {exc}") from exc
        return
    with open(path, encoding="utf-8") as f:
        yield from f


def kept(fclass: str, fcode: str) -> bool:
    """Whether a row of this feature class and code goes into the gazetteer."""
    if fclass == "P":
        return fcode not in SKIP_PLACES
    if fclass == "A":
        return fcode in AREA_CODES or fcode.startswith("PCL")
    return fcode in KEEP_SITES


def read_places(path: str, skipped: Counter) -> Iterator[Place]:
    """The kept rows of a place table; ``skipped`` counts the others by feature class."""
    for n, line in enumerate(lines(path), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < PLACE_COLUMNS:
            raise ConfigError(f"{path}:{n}: expected {PLACE_COLUMNS} tab-separated GeoNames columns, got {len(cols)}")
        if not kept(cols[6], cols[7]):
            skipped[cols[6] or "?"] += 1
            continue
        try:
            yield Place(int(cols[0]), cols[1], cols[2], tuple(a for a in cols[3].split(",") if a),
                        float(cols[4]), float(cols[5]), cols[6], cols[7], cols[8], cols[10], cols[11],
                        int(cols[14] or 0))
        except ValueError as exc:
            raise ConfigError(f"{path}:{n}: {exc}") from exc


def read_codes(paths: list[str]) -> dict[str, str]:
    """Admin code -> ASCII name from admin1CodesASCII/admin2Codes files ("SY.08" -> "Deir ez-Zor")."""
    out = {}
    for path in paths:
        for line in lines(path):
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3 and cols[0]:
                out[cols[0]] = cols[2] or cols[1]
    return out


def read_alternates(paths: list[str], wanted: set[int]) -> dict[int, list[str]]:
    """Alternate names of the ``wanted`` geonameids usable in English text (no links, codes or
    non-Latin scripts; historic names left out, as a city's old name usually names another place now)."""
    out: dict[int, list[str]] = {}
    for path in paths:
        for line in lines(path):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or not cols[1].isdigit():
                continue
            gid = int(cols[1])
            if gid not in wanted or cols[2] in SKIP_LANGUAGES or (len(cols) > 7 and cols[7] == "1"):
                continue
            out.setdefault(gid, []).append(cols[3])
    return out


def usable_name(name: str, blocked: set[str]) -> bool:
    """A name worth filing for a place: Latin script, 3+ characters, no digits, not a short all-caps
    code, and not a country's name or demonym (which some villages carry as a variant)."""
    return (len(name) >= 3 and is_latin(name) and not any(ch.isdigit() for ch in name)
            and not (name.isupper() and len(name) <= 4) and normalize(name) not in blocked)
