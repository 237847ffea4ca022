"""Toponym resolution: pick the gazetteer entry each mention denotes.

Pure functions over a text, its mentions and a loaded gazetteer. A candidate's
score adds a population prior, a feature prior (countries and provinces named
outright are usually meant), a penalty for matching only an alternate name,
the document's soft country/province context (from every other mention's
candidates), nearness to the other places, and explicit hierarchy cues in the
text ("Alexandria, La.", "Athens, Georgia", "Iraq's Anbar province").

Resolution runs in passes: each later one weighs the other names' context and
nearness by how likely each of their readings was after the one before (damped,
so two names cannot swap readings back and forth), so one unlikely namesake of a
neighbour no longer pulls a place off course. Each name's context counts once,
however often it is repeated. Before scoring, readings news almost never means are pruned (a town matched by a
variant of a country's name; a province whose namesake capital is a candidate).
The alternate-name penalty fades for very large cities, whose English exonyms
GeoNames files as variants ("Moscow" for Moskva).
"""
from __future__ import annotations

import math
import re
import weakref
from collections import Counter, defaultdict
from typing import NamedTuple

import numpy as np

from ..models import Location, Toponym
from .boxes import area_mask, boxed, stated_area
from .containers import CONTAINER_GAP, contradicted
from .build import FEATURES
from .gazetteer import Gazetteer, name_key
from .names import skeleton
from .regions import COMPASS
from .focus import focus_of, in_focus, lone_reading
from .prune import prune
from .spatial import Locals, coherence, contained, relations
from .variants import fallback_candidates

MAX_CANDIDATES = 60
LOCAL_TOP = 15
# Weights. exonym_full/span: log10 population above which the variant penalty is gone / over which it fades;
# passes: re-scores with the previous pass's probabilities (context_pass: for the country/province context too),
# damping: share of the previous pass kept; siblings_free: sibling provinces that do not yet make a list;
# capital: prior bonus of national capitals (also exempt from the variant penalty).
W = {"country": 4.0, "admin1": 4.0, "explicit": 5.0, "coherence": 1.5, "coherence_cap": 3.0, "near_km": 100.0, "variant": 2.0,
     "exonym_full": 6.5, "exonym_span": 1.0, "passes": 3, "context_pass": 1, "pop": 1.0, "capital": 2.0,
     "siblings_free": 1.0, "damping": 0.3, "per_name": 1, "own_name_pop": 20_000, "boxed": 4.0,
     "village_pop": 10_000}
FEATURE_PRIOR = {"city": 0.0, "district": -0.3, "admin1": 1.2, "country": 3.0, "region": 3.0, "continent": 4.0}
KIND_PENALTY = (0.0, 2.0, 0.5, 1.0, 1.5)  # by Candidate.kind: primary, alternate, demonym, stripped, translit
_GENERIC_TAIL = re.compile(
    r"\s+(province|governorate|district|region|state|city|county|parish|oblast|prefecture|municipality|area|town|village|"
    r"lga|sub-?county|subcounty|constituency|division)$",
    re.I)
_TAIL_FEATURE = {"province": "admin1", "governorate": "admin1", "state": "admin1", "oblast": "admin1",
                 "prefecture": "admin1", "region": "admin1", "district": "district", "county": "district",
                 "parish": "district", "city": "city", "town": "city", "village": "city", "municipality": "city",
                 "area": None, "lga": "district", "sub-county": "district", "subcounty": "district",
                 "constituency": "district", "division": "district"}
_ABBREV = re.compile(r"\s*,\s*([A-Z]{2}\b|[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]?\.)?)")
_THE = re.compile(r"^(the)\s+", re.I)
_POSSESSIVE = re.compile(r"['’]s$")
_ADMIN1, _COUNTRY = FEATURES.index("admin1"), FEATURES.index("country")
_FEATURE_PRIOR = np.array([FEATURE_PRIOR[f] for f in FEATURES])
_IS_LOCAL = np.array([f in ("city", "district", "admin1") for f in FEATURES])


class Mention(NamedTuple):
    """A span to resolve, with what the words around it say about it."""

    start: int
    end: int
    precision: str | None = None  # "near", "in and around" from the context
    want: str | None = None  # feature the context asks for (admin1, district, city)
    compass: str | None = None  # "northern" in "northern Afghanistan" (span covers both words)


