"""Webhook delivery on a background thread, so a slow or dead endpoint never blocks ingestion.

``WebhookSender.submit(id, url, body)`` queues a JSON POST; the thread tries it
with a timeout and retries with exponential backoff, then reports
``(id, None)`` on success or ``(id, error)`` through ``results()``. The
caller (``alerts.Alerts``) keeps the outbox; this module holds no state
beyond its queues.
"""
from __future__ import annotations

import logging
import queue
import threading

import httpx

log = logging.getLogger("strikewatch.monitor")


class WebhookSender:
    """A daemon thread POSTing queued JSON bodies (started on first submit)."""

    def __init__(self, *, timeout: float = 5.0, retries: int = 2, backoff: float = 1.0) -> None:
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.jobs: queue.Queue[tuple[str, str, str] | None] = queue.Queue()
        self.done: queue.Queue[tuple[str, str | None]] = queue.Queue()
        self.stopping = threading.Event()
        self.thread: threading.Thread | None = None

    def submit(self, job_id: str, url: str, body: str) -> None:
        if self.thread is None:
            self.jobs, self.stopping = queue.Queue(), threading.Event()
            self.thread = threading.Thread(target=self._work, args=(self.jobs, self.stopping),
                                           name="strikewatch-webhooks", daemon=True)
            self.thread.start()
        self.jobs.put((job_id, url, body))

    def results(self) -> list[tuple[str, str | None]]:
        """Outcomes finished since the last call: ``(id, None)`` or ``(id, error message)``."""
        out = []
        while True:
            try:
                out.append(self.done.get_nowait())
            except queue.Empty:
                return out

    def stop(self, timeout: float = 2.0) -> None:
        """Let the thread finish what it is doing for up to ``timeout`` s; unsent jobs stay unreported."""
        if self.thread is None:
            return
        self.stopping.set()
        self.jobs.put(None)
        self.thread.join(timeout)
        self.thread = None

    def _work(self, jobs: queue.Queue, stopping: threading.Event) -> None:
        with httpx.Client(timeout=self.timeout) as client:
            while True:
                job = jobs.get()
                if job is None or stopping.is_set():
                    return
                job_id, url, body = job
                self.done.put((job_id, self._post(client, url, body, stopping)))

    def _post(self, client: httpx.Client, url: str, body: str, stopping: threading.Event) -> str | None:
        error = "not sent"
        for attempt in range(self.retries + 1):
            try:
                response = client.post(url, content=body.encode("utf-8"),
                                       headers={"Content-Type": "application/json"})
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            else:
                if response.status_code < 300:
                    return None
                error = f"HTTP {response.status_code}"
            if attempt < self.retries:
                log.info("webhook %s: %s; retrying in %.1f s", url, error, self.backoff * 2 ** attempt)
                if stopping.wait(self.backoff * 2 ** attempt):
                    break
        return error
