"""Near-duplicate reports: syndicated copies and light rewrites.

Each report's body is cut into word shingles (``SHINGLE`` words, lower-cased,
punctuation dropped); a MinHash per report (datasketch, fixed seed) goes into
an LSH index that proposes candidate pairs cheaply. A candidate is a duplicate
when

* the exact Jaccard similarity of the shingle sets is at least ``JACCARD``,
  or at least ``JACCARD_TITLED`` when the titles are alike (token Jaccard at
  least ``TITLE_JACCARD``), and
* the publication dates, when both are known, are at most ``MAX_DAYS`` apart.

Duplicates are grouped transitively; each group's canonical report is the
earliest published (undated last), then the smallest id. The result maps every
other report of a group to its canonical one. Verification is exact, so the
answer does not depend on the order of the reports.

Candidates are the reports that share one of the ``BANDS`` bands of ``ROWS``
MinHash values (datasketch's ``MinHashLSH`` banding for ``LSH_THRESHOLD``)
*and* were published at most ``MAX_DAYS`` apart (or either undated), the
window the exact check enforces anyway. Without the window, reports on one
beat that share boilerplate meet in the same buckets across years, and the
candidate pairs grow with the square of the corpus. Reports with identical
text are duplicates whatever their dates, and always share every band, so
they are joined by their content hash. A candidate pair whose MinHash values
(the ``BANDS * ROWS`` in the keys) agree in under ``ESTIMATE_MIN`` of places is
dropped before the shingles are compared: for a pair at the lowest accepted
similarity (0.4) that happens with probability about 1e-5, and it spares the
exact check of most unrelated pairs that share boilerplate. ``band_keys`` turns each band into an
exact pair of integers, so a store can keep them and find the candidates of a
new report by lookup; ``update_duplicates`` then re-groups only around the new
reports, with the answer ``find_duplicate_reports`` gives for all of them.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from functools import lru_cache, partial

import numpy as np

from ..models import Report

ShingleSet = set[str] | frozenset[str] | Callable[[], frozenset[str]]
SHINGLE = 3
NUM_PERM = 128
LSH_THRESHOLD = 0.3
JACCARD = 0.6
JACCARD_TITLED = 0.4
TITLE_JACCARD = 0.5
MAX_DAYS = 7
ESTIMATE_MIN = 0.2  # MinHash estimate below which the exact check is skipped (half of JACCARD_TITLED)
SEED = 1
BANDS, ROWS = 37, 3  # MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).b and .r (tested)

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word k-shingles of a text (the whole text as one shingle when shorter)."""
    ws = words(text)
    if len(ws) < k:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i:i + k]) for i in range(len(ws) - k + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def _body(report: Report) -> str:
    """The original text without its headline: the same whichever way the report was rebuilt
    (from files, from the store, or passed between Dask workers), so duplicates never depend on it."""
    text = report.text
    if report.title and text.lstrip().startswith(report.title):
        return text.lstrip()[len(report.title):]
    return text


def _sha1_32(items: set[str]) -> list[int]:
    """datasketch's default ``sha1_hash32`` of each item (first 4 bytes of SHA-1, little-endian),
    computed in one pass: the same values, without a Python call and ``struct.unpack`` per shingle."""
    digests = b"".join([hashlib.sha1(s.encode("utf-8")).digest()[:4] for s in items])
    return np.frombuffer(digests, dtype="<u4").tolist()


def _given(value: int) -> int:
    return value


def _title(report: Report) -> set[str]:
    return set(words(report.title)) if report.title else set()


def _is_duplicate(a: Report, b: Report, sa: ShingleSet, sb: ShingleSet, ha: str | None = None,
                  hb: str | None = None) -> bool:
    """``sa``/``sb``: shingle sets, or functions that build them (called only when needed);
    ``ha``/``hb``: the reports' content hashes when the caller has them (``content_hash`` hashes the text)."""
    if (ha or a.content_hash) == (hb or b.content_hash):
        return True
    if a.published and b.published and abs((a.published - b.published).days) > MAX_DAYS:
        return False
    ta, tb = _title(a), _title(b)
    titled = bool(ta and tb) and jaccard(ta, tb) >= TITLE_JACCARD
    sa, sb = (sa() if callable(sa) else sa), (sb() if callable(sb) else sb)
    return jaccard(sa, sb) >= (JACCARD_TITLED if titled else JACCARD)


def _canonical_key(r: Report) -> tuple:
    return (r.published is None, r.published.toordinal() if r.published else 0, r.id)


@lru_cache(maxsize=1)
def _template() -> "MinHash":  # noqa: F821 - datasketch imports scipy: only when there is something to hash
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED)  # permutations drawn once, shared by every report


