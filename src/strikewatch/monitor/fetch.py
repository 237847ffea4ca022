"""Polite HTTP GET for feeds: timeouts, retries with exponential backoff,
conditional requests (ETag / Last-Modified) and a per-host rate limit.

``Fetcher.get`` returns a ``Fetched`` (status 200 with the body, or 304 when
the resource is unchanged) or raises ``InputError(code="fetch_failed")`` after
the last attempt; every failed attempt is one log line naming the URL, the
attempt and the reason. Clock and sleep are injectable for tests.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import urlsplit

import httpx

from ..errors import InputError

log = logging.getLogger("strikewatch.monitor")
USER_AGENT = "strikewatch-monitor/0.1 (+https://github.com/strikewatch)"
MAX_FEED_BYTES = 20 * 1024 * 1024
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}


class Fetched(NamedTuple):
    """One response: ``status`` 200 or 304, the body (empty on 304) and the validators to send next time."""

    status: int
    body: bytes
    etag: str | None
    last_modified: str | None


class Fetcher:
    """HTTP GET with retries, conditional requests and at most one request per ``min_interval`` per host."""

    def __init__(self, *, timeout: float = 10.0, retries: int = 3, backoff: float = 1.0,
                 min_interval: float = 1.0, max_bytes: int = MAX_FEED_BYTES,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.retries = retries
        self.backoff = backoff
        self.min_interval = min_interval
        self.max_bytes = max_bytes
        self.sleep = sleep
        self.clock = clock
        self.last_request: dict[str, float] = {}
        self.client = httpx.Client(timeout=timeout, follow_redirects=True, transport=transport,
                                   headers={"User-Agent": USER_AGENT})

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``url`` conditionally; retry transient failures; raise InputError after the last attempt."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        reason = ""
        for attempt in range(1, self.retries + 2):
            self._wait_turn(url)
            try:
                response = self.client.get(url, headers=headers)
            except httpx.HTTPError as exc:
                reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                retry = True
            else:
                if response.status_code == 304:
                    return Fetched(304, b"", etag, last_modified)
                if response.status_code == 200:
                    return self._ok(url, response)
                reason = f"HTTP {response.status_code}"
                retry = response.status_code in RETRY_STATUS
            if not retry or attempt > self.retries:
                log.warning("fetch %s failed (attempt %d of %d, giving up): %s",
                            url, attempt, self.retries + 1, reason)
                break
            delay = self.backoff * 2 ** (attempt - 1)
            log.warning("fetch %s failed (attempt %d of %d): %s; retrying in %.1f s",
                        url, attempt, self.retries + 1, reason, delay)
            self.sleep(delay)
        raise InputError(f"{url}: {reason}", code="fetch_failed", report_id=url)

    def _ok(self, url: str, response: httpx.Response) -> Fetched:
        body = response.content
        if len(body) > self.max_bytes:
            raise InputError(f"{url}: feed of {len(body)} bytes exceeds the limit of {self.max_bytes}",
                             code="too_large", report_id=url)
        return Fetched(200, body, response.headers.get("ETag"), response.headers.get("Last-Modified"))

    def _wait_turn(self, url: str) -> None:
        """Sleep until ``min_interval`` has passed since the last request to this host."""
        host = urlsplit(url).netloc.lower()
        last = self.last_request.get(host)
        if last is not None:
            wait = last + self.min_interval - self.clock()
            if wait > 0:
                self.sleep(wait)
        self.last_request[host] = self.clock()
