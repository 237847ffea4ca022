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
from .gazetteer import Candidate, Gazetteer
from .names import normalize
from .regions import COMPASS, US_STATE_ABBREVIATIONS, US_STATE_NAMES

MAX_CANDIDATES = 60
FEATURE_PRIOR = {"city": 0.0, "district": -0.3, "admin1": 1.2, "country": 3.0, "region": 3.0, "continent": 4.0}
KIND_PENALTY = (0.0, 2.0, 0.5, 1.0)
_GENERIC_TAIL = re.compile(
    r"\s+(province|governorate|district|region|state|city|county|parish|oblast|prefecture|municipality|area|town|village)$",
    re.I)
_TAIL_FEATURE = {"province": "admin1", "governorate": "admin1", "state": "admin1", "oblast": "admin1",
                 "prefecture": "admin1", "region": "admin1", "district": "district", "county": "district",
                 "parish": "district", "city": "city", "town": "city", "village": "city", "municipality": "city",
                 "area": None}
_ABBREV = re.compile(r"\s*,\s*([A-Z][A-Za-z]{1,4})\.?(?![A-Za-z])")


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
    if tail and (not cands or tail_want):
        cands = cands + gaz.lookup(name[: tail.start()])
    want = m.want or tail_want
    if m.compass:
        cands = [c for c in cands if gaz.feature(c.id) in ("country", "admin1", "continent", "region")]
    if not cands:
        return _Scored(np.zeros(0, dtype=np.int64), np.zeros(0))
    ids = np.fromiter((c.id for c in cands), dtype=np.int64, count=len(cands))
    prior = np.log10(gaz.pop[ids].astype(np.float64) + 10.0)
    feats = gaz.feature_code[ids]
    prior += np.array([FEATURE_PRIOR[gaz.feature(i)] for i in ids])
    prior -= np.array([KIND_PENALTY[c.kind] for c in cands])
    if want:
        prior += np.where(np.array([gaz.feature(i) == want for i in ids]), 3.0, 0.0)
    del feats
    order = np.argsort(-prior)[:MAX_CANDIDATES]
    return _Scored(ids[order], prior[order])


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max())
    return e / e.sum()


def _containers(text: str, mentions: list[Mention], k: int) -> tuple[list[int], str | None]:
    """Mentions that name the place containing mention ``k`` ("X, Y", "Y's X"), and a US state cue."""
    m = mentions[k]
    out = []
    after = re.match(r"\s*,\s*", text[m.end:m.end + 6])
    if after and k + 1 < len(mentions) and mentions[k + 1].start == m.end + after.end():
        out.append(k + 1)
    if k > 0 and re.fullmatch(r"['’]s\s+", text[mentions[k - 1].end:m.start]):
        out.append(k - 1)
    state = None
    ab = _ABBREV.match(text, m.end)
    if ab and not out:
        state = US_STATE_ABBREVIATIONS.get(ab.group(1).lower().replace(".", ""))
    return out, state


def _contains(gaz: Gazetteer, outer: int, inner: int) -> bool:
    f = gaz.feature(outer)
    if outer == inner or gaz.cc(outer) != gaz.cc(inner):
        return False
    if f == "country":
        return True
    if f == "admin1":
        return gaz.admin1(inner) == gaz.admin1(outer)
    if f == "district":
        return gaz.admin1(inner) == gaz.admin1(outer) and gaz.admin2(inner) == gaz.admin2(outer)
    return False


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


def _rescore(gaz: Gazetteer, text: str, mentions: list[Mention], scored: list[_Scored],
             keys: list[str]) -> list[np.ndarray]:
    ccs, a1s = _context(gaz, scored, keys)
    firsts = [sc.ids[int(np.argmax(sc.prior))] if len(sc.ids) else -1 for sc in scored]
    out = []
    for k, sc in enumerate(scored):
        if not len(sc.ids):
            out.append(sc.prior)
            continue
        s = sc.prior.copy()
        s += 3.0 * np.array([ccs[k].get(gaz.cc(i), 0.0) for i in sc.ids])
        s += 3.0 * np.array([a1s[k].get((gaz.cc(i), gaz.admin1(i)), 0.0) for i in sc.ids])
        conts, state = _containers(text, mentions, k)
        for c in conts:
            outers = scored[c].ids
            s += np.array([5.0 if any(_contains(gaz, o, i) for o in outers) else 0.0 for i in sc.ids])
        if state:
            s += np.array([5.0 if gaz.cc(i) == "US" and gaz.admin1(i) == US_STATE_NAMES.get(state) else 0.0
                           for i in sc.ids])
        others = [f for j, f in enumerate(firsts) if f >= 0 and keys[j] != keys[k]
                  and gaz.feature(f) in ("city", "district")]
        if others:
            o = np.array(others)
            d = _distance_km(gaz.lat[sc.ids][:, None], gaz.lon[sc.ids][:, None], gaz.lat[o][None, :], gaz.lon[o][None, :])
            s += np.where(d.min(axis=1) < 150.0, 1.0, 0.0)
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

