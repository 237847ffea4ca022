"""Alert rules over the change log, delivered to stdout, JSONL files or webhooks.

Rules come from a TOML file (``[[rule]]`` tables; see ``load_rules``). Each
pass (``Alerts.run``) reads the changes recorded since the last pass, matches
every rule, and records each firing under a dedupe key (``change:<seq>``, or
``<country>|<day>`` for ``daily_strikes``) together with one outbox row per
sink and the new change position, in one transaction: a rule fires at most
once per matching change, even across restarts. Delivery follows: stdout and
JSONL at once, webhooks on a background thread (timeout, retries with
backoff) so ingestion never waits; undelivered rows stay in the outbox, are
logged, and are retried on later passes.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sys
import time
import tomllib
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from ..errors import ConfigError
from ..models import Event
from ..store.changes import KINDS, Change, load_changes
from ..store.interface import Store
from ..store.monitor import AlertLog
from .checkpoint import load_state, save_state
from .webhook import WebhookSender

log = logging.getLogger("strikewatch.monitor")
WHEN = (*KINDS, "any", "daily_strikes")
FILTERS = ("country", "admin1", "event_type", "sub_event_type", "actor", "field")
MINIMA = ("min_fatalities", "min_injured", "min_strikes")
STATE_KEY = "alerts"


class Rule(NamedTuple):
    """One alert rule (string filters match case-insensitively; ``actor`` as a substring)."""

    name: str
    when: str = "any"
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    field: str | None = None
    min_fatalities: int | None = None
    min_injured: int | None = None
    min_strikes: int | None = None
    notify: tuple[str, ...] = ("stdout",)


def load_rules(path: str | Path) -> list[Rule]:
    """Rules from a TOML file: ``notify = [...]`` (default sinks) and ``[[rule]]`` tables."""
    try:
        doc = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"alert rules {path}: {exc}") from None
    return parse_rules(doc, str(path))


def parse_rules(doc: dict[str, Any], where: str = "rules") -> list[Rule]:
    """Validate a parsed rules document."""
    default = _sinks(doc.get("notify", ["stdout"]), where)
    rules = []
    for i, raw in enumerate(doc.get("rule", []), 1):
        unknown = set(raw) - set(Rule._fields)
        if unknown:
            raise ConfigError(f"{where}: rule {i} has unknown key(s) {', '.join(sorted(unknown))}")
        if not isinstance(raw.get("name"), str) or not raw["name"].strip():
            raise ConfigError(f"{where}: rule {i} needs a name")
        when = raw.get("when", "any")
        if when not in WHEN:
            raise ConfigError(f"{where}: rule {raw['name']!r}: when must be one of {', '.join(WHEN)}")
        if when == "daily_strikes" and not isinstance(raw.get("min_strikes"), int):
            raise ConfigError(f"{where}: rule {raw['name']!r}: daily_strikes needs an integer min_strikes")
        for key in MINIMA:
            if key in raw and not isinstance(raw[key], int):
                raise ConfigError(f"{where}: rule {raw['name']!r}: {key} must be an integer")
        notify = _sinks(raw["notify"], where) if "notify" in raw else default
        rules.append(Rule(**{**raw, "when": when, "notify": notify}))
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise ConfigError(f"{where}: rule names must be unique")
    return rules


def _sinks(value: Any, where: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(x, str) and x for x in items):
        raise ConfigError(f"{where}: notify must be a sink or a list of sinks (stdout, a .jsonl path, a URL)")
    return tuple(items)


def matches(rule: Rule, change: Change | dict[str, Any], event: Event | None) -> bool:
    """Does ``change`` (to ``event``, None when it is gone) trigger ``rule``? Pure."""
    change = Change.from_dict(change)
    if rule.when == "daily_strikes" or rule.when not in ("any", change.kind):
        return False
    if rule.field and (change.field or "").lower() != rule.field.lower():
        return False
    needs_event = any(getattr(rule, k) for k in FILTERS if k != "field") or any(
        getattr(rule, k) is not None for k in MINIMA)
    if not needs_event:
        return True
    if event is None:
        return False
    loc = event.location
    for key, value in (("country", loc.country if loc else None), ("admin1", loc.admin1 if loc else None),
                       ("event_type", event.event_type), ("sub_event_type", event.sub_event_type)):
        wanted = getattr(rule, key)
        if wanted and (value or "").lower() != wanted.lower():
            return False
    if rule.actor and not any(rule.actor.lower() in (a or "").lower() for a in (event.actor1, event.actor2)):
        return False
    return (_at_least(_count(event.fatalities), rule.min_fatalities)
            and _at_least(_count(event.injured), rule.min_injured)
            and _at_least(event.strikes, rule.min_strikes))


def _count(f: Any) -> int | None:
    return None if f is None else (f.best if f.best is not None else f.low)


def _at_least(value: int | None, minimum: int | None) -> bool:
    return minimum is None or (value is not None and value >= minimum)


def daily_strikes(store: Store, rule: Rule) -> list[tuple[str, str, int]]:
    """``(country, day, strikes)`` for every day-precise country-day at or over the rule's threshold."""
    return store.strike_days(rule.min_strikes, rule.country)


