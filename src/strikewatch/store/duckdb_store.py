"""The embedded event store: one DuckDB file.

``save_run`` writes new reports with their per-report events, the MinHash
band keys of duplicate detection (``bands``) and the merge blocking keys of the
events (``blocks``) in one transaction (keyed by content hash, so re-ingesting
changes nothing), then re-merges: the first time (or with a custom merger) every
stored per-report event, replacing all merged events; afterwards only the blocks
the new events touch, found by key and member-index lookups, with duplicates
looked up around the new reports (``incremental.remerge_touched``, same result as
a full re-merge). ``replace_events`` keeps the member index (``event_members``)
with the merged events. Reads go through ``EventFilter``.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from ..errors import StoreError
from ..models import Event, Report, ReportFailure, RunResult
from . import DEFAULT_DB, bands, blocks
from .query import EventFilter, order_clause, where_clause

if TYPE_CHECKING:  # pyarrow is imported lazily, on the first write
    import pyarrow as pa

BANDS_VERSION = 6  # the migration that adds report_bands: rows for the reports already stored
PAGE_LOOKUP_MAX = 1000  # pages up to this size are fetched by id (late materialisation)
Merger = Callable[[list[Event], dict[str, str]], list[Event]]


def migrations() -> list[tuple[int, str]]:
    """``(version, sql)`` for every file in store/migrations, in order."""
    folder = resources.files("strikewatch.store") / "migrations"
    found = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            found.append((int(item.name.split("_", 1)[0]), item.read_text(encoding="utf-8")))
    return sorted(found)


class Store:
    """A DuckDB-backed event store (``Store.open(path)``; ``":memory:"`` works too)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str):
        self.con = con
        self.path = path

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> "Store":
        try:
            con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from None
        store = cls(con, str(path))
        if not read_only:
            store.migrate()
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ schema

    @property
    def schema_version(self) -> int:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def migrate(self) -> int:
        """Apply every migration newer than the stored version; return the version."""
        current = self.schema_version
        for version, sql in migrations():
            if version <= current:
                continue
            with self._transaction():
                for statement in filter(str.strip, sql.split(";")):
                    self.con.execute(statement)
                if version == BANDS_VERSION:
                    bands.backfill(self)  # band keys of the reports stored before
                if version == blocks.KEYS_VERSION:
                    blocks.backfill(self)  # blocking keys and member index of what is stored
                self.con.execute("INSERT INTO schema_version VALUES (?)", [version])
            current = version
        return current

    def _transaction(self):
        store = self

        class _Tx:
            def __enter__(self) -> None:
                store.con.execute("BEGIN TRANSACTION")

            def __exit__(self, kind, exc, tb) -> None:
                store.con.execute("ROLLBACK" if kind else "COMMIT")

        return _Tx()

    # ------------------------------------------------------------ writing

    def save_run(self, result: RunResult, *, merge: Merger | None = None) -> dict[str, int]:
        """Store a pipeline run; idempotent. Returns counts of what changed."""
        stored = self.con.execute("SELECT 1 FROM reports LIMIT 1").fetchone() is not None
        known = dict(self.con.execute(  # the stored content hashes of this run's reports
            "SELECT id, content_hash FROM reports WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[])))",
            [sorted({r.id for r in result.reports})]).fetchall()) if stored and result.reports else {}
        by_report: dict[str, list[Event]] = {}
        for ev in result.report_events:
            by_report.setdefault(ev.sources[0].report, []).append(ev)
        new = [r for r in result.reports if known.get(r.id) != r.content_hash]
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        ids = [r.id for r in new]
        changed = [i for i in ids if i in known]
        removed = {i for (i,) in self.con.execute(
            f"SELECT id FROM report_events WHERE report_id IN ({', '.join('?' * len(changed))})",
            changed).fetchall()} if changed else set()
        report_rows = [[r.id, r.content_hash, r.text, r.title, r.published, r.outlet, r.url, r.path, None, now]
                       for r in new]
        event_rows = [[e.id, r.id, json.dumps(e.to_dict(), ensure_ascii=False)]
                      for r in new for e in by_report.get(r.id, [])]
        failure_rows = [[f.report_id, f.stage, f.code, f.message, now] for f in result.failures]
        old_dups = bands.stored_duplicates(self) if new and stored else {}  # before the rewrite clears them
        band_keys = bands.keys_of(new)  # MinHash band keys: duplicate candidates are found by lookup
        block_keys = blocks.key_rows((r.id, e) for r in new for e in by_report.get(r.id, []))  # merge blocking
        with self._transaction():
            self._delete_keys("report_events", "report_id", ids)
            self._delete_keys("report_event_keys", "report_id", ids)
            self._delete_keys("reports", "id", ids)
            self._bulk_insert("reports", REPORT_COLUMNS, report_rows)
            bands.write(self, band_keys)
            self._bulk_insert("report_events", ("id", "report_id", "data"), event_rows)
            blocks.write_keys(self, block_keys)
            self._bulk_insert("failures", ("report_id", "stage", "code", "message", "failed_at"), failure_rows)
        merged = 0
        if new and merge is None and stored and self.count():
            from .incremental import remerge_touched  # only the blocks the new events touch

            merged = remerge_touched(self, {e[0] for e in event_rows}, removed, fresh=set(ids), old_links=old_dups)
        elif new or not self.count():
            merged = self.remerge(merge)
        return {"reports_new": len(new), "reports_unchanged": len(result.reports) - len(new),
                "failures": len(result.failures), "events": merged}

    def remerge(self, merge: Merger | None = None) -> int:
        """Re-detect duplicate reports, merge every stored per-report event, replace the merged events."""
        from ..merge import merge_events
        from .review import load_links, review_events, reviewed_with_notes, save_statuses  # reviewer links and overrides

        must_link, cannot_link = load_links(self)
        if merge is None:
            def merge(evs: list[Event], dups: dict[str, str]) -> list[Event]:
                return merge_events(evs, duplicates=dups, must_link=must_link, cannot_link=cannot_link)

        dups = bands.all_duplicates(self)  # candidates from the stored band keys, texts of those only
        report_events = [Event.from_dict(json.loads(d)) for (d,) in
                         self.con.execute("SELECT data FROM report_events ORDER BY id").fetchall()]
        events = merge(report_events, dups)
        from .changes import diff_events, record_changes  # monitor: a note per merged event, and the change log
        events, statuses = reviewed_with_notes(events, lambda evs: review_events(self, evs))
        before = {e.id: e for e in self.events()}
        with self._transaction():
            self.con.execute("UPDATE reports SET duplicate_of = NULL")
            if dups:
                self.con.executemany("UPDATE reports SET duplicate_of = ? WHERE id = ?",
                                     [[c, r] for r, c in sorted(dups.items())])
        self.replace_events(events)
        save_statuses(self, statuses)
        record_changes(self, diff_events(before, events))
        return len(events)

    def replace_events(self, events: Iterable[Event], *, drop: list[str] | None = None) -> None:
        """Replace the merged events, their evidence and member index in one transaction (with
        ``drop``: only the events with those ids are deleted, and ``events`` added)."""
        ev_rows, evid_rows, events = [], [], list(events)
        for e in events:
            ev_rows.append(event_row_values(e))
            for s in e.sources:
                for fieldname, spans in s.evidence.items():
                    evid_rows.extend([e.id, s.report, fieldname, x.start, x.end, x.text] for x in spans)
        with self._transaction():
            if drop is None:
                self.con.execute("DELETE FROM evidence")
                self.con.execute("DELETE FROM events")
                self.con.execute("DELETE FROM event_members")
            else:
                self._delete_keys("evidence", "event_id", drop)
                self._delete_keys("events", "id", drop)
                self._delete_keys("event_members", "event_id", drop)
            # in date order: DuckDB's per-row-group min/max then skips most of the table for date filters
            ev_rows.sort(key=lambda row: (row[4] is None, row[4] or dt.date.min, row[0]))
            self._bulk_insert("events", EVENT_COLUMNS, ev_rows)
            self._bulk_insert("evidence", ("event_id", "report_id", "field", "span_start", "span_end", "text"),
                              evid_rows)
            self._bulk_insert("event_members", ("member", "event_id"), blocks.member_rows(events))

    def _bulk_insert(self, table: str, columns: tuple[str, ...], rows: list[list[object]]) -> None:
        """Insert ``rows`` in one statement: an Arrow table scanned by DuckDB (no per-row round trip)."""
        if not rows:
            return
        import pyarrow as pa  # imported on first write: read-only commands and --help stay light

        data = pa.table({c: _arrow_column(v) for c, v in zip(columns, zip(*rows))})
        self.con.register("_sw_bulk", data)
        try:
            self.con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _sw_bulk")
        finally:
            self.con.unregister("_sw_bulk")

    def _delete_keys(self, table: str, column: str, keys: list[str]) -> None:
        """``DELETE FROM table WHERE column IN keys`` in one statement."""
        if keys:
            self.con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT unnest(?))", [keys])

    # ------------------------------------------------------------ reading

    def events(self, flt: EventFilter | None = None) -> list[Event]:
        flt = flt or EventFilter()
        where, params = where_clause(flt)
        order, oparams = order_clause(flt)
        if flt.limit is None or flt.limit > PAGE_LOOKUP_MAX:
            rows = self.con.execute(f"SELECT data FROM events {where} {order}", params + oparams).fetchall()
            return [Event.from_dict(json.loads(d)) for (d,) in rows]
        # A page: sort and cut on the narrow columns first, then fetch the JSON of just those ids
        # by primary key (sorting the wide JSON column of every match is what costs).
        ids = [i for (i,) in self.con.execute(f"SELECT id FROM events {where} {order}", params + oparams).fetchall()]
        if not ids:
            return []
        data = dict(self.con.execute(
            f"SELECT id, data FROM events WHERE id IN ({', '.join('?' * len(ids))})", ids).fetchall())
        return [Event.from_dict(json.loads(data[i])) for i in ids]

    def count(self, flt: EventFilter | None = None) -> int:
        where, params = where_clause(flt or EventFilter())
        return int(self.con.execute(f"SELECT count(*) FROM events {where}", params).fetchone()[0])

    def get_event(self, event_id: str) -> Event | None:
        row = self.con.execute("SELECT data FROM events WHERE id = ?", [event_id]).fetchone()
        return Event.from_dict(json.loads(row[0])) if row else None

    def get_report(self, report_id: str) -> Report | None:
        row = self.con.execute(
            "SELECT id, text, title, published, outlet, url, path FROM reports WHERE id = ?",
            [report_id]).fetchone()
        if not row:
            return None
        return Report(id=row[0], text=row[1], title=row[2], published=row[3], outlet=row[4],
                      url=row[5], path=row[6])

    def report_count(self) -> int:
        return int(self.con.execute("SELECT count(*) FROM reports").fetchone()[0])

    def failures(self) -> list[ReportFailure]:
        rows = self.con.execute("SELECT report_id, stage, code, message FROM failures ORDER BY failed_at").fetchall()
        return [ReportFailure(*r) for r in rows]

    def stats(self, flt: EventFilter | None = None) -> dict[str, Any]:
        """Counts per day, type, actor and country for the filtered events."""
        where, params = where_clause(flt or EventFilter())
        out: dict[str, Any] = {"events": self.count(flt)}
        for key, expr in (("per_day", "CAST(date_first AS VARCHAR)"), ("per_type", "sub_event_type"),
                          ("per_actor", "actor1"), ("per_country", "country")):
            rows = self.con.execute(
                f"SELECT {expr} AS k, count(*), coalesce(sum(strikes), 0), coalesce(sum(fatalities_best), 0) "
                f"FROM events {where} GROUP BY k ORDER BY k NULLS LAST", params).fetchall()
            out[key] = [{"key": k, "events": n, "strikes": int(s), "fatalities": int(f)} for k, n, s, f in rows]
        return out


