"""Duplicate reports in a store, from the MinHash band keys kept in ``report_bands``.

``DuplicateBands`` owns ``report_bands`` and the stored answer, ``reports.duplicate_of``.
Every stored report has its band keys (``merge.dedup.band_keys``) in ``report_bands``,
written in the transaction that stores the report (and, for reports stored before
schema version 6, when that migration runs). Two reports are duplicate candidates
when they share a key, so

* ``after_save`` finds the candidates of the new or rewritten reports of a save by
  one join on the keys, reads the texts of those reports only, and updates the
  stored answer (``merge.dedup.update_duplicates``): the work follows the size of
  the batch, not of the store;
* ``all_duplicates`` (a full re-merge) reads the reports that share a key with
  another, with their keys.

The join keeps only pairs published at most ``MAX_DAYS`` apart (or undated, or
with identical texts), and the keys give back each report's MinHash values, so
unlike candidates are dropped before any text is compared, as in
``find_duplicate_reports``.

Both give exactly what ``find_duplicate_reports`` gives over every stored report.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from ..models import Report
from .interface import Store
from .query import Binds, bound_in

if TYPE_CHECKING:
    import numpy as np

BANDS_VERSION = 6  # the migration that adds report_bands: rows for the reports already stored
CHUNK = 2000  # reports hashed and written per batch (37 rows each)


def keys_of(reports: Iterable[Report]) -> dict[str, "np.ndarray"]:
    """Report id -> band keys (``merge.dedup.band_keys``): hash before a write transaction."""
    from ..merge.dedup import band_keys

    return band_keys(reports)


class DuplicateBands:
    """The band keys of the stored reports and their duplicate links."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def write(self, keys: Mapping[str, "np.ndarray"], *, replace: bool = True) -> None:
        """Write the band rows of these reports (``replace``: their old rows are deleted first)."""
        ids = list(keys)
        if replace:
            self.store.delete_rows("report_bands", "report_id", ids)
        for start in range(0, len(ids), CHUNK):
            rows = [[rid, k1, k2] for rid in ids[start:start + CHUNK] for k1, k2 in keys[rid].tolist()]
            self.store.insert_rows("report_bands", ("report_id", "k1", "k2"), rows)

    def backfill(self) -> int:
        """Write the band rows of every stored report that has none; returns how many reports."""
        missing = [i for (i,) in self.store.query(
            "SELECT id FROM reports WHERE id NOT IN (SELECT report_id FROM report_bands) ORDER BY id")]
        for start in range(0, len(missing), CHUNK):
            self.write(keys_of(self.load(set(missing[start:start + CHUNK])).values()), replace=False)
        return len(missing)

    def load(self, ids: set[str]) -> dict[str, Report]:
        """The stored reports with these ids (the fields duplicate detection reads)."""
        if not ids:
            return {}
        b = Binds()
        rows = self.store.query(f"SELECT id, text, title, published FROM reports WHERE {bound_in('id', ids, b)}",
                                b.values)
        return {i: Report(id=i, text=t, title=ti, published=p) for i, t, ti, p in rows}

    def neighbours(self, ids: set[str]) -> dict[str, set[str]]:
        """For each id, the other stored reports that share a band key with it and were published at
        most ``MAX_DAYS`` apart (or either undated, or with the same text): the candidates
        ``find_duplicate_reports`` checks (``merge.dedup.windowed_pairs``)."""
        from ..merge.dedup import MAX_DAYS

        out: dict[str, set[str]] = {}
        if not ids:
            return out
        b = Binds()
        where = bound_in("a.report_id", ids, b)
        rows = self.store.query(
            "SELECT DISTINCT a.report_id, b.report_id FROM report_bands a "
            "JOIN report_bands b ON b.k1 = a.k1 AND b.k2 = a.k2 "
            "JOIN reports ra ON ra.id = a.report_id JOIN reports rb ON rb.id = b.report_id "
            f"WHERE {where} AND b.report_id <> a.report_id "
            f"AND (ra.published IS NULL OR rb.published IS NULL OR abs(ra.published - rb.published) <= {b(MAX_DAYS)} "
            "OR ra.content_hash = rb.content_hash)", b.values)
        for a, other in rows:
            out.setdefault(a, set()).add(other)
        return out

    def stored(self) -> dict[str, str]:
        """The stored answer: report id -> canonical id (``reports.duplicate_of``)."""
        return dict(self.store.query("SELECT id, duplicate_of FROM reports WHERE duplicate_of IS NOT NULL"))

    def set_links(self, links: Mapping[str, str], reports: Iterable[str]) -> None:
        """Store the duplicate link (``links.get(id)``, None for none) of each of these reports."""
        self.store.update_rows("reports", ("duplicate_of",), "id", [[links.get(r), r] for r in sorted(reports)])

    def after_save(self, fresh: set[str], old: Mapping[str, str]) -> dict[str, str]:
        """Every stored report's duplicate link after a save of the ``fresh`` (new or rewritten)
        reports, from ``old``, the links stored before it."""
        from ..merge.dedup import update_duplicates

        return update_duplicates(dict(old), set(fresh), self.neighbours, self.load, self.stored_keys)

    def all_duplicates(self) -> dict[str, str]:
        """Every stored report's duplicate link, worked out from scratch (the reports that share a
        band key with another, read with their stored keys)."""
        from ..merge.dedup import find_duplicate_reports

        ids = {i for (i,) in self.store.query(
            "SELECT DISTINCT report_id FROM report_bands WHERE (k1, k2) IN "
            "(SELECT k1, k2 FROM report_bands GROUP BY k1, k2 HAVING count(*) > 1)")}
        return find_duplicate_reports(list(self.load(ids).values()), keys=self.stored_keys(ids))

    def stored_keys(self, ids: set[str]) -> dict[str, "np.ndarray"]:
        """The stored band keys of these reports, in ``band_keys``'s layout (band order)."""
        import numpy as np

        if not ids:
            return {}
        b = Binds()
        rows = self.store.query(f"SELECT report_id, k1, k2 FROM report_bands WHERE {bound_in('report_id', ids, b)} "
                                "ORDER BY report_id, k1", b.values)
        out: dict[str, list] = {}
        for rid, k1, k2 in rows:
            out.setdefault(rid, []).append((k1, k2))
        return {rid: np.array(k, dtype=np.int64) for rid, k in out.items()}