_BAND_NO = np.arange(BANDS, dtype=np.uint64) << np.uint64(32)


def band_keys(reports: Iterable[Report]) -> dict[str, np.ndarray]:
    """Report id -> its band keys: an int64 array of ``BANDS`` rows ``(k1, k2)``. Band ``i`` holds
    MinHash values ``3i..3i+2`` (each below 2**32), packed without loss as ``k1 = i << 32 | v0``,
    ``k2 = v1 << 32 | v2``: two reports share a key exactly when they share that band."""
    reports = list(reports)
    if not reports:
        return {}
    from datasketch import MinHash

    template, out = _template(), {}
    for r in reports:
        m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_given, permutations=template.permutations,
                    scheme=template.scheme)
        m.update_batch(_sha1_32(shingles(_body(r))))
        v = np.asarray(m.hashvalues[:BANDS * ROWS], dtype=np.uint64).reshape(BANDS, ROWS)
        if int(v.max()) >> 32:  # pragma: no cover - datasketch's legacy scheme keeps 32-bit values
            raise ValueError("MinHash values wider than 32 bits cannot be packed into band keys")
        keys = np.empty((BANDS, 2), dtype=np.uint64)
        keys[:, 0] = _BAND_NO | v[:, 0]
        keys[:, 1] = (v[:, 1] << np.uint64(32)) | v[:, 2]
        out[r.id] = keys.view(np.int64)
    return out


def signature(keys: np.ndarray) -> np.ndarray:
    """The ``BANDS * ROWS`` MinHash values packed in one report's band keys (``band_keys``)."""
    k = keys.view(np.uint64)
    low = np.uint64(0xFFFFFFFF)
    return np.stack([k[:, 0] & low, k[:, 1] >> np.uint64(32), k[:, 1] & low], axis=1).ravel().astype(np.uint32)


