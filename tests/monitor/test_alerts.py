import io
import json
import time
import tomllib

import pytest

from strikewatch.errors import ConfigError
from strikewatch.models import Event, Fatalities, Location
from strikewatch.monitor.alerts import Alerts, Rule, load_rules, matches, parse_rules
from strikewatch.monitor.sources import FolderSource
from strikewatch.monitor.watch import Watcher
from strikewatch.store import open_store

RULES = """
notify = ["stdout", "{jsonl}"]

[[rule]]
name = "deadly in Nineveh"
when = "event_created"
admin1 = "Nineveh"
min_fatalities = 5

[[rule]]
name = "new dispute"
when = "dispute_raised"

[[rule]]
name = "strike surge"
when = "daily_strikes"
country = "Iraq"
min_strikes = 10
notify = "stdout"
"""


def _event(**kw):
    return Event(**({"id": "ev-1", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                     "location": Location("Mosul", "Iraq", "Nineveh")} | kw))


def test_rules_parse_and_validate(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text(RULES.replace("{jsonl}", "alerts.jsonl"))
    rules = load_rules(path)
    assert [r.name for r in rules] == ["deadly in Nineveh", "new dispute", "strike surge"]
    assert rules[0].notify == ("stdout", "alerts.jsonl") and rules[2].notify == ("stdout",)
    with pytest.raises(ConfigError, match="unknown key"):
        parse_rules({"rule": [{"name": "x", "colour": "red"}]})
    with pytest.raises(ConfigError, match="when must be"):
        parse_rules({"rule": [{"name": "x", "when": "sometimes"}]})
    with pytest.raises(ConfigError, match="min_strikes"):
        parse_rules({"rule": [{"name": "x", "when": "daily_strikes"}]})


def test_matches_is_pure_and_exact():
    rule = Rule("deadly", when="event_created", admin1="nineveh", min_fatalities=5)
    created = {"kind": "event_created", "event_id": "ev-1"}
    assert matches(rule, created, _event(fatalities=Fatalities(5)))
    assert not matches(rule, created, _event(fatalities=Fatalities(4)))
    assert not matches(rule, created, _event())  # no toll: a minimum is not met
    assert not matches(rule, {"kind": "source_added", "event_id": "ev-1"}, _event(fatalities=Fatalities(9)))
    assert matches(Rule("hurt", min_injured=10), created, _event(injured=Fatalities(None, 12)))
    assert not matches(Rule("where", country="Syria"), created, None)  # event gone: filters cannot match
    assert matches(Rule("toll changed", when="field_changed", field="fatalities"),
                   {"kind": "field_changed", "event_id": "ev-1", "field": "fatalities"}, None)


def _drop(folder, name, text):
    (folder / name).write_text(text + "\n")


def test_alerts_fire_exactly_once_per_change(tmp_path, process, merger):
    folder = tmp_path / "in"
    folder.mkdir()
    out, sink = io.StringIO(), tmp_path / "alerts.jsonl"
    rules = parse_rules(tomllib.loads(RULES.replace("{jsonl}", str(sink))))
    db = tmp_path / "a.duckdb"
    with open_store(db) as store:
        alerts = Alerts(store, rules, out=out)
        w = Watcher(store, [FolderSource(folder, settle=0)], process, alerts=alerts, merge=merger)
        _drop(folder, "a.txt", "Aircraft struck Mosul 6 times on 2016-10-09, killing 7 people.")
        _drop(folder, "b.txt", "Aircraft struck Kirkuk 1 times on 2016-10-09, killing 9 people.")  # not Nineveh
        assert w.cycle()["alerts"] == 1
        _drop(folder, "c.txt", "Aircraft struck Mosul 5 times on 2016-10-09, killing 8 people.")
        # c joins ev-a: strikes 6 (max) so no surge yet; toll 7 vs 8 is a dispute
        assert w.cycle()["alerts"] == 1
        _drop(folder, "d.txt", "Aircraft struck Kirkuk 9 times on 2016-10-09.")  # 6 + 9 strikes in Iraq that day
        assert w.cycle()["alerts"] == 1
        assert w.cycle()["alerts"] == 0 and alerts.run() == 0
        alerts.close()
    lines = out.getvalue().splitlines()
    assert lines[0] == ("ALERT [deadly in Nineveh] event created ev-a: On 9 October 2016, six air/drone strikes "
                        "were carried out in Mosul (Nineveh, Iraq), killing seven people.")
    assert lines[1].startswith("ALERT [new dispute] dispute raised (fatalities) ev-a: ")
    assert lines[2] == "ALERT [strike surge] 15 strikes in Iraq on 2016-10-09 (threshold 10)"
    assert len(lines) == 3
    records = [json.loads(x) for x in sink.read_text().splitlines()]
    assert [r["rule"] for r in records] == ["deadly in Nineveh", "new dispute"]
    assert records[0]["event"]["fatalities"]["best"] == 7 and records[0]["key"].startswith("change:")
    with open_store(db) as store:  # a restart fires nothing again
        again = Alerts(store, rules, out=io.StringIO())
        assert again.run() == 0 and again.pending() == 0


def _store_with_change(tmp_path, process, merger):
    store = open_store(tmp_path / "h.duckdb")
    folder = tmp_path / "in"
    folder.mkdir()
    _drop(folder, "a.txt", "Aircraft struck Mosul 2 times on 2016-10-09, killing 3 people.")
    return store, Watcher(store, [FolderSource(folder, settle=0)], process, merge=merger)


def test_webhook_delivered_to_local_server(tmp_path, server, process, merger, wait_for):
    received = []
    server.routes["/hook"] = lambda req: (received.append(json.loads(req["body"])) or (204, {}, b""))
    store, w = _store_with_change(tmp_path, process, merger)
    w.alerts = alerts = Alerts(store, [Rule("all", notify=(server.url + "/hook",))], webhook_timeout=1)
    assert w.cycle()["alerts"] == 1
    assert wait_for(lambda: len(received) == 1)
    assert wait_for(lambda: (alerts.collect(), alerts.pending())[1] == 0)
    assert received[0]["change"]["kind"] == "event_created" and received[0]["rule"] == "all"
    alerts.close()
    store.close()


def test_slow_webhook_does_not_block_and_is_retried(tmp_path, server, process, merger, wait_for, caplog):
    calls = []

    def slow(req):
        calls.append(time.monotonic())
        if len(calls) == 1:
            time.sleep(0.6)  # longer than the webhook timeout
        return 200, {}, b"ok"

    server.routes["/slow"] = slow
    store, w = _store_with_change(tmp_path, process, merger)
    w.alerts = alerts = Alerts(store, [Rule("all", notify=(server.url + "/slow",))], webhook_timeout=0.3,
                               webhook_retries=0, retry_after=0)
    started = time.monotonic()
    assert w.cycle()["alerts"] == 1
    assert time.monotonic() - started < 0.3  # ingestion did not wait for the webhook
    assert wait_for(lambda: (alerts.collect(), alerts.in_flight)[1] == set())
    assert alerts.pending() == 1 and "not delivered (ReadTimeout" in caplog.text
    alerts.run()  # a later pass retries the pending alert, which now succeeds
    assert wait_for(lambda: (alerts.collect(), alerts.pending())[1] == 0)
    alerts.close()
    store.close()


def test_webhook_down_is_logged_and_kept(tmp_path, free_url, process, merger, wait_for, caplog):
    store, w = _store_with_change(tmp_path, process, merger)
    w.alerts = alerts = Alerts(store, [Rule("all", notify=(free_url,))], webhook_timeout=0.3,
                               webhook_retries=1, backoff=0.01, retry_after=60)
    assert w.cycle()["alerts"] == 1
    assert wait_for(lambda: (alerts.collect(), alerts.in_flight)[1] == set())
    assert alerts.pending() == 1 and "ConnectError" in caplog.text
    alerts.close()
    (row,) = store.query("SELECT attempts, last_error FROM alert_outbox")
    assert row[0] == 1 and row[1].startswith("ConnectError")
    store.close()
