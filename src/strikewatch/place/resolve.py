"""Toponym resolution: pick the gazetteer entry each mention denotes.

Pure functions over a text, its mentions and a loaded gazetteer. A candidate's
score adds a population prior, a feature prior (countries and provinces named
outright are usually meant), a penalty for matching only an alternate name,
the document's soft country/province context (from every other mention's
candidates), nearness to the other places, and explicit hierarchy cues in the
text ("Alexandria, La.", "Athens, Georgia", "Iraq's Anbar province").
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from typing import NamedTuple

import numpy as np

from ..models import Location, Toponym
from .build import FEATURES
from .gazetteer import Candidate, Gazetteer
from .names import normalize
from .regions import COMPASS

MAX_CANDIDATES = 60
LOCAL_TOP = 15
W = {"country": 3.0, "admin1": 3.0, "explicit": 5.0, "coherence": 1.5, "coherence_cap": 3.0, "near_km": 100.0, "variant": 2.0}
FEATURE_PRIOR = {"city": 0.0, "district": -0.3, "admin1": 1.2, "country": 3.0, "region": 3.0, "continent": 4.0}
KIND_PENALTY = (0.0, 2.0, 0.5, 1.0)
BIG_PROVINCE = 1_000_000  # a province this populous, named outright, beats towns matched by a variant
CAPITAL_SHARE = 0.1  # a same-name city with this share of its province's population is the province's capital
_GENERIC_TAIL = re.compile(
    r"\s+(province|governorate|district|region|state|city|county|parish|oblast|prefecture|municipality|area|town|village)$",
    re.I)
_TAIL_FEATURE = {"province": "admin1", "governorate": "admin1", "state": "admin1", "oblast": "admin1",
                 "prefecture": "admin1", "region": "admin1", "district": "district", "county": "district",
                 "parish": "district", "city": "city", "town": "city", "village": "city", "municipality": "city",
                 "area": None}
_ABBREV = re.compile(r"\s*,\s*([A-Z]{2}\b|[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]?\.)?)")


_ADMIN1, _DISTRICT, _COUNTRY = FEATURES.index("admin1"), FEATURES.index("district"), FEATURES.index("country")
_IS_POINT = np.array([f in ("city", "district") for f in FEATURES])
_IS_LOCAL = np.array([f in ("city", "district", "admin1") for f in FEATURES])


class Mention(NamedTuple):
    """A span to resolve, with what the words around it say about it."""

    start: int
    end: int
    precision: str | None = None  # "near", "in and around" from the context
    want: str | None = None  # feature the context asks for (admin1, district, city)
    compass: str | None = None  # "northern" in "northern Afghanistan" (span covers both words)


class _Scored(NamedTuple):
    ids: np.ndarray
    prior: np.ndarray


def _surface(text: str, m: Mention) -> tuple[str, str | None]:
    """The name to look up (compass word, leading "the", possessive and generic tail removed)."""
    s = text[m.start:m.end]
    if m.compass and s.lower().startswith(m.compass.lower()):
        s = s[len(m.compass):].strip()
    s = re.sub(r"^(the)\s+", "", s, flags=re.I)
    s = re.sub(r"['’]s$", "", s)
    tail = _GENERIC_TAIL.search(s)
    want = _TAIL_FEATURE.get(tail.group(1).lower()) if tail else None
    return s, want


def candidates(gaz: Gazetteer, text: str, m: Mention) -> _Scored:
    """Candidate entries of a mention with their context-free prior scores."""
    name, tail_want = _surface(text, m)
    cands = gaz.lookup(name)
    tail = _GENERIC_TAIL.search(name)
    if tail and not cands:
        cands = gaz.lookup(name[: tail.start()])
    else:
        tail_want = None
    want = m.want or tail_want
    if m.compass:
        cands = [c for c in cands if gaz.feature(c.id) in ("country", "admin1", "continent", "region")]
    cands = _prune(gaz, cands, want)
    if not cands:
        return _Scored(np.zeros(0, dtype=np.int64), np.zeros(0))
    ids = np.fromiter((c.id for c in cands), dtype=np.int64, count=len(cands))
    prior = np.log10(gaz.pop[ids].astype(np.float64) + 10.0)
    prior += np.array([FEATURE_PRIOR[gaz.feature(i)] for i in ids])
    kinds = np.array([c.kind for c in cands])
    prior -= np.take(KIND_PENALTY, kinds)
    if (kinds == 0).any():  # a name that is some place's own name rarely means another's variant
        prior -= np.where((kinds == 1) | (kinds == 3), W["variant"], 0.0)
    if want:
        prior += np.where(np.array([gaz.feature(i) == want for i in ids]), 3.0, 0.0)
    order = np.argsort(-prior)[:MAX_CANDIDATES]
    return _Scored(ids[order], prior[order])


def _prune(gaz: Gazetteer, cands: list[Candidate], want: str | None) -> list[Candidate]:
    """Drop readings news almost never means.

    A town matched only by a variant spelling loses to a country, continent,
    region or large province named outright ("Canada" is not "La Cañada"); a
    province loses to its namesake capital unless the text asks for the
    province ("Basra" is the city, "Basra province" the province).
    """
    feats = [gaz.feature(c.id) for c in cands]
    big_area = any(c.kind == 0 and (f in ("country", "continent", "region") or
                                    (f == "admin1" and gaz.pop[c.id] >= BIG_PROVINCE))
                   for c, f in zip(cands, feats))
    if big_area:
        keep = [(c, f) for c, f in zip(cands, feats) if not (c.kind in (1, 3) and f in ("city", "district"))]
        cands, feats = [c for c, _ in keep], [f for _, f in keep]
    if want == "admin1":
        return cands
    cities = [c.id for c, f in zip(cands, feats) if f == "city"]
    if not cities:
        return cands
    cid = np.asarray(cities)
    out = []
    for c, f in zip(cands, feats):
        if f == "admin1":
            same = (gaz.cc_code[cid] == gaz.cc_code[c.id]) & (gaz.admin1_code[cid] == gaz.admin1_code[c.id])
            if (same & (gaz.pop[cid] >= CAPITAL_SHARE * gaz.pop[c.id])).any():
                continue
        out.append(c)
    return out


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max())
    return e / e.sum()


def _containers(gaz: Gazetteer, text: str, mentions: list[Mention], scored: list[_Scored], k: int) -> list[list[int]]:
    """Entries that may contain mention ``k`` by the text: "X, Y", "Y's X", "X, Ga.", "X, GA"."""
    m = mentions[k]
    out = []
    after = re.match(r"\s*,\s*", text[m.end:m.end + 6])
    if after and k + 1 < len(mentions) and mentions[k + 1].start == m.end + after.end():
        out.append([int(i) for i in scored[k + 1].ids])
    if k > 0 and re.fullmatch(r"['’]s\s+", text[mentions[k - 1].end:m.start]):
        out.append([int(i) for i in scored[k - 1].ids])
    if not out:
        ab = _ABBREV.match(text, m.end)
        if ab:
            out.append([c.id for c in gaz.lookup(ab.group(1))])
    return out


def _explicit(gaz: Gazetteer, outers: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """1.0 for each of ``ids`` inside one of the country/province/district entries ``outers``."""
    if not len(outers):
        return np.zeros(len(ids))
    country = (gaz.feature_code[outers][None, :] == _COUNTRY) & (gaz.cc_code[outers][None, :] == gaz.cc_code[ids][:, None])
    country &= outers[None, :] != ids[:, None]
    return (country.any(axis=1) | _contains_any(gaz, outers, ids)).astype(np.float64)


def _contains_any(gaz: Gazetteer, outers: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """For each of ``ids``: is it inside one of the province/district entries ``outers``?"""
    f = gaz.feature_code[outers][None, :]
    same = (gaz.cc_code[outers][None, :] == gaz.cc_code[ids][:, None]) & (outers[None, :] != ids[:, None])
    same &= gaz.admin1_code[outers][None, :] == gaz.admin1_code[ids][:, None]
    district = (f == _DISTRICT) & (gaz.admin2_code[outers][None, :] == gaz.admin2_code[ids][:, None])
    return (same & ((f == _ADMIN1) | district)).any(axis=1)


def _distance_km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(lon2 - lon1)
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 6371.0 * 2 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def _context(gaz: Gazetteer, scored: list[_Scored], keys: list[str]) -> tuple[list, list]:
    """Per-mention soft country and province weights from the *other* mentions' candidates."""
    cc_w: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    a1_w: dict[str, dict[tuple, float]] = defaultdict(lambda: defaultdict(float))
    for sc, key in zip(scored, keys):
        if not len(sc.ids):
            continue
        p = _softmax(sc.prior)
        for i, w in zip(sc.ids, p):
            if w < 0.02:
                continue
            cc = gaz.cc(i)
            cc_w[key][cc] += w
            if gaz.feature(i) != "country":
                a1_w[key][(cc, gaz.admin1(i))] += w
    ccs, a1s = [], []
    for key in keys:
        cc_tot: dict[str, float] = defaultdict(float)
        a1_tot: dict[tuple, float] = defaultdict(float)
        for other in cc_w:
            if other != key:
                for c, w in cc_w[other].items():
                    cc_tot[c] += w
                for a, w in a1_w[other].items():
                    a1_tot[a] += w
        n = sum(1 for other in cc_w if other != key) or 1
        ccs.append({c: w / n for c, w in cc_tot.items()})
        a1s.append({a: w / n for a, w in a1_tot.items()})
    return ccs, a1s


