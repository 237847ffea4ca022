import logging

import pytest

from strikewatch.errors import InputError
from strikewatch.monitor.fetch import Fetcher


class FakeClock:
    def __init__(self):
        self.now = 100.0
        self.slept = []

    def sleep(self, s):
        self.slept.append(round(s, 3))
        self.now += s

    def __call__(self):
        return self.now


def test_retries_with_backoff_then_succeeds(server, caplog):
    answers = [(503, {}, b"busy"), (500, {}, b"oops"), (200, {"ETag": '"v1"'}, b"<rss/>")]
    server.routes["/f"] = lambda req: answers.pop(0)
    clock = FakeClock()
    fetcher = Fetcher(timeout=2, retries=3, backoff=0.5, min_interval=0, sleep=clock.sleep, clock=clock)
    got = fetcher.get(server.url + "/f")
    assert got.status == 200 and got.body == b"<rss/>" and got.etag == '"v1"'
    assert clock.slept == [0.5, 1.0]
    assert [r.getMessage().split(": ", 1)[1] for r in caplog.records] == [
        "HTTP 503; retrying in 0.5 s", "HTTP 500; retrying in 1.0 s"]


def test_conditional_get_and_no_retry_on_404(server):
    def handle(req):
        if req["headers"].get("If-None-Match") == '"v1"' or req["headers"].get("If-Modified-Since"):
            return 304, {}, b""
        return 200, {"ETag": '"v1"', "Last-Modified": "Mon, 10 Oct 2016 08:00:00 GMT"}, b"<rss/>"

    server.routes["/f"] = handle
    fetcher = Fetcher(timeout=2, retries=2, min_interval=0)
    first = fetcher.get(server.url + "/f")
    assert fetcher.get(server.url + "/f", etag=first.etag).status == 304
    assert fetcher.get(server.url + "/f", last_modified=first.last_modified).status == 304
    with pytest.raises(InputError, match="HTTP 404"):
        fetcher.get(server.url + "/missing")
    assert [r["path"] for r in server.requests] == ["/f", "/f", "/f", "/missing"]  # a 404 is not retried


def test_connection_refused_gives_up_with_a_log_line(free_url, caplog):
    clock = FakeClock()
    fetcher = Fetcher(timeout=0.5, retries=1, backoff=0.1, min_interval=0, sleep=clock.sleep, clock=clock)
    with caplog.at_level(logging.WARNING), pytest.raises(InputError) as err:
        fetcher.get(free_url)
    assert err.value.code == "fetch_failed" and "ConnectError" in str(err.value)
    assert len(caplog.records) == 2 and "giving up" in caplog.records[1].getMessage()


def test_per_host_rate_limit(server):
    server.routes["/f"] = lambda req: (200, {}, b"x")
    clock = FakeClock()
    fetcher = Fetcher(min_interval=2.0, sleep=clock.sleep, clock=clock)
    fetcher.get(server.url + "/f")
    clock.now += 0.5
    fetcher.get(server.url + "/f")
    assert clock.slept == [1.5]