def alike(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two reports' ``signature`` values estimate a Jaccard similarity of ``ESTIMATE_MIN`` or more."""
    return np.count_nonzero(a == b) >= ESTIMATE_MIN * len(a)


def buckets(keys: dict[str, np.ndarray]) -> list[list[str]]:
    """The groups of two or more report ids that share a band key (the LSH candidates), found by
    sorting every key once (no per-key Python objects: 37 per report made a dict of millions)."""
    ids = list(keys)
    if len(ids) < 2:
        return []
    table = np.concatenate([keys[i] for i in ids]).view(np.uint64)
    owner = np.repeat(np.arange(len(ids)), [len(keys[i]) for i in ids])
    order = np.lexsort((owner, table[:, 1], table[:, 0]))
    table, owner = table[order], owner[order]
    new = np.ones(len(table), dtype=bool)
    new[1:] = (table[1:] != table[:-1]).any(axis=1)
    starts = np.flatnonzero(new)
    sizes = np.diff(np.append(starts, len(table)))
    return [[ids[o] for o in owner[s:s + n].tolist()] for s, n in zip(starts[sizes > 1].tolist(),
                                                                      sizes[sizes > 1].tolist())]


def _day(r: Report) -> int | None:
    return r.published.toordinal() if r.published else None


def windowed_pairs(by_id: dict[str, Report], candidates: Iterable[list[str]]) -> set[tuple[str, str]]:
    """Pairs ``(a, b)``, ``a < b``, of reports that share a candidate group and were published at
    most ``MAX_DAYS`` apart, or of which one is undated: every pair the exact check can accept,
    except identical texts far apart (joined by hash instead)."""
    pairs: set[tuple[str, str]] = set()
    for ids in candidates:
        members = [i for i in ids if i in by_id]
        if len(members) < 2:
            continue
        dated = sorted((d, i) for i in members if (d := _day(by_id[i])) is not None)
        undated = [i for i in members if by_id[i].published is None]
        first = 0
        for j, (d, b) in enumerate(dated):
            while dated[first][0] < d - MAX_DAYS:
                first += 1
            pairs.update((a, b) if a < b else (b, a) for _, a in dated[first:j])
        for a in undated:
            pairs.update((a, b) if a < b else (b, a) for b in members if b != a)
    return pairs


class _Groups:
    """Union-find over report ids, linking candidate pairs that pass the exact check."""

    def __init__(self, by_id: dict[str, Report], ids: Iterable[str], keys: dict[str, np.ndarray]):
        self.by_id = by_id
        self.keys = keys  # band keys: candidates whose MinHash values disagree are not compared
        self.signatures: dict[str, np.ndarray] = {}
        self.parent = {rid: rid for rid in ids}
        self.digests: dict[str, str] = {}
        # shingle sets are rebuilt for candidates only: kept for all, they were
        # ~75 KB per 500-word report, the run's peak memory
        self.shingle_set = lru_cache(maxsize=256)(lambda rid: frozenset(shingles(_body(by_id[rid]))))

    def signature(self, rid: str) -> np.ndarray:
        sig = self.signatures.get(rid)
        if sig is None:
            sig = self.signatures[rid] = signature(self.keys[rid])
        return sig

    def find(self, x: str) -> str:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        self.parent[max(ra, rb)] = min(ra, rb)

    def link(self, a: str, b: str) -> None:
        """Join ``a`` and ``b`` when they are duplicates (not checked when already joined)."""
        if self.find(a) == self.find(b):
            return
        ra, rb = self.by_id[a], self.by_id[b]
        ha = self.digests.setdefault(a, ra.content_hash)
        hb = self.digests.setdefault(b, rb.content_hash)
        if ha != hb and not alike(self.signature(a), self.signature(b)):
            return
        if _is_duplicate(ra, rb, partial(self.shingle_set, a), partial(self.shingle_set, b), ha, hb):
            self.union(a, b)

    def canonical(self) -> dict[str, str]:
        """Report id -> canonical id for every grouped report but the canonical ones."""
        groups: dict[str, list[str]] = {}
        for rid in self.parent:
            groups.setdefault(self.find(rid), []).append(rid)
        out: dict[str, str] = {}
        for members in groups.values():
            if len(members) > 1:
                canonical = min(members, key=lambda m: _canonical_key(self.by_id[m]))
                out.update({m: canonical for m in members if m != canonical})
        return out


def _join_identical(groups: _Groups, ids: Iterable[str]) -> None:
    """Join reports with the same content hash (identical texts share every band key)."""
    first: dict[str, str] = {}
    for rid in sorted(ids):
        digest = groups.digests.setdefault(rid, groups.by_id[rid].content_hash)
        groups.union(first.setdefault(digest, rid), rid)


def find_duplicate_reports(reports: list[Report], keys: dict[str, np.ndarray] | None = None) -> dict[str, str]:
    """Report id -> canonical report id, for near-duplicates only (see module doc). ``keys``:
    the ``band_keys`` of these reports when the caller has them (a store keeps them)."""
    if len({r.id for r in reports}) < 2:
        return {}
    by_id = {r.id: r for r in sorted(reports, key=lambda r: r.id)}
    keys = band_keys(by_id.values()) if keys is None else keys
    candidates = buckets({i: keys[i] for i in by_id})
    groups = _Groups(by_id, by_id, keys)
    _join_identical(groups, {i for ids in candidates for i in ids})
    for a, b in sorted(windowed_pairs(by_id, candidates)):
        groups.link(a, b)
    return dict(sorted(groups.canonical().items()))


def update_duplicates(old: dict[str, str], fresh: set[str],
                      neighbours: Callable[[set[str]], dict[str, set[str]]],
                      load: Callable[[set[str]], dict[str, Report]],
                      keys: Callable[[set[str]], dict[str, np.ndarray]]) -> dict[str, str]:
    """``find_duplicate_reports`` of a store's reports after the ``fresh`` ones were added or rewritten,
    worked out around them from ``old``, the answer before the change.

    ``neighbours(ids)``: for each id, the other stored reports sharing a band key with it;
    ``load(ids)``: those stored reports; ``keys(ids)``: their band keys. Whether two unchanged reports are duplicates does not
    change, so every old group stands, except groups that lost a rewritten report: their other
    members are linked again among themselves. The fresh reports are then linked to their
    candidates, whose whole groups join; canonical ids are chosen again for every group touched.
    """
    members: dict[str, set[str]] = {}
    for rid, canonical in old.items():
        members.setdefault(canonical, {canonical}).add(rid)

    def group(rid: str) -> set[str]:
        return members.get(old.get(rid, rid), {rid})

    broken = set().union(*(group(r) for r in fresh)) - fresh if fresh else set()
    near = neighbours(fresh | broken)
    pairs = {(min(a, b), max(a, b)) for a in fresh for b in near.get(a, ())}
    pairs |= {(min(a, b), max(a, b)) for a in broken for b in near.get(a, ())
              if b in broken and old.get(a, a) == old.get(b, b)}
    nodes = fresh | broken
    intact = {old.get(x, x) for pair in pairs for x in pair if x not in nodes}
    nodes = nodes.union(*(members.get(c, {c}) for c in intact))
    groups = _Groups(load(nodes), nodes, keys(nodes))
    for c in sorted(intact):
        for rid in members.get(c, ()):
            groups.union(rid, c)
    for a, b in sorted(pairs):
        groups.link(a, b)
    out = {rid: c for rid, c in old.items() if rid not in nodes}
    out.update(groups.canonical())
    return dict(sorted(out.items()))
