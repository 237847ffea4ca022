"""Issue 20: one settings object, built at the edge from the environment and passed down."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from strikewatch.cli import main
from strikewatch.errors import ConfigError
from strikewatch.settings import Settings, load_settings

VARS = ("STRIKEWATCH_DB", "STRIKEWATCH_LOCK_WAIT", "STRIKEWATCH_FAST", "STRIKEWATCH_BATCH_SIZE",
        "STRIKEWATCH_TOKEN", "STRIKEWATCH_READ_TOKEN", "STRIKEWATCH_GAZETTEER")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.mark.issue(20)
def test_settings_read_the_environment_once_and_options_override(monkeypatch):
    assert Settings() == Settings(store_url="strikewatch.duckdb", lock_wait=30.0, batch_size=1000, fast=False)
    monkeypatch.setenv("STRIKEWATCH_DB", "postgresql://db/events")
    monkeypatch.setenv("STRIKEWATCH_LOCK_WAIT", "7.5")
    monkeypatch.setenv("STRIKEWATCH_FAST", "1")
    monkeypatch.setenv("STRIKEWATCH_TOKEN", "s3cret")
    s = load_settings()
    assert (s.store_url, s.lock_wait, s.fast, s.token, s.batch_size) == ("postgresql://db/events", 7.5, True, "s3cret", 1000)
    assert "s3cret" not in repr(s)  # tokens stay out of logs
    o = s.override(store_url="other.duckdb", batch_size=None)
    assert (o.store_url, o.batch_size, o.lock_wait) == ("other.duckdb", 1000, 7.5) and s.store_url.startswith("postgresql")
    with pytest.raises(TypeError):
        s.override(no_such=1)


@pytest.mark.issue(20)
@pytest.mark.parametrize(("name", "value"), [("STRIKEWATCH_LOCK_WAIT", "soon"), ("STRIKEWATCH_BATCH_SIZE", "0")])
def test_a_bad_setting_is_a_config_error_naming_the_variable(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=name):
        load_settings()
    res = CliRunner().invoke(main, ["events", "--db", ":memory:"])
    assert res.exit_code == 1 and name in res.output and "Traceback" not in res.output


@pytest.mark.issue(20)
def test_the_cli_passes_the_settings_down(monkeypatch, tmp_path):
    import strikewatch.store.live as live

    seen = []
    real = live.open_store_when_free

    def spy(path, **kw):
        seen.append((str(path), kw.get("wait")))
        return real(path, **kw)

    monkeypatch.setattr(live, "open_store_when_free", spy)
    db = tmp_path / "from-env.duckdb"
    res = CliRunner().invoke(main, ["review", "orphans"], env={"STRIKEWATCH_DB": str(db), "STRIKEWATCH_LOCK_WAIT": "4"})
    assert res.exit_code == 0, res.output
    assert seen == [(str(db), 4.0)] and db.exists() and "0 orphaned review(s)" in res.output
    seen.clear()
    res = CliRunner().invoke(main, ["events", "--db", str(db), "--json"], env={"STRIKEWATCH_LOCK_WAIT": "2"})
    assert res.exit_code == 0 and seen == [(str(db), 2.0)]  # an option overrides the setting; the rest stays


@pytest.mark.issue(20)
def test_the_api_takes_its_settings_from_the_edge(monkeypatch, tmp_path):
    from fastapi.testclient import TestClient

    from strikewatch.api.app import create_app

    monkeypatch.setenv("STRIKEWATCH_READ_TOKEN", "from-env")  # the app never reads the environment itself
    app = create_app(settings=Settings(store_url=str(tmp_path / "api.duckdb"), read_token="r-token"))
    with TestClient(app) as client:
        assert client.get("/api/taxonomy").status_code == 401
        assert client.get("/api/taxonomy", headers={"Authorization": "Bearer from-env"}).status_code == 403
        assert client.get("/api/taxonomy", headers={"Authorization": "Bearer r-token"}).status_code == 200
    with TestClient(create_app(str(tmp_path / "api.duckdb"))) as client:
        assert client.get("/api/taxonomy").status_code == 200  # no settings given: no read token
    assert (tmp_path / "api.duckdb").exists()
