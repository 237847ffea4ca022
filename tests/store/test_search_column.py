"""Migration 005: the q filter's search column is stored uncompressed and keeps its values."""
from __future__ import annotations

import duckdb

from strikewatch.store import EventFilter, open_store
from strikewatch.store.dialect import DuckDB, migrations


def _compressions(store) -> set[str]:
    rows = store.query("SELECT compression FROM pragma_storage_info('events') "
                       "WHERE column_name = 'search_plain' AND segment_type = 'VARCHAR'")
    return {c for (c,) in rows}


ROW = ("ev-1", "Battles", "Armed clash", False, 1, "{}", "machine", "militia\n",
       "gunmen stormed the checkpoint\nkirkuk")


def test_older_store_migrates_and_q_still_matches(tmp_path):
    path = str(tmp_path / "old.duckdb")
    con = duckdb.connect(path)
    con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for version, sql in migrations(DuckDB()):
        if version > 4:
            break
        for statement in filter(str.strip, sql.split(";")):
            con.execute(statement)
        con.execute("INSERT INTO schema_version VALUES (?)", [version])
    con.execute("INSERT INTO events (id, event_type, sub_event_type, disputed, n_sources, data, status, actors_lc, "
                "search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", list(ROW))
    con.close()
    with open_store(path) as store:
        assert store.schema_version >= 5
        assert store.query("SELECT search_plain, search_text FROM events") == [(ROW[-1], None)]
        assert store.count(EventFilter(q="Stormed the")) == 1 and store.count(EventFilter(q="stormed  the")) == 0
        assert store.count(EventFilter(q="checkpoint\nkirkuk")) == 0  # a newline in q: the evidence-table path


def test_search_column_is_written_uncompressed(tmp_path):
    path = str(tmp_path / "s.duckdb")
    with open_store(path) as store:
        store.execute(
            "INSERT INTO events (id, event_type, sub_event_type, disputed, n_sources, data, status, search_plain) "
            "SELECT 'ev-' || i::VARCHAR, 'Battles', 'Armed clash', false, 1, '{}', 'machine', "
            "'shells hit the depot near place ' || (i % 50)::VARCHAR FROM range(20000) t(i)")
        store.execute("CHECKPOINT")
        assert _compressions(store) == {"Uncompressed"}
        assert store.count(EventFilter(q="Place 7")) == 20000 // 50
        store.execute("CREATE TABLE plain AS SELECT search_plain FROM events")
        store.execute("CHECKPOINT")
        plain = store.query("SELECT compression FROM pragma_storage_info('plain') WHERE segment_type = 'VARCHAR'")
        assert {c for (c,) in plain} != {"Uncompressed"}  # what DuckDB would do by default


def test_status_filters_select_the_same_events_in_either_form(tmp_path):
    from itertools import combinations

    from strikewatch.store.query import STATUSES, Binds, where_clause

    with open_store(str(tmp_path / "s.duckdb")) as store:
        for i, status in enumerate(STATUSES * 2):
            store.execute("INSERT INTO events (id, event_type, sub_event_type, disputed, n_sources, data, status) "
                          "VALUES ($1, 'Battles', 'Armed clash', false, 1, '{}', $2)", [f"ev-{i}", status])
        for k in range(1, len(STATUSES) + 1):
            for wanted in combinations(STATUSES, k):
                flt = EventFilter(status=list(wanted))
                b = Binds()
                got = {i for (i,) in store.query("SELECT id FROM events " + where_clause(flt, b), b.values)}
                assert got == {f"ev-{i}" for i, s in enumerate(STATUSES * 2) if s in wanted}
        b = Binds()
        assert where_clause(EventFilter(status=["machine", "confirmed", "edited"]), b) == "WHERE status <> $1"
        assert b.values == ["rejected"]