REPORT_COLUMNS = ("id", "content_hash", "text", "title", "published", "outlet", "url", "path",
                  "duplicate_of", "ingested_at")
EVENT_COLUMNS = (
    "id", "event_type", "sub_event_type", "date", "date_first", "date_last", "date_precision",
    "location_name", "country", "admin1", "lat", "lon", "geo_precision", "actor1", "actor2", "strikes",
    "fatalities_best", "disputed", "confidence", "n_sources", "status", "data",
    "actors_lc", "search_plain",  # migrations 004/005: lower-cased search columns (see query.where_clause)
)


def _arrow_column(values: tuple[object, ...]) -> "pa.Array":
    """An Arrow array for one column (all-None columns are typed null, cast by the INSERT)."""
    import pyarrow as pa

    if all(v is None for v in values):
        return pa.nulls(len(values))
    if any(isinstance(v, float) for v in values):
        return pa.array([None if v is None else float(v) for v in values], type=pa.float64())
    return pa.array(values)


def event_row_values(e: Event) -> list[object]:
    first = last = None
    if e.date_range:
        first, last = (dt.date.fromisoformat(x) for x in e.date_range)
    elif e.date and len(e.date) == 10:
        first = last = dt.date.fromisoformat(e.date)
    elif e.date and len(e.date) == 7:
        first = dt.date.fromisoformat(e.date + "-01")
        last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    loc = e.location
    return [
        e.id, e.event_type, e.sub_event_type, e.date, first, last, e.date_precision,
        loc.name if loc else None, loc.country if loc else None, loc.admin1 if loc else None,
        loc.lat if loc else None, loc.lon if loc else None, loc.geo_precision if loc else None,
        e.actor1, e.actor2, e.strikes, e.fatalities.best if e.fatalities else None,
        bool(e.disputed), e.confidence, len(e.report_ids), "machine",
        json.dumps(e.to_dict(), ensure_ascii=False),
        f"{(e.actor1 or '').lower()}\n{(e.actor2 or '').lower()}",
        "\n".join(x.text for s in e.sources for spans in s.evidence.values() for x in spans).lower() or None,
    ]
