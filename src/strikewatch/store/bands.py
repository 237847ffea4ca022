"""Duplicate reports in a store, from the MinHash band keys kept in ``report_bands``.

Every stored report has its band keys (``merge.dedup.band_keys``) in ``report_bands``,
written in the transaction that stores the report (and, for reports stored before
schema version 6, when that migration runs). Two reports are duplicate candidates
when they share a key, so

* ``duplicates_after_save`` finds the candidates of the new or rewritten reports of
  a save by one join on the keys, reads the texts of those reports only, and
  updates the stored answer (``merge.dedup.update_duplicates``): the work follows
  the size of the batch, not of the store;
* ``all_duplicates`` (a full re-merge) reads the reports that share a key with
  another, with their keys.

The join keeps only pairs published at most ``MAX_DAYS`` apart (or undated, or
with identical texts), and the keys give back each report's MinHash values, so
unlike candidates are dropped before any text is compared, as in
``find_duplicate_reports``.

Both give exactly what ``find_duplicate_reports`` gives over every stored report.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..models import Report
from .blocks import bound_in

if TYPE_CHECKING:
    import numpy as np

    from .duckdb_store import Store

CHUNK = 2000  # reports hashed and written per batch (37 rows each)


def keys_of(reports: Iterable[Report]) -> dict[str, "np.ndarray"]:
    """Report id -> band keys (``merge.dedup.band_keys``): hash before a write transaction."""
    from ..merge.dedup import band_keys

    return band_keys(reports)


def write(store: "Store", keys: dict[str, "np.ndarray"], *, replace: bool = True) -> None:
    """Write the band rows of these reports (``replace``: their old rows are deleted first)."""
    if replace:
        store._delete_keys("report_bands", "report_id", list(keys))
    ids = list(keys)
    for start in range(0, len(ids), CHUNK):
        rows = [[rid, k1, k2] for rid in ids[start:start + CHUNK] for k1, k2 in keys[rid].tolist()]
        store._bulk_insert("report_bands", ("report_id", "k1", "k2"), rows)


def backfill(store: "Store") -> int:
    """Write the band rows of every stored report that has none; returns how many reports."""
    missing = [i for (i,) in store.con.execute(
        "SELECT id FROM reports WHERE id NOT IN (SELECT report_id FROM report_bands) ORDER BY id").fetchall()]
    for start in range(0, len(missing), CHUNK):
        write(store, keys_of(load(store, set(missing[start:start + CHUNK])).values()), replace=False)
    return len(missing)


def load(store: "Store", ids: set[str]) -> dict[str, Report]:
    """The stored reports with these ids (the fields duplicate detection reads)."""
    if not ids:
        return {}
    where, params = bound_in("id", ids)
    rows = store.con.execute(f"SELECT id, text, title, published FROM reports WHERE {where}", params).fetchall()
    return {i: Report(id=i, text=t, title=ti, published=p) for i, t, ti, p in rows}


def neighbours(store: "Store", ids: set[str]) -> dict[str, set[str]]:
    """For each id, the other stored reports that share a band key with it and were published at
    most ``MAX_DAYS`` apart (or either undated, or with the same text): the candidates
    ``find_duplicate_reports`` checks (``merge.dedup.windowed_pairs``)."""
    from ..merge.dedup import MAX_DAYS

    out: dict[str, set[str]] = {}
    if not ids:
        return out
    where, params = bound_in("a.report_id", ids)
    rows = store.con.execute(
        "SELECT DISTINCT a.report_id, b.report_id FROM report_bands a "
        "JOIN report_bands b ON b.k1 = a.k1 AND b.k2 = a.k2 "
        "JOIN reports ra ON ra.id = a.report_id JOIN reports rb ON rb.id = b.report_id "
        f"WHERE {where} AND b.report_id <> a.report_id "
        "AND (ra.published IS NULL OR rb.published IS NULL OR abs(ra.published - rb.published) <= ? "
        "OR ra.content_hash = rb.content_hash)", [*params, MAX_DAYS]).fetchall()
    for a, b in rows:
        out.setdefault(a, set()).add(b)
    return out


def stored_duplicates(store: "Store") -> dict[str, str]:
    """The stored answer: report id -> canonical id (``reports.duplicate_of``)."""
    return dict(store.con.execute(
        "SELECT id, duplicate_of FROM reports WHERE duplicate_of IS NOT NULL").fetchall())


def duplicates_after_save(store: "Store", fresh: set[str], old: dict[str, str]) -> dict[str, str]:
    """Every stored report's duplicate link after a save of the ``fresh`` (new or rewritten)
    reports, from ``old``, the links stored before it."""
    from ..merge.dedup import update_duplicates

    return update_duplicates(old, set(fresh), lambda ids: neighbours(store, ids), lambda ids: load(store, ids),
                             lambda ids: stored_keys(store, ids))


def all_duplicates(store: "Store") -> dict[str, str]:
    """Every stored report's duplicate link, worked out from scratch (the reports that share a
    band key with another, read with their stored keys)."""
    from ..merge.dedup import find_duplicate_reports

    ids = {i for (i,) in store.con.execute(
        "SELECT DISTINCT report_id FROM report_bands WHERE (k1, k2) IN "
        "(SELECT k1, k2 FROM report_bands GROUP BY k1, k2 HAVING count(*) > 1)").fetchall()}
    return find_duplicate_reports(list(load(store, ids).values()), keys=stored_keys(store, ids))


def stored_keys(store: "Store", ids: set[str]) -> dict[str, "np.ndarray"]:
    """The stored band keys of these reports, in ``band_keys``'s layout (band order)."""
    import numpy as np

    if not ids:
        return {}
    where, params = bound_in("report_id", ids)
    rows = store.con.execute(f"SELECT report_id, k1, k2 FROM report_bands WHERE {where} ORDER BY report_id, k1",
                             params).fetchall()
    out: dict[str, list] = {}
    for rid, k1, k2 in rows:
        out.setdefault(rid, []).append((k1, k2))
    return {rid: np.array(k, dtype=np.int64) for rid, k in out.items()}
