"""``SQLStore``: the one implementation of the store interface, over a connection and a ``Dialect``.

The same methods and the same SQL run on DuckDB (``dialect.DuckDB``, the embedded
default) and PostgreSQL (``postgres.Postgres``); what differs between them (connecting,
bulk loads, DDL words, extra indexes) is the dialect's. The merged events are kept
with their evidence and member index (``event_members``, written by ``replace_events``);
per-report events with their reports (``write_reports``). Reads go through
``EventFilter``; everything above the store (saving, re-merging, review: ``curate/``)
uses these methods and the classes that own the other tables, never the connection.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import StoreError
from ..models import Event, Report, ReportFailure
from . import bands, blocks
from .dialect import Dialect, migrations
from .interface import Row
from .query import Binds, EventFilter, bound_in, order_clause, where_clause
from .rows import (EVENT_COLUMNS, EVIDENCE_COLUMNS, FAILURE_COLUMNS, MEMBER_COLUMNS, REPORT_COLUMNS,
                   REPORT_EVENT_COLUMNS, event_json, event_row_values, evidence_rows, member_rows,
                   report_row_values)

PAGE_LOOKUP_MAX = 1000  # pages up to this size are fetched by id (late materialisation)


class SQLStore:
    """An event store over one connection (``store.open_store(path)`` picks the dialect)."""

    def __init__(self, con: Any, dialect: Dialect, path: str) -> None:
        self._con = con  # the driver's connection: only this class and its dialect use it
        self.dialect = dialect
        self.path = path
        self._depth = 0  # open transaction() blocks

    @classmethod
    def open(cls, path: str, dialect: Dialect, *, read_only: bool = False, migrate: bool = True) -> "SQLStore":
        store = cls(dialect.connect(path, read_only=read_only), dialect, dialect.label(path))
        if migrate and not read_only:
            try:
                store.migrate()
            except BaseException:
                store.close()
                raise
        return store

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> "SQLStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def backend(self) -> str:
        return self.dialect.name

    # ------------------------------------------------------------ schema

    @property
    def schema_version(self) -> int:
        self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        return int(self.query("SELECT max(version) FROM schema_version")[0][0] or 0)

    def migrate(self) -> int:
        """Apply every migration newer than the stored version, then the dialect's extra DDL;
        return the version."""
        current = self.schema_version
        for version, sql in migrations(self.dialect):
            if version <= current:
                continue
            with self.transaction():
                for statement in filter(str.strip, sql.split(";")):
                    self.execute(statement)
                if version == bands.BANDS_VERSION:
                    bands.DuplicateBands(self).backfill()  # band keys of the reports stored before
                if version == blocks.KEYS_VERSION:
                    blocks.BlockIndex(self).backfill()  # blocking keys and member index of what is stored
                self.execute("INSERT INTO schema_version VALUES ($1)", [version])
            current = version
        extra = self.dialect.extra_ddl(self._con)
        if extra:
            with self.transaction():
                for statement in extra:
                    self.execute(statement)
        return current

    # ------------------------------------------------------------ rows

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:  # inside another block: commit or roll back with it
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._run("BEGIN TRANSACTION")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._run("ROLLBACK")
            raise
        self._depth = 0
        self._run("COMMIT")

    def _run(self, sql: str, params: Sequence[object] = ()) -> Any:
        try:
            return self.dialect.run(self._con, sql, params)
        except self.dialect.errors as exc:
            raise StoreError(f"database error: {exc}") from None

    def query(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        return self._run(sql, params).fetchall()

    def execute(self, sql: str, params: Sequence[object] = ()) -> None:
        self._run(sql, params)

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        if rows:
            try:
                self.dialect.bulk_insert(self._con, table, columns, rows)
            except self.dialect.errors as exc:
                raise StoreError(f"database error: {exc}") from None

    def delete_rows(self, table: str, column: str, keys: Iterable[object] | None = None) -> None:
        if keys is None:
            self.execute(f"DELETE FROM {table}")
            return
        keys = list(keys)
        if keys:
            self.execute(f"DELETE FROM {table} WHERE {self.dialect.any_of(column, '$1')}", [keys])

    def update_rows(self, table: str, columns: Sequence[str], key: str, rows: Sequence[Sequence[object]]) -> None:
        if rows:
            sets = ", ".join(f"{c} = ${k}" for k, c in enumerate(columns, 1))
            self._run_many(f"UPDATE {table} SET {sets} WHERE {key} = ${len(columns) + 1}", rows)

    def upsert_rows(self, table: str, columns: Sequence[str], keys: Sequence[str],
                    rows: Sequence[Sequence[object]]) -> None:
        if rows:
            sets = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in keys)
            self._run_many(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                           f"({', '.join(f'${k}' for k in range(1, len(columns) + 1))}) "
                           f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {sets}", rows)

    def _run_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        try:
            self.dialect.run_many(self._con, sql, rows)
        except self.dialect.errors as exc:
            raise StoreError(f"database error: {exc}") from None

    # ------------------------------------------------------------ writing events and reports

    def write_reports(self, reports: Sequence[Report], events: Mapping[str, Sequence[Event]],
                      failures: Sequence[ReportFailure]) -> None:
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        ids = [r.id for r in reports]
        with self.transaction():
            self.delete_rows("report_events", "report_id", ids)
            self.delete_rows("reports", "id", ids)
            self.insert_rows("reports", REPORT_COLUMNS, [report_row_values(r, now) for r in reports])
            self.insert_rows("report_events", REPORT_EVENT_COLUMNS,
                             [[e.id, r.id, event_json(e)] for r in reports for e in events.get(r.id, ())])
            self.insert_rows("failures", FAILURE_COLUMNS,
                             [[f.report_id, f.stage, f.code, f.message, now] for f in failures])

    def replace_events(self, events: Iterable[Event], *, drop: Sequence[str] | None = None) -> None:
        events = list(events)
        ev_rows = [event_row_values(e) for e in events]
        # in date order: DuckDB's per-row-group min/max then skips most of the table for date filters
        ev_rows.sort(key=lambda row: (row[4] is None, row[4] or dt.date.min, row[0]))
        with self.transaction():
            for table, column in (("evidence", "event_id"), ("events", "id"), ("event_members", "event_id")):
                self.delete_rows(table, column, drop)
            self.insert_rows("events", EVENT_COLUMNS, ev_rows)
            self.insert_rows("evidence", EVIDENCE_COLUMNS, evidence_rows(events))
            self.insert_rows("event_members", MEMBER_COLUMNS, member_rows(events))

    def set_statuses(self, statuses: Mapping[str, str]) -> None:
        self.update_rows("events", ("status",), "id",
                         [[s, i] for i, s in sorted(statuses.items()) if s != "machine"])

    def rewrite_event(self, event: Event, status: str) -> None:
        row = event_row_values(event)
        row[EVENT_COLUMNS.index("status")] = status
        with self.transaction():
            self.delete_rows("events", "id", [event.id])
            self.insert_rows("events", EVENT_COLUMNS, [row])

    # ------------------------------------------------------------ reading

    def events(self, flt: EventFilter | None = None) -> list[Event]:
        flt = flt or EventFilter()
        b = Binds()
        where = where_clause(flt, b)
        order = order_clause(flt, b)
        if flt.limit is None or flt.limit > PAGE_LOOKUP_MAX:
            rows = self.query(f"SELECT data FROM events {where} {order}", b.values)
            return [Event.from_dict(json.loads(d)) for (d,) in rows]
        # A page: sort and cut on the narrow columns first, then fetch the JSON of just those ids
        # by primary key (sorting the wide JSON column of every match is what costs).
        ids = [i for (i,) in self.query(f"SELECT id FROM events {where} {order}", b.values)]
        if not ids:
            return []
        b = Binds()
        data = dict(self.query(f"SELECT id, data FROM events WHERE id IN ({b.many(ids)})", b.values))
        return [Event.from_dict(json.loads(data[i])) for i in ids]

    def count(self, flt: EventFilter | None = None) -> int:
        b = Binds()
        return int(self.query(f"SELECT count(*) FROM events {where_clause(flt or EventFilter(), b)}", b.values)[0][0])

    def get_event(self, event_id: str) -> Event | None:
        rows = self.query("SELECT data FROM events WHERE id = $1", [event_id])
        return Event.from_dict(json.loads(rows[0][0])) if rows else None

    def event_with_member(self, member: str) -> Event | None:
        rows = self.query("SELECT event_id FROM event_members WHERE member = $1 ORDER BY event_id", [member])
        return self.get_event(rows[0][0]) if rows else None

    def merged_events(self, ids: Iterable[str]) -> dict[str, Event]:
        """The stored merged events with these ids."""
        return self._events_in("events", ids)

    def report_events(self, ids: Iterable[str] | None = None) -> dict[str, Event]:
        if ids is None:
            rows = self.query("SELECT id, data FROM report_events ORDER BY id")
            return {i: Event.from_dict(json.loads(d)) for i, d in rows}
        return self._events_in("report_events", ids)

    def _events_in(self, table: str, ids: Iterable[str]) -> dict[str, Event]:
        ids = set(ids)
        if not ids:
            return {}
        b = Binds()
        rows = self.query(f"SELECT id, data FROM {table} WHERE {bound_in('id', ids, b)}", b.values)
        return {i: Event.from_dict(json.loads(d)) for i, d in rows}

    def report_event_ids(self, reports: Iterable[str]) -> dict[str, str]:
        reports = set(reports)
        if not reports:
            return {}
        b = Binds()
        return dict(self.query(f"SELECT id, report_id FROM report_events WHERE {bound_in('report_id', reports, b)}",
                               b.values))

    def get_report(self, report_id: str) -> Report | None:
        rows = self.query("SELECT id, text, title, published, outlet, url, path FROM reports WHERE id = $1",
                          [report_id])
        if not rows:
            return None
        row = rows[0]
        return Report(id=row[0], text=row[1], title=row[2], published=row[3], outlet=row[4],
                      url=row[5], path=row[6])

    def report_count(self) -> int:
        return int(self.query("SELECT count(*) FROM reports")[0][0])

    def has_reports(self) -> bool:
        return bool(self.query("SELECT 1 FROM reports LIMIT 1"))

    def content_hashes(self, ids: Iterable[str] | None = None) -> dict[str, str]:
        if ids is None:
            return dict(self.query("SELECT id, content_hash FROM reports"))
        ids = sorted(set(ids))
        if not ids:
            return {}
        return dict(self.query("SELECT id, content_hash FROM reports WHERE id IN "
                               "(SELECT unnest(CAST($1 AS VARCHAR[])))", [ids]))

    def failures(self) -> list[ReportFailure]:
        rows = self.query("SELECT report_id, stage, code, message FROM failures ORDER BY failed_at")
        return [ReportFailure(*r) for r in rows]

    def statuses(self, ids: Sequence[str]) -> dict[str, str]:
        if not ids:
            return {}
        b = Binds()
        return dict(self.query(f"SELECT id, status FROM events WHERE id IN ({b.many(ids)})", b.values))

    def report_spans(self, report_id: str) -> list[dict[str, Any]]:
        rows = self.query("SELECT event_id, field, span_start, span_end, text FROM evidence WHERE report_id = $1 "
                          "ORDER BY span_start, span_end, event_id, field", [report_id])
        return [{"event_id": e, "field": f, "start": s, "end": n, "text": t} for e, f, s, n, t in rows]

    def stats(self, flt: EventFilter | None = None) -> dict[str, Any]:
        """Counts per day, type, actor and country for the filtered events."""
        out: dict[str, Any] = {"events": self.count(flt)}
        for key, expr in (("per_day", "CAST(date_first AS VARCHAR)"), ("per_type", "sub_event_type"),
                          ("per_actor", "actor1"), ("per_country", "country")):
            b = Binds()
            rows = self.query(
                f"SELECT {expr} AS k, count(*), coalesce(sum(strikes), 0), coalesce(sum(fatalities_best), 0) "
                f"FROM events {where_clause(flt or EventFilter(), b)} GROUP BY k ORDER BY k NULLS LAST", b.values)
            out[key] = [{"key": k, "events": n, "strikes": int(s), "fatalities": int(f)} for k, n, s, f in rows]
        return out

    def strike_days(self, minimum: int, country: str | None = None) -> list[tuple[str, str, int]]:
        """``(country, day, strikes)`` for every day-precise country-day with at least ``minimum`` strikes."""
        b = Binds()
        where = f" AND lower(country) = lower({b(country)})" if country else ""
        rows = self.query("SELECT country, CAST(date_first AS VARCHAR), sum(strikes) FROM events "
                          "WHERE date_first = date_last AND strikes IS NOT NULL AND country IS NOT NULL"
                          f"{where} GROUP BY 1, 2 HAVING sum(strikes) >= {b(minimum)} ORDER BY 2, 1", b.values)
        return [(c, d, int(n)) for c, d, n in rows]