class Alerts:
    """Alert passes over one store; ``run()`` after each watch cycle, ``close()`` at the end."""

    def __init__(self, store: Store, rules: list[Rule], *, out: TextIO | None = None,
                 webhook_timeout: float = 5.0, webhook_retries: int = 2, backoff: float = 1.0,
                 retry_after: float = 30.0) -> None:
        self.store = store
        self.outbox = AlertLog(store)
        self.rules = rules
        self.out = out or sys.stdout
        self.sender = WebhookSender(timeout=webhook_timeout, retries=webhook_retries, backoff=backoff)
        self.retry_after = retry_after
        self.in_flight: set[str] = set()
        self.not_before: dict[str, float] = {}

    def use(self, store: Store) -> None:
        """Work on ``store`` from now on (a watcher opens its store per cycle: ``store.live``)."""
        self.store = store
        self.outbox = AlertLog(store)

    def run(self) -> int:
        """Fire every rule on the new changes, deliver what is pending; returns how many alerts fired."""
        self.collect()
        last = int(load_state(self.store, STATE_KEY).get("last_seq", 0))
        changes = load_changes(self.store, after_seq=last)
        fired = self._match(changes) if changes else []
        count = self._record(fired, changes[-1].seq if changes else last)
        self.deliver()
        return count

    def _match(self, changes: list[Change]) -> list[tuple[Rule, str, dict[str, Any]]]:
        out = []
        events: dict[str, Event | None] = {}
        for change in changes:
            eid = change.event_id
            if eid not in events:
                events[eid] = self.store.get_event(eid)
            for rule in self.rules:
                if matches(rule, change, events[eid]):
                    out.append((rule, f"change:{change.seq}", _payload(rule, change, events[eid])))
        for rule in self.rules:
            if rule.when == "daily_strikes":
                for country, day, n in daily_strikes(self.store, rule):
                    message = f"[{rule.name}] {n} strikes in {country} on {day} (threshold {rule.min_strikes})"
                    out.append((rule, f"{country}|{day}", {"rule": rule.name, "when": rule.when, "country": country,
                                                           "day": day, "strikes": n, "message": message}))
        return out

    def _record(self, fired: list[tuple[Rule, str, dict[str, Any]]], last_seq: int) -> int:
        """Keep the firings not seen before, with their outbox rows and the new position, atomically."""
        done = self.outbox.fired()
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        keys, rows = [], []
        for rule, key, payload in fired:
            if (rule.name, key) in done:
                continue
            done.add((rule.name, key))
            keys.append((rule.name, key))
            body = json.dumps(payload | {"key": key, "fired_at": now.isoformat()}, ensure_ascii=False, default=str)
            for sink in rule.notify:
                oid = hashlib.sha1(f"{rule.name}\0{key}\0{sink}".encode()).hexdigest()[:16]
                rows.append((oid, sink, body))
        with self.store.transaction():
            self.outbox.record(keys, rows, now)
            save_state(self.store, {STATE_KEY: {"last_seq": last_seq}})
        return len(keys)

    def deliver(self) -> None:
        """Send every pending outbox row that is not in flight or waiting for its retry time."""
        rows = self.outbox.pending()
        now = time.monotonic()
        for oid, sink, payload, attempts in rows:
            if oid in self.in_flight or self.not_before.get(oid, 0) > now:
                continue
            if sink.startswith(("http://", "https://")):
                self.in_flight.add(oid)
                self.sender.submit(oid, sink, payload)
                continue
            try:
                self._write(sink, payload)
            except OSError as exc:
                self._failed(oid, sink, attempts, str(exc))
            else:
                self._delivered(oid)

    def _write(self, sink: str, payload: str) -> None:
        if sink in ("stdout", "-"):
            self.out.write("ALERT " + json.loads(payload)["message"] + "\n")
            self.out.flush()
            return
        with open(sink, "a", encoding="utf-8") as f:
            f.write(payload + "\n")

    def collect(self) -> None:
        """Apply the outcomes of finished webhook deliveries."""
        for oid, error in self.sender.results():
            self.in_flight.discard(oid)
            if error is None:
                self._delivered(oid)
            else:
                sink, attempts = self.outbox.row(oid)
                self._failed(oid, sink, attempts, error)

    def _delivered(self, oid: str) -> None:
        self.outbox.delivered(oid)
        self.not_before.pop(oid, None)

    def _failed(self, oid: str, sink: str, attempts: int, error: str) -> None:
        self.outbox.failed(oid, error)
        delay = min(3600.0, self.retry_after * 2 ** min(attempts, 10))
        self.not_before[oid] = time.monotonic() + delay
        log.warning("alert %s to %s not delivered (%s); kept in the outbox, retry in %.0f s", oid, sink, error, delay)

    def pending(self) -> int:
        """How many outbox rows are not delivered yet."""
        return self.outbox.pending_count()

    def close(self, timeout: float = 2.0) -> None:
        """Wait up to ``timeout`` s for webhooks in flight, record their outcomes, stop the sender."""
        self.sender.stop(timeout)
        self.collect()
        self.in_flight.clear()  # unfinished deliveries stay pending in the outbox


def _payload(rule: Rule, change: Change | dict[str, Any], event: Event | None) -> dict[str, Any]:
    change = Change.from_dict(change)
    what = change.kind.replace("_", " ")
    if change.field:
        what += f" ({change.field})"
    note = event.note if event and event.note else ""
    message = f"[{rule.name}] {what} {change.event_id}" + (f": {note}" if note else "")
    brief = None
    if event is not None:
        loc = event.location
        brief = {"id": event.id, "sub_event_type": event.sub_event_type, "date": event.date,
                 "location": loc.to_dict() if loc else None, "actor1": event.actor1, "actor2": event.actor2,
                 "strikes": event.strikes, "fatalities": event.fatalities.to_dict() if event.fatalities else None,
                 "injured": event.injured.to_dict() if event.injured else None, "note": event.note,
                 "reports": event.report_ids}
    return {"rule": rule.name, "when": rule.when, "message": message, "change": change.to_dict(), "event": brief}