CANDIDATE_CACHE = 100_000  # mentions (words, compass, want) whose candidates are kept per gazetteer
_CANDIDATES: "weakref.WeakKeyDictionary[Gazetteer, dict]" = weakref.WeakKeyDictionary()


class _Scored(NamedTuple):
    ids: np.ndarray
    prior: np.ndarray
    cc: tuple[int, ...] = ()  # per candidate: country code,
    a1: tuple[int, ...] = ()  # province code,
    country: tuple[bool, ...] = ()  # whether it is a country
    local: tuple[int, ...] = ()  # positions among the first LOCAL_TOP of the cities, districts and provinces
    kinds: tuple[int, ...] = ()  # per candidate: how its name matched (Candidate.kind)


def _surface(text: str, m: Mention) -> tuple[str, str | None]:
    """The name to look up (compass word, leading "the", possessive and generic tail removed)."""
    s = text[m.start:m.end]
    if m.compass and s.lower().startswith(m.compass.lower()):
        s = s[len(m.compass):].strip()
    s = _THE.sub("", s)
    s = _POSSESSIVE.sub("", s)
    tail = _GENERIC_TAIL.search(s)
    want = _TAIL_FEATURE.get(tail.group(1).lower()) if tail else None
    return s, want


def candidates(gaz: Gazetteer, text: str, m: Mention) -> _Scored:
    """Candidate entries of a mention with their context-free prior scores. They depend only on the span's words,
    its compass cue and wanted feature, so they are remembered per gazetteer (read-only arrays, shared)."""
    memo = _CANDIDATES.get(gaz)
    if memo is None:
        memo = _CANDIDATES.setdefault(gaz, {})
    key = (text[m.start:m.end], m.compass, m.want)
    got = memo.get(key)
    if got is None:
        if len(memo) >= CANDIDATE_CACHE:
            memo.clear()
        got = memo[key] = _candidates(gaz, text, m)
        got.ids.setflags(write=False)
        got.prior.setflags(write=False)
    return got


