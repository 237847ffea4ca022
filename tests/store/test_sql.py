"""SQLStore through the Store interface, the same on both backends: transactions, row helpers, dialects."""
from __future__ import annotations

import pytest

from strikewatch.store import Store, open_store
from strikewatch.store.dialect import DuckDB, migrations
from strikewatch.store.monitor import MonitorState
from strikewatch.store.postgres import Postgres, is_postgres_url
from strikewatch.store.query import Binds, bound_in


@pytest.mark.issue(20)
def test_each_backend_is_a_store(store_url):
    with open_store(store_url) as store:
        assert isinstance(store, Store)
        assert store.backend == ("postgresql" if is_postgres_url(store_url) else "duckdb")
        assert store.schema_version == migrations()[-1][0]


@pytest.mark.issue(20)
def test_transactions_nest_and_roll_back_together(store_url):
    with open_store(store_url) as store:
        state = MonitorState(store)
        with pytest.raises(RuntimeError), store.transaction():
            state.save({"feed": {"etag": "a"}})  # its own transaction joins the outer one
            with store.transaction():
                state.save({"feed": {"seen": 3}})
            raise RuntimeError("crash before the outer block ends")
        assert state.load("feed") == {}
        with store.transaction():
            state.save({"feed": {"etag": "a"}})
            state.save({"feed": {"etag": "b", "seen": 3}})  # an upsert: the key is replaced
        assert state.load("feed") == {"etag": "b", "seen": 3}


@pytest.mark.issue(20)
def test_row_helpers_and_bound_lists(store_url):
    with open_store(store_url) as store:
        store.execute("CREATE TABLE t (id VARCHAR PRIMARY KEY, n INTEGER)")
        store.insert_rows("t", ("id", "n"), [[f"r{i}", i] for i in range(1500)])
        store.update_rows("t", ("n",), "id", [[-1, "r3"], [-2, "r4"]])
        store.delete_rows("t", "id", ["r5", "r6"])
        b = Binds(10)
        many = bound_in("id", [f"r{i}" for i in range(1200)], b)  # over IN_LIST_MAX: one bound array
        assert many.startswith("id IN (SELECT unnest(CAST($2 AS VARCHAR[])))")
        got = dict(store.query(f"SELECT id, n FROM t WHERE n < $1 AND {many} ORDER BY id", b.values))
        assert len(got) == 8 and got["r3"] == -1 and got["r4"] == -2 and "r5" not in got
        store.delete_rows("t", "id")
        assert store.query("SELECT count(*) FROM t") == [(0,)]


def test_dialects_fill_in_their_ddl_words():
    sql = dict(migrations(DuckDB()))[5]
    assert "search_plain VARCHAR USING COMPRESSION uncompressed" in sql
    assert "{" not in "".join(s for _, s in migrations(DuckDB()))
    pg = Postgres()
    assert 'id            TEXT COLLATE "C" PRIMARY KEY' in dict(migrations(pg))[1]
    assert "search_plain TEXT COLLATE \"C\" ;" in dict(migrations(pg))[5]
    assert pg.label("postgresql://sw:secret@db.example/x") == "postgresql://sw:***@db.example/x"
