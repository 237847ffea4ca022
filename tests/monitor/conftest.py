"""Shared fixtures for the monitor tests: a local HTTP server, a fake extractor and a small merger."""
from __future__ import annotations

import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from strikewatch.models import Dispute, Event, Evidence, Fatalities, Location, RunResult, Source

PLACES = {"Mosul": ("Nineveh", "Iraq", 36.34, 43.13), "Raqqa": ("Raqqa", "Syria", 35.95, 39.01),
          "Kirkuk": ("Kirkuk", "Iraq", 35.47, 44.39)}


class LocalServer:
    """A 127.0.0.1 HTTP server: ``routes[path] = handler(request) -> (status, headers, body)``."""

    def __init__(self) -> None:
        self.routes: dict = {}
        self.requests: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                req = {"method": self.command, "path": self.path, "headers": dict(self.headers),
                       "body": self.rfile.read(length) if length else b""}
                server.requests.append(req)
                handler = server.routes.get(self.path)
                status, headers, body = handler(req) if handler else (404, {}, b"not found")
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = _serve

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = LocalServer()
    yield s
    s.close()


@pytest.fixture
def free_url():
    """A URL on 127.0.0.1 where nothing listens (connection refused)."""
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/hook"


@pytest.fixture
def process():
    """The stand-in extractor (``_fake_process``)."""
    return _fake_process


@pytest.fixture
def merger():
    """The small deterministic merger (``_merge_by_day_place``)."""
    return _merge_by_day_place


def _fake_process(items):
    """A stand-in extractor for invented one-line reports like
    "Aircraft struck Mosul 3 times on 2016-10-09, killing 4 people." (one event per report)."""
    result = RunResult()
    for item in items:
        if not hasattr(item, "text"):
            result.failures.append(item)
            continue
        result.reports.append(item)
        text = item.text
        place = next((p for p in PLACES if p in text), None)
        date = re.search(r"\d{4}-\d\d-\d\d", text)
        strikes = re.search(r"struck \w+ (\d+) times", text)
        killed = re.search(r"killing (\d+)", text)
        if not (place and date):
            continue
        admin1, country, lat, lon = PLACES[place]
        evidence = {"location": [Evidence(item.id, text.index(place), text.index(place) + len(place), place)]}
        if killed:
            evidence["fatalities"] = [Evidence(item.id, killed.start(1), killed.end(1), killed.group(1))]
        n = int(killed.group(1)) if killed else None
        result.report_events.append(Event(
            id=f"{item.id}#0", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
            date=date.group(0), date_precision="day", location=Location(place, country, admin1, lat, lon),
            actor1="Coalition" if "Coalition" in text else None,
            strikes=int(strikes.group(1)) if strikes else None,
            fatalities=Fatalities(n, n, n) if killed else None,
            sources=[Source(item.id, evidence, item.outlet, item.published, item.url)]))
    return result


def _merge_by_day_place(events, duplicates):
    """A small deterministic merger: one event per (date, place); the highest count wins, disputes listed."""
    groups: dict = {}
    for e in events:
        groups.setdefault((e.date, e.location.name), []).append(e)
    out = []
    for (_, _), evs in sorted(groups.items()):
        evs.sort(key=lambda e: e.id)
        members = [e.id for e in evs]
        counts = sorted({e.fatalities.best for e in evs if e.fatalities})
        merged = Event.from_dict(evs[0].to_dict())
        merged.id = "ev-" + members[0].split("#")[0]
        merged.members = members
        merged.sources = [s for e in evs for s in e.sources]
        merged.strikes = max((e.strikes for e in evs if e.strikes is not None), default=None)
        if counts:
            merged.fatalities = Fatalities(counts[-1], counts[-1], counts[-1])
        if len(counts) > 1:
            merged.disputed = [Dispute("fatalities", counts,
                                       [[e.sources[0].report for e in evs if e.fatalities and e.fatalities.best == c]
                                        for c in counts])]
        out.append(merged)
    return out


@pytest.fixture
def wait_for():
    return _wait_for


def _wait_for(predicate, timeout: float = 3.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()