def _candidates(gaz: Gazetteer, text: str, m: Mention) -> _Scored:
    name, tail_want = _surface(text, m)
    cands = gaz.lookup(name)
    tail = _GENERIC_TAIL.search(name)
    # a lower-case tail describes the name ("Hays city"), and "Hays City" may be one namesake's variant
    if tail and (not cands or tail.group(1).islower() and all(c.kind != 0 for c in cands)):
        seen = {c.id for c in cands}
        cands = cands + [c for c in gaz.lookup(name[: tail.start()]) if c.id not in seen]
    else:
        tail_want = None
    want = m.want or tail_want
    if want == "admin1" and not any(gaz.feature(c.id) == "admin1" for c in cands):  # "Kyiv oblast", "Sagaing region": the
        base = name[: tail.start()] if tail else name  # province (Kyiv city is in a province of its own)
        cands = cands + [c for w in ("Oblast", "Region", "Province", "Krai") for c in gaz.lookup(f"{base} {w}")]
    if not cands:
        cands = fallback_candidates(gaz, name)
    if not cands:  # another romanisation of the name ("Deir al-Zour" for "Dayr az Zawr")
        cands = gaz.lookup_translit(name) or (gaz.lookup_translit(name[: tail.start()]) if tail else [])
    if m.compass:  # "northern Syria" is a region; "northern Omdurman", with no area of that name, the city's part
        cands = [c for c in cands if gaz.feature(c.id) in ("country", "admin1", "continent", "region")] or cands
    cands = prune(gaz, cands, want)
    if not cands:
        return _Scored(np.zeros(0, dtype=np.int64), np.zeros(0))
    ids = np.fromiter((c.id for c in cands), dtype=np.int64, count=len(cands))
    prior = W["pop"] * np.log10(gaz.pop[ids].astype(np.float64) + 10.0)
    feats = gaz.feature_code[ids]
    prior += _FEATURE_PRIOR[feats]
    kinds = np.array([c.kind for c in cands])
    penalty = np.take(KIND_PENALTY, kinds)
    pops = gaz.pop[ids].astype(np.float64)
    if (kinds == 0).any():  # a name that is some place's own name rarely means another's variant
        penalty = penalty + np.where((kinds == 1) | (kinds == 3), W["variant"], 0.0)
        # ... unless the own-name places are villages and the variant spells the own name of a town ten times
        # their size ("Jenin": a Polish village's, the West Bank's Janin; not "Mystic" for Medford, a former name)
        own = pops[kinds == 0].max()
        if own < W["village_pop"]:
            spelling = skeleton(name)
            spelled = np.array([skeleton(gaz.names[i]) == spelling for i in ids])
            spelled |= (kinds == 1) & (pops >= max(30 * own, 1e5))  # or names a city 30 times their size: "Ghent", "Derna"
            penalty = np.where(((kinds == 1) | (kinds == 3)) & spelled & (pops >= 10 * max(own, 1.0)), penalty / 4, penalty)
    # English news names big cities by exonyms that GeoNames files as variants ("Moscow" for Moskva)
    fade = np.clip((W["exonym_full"] - np.log10(pops + 1.0)) / W["exonym_span"], 0.0, 1.0)
    capital = gaz.is_capital[ids]  # news names national capitals far more than their namesakes
    # ... but not by a former name that a town of some size still bears ("Salisbury" is not Harare)
    owned = ((kinds == 0) & (pops >= W["own_name_pop"])).any()
    renamed = capital & (kinds != 0) & owned
    prior -= penalty * np.where(renamed, 1.0, np.where(capital, 0.0, fade))
    prior += W["capital"] * (capital & ~renamed)
    if want in FEATURES:  # a unit named as one ("Poltava oblast") is that unit, though GeoNames counts nobody in it
        prior += np.where(feats == FEATURES.index(want), 3.0 + (pops == 0) * W["pop"] * np.log10(pops.max() + 10.0), 0.0)
    order = np.argsort(-prior)[:MAX_CANDIDATES]
    ids = ids[order]
    feats = gaz.feature_code[ids]
    return _Scored(ids, prior[order], tuple(gaz.cc_code[ids].tolist()), tuple(gaz.admin1_code[ids].tolist()),
                   tuple((feats == _COUNTRY).tolist()), tuple(np.flatnonzero(_IS_LOCAL[feats[:LOCAL_TOP]]).tolist()),
                   tuple(kinds[order].tolist()))


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max())
    return e / e.sum()


def _containers(gaz: Gazetteer, text: str, mentions: list[Mention], scored: list[_Scored], k: int) -> list[list[int]]:
    """Entries that may contain mention ``k`` by the text: "X, Y", "Y's X", "X, Ga.", "X, GA"."""
    m = mentions[k]
    out = []
    j = k + 1  # "X, Y", "X (Y, Z)", "X village in Y county (Z state)": each of Y, Z contains X
    while j < len(mentions) and j <= k + 2 and CONTAINER_GAP.match(text[mentions[j - 1].end:mentions[j].start]):
        # as a container a name means its province too ("X, Donetsk"), though alone it means the city
        provinces = [c.id for c in gaz.lookup(_surface(text, mentions[j])[0]) if gaz.feature_code[c.id] == _ADMIN1]
        out.append([int(i) for i in scored[j].ids] + provinces)
        j += 1
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
    return contained(gaz, outers, ids).any(axis=1)


class _Context(NamedTuple):
    """The country and province weights of every name (``cc_all``, ``a1_all``) and, per name, its
    own share and the number of other names: a name's context is the total less its own share."""

    cc_all: dict[int, float]
    a1_all: dict[tuple, float]
    own: dict[str, tuple[dict, dict, int]]

    def country(self, key: str, cc: int) -> float:
        own_cc, _, n = self.own[key]
        return (self.cc_all[cc] - own_cc.get(cc, 0.0)) / n if cc in self.cc_all else 0.0

    def province(self, key: str, pair: tuple) -> float:
        _, own_a1, n = self.own[key]
        return (self.a1_all[pair] - own_a1.get(pair, 0.0)) / n if pair in self.a1_all else 0.0


