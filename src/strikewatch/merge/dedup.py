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
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
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
SEED = 1

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


def find_duplicate_reports(reports: list[Report]) -> dict[str, str]:
    """Report id -> canonical report id, for near-duplicates only (see module doc)."""
    if len({r.id for r in reports}) < 2:
        return {}
    from datasketch import MinHash, MinHashLSH  # imports scipy: only when there is something to compare

    by_id = {r.id: r for r in sorted(reports, key=lambda r: r.id)}
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    hashes: dict[str, "MinHash"] = {}
    template = MinHash(num_perm=NUM_PERM, seed=SEED)  # permutations drawn once, shared by every report
    for rid, r in by_id.items():
        m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_given, permutations=template.permutations,
                    scheme=template.scheme)
        m.update_batch(_sha1_32(shingles(_body(r))))
        hashes[rid] = m
        lsh.insert(rid, m)
    parent = {rid: rid for rid in by_id}
    digests = {rid: r.content_hash for rid, r in by_id.items()}

    @lru_cache(maxsize=256)  # shingle sets are rebuilt for candidates only: kept for all, they were
    def shingle_set(rid: str) -> frozenset[str]:  # ~75 KB per 500-word report, the run's peak memory
        return frozenset(shingles(_body(by_id[rid])))

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for rid in by_id:
        for other in sorted(lsh.query(hashes[rid])):
            if other <= rid or find(other) == find(rid):
                continue
            if _is_duplicate(by_id[rid], by_id[other], partial(shingle_set, rid), partial(shingle_set, other),
                             digests[rid], digests[other]):
                parent[max(find(rid), find(other))] = min(find(rid), find(other))
    groups: dict[str, list[Report]] = {}
    for rid in by_id:
        groups.setdefault(find(rid), []).append(by_id[rid])
    out: dict[str, str] = {}
    for members in groups.values():
        canonical = min(members, key=_canonical_key).id
        out.update({r.id: canonical for r in members if r.id != canonical})
    return dict(sorted(out.items()))
