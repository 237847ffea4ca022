"""One JSON error shape for every error the API returns.

``{"ok": false, "error": str, "errors": [str], "status": int}`` for 401, 403,
404, 405, 422 and 500 alike; ``install_handlers`` registers one handler per
family (HTTP errors, validation errors, strikewatch errors, anything else).
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import InputError, StoreBusy, StrikewatchError
from ..curate.review import NotFound
from .security import SECURITY_HEADERS, error_body

__all__ = ["error_body", "error_response", "install_handlers"]

log = logging.getLogger("strikewatch.api")


def error_response(status: int, error: str, errors: list[str] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """An error in the one shape, with the security headers (a 500 never passes the app's middleware)."""
    return JSONResponse(error_body(status, error, errors), status_code=status,
                        headers={**SECURITY_HEADERS, **(headers or {})})


def _location(loc: tuple) -> str:
    return ".".join(str(x) for x in loc if x not in ("body",) or len(loc) == 1)


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    detail = exc.detail if isinstance(exc.detail, str) else "request failed"
    return error_response(exc.status_code, detail, headers=getattr(exc, "headers", None))


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [f"{_location(tuple(e.get('loc', ())))}: {e.get('msg', 'invalid')}" for e in exc.errors()]
    return error_response(422, errors[0] if errors else "invalid request", errors)


async def _strikewatch_error(request: Request, exc: StrikewatchError) -> JSONResponse:
    if isinstance(exc, StoreBusy):
        return error_response(503, "the store is busy (another process is writing it); try again",
                              headers={"Retry-After": "1"})
    if isinstance(exc, NotFound):
        return error_response(404, str(exc))
    if isinstance(exc, InputError):
        return error_response(422, str(exc))
    log.error("store error on %s: %s", request.url.path, exc)
    return error_response(500, f"{exc.code}: {exc}")


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s", request.url.path)
    return error_response(500, "internal server error")


def install_handlers(app: FastAPI) -> None:
    """Register the error handlers on ``app``."""
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StrikewatchError, _strikewatch_error)
    app.add_exception_handler(Exception, _unexpected)