def _context(gaz: Gazetteer, scored: list[_Scored], keys: list[str], probs: list[np.ndarray | None],
             hints: dict[int, float] | None = None) -> _Context:
    """Soft country and province weights of each name from its mentions' candidates, weighted by
    ``probs`` (their priors' or a first pass's probabilities; see :class:`_Context`)."""
    cc_w: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    a1_w: dict[str, dict[tuple, float]] = defaultdict(lambda: defaultdict(float))
    for k, (sc, key) in enumerate(zip(scored, keys)):
        if not len(sc.ids):
            continue
        p = probs[k]
        kept = np.flatnonzero(p >= 0.02).tolist()
        if not kept:
            continue
        ccw, a1w, weights = cc_w[key], a1_w[key], p.tolist()
        for j in kept:
            cc, w = sc.cc[j], weights[j]
            ccw[cc] += w
            if not sc.country[j]:
                a1w[(cc, sc.a1[j])] += w
    if W["per_name"]:  # each name counts once, however often it is repeated
        reps = Counter(k for k, sc in zip(keys, scored) if len(sc.ids))
        for key, r in reps.items():
            if r > 1:
                cc_w[key] = defaultdict(float, {c: w / r for c, w in cc_w[key].items()})
                a1_w[key] = defaultdict(float, {a: w / r for a, w in a1_w[key].items()})
    cc_all: dict[int, float] = defaultdict(float)
    a1_all: dict[tuple, float] = defaultdict(float)
    for key in cc_w:
        for c, w in cc_w[key].items():
            cc_all[c] += w
        for a, w in a1_w[key].items():
            a1_all[a] += w
    for c, w in (hints or {}).items():  # demonyms and groups count like names of their countries
        cc_all[c] += w
    extra = len(hints or {})
    own = {key: (cc_w.get(key, {}), a1_w.get(key, {}), (len(cc_w) - (key in cc_w) + extra) or 1) for key in set(keys)}
    return _Context(cc_all, a1_all, own)


def _locals_by_key(gaz: Gazetteer, scored: list[_Scored], keys: list[str],
                   probs: list[np.ndarray | None] | None = None) -> Locals:
    """Per name: its most likely local candidates (cities, districts, provinces) and their weights: each weighs 1,
    or with ``probs`` (a first pass's probabilities) its probability under that pass."""
    acc: dict[str, dict[int, float]] = defaultdict(dict)
    for k, (sc, key) in enumerate(zip(scored, keys)):
        mine = acc[key]
        if not sc.local:
            continue
        ids = sc.ids.tolist()
        weights = None if probs is None else probs[k].tolist()
        for j in sc.local:
            i, p = ids[j], 1.0 if weights is None else weights[j]
            if p > mine.get(i, -1.0):
                mine[i] = p
    return {k: (np.fromiter(v, dtype=np.int64, count=len(v)), np.fromiter(v.values(), dtype=np.float64, count=len(v)))
            for k, v in acc.items()}


