from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project (or $STRIKEWATCH_SHARED); skips when absent."""
    path = Path(os.environ.get("STRIKEWATCH_SHARED", ROOT.parent / "shared"))
    if not (path / "corpus").is_dir():
        pytest.skip("../shared is not present")
    return path


@pytest.fixture(scope="session")
def nlp():
    from strikewatch.nlp import load_nlp

    return load_nlp()


@pytest.fixture
def make_report():
    from strikewatch.models import Report

    def _make(text: str, *, id: str = "r1", published: str | None = "2024-03-15", **kw):
        pub = dt.date.fromisoformat(published) if published else None
        return Report(id=id, text=text, published=pub, **kw)

    return _make


# ---------------------------------------------------------------- stores on both backends
# The ``store_url`` fixture runs a storage test on DuckDB and, when reachable, PostgreSQL:
# set ``STRIKEWATCH_TEST_PG`` to a DSN of a database the tests may wipe
# (``eval "$(.ci/pg-setup.sh)"`` creates one); the postgres cases skip otherwise.

def _pg_dsn() -> str:
    dsn = os.environ.get("STRIKEWATCH_TEST_PG")
    if not dsn:
        pytest.skip("STRIKEWATCH_TEST_PG is not set (no PostgreSQL server to test against)")
    try:
        import psycopg

        with psycopg.connect(dsn, connect_timeout=3, autocommit=True) as con:
            rows = con.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").fetchall()
            for (name,) in rows:  # a clean database for every test
                if name != "spatial_ref_sys":
                    con.execute(f'DROP TABLE IF EXISTS "{name}" CASCADE')
            for (name,) in con.execute("SELECT sequence_name FROM information_schema.sequences "
                                       "WHERE sequence_schema = current_schema()").fetchall():
                con.execute(f'DROP SEQUENCE IF EXISTS "{name}" CASCADE')
    except Exception as exc:  # noqa: BLE001 - any connection problem means: no server
        pytest.skip(f"PostgreSQL at STRIKEWATCH_TEST_PG is not reachable: {exc}")
    return dsn


@pytest.fixture(params=["duckdb", "postgres"])
def store_url(request, tmp_path) -> str:
    """A fresh, empty store location: a DuckDB file or a wiped PostgreSQL database."""
    if request.param == "postgres":
        return _pg_dsn()
    return str(tmp_path / "s.duckdb")
