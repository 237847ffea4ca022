"""Reviewer decisions and their audit log: the three tables of ``migrations/002_review.sql``.

``ReviewLog`` owns

* ``overrides``: a field value (or the event's ``status``) set by a reviewer, keyed
  by an *anchor*: the smallest member id of the event when it was reviewed. Member
  ids are the per-report event ids, which re-extraction and re-merging keep, so the
  override is found again on whichever merged event contains the anchor
  (``curate.overrides.apply_reviews``); the machine never overwrites it.
* ``links``: ``must`` / ``cannot`` pairs of member ids, passed to
  ``merge_events(must_link=..., cannot_link=...)`` by every re-merge.
* ``reviews``: the audit log: who, when, what, the value before and after.

The actions that write them (confirm, edit, merge, split, ...) are ``curate.review``.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any, NamedTuple

from ..models import Event
from .interface import Store
from .query import Binds


class Override(NamedTuple):
    anchor: str
    field: str
    value: Any
    reviewer: str
    updated_at: dt.datetime


class ReviewLog:
    """Overrides, reviewer links and the audit log of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # ------------------------------------------------------------ overrides

    def overrides(self) -> list[Override]:
        rows = self.store.query("SELECT anchor, field, value, reviewer, updated_at FROM overrides")
        return [Override(a, f, json.loads(v), r, t) for a, f, v, r, t in rows]

    def set_override(self, anchor: str, field: str, value: Any, reviewer: str, at: dt.datetime) -> None:
        self.store.upsert_rows("overrides", ("anchor", "field", "value", "reviewer", "updated_at"), ("anchor", "field"),
                               [[anchor, field, json.dumps(value, ensure_ascii=False), reviewer, at]])

    def move_overrides(self, old: list[str], new: str) -> None:
        """Re-key overrides from anchors in ``old`` to ``new`` (the newer value wins per field)."""
        b = Binds()
        where = f"anchor IN ({b.many(old)})"
        rows = self.store.query(f"SELECT anchor, field, value, reviewer, updated_at FROM overrides WHERE {where} "
                                "ORDER BY updated_at", b.values)
        self.store.execute(f"DELETE FROM overrides WHERE {where}", b.values)
        for _, field, value, reviewer, at in rows:
            kept = self.store.query("SELECT updated_at FROM overrides WHERE anchor = $1 AND field = $2", [new, field])
            if not kept or kept[0][0] <= at:
                self.set_override(new, field, json.loads(value), reviewer, at)

    def reanchor(self, old: str, new: str) -> None:
        """Key ``old``'s overrides, links and audit rows by ``new`` (its event lives on in ``new``'s)."""
        self.move_overrides([old], new)
        self.store.execute("UPDATE reviews SET anchor = $1 WHERE anchor = $2", [new, old])
        rows = self.store.query("SELECT kind, a, b, reviewer, created_at FROM links WHERE a = $1 OR b = $1", [old])
        self.store.execute("DELETE FROM links WHERE a = $1 OR b = $1", [old])
        for kind, a, b, reviewer, at in rows:
            other = b if a == old else a
            if other not in (old, new):
                self.add_link(kind, new, other, reviewer, at)

    def reviewed(self, ids: list[str]) -> set[str]:
        """Those of ``ids`` that an override or a link names."""
        if not ids:
            return set()
        b = Binds()
        keys = b.many(sorted(set(ids)))
        rows = self.store.query(f"SELECT anchor FROM overrides WHERE anchor IN ({keys}) UNION "
                                f"SELECT a FROM links WHERE a IN ({keys}) UNION "
                                f"SELECT b FROM links WHERE b IN ({keys})", b.values)
        return {r[0] for r in rows}

    def named_ids(self, prefix: str) -> set[str]:
        """Every id starting with ``prefix`` that an override, a link or an audit row names."""
        rows = self.store.query("SELECT anchor FROM overrides UNION SELECT a FROM links UNION SELECT b FROM links "
                                "UNION SELECT anchor FROM reviews")
        return {r[0] for r in rows if r[0].startswith(prefix)}

    def orphans(self) -> list[dict[str, Any]]:
        """Reviews whose event is gone (no stored per-report event has their anchor), by anchor:
        the reviewed values, and the audit rows (the last says what the event was)."""
        rows = self.store.query(
            "SELECT anchor, field, value, reviewer, updated_at FROM overrides o WHERE NOT EXISTS "
            "(SELECT 1 FROM report_events r WHERE r.id = o.anchor) ORDER BY anchor, field")
        found: dict[str, dict[str, Any]] = {}
        for anchor, field, value, reviewer, at in rows:
            o = found.setdefault(anchor, {"anchor": anchor, "report": anchor.rsplit("#", 1)[0], "values": {},
                                          "reviewers": [], "updated_at": at.isoformat(timespec="seconds")})
            o["values"][field] = json.loads(value)
            o["reviewers"] = sorted({*o["reviewers"], reviewer})
            o["updated_at"] = max(o["updated_at"], at.isoformat(timespec="seconds"))
        for anchor, o in found.items():
            o["history"] = self._rows("WHERE anchor = $1", [anchor])
            gone = [h for h in o["history"] if h["action"] == "orphaned"]
            o["event"] = gone[-1]["before"] if gone else None
            o["event_id"] = gone[-1]["event_id"] if gone else None
        return list(found.values())

    # ------------------------------------------------------------ links

    def links(self) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
        """``(must_link, cannot_link)`` pairs of member ids for ``merge_events``."""
        must: set[frozenset[str]] = set()
        cannot: set[frozenset[str]] = set()
        for kind, a, b in self.store.query("SELECT kind, a, b FROM links"):
            (must if kind == "must" else cannot).add(frozenset((a, b)))
        return must, cannot

    def add_link(self, kind: str, a: str, b: str, reviewer: str, at: dt.datetime) -> None:
        a, b = sorted((a, b))
        self.store.upsert_rows("links", ("kind", "a", "b", "reviewer", "created_at"), ("kind", "a", "b"),
                               [[kind, a, b, reviewer, at]])

    def delete_links(self, kind: str, xs: list[str], ys: list[str]) -> None:
        """Delete the ``kind`` links between any of ``xs`` and any of ``ys``."""
        b = Binds(kind)
        mx, my = b.many(xs), b.many(ys)
        self.store.execute(f"DELETE FROM links WHERE kind = $1 AND ((a IN ({mx}) AND b IN ({my})) "
                           f"OR (a IN ({my}) AND b IN ({mx})))", b.values)

    # ------------------------------------------------------------ the audit log

    def audit(self, event_id: str, anchor: str, action: str, field: str | None, before: Any, after: Any,
              reviewer: str, comment: str | None, at: dt.datetime) -> None:
        """One row of the audit log."""
        self.store.execute(
            "INSERT INTO reviews (event_id, anchor, action, field, before_value, after_value, reviewer, comment, "
            "reviewed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            [event_id, anchor, action, field, json.dumps(before, ensure_ascii=False),
             json.dumps(after, ensure_ascii=False), reviewer, comment, at])

    def history(self, event: Event) -> list[dict[str, Any]]:
        """The audit log of an event (over all its members), oldest first."""
        b = Binds()
        keys = b.many(sorted(set(event.members) | {event.id}))
        return self._rows(f"WHERE anchor IN ({keys}) OR event_id IN ({keys})", b.values)

    def _rows(self, where: str, params: list[object]) -> list[dict[str, Any]]:
        rows = self.store.query(
            "SELECT id, event_id, action, field, before_value, after_value, reviewer, comment, reviewed_at "
            f"FROM reviews {where} ORDER BY id", params)
        return [{"id": i, "event_id": e, "action": a, "field": f,
                 "before": json.loads(x) if x is not None else None,
                 "after": json.loads(y) if y is not None else None,
                 "reviewer": r, "comment": c, "at": t.isoformat(timespec="seconds")}
                for i, e, a, f, x, y, r, c, t in rows]

    def count(self) -> int:
        """Rows in the audit log."""
        return int(self.store.query("SELECT count(*) FROM reviews")[0][0])