def _rescore(gaz: Gazetteer, text: str, mentions: list[Mention], scored: list[_Scored], keys: list[str],
             cache: dict, first: list[np.ndarray] | None = None, hints: dict[int, float] | None = None) -> list[np.ndarray]:
    """One pass of scores; ``cache`` keeps what does not change between passes (explicit cues, relations).
    Mentions of one name with the same candidates share their context and coherence terms."""
    soft = None if first is None else [_softmax(f) if len(sc.ids) else None for f, sc in zip(first, scored)]
    ctx = _context(gaz, scored, keys, soft if soft is not None and W["context_pass"] else
                   [_softmax(sc.prior) if len(sc.ids) else None for sc in scored], hints)
    locals_ = _locals_by_key(gaz, scored, keys, soft)
    shared: dict[tuple[str, bytes], tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    out = []
    for k, sc in enumerate(scored):
        if not len(sc.ids):
            out.append(sc.prior)
            continue
        if k not in cache:
            s = sc.prior.copy()
            for outers in _containers(gaz, text, mentions, scored, k):
                s += W["explicit"] * _explicit(gaz, np.asarray(outers, dtype=np.int64), sc.ids)
            if k in cache.setdefault("boxed", boxed(text, [(m.start, m.end) for m in mentions])):
                bare = np.asarray(sc.kinds) == 1  # a bare area name is how brackets name areas: no variant penalty
                s += area_mask(gaz, sc.ids) * (W["boxed"] + bare * (KIND_PENALTY[1] + W["variant"]))  # "X (Y, Z)"
            cache[k] = s
        s = cache[k].copy()
        key = keys[k]
        ck = (key, sc.ids.tobytes())
        if ck not in shared:
            if ck not in cache:
                cache[ck] = relations(gaz, sc.ids, locals_, key, W["near_km"])
            shared[ck] = (W["country"] * np.array([ctx.country(key, c) for c in sc.cc]),
                          W["admin1"] * np.array([ctx.province(key, pair) for pair in zip(sc.cc, sc.a1)]),
                          W["coherence"] * coherence(len(sc.ids), cache[ck], locals_, W["siblings_free"],
                                                     W["coherence_cap"]))
        for term in shared[ck]:
            s += term
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


def _one_sense(scored: list[_Scored], keys: list[str], final: list[np.ndarray]) -> list[np.ndarray]:
    """One reading per name and text: mentions of a name with the same candidates share the log of
    their mean probabilities ("Dublin, Ohio" early on decides the later bare "Dublin")."""
    groups: dict[tuple[str, bytes], list[int]] = defaultdict(list)
    for k, (sc, key) in enumerate(zip(scored, keys)):
        if len(sc.ids):
            groups[(key, sc.ids.tobytes())].append(k)
    out = list(final)
    for members in groups.values():
        if len(members) > 1:
            shared = np.log(np.mean([_softmax(final[k]) for k in members], axis=0) + 1e-12)
            for k in members:
                out[k] = shared
    return out


def resolve(gaz: Gazetteer, text: str, mentions: list[Mention], hints: dict[str, float] | None = None) -> list[Toponym]:
    """Resolve every mention of ``text`` jointly; returns Toponyms sorted by start. ``hints``: country
    code -> weight of evidence that is no toponym (demonyms, armed groups, the outlet:
    :func:`strikewatch.place.focus.text_hints`), which with the names makes the report's focus."""
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    scored = [candidates(gaz, text, m) for m in mentions]
    for k in contradicted(gaz, text, [(m.start, m.end) for m in mentions], [sc.ids for sc in scored]):
        scored[k] = _Scored(np.zeros(0, dtype=np.int64), np.zeros(0))  # a namesake outside the stated area
    keys = [name_key(_surface(text, m)[0]) for m in mentions]
    cache: dict = {}
    index = {cc: i for i, cc in enumerate(gaz.ccs)}
    coded = {index[cc]: w for cc, w in (hints or {}).items() if cc in index}
    final = _rescore(gaz, text, mentions, scored, keys, cache, hints=coded)
    for _ in range(int(W["passes"]) - 1):  # damped, so two names cannot swap readings back and forth
        new = _rescore(gaz, text, mentions, scored, keys, cache, first=final, hints=coded)
        final = [W["damping"] * a + (1 - W["damping"]) * b for a, b in zip(final, new)]
    final = _one_sense(scored, keys, final)
    focus = focus_of(gaz, [sc.cc for sc in scored], keys,
                     [_softmax(s) if len(sc.ids) else None for s, sc in zip(final, scored)], hints or {})
    lone = {key for sc, s, key in zip(scored, final, keys) if lone_reading(gaz, sc, s, focus, key)}
    out = []
    for m, sc, s, key in zip(mentions, scored, final, keys):
        span = text[m.start:m.end]
        judge = focus.without(lone - {key}) if key in lone else focus  # lone names do not refuse each other
        best, s = in_focus(gaz, sc, s, judge, key, near=m.precision == "near") if len(sc.ids) else (None, s)
        if best is None and len(sc.ids) and mentions.index(m) in cache.get("boxed", ()):  # the text says where: "X (Y)" keeps Y's area
            best = stated_area(gaz, sc.ids, sc.kinds or [0] * len(sc.ids), s)
        if best is None:
            out.append(Toponym(m.start, m.end, span, None, 0.0))
            continue
        i = int(sc.ids[best])
        if m.compass:  # a city's part ("northern Omdurman") stays the city, at precision "area"
            loc = _region_location(gaz, i, span, m.compass) if gaz.feature(i) != "city" else gaz.location(i, "area")
        else:
            loc = gaz.location(i, precision=m.precision)
        out.append(Toponym(m.start, m.end, span, loc, round(float(_softmax(s)[best]), 4)))
    return out