def _locals_by_key(gaz: Gazetteer, scored: list[_Scored], keys: list[str]) -> dict[str, np.ndarray]:
    """Per name: ids of its most likely local candidates (cities, districts, provinces)."""
    acc: dict[str, list[np.ndarray]] = defaultdict(list)
    for sc, key in zip(scored, keys):
        ids = sc.ids[:LOCAL_TOP]
        acc[key].append(ids[_IS_LOCAL[gaz.feature_code[ids]]])
    return {k: np.unique(np.concatenate(v)) for k, v in acc.items()}


def _coherence(gaz: Gazetteer, ids: np.ndarray, locals_: dict[str, np.ndarray], key: str) -> np.ndarray:
    """For each candidate: how many other names have a candidate near it or containing it."""
    out = np.zeros(len(ids))
    point = _IS_POINT[gaz.feature_code[ids]]
    if not point.any():
        return out
    lat, lon = gaz.lat[ids][:, None], gaz.lon[ids][:, None]
    for other, o in locals_.items():
        if other == key or not len(o):
            continue
        near = (_distance_km(lat, lon, gaz.lat[o][None, :], gaz.lon[o][None, :]) < W["near_km"]).any(axis=1)
        out += near | _contains_any(gaz, o, ids)
    out[~point] = 0.0
    return np.minimum(out, W["coherence_cap"])


