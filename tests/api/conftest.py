import importlib.util
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from strikewatch.api.app import create_app
from strikewatch.curate import save_run
from strikewatch.store import open_store

TOKEN = "test-token-123"


def _fixture_module():
    spec = importlib.util.spec_from_file_location("sw_fixture_store", Path(__file__).with_name("fixture_store.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fixture_store = _fixture_module()


@pytest.fixture
def store_path(tmp_path) -> Path:
    path = tmp_path / "api.duckdb"
    with open_store(path) as store:
        save_run(store, fixture_store.build_run())
    return path


@pytest.fixture
def client(store_path):
    with TestClient(create_app(store_path, token=TOKEN)) as c:
        yield c


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}", "X-Reviewer": "Ana Analyst"}


@pytest.fixture
def kirkuk(client) -> dict:
    (ev,) = client.get("/api/events", params={"country": "Iraq"}).json()["events"]
    return ev
