"""Request body size limit, enforced before the body is read.

``BodyLimit`` is plain ASGI middleware around the whole app, so it runs before routing,
authentication and FastAPI's body parsing: a request whose ``Content-Length`` is over
``max_bytes`` (or not a number) is answered 413 at once without reading a byte of the
body, and a body streamed without a length is cut off with 413 as soon as it passes the
limit (at most ``max_bytes`` of it held). The answer has the API's error shape and its
security headers.
"""
from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from .errors import error_body

MAX_BODY_BYTES = 1 << 20  # review actions are small JSON documents

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with 413 (see module docstring)."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], *,
                 max_bytes: int = MAX_BODY_BYTES, headers: dict[str, str] | None = None) -> None:
        self.app, self.max_bytes, self.headers = app, max_bytes, dict(headers or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.strip().isdigit() or int(length) > self.max_bytes):
            await self._refuse(send)
            return
        if length is None and _has_body(scope):  # streamed: read at most the limit, then replay it
            messages, seen = [], 0
            while True:
                message = await receive()
                messages.append(message)
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    await self._refuse(send)
                    return
                if message["type"] != "http.request" or not message.get("more_body"):
                    break
            receive = _replay(messages, receive)
        await self.app(scope, receive, send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps(error_body(413, f"request body over {self.max_bytes:,} bytes")).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                   *((k.lower().encode(), v.encode()) for k, v in self.headers.items())]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _has_body(scope: Scope) -> bool:
    headers = dict(scope.get("headers") or [])
    return b"transfer-encoding" in headers or scope.get("method") in ("POST", "PUT", "PATCH")


def _replay(messages: list[Message], receive: Receive) -> Receive:
    """A ``receive`` that gives ``messages`` first, then whatever the client sends next."""
    pending = list(messages)

    async def replayed() -> Message:
        return pending.pop(0) if pending else await receive()

    return replayed
