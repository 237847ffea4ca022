"""Response security headers and the Host allow-list.

``SECURITY_HEADERS`` go on every response: the app's middleware adds them to what the routes
and the HTTP error handlers return, and ``errors.error_response`` sets them itself, because an
unexpected error (500) is answered by Starlette's outermost error middleware, past the app's.

``HostAllowList`` is plain ASGI middleware, outermost: a request whose ``Host`` header names
no allowed host is answered 400 (in the API's error shape, with the security headers) before
routing, body reading or tokens. It defeats DNS rebinding, where a page on another site
resolves its own name to 127.0.0.1 and so reaches a server listening there. ``serve`` allows
``localhost``, ``127.0.0.1``, ``::1`` and the address it listens on, plus every
``--allowed-host`` (``*`` allows any).
"""
from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

CSP = ("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


def host_name(header: str) -> str:
    """The host of a ``Host`` header, without its port and brackets, lower case."""
    header = header.strip().lower()
    if header.startswith("["):  # [::1]:8000
        return header[1:].split("]", 1)[0]
    if header.count(":") == 1:
        return header.split(":", 1)[0]
    return header


def allowed_hosts(bound: str, extra: Iterable[str] = ()) -> list[str]:
    """The hosts ``serve`` answers for: the local names, the bound address, and ``extra``."""
    names = [*LOCAL_HOSTS, host_name(bound) if bound.startswith("[") else bound.lower(), *extra]
    return list(dict.fromkeys(n.strip().lower() for n in names if n.strip() and n not in ("0.0.0.0", "::")))


def error_body(status: int, error: str, errors: list[str] | None = None) -> dict:
    """The API's error shape: ``ok``, ``error``, ``errors``, ``status`` (``errors.error_response``)."""
    return {"ok": False, "error": error, "errors": list(errors or [error]), "status": status}


class HostAllowList:
    """ASGI middleware: refuse (400) a request whose Host header is not allowed (module docstring)."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], *, hosts: Iterable[str],
                 headers: dict[str, str] | None = None) -> None:
        self.app, self.headers = app, dict(headers or {})
        self.hosts = {h.strip().lower() for h in hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or "*" in self.hosts:
            await self.app(scope, receive, send)
            return
        host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
        if host_name(host) in self.hosts:
            await self.app(scope, receive, send)
            return
        body = json.dumps(error_body(400, f"host {host[:100]!r} is not served here; "
                                          "start the server with --allowed-host to allow it")).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                   *((k.lower().encode(), v.encode()) for k, v in self.headers.items())]
        await send({"type": "http.response.start", "status": 400, "headers": headers})
        await send({"type": "http.response.body", "body": body})