def _rescore(gaz: Gazetteer, text: str, mentions: list[Mention], scored: list[_Scored],
             keys: list[str]) -> list[np.ndarray]:
    ccs, a1s = _context(gaz, scored, keys)
    locals_ = _locals_by_key(gaz, scored, keys)
    coherent: dict[tuple[str, bytes], np.ndarray] = {}
    out = []
    for k, sc in enumerate(scored):
        if not len(sc.ids):
            out.append(sc.prior)
            continue
        s = sc.prior.copy()
        s += W["country"] * np.array([ccs[k].get(gaz.cc(i), 0.0) for i in sc.ids])
        s += W["admin1"] * np.array([a1s[k].get((gaz.cc(i), gaz.admin1(i)), 0.0) for i in sc.ids])
        for outers in _containers(gaz, text, mentions, scored, k):
            s += W["explicit"] * _explicit(gaz, np.asarray(outers, dtype=np.int64), sc.ids)
        ck = (keys[k], sc.ids.tobytes())
        if ck not in coherent:
            coherent[ck] = W["coherence"] * _coherence(gaz, sc.ids, locals_, keys[k])
        s += coherent[ck]
        out.append(s)
    return out


def _region_location(gaz: Gazetteer, i: int, phrase: str, compass: str) -> Location:
    loc = gaz.location(i, precision="region")
    dlat, dlon = COMPASS.get(compass.lower(), (0.0, 0.0))
    s, n, w, e = (float(v) for v in gaz.bbox[i])
    if not any(math.isnan(v) for v in (s, n, w, e)) and (dlat or dlon):
        loc.lat = round((s + n) / 2 + dlat * (n - s) / 2, 5)
        loc.lon = round((w + e) / 2 + dlon * (e - w) / 2, 5)
    loc.name = phrase
    loc.feature = "region"
    loc.geonameid = None
    return loc


def resolve(gaz: Gazetteer, text: str, mentions: list[Mention]) -> list[Toponym]:
    """Resolve every mention of ``text`` jointly; returns Toponyms sorted by start."""
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    scored = [candidates(gaz, text, m) for m in mentions]
    keys = [normalize(_surface(text, m)[0]) for m in mentions]
    final = _rescore(gaz, text, mentions, scored, keys)
    out = []
    for m, sc, s in zip(mentions, scored, final):
        span = text[m.start:m.end]
        if not len(sc.ids):
            out.append(Toponym(m.start, m.end, span, None, 0.0))
            continue
        best = int(np.argmax(s))
        i = int(sc.ids[best])
        if m.compass:
            loc = _region_location(gaz, i, span, m.compass)
        else:
            loc = gaz.location(i, precision=m.precision)
        out.append(Toponym(m.start, m.end, span, loc, round(float(_softmax(s)[best]), 4)))
    return out

