"""Annotated dependencies: the store, the auth checks, the reviewer, the event filter."""
from __future__ import annotations

import datetime as dt
import hmac
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Annotated, Literal

from fastapi import Depends, Header, HTTPException, Query, Request
from pydantic import BeforeValidator

from ..store import EventFilter, Store
from ..store.live import Opener
from ..store.query import SORTABLE, STATUSES

SortKey = Literal[tuple(sorted(SORTABLE))]  # type: ignore[valid-type]
DEFAULT_STATUSES = ("machine", "confirmed", "edited")
MAX_LIMIT = 1000
_REVIEWER = re.compile(r"^[\w .@'()-]{1,80}$")


@dataclass
class ApiState:
    """What the app holds: the store's opener (a DuckDB file is opened per request, so ``watch``
    and ``ingest`` can write between requests: ``store/live.py``), one lock, and the tokens."""

    opener: Opener
    token: str | None = None
    read_token: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


def _state(request: Request) -> ApiState:
    return request.app.state.api


def get_store(state: Annotated[ApiState, Depends(_state)]) -> Iterator[Store]:
    """The store for one request, under the lock (one DuckDB connection is not thread-safe)."""
    with state.lock, state.opener.session() as store:
        yield store


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _matches(given: str, *expected: str | None) -> bool:
    return any(e is not None and hmac.compare_digest(given.encode(), e.encode()) for e in expected)


def require_read(state: Annotated[ApiState, Depends(_state)],
                 authorization: Annotated[str | None, Header()] = None) -> None:
    """Reads are open unless a read token is configured (then it, or the review token, is needed)."""
    if state.read_token is None:
        return
    given = _bearer(authorization)
    if given is None:
        raise HTTPException(401, "a bearer token is required to read", headers={"WWW-Authenticate": "Bearer"})
    if not _matches(given, state.read_token, state.token):
        raise HTTPException(403, "the token is not valid for reading")


def require_reviewer(state: Annotated[ApiState, Depends(_state)],
                     authorization: Annotated[str | None, Header()] = None,
                     x_reviewer: Annotated[str | None, Header()] = None) -> str:
    """Check the review token; return who reviews (``X-Reviewer`` or ``"reviewer"``)."""
    given = _bearer(authorization)
    if given is None:
        raise HTTPException(401, "a bearer token is required to review", headers={"WWW-Authenticate": "Bearer"})
    if state.token is None:
        raise HTTPException(403, "review is disabled: start the server with --token or STRIKEWATCH_TOKEN")
    if not _matches(given, state.token):
        raise HTTPException(403, "the review token is not valid")
    name = (x_reviewer or "reviewer").strip()
    if not _REVIEWER.match(name):
        raise HTTPException(422, "X-Reviewer must be 1-80 letters, digits, spaces or .@'()-")
    return name


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """``west,south,east,north`` in degrees (HTTP 422 if malformed)."""
    try:
        west, south, east, north = (float(x) for x in text.split(","))
    except ValueError:
        raise HTTPException(422, f"bbox {text!r} is not west,south,east,north") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise HTTPException(422, f"bbox {text!r} is not west,south,east,north in degrees")
    return west, south, east, north


def parse_statuses(text: str | None) -> list[str]:
    if text is None:
        return list(DEFAULT_STATUSES)
    if text == "all":
        return []
    wanted = [s.strip() for s in text.split(",") if s.strip()]
    bad = [s for s in wanted if s not in STATUSES]
    if bad or not wanted:
        raise HTTPException(422, f"status must be 'all' or a list of {', '.join(STATUSES)}")
    return wanted


_NUMBER = re.compile(r"\s*[-+]?\d+(\.\d*)?\s*")


def iso_text(value: object) -> object:
    """Refuse a bare number for a date parameter: pydantic would read it as Unix time (``-1`` is
    1969-12-31T23:59:59Z), but a date here is ISO text (HTTP 422 in the API's error shape)."""
    if isinstance(value, str) and _NUMBER.fullmatch(value):
        raise ValueError(f"{value[:40]!r} is a number, not an ISO date (YYYY-MM-DD) or "
                         "datetime (YYYY-MM-DDTHH:MM:SS, optionally with Z or +HH:MM)")
    return value


IsoText = BeforeValidator(iso_text)


def event_filter(
    since: Annotated[dt.date | None, IsoText, Query(description="first day (ISO date)")] = None,
    until: Annotated[dt.date | None, IsoText, Query(description="last day (ISO date)")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees", max_length=100)] = None,
    country: Annotated[str | None, Query(max_length=100)] = None,
    admin1: Annotated[str | None, Query(max_length=100)] = None,
    event_type: Annotated[str | None, Query(max_length=100)] = None,
    sub_event_type: Annotated[str | None, Query(max_length=100)] = None,
    actor: Annotated[str | None, Query(max_length=200, description="substring of actor1 or actor2")] = None,
    disputed: Annotated[bool | None, Query()] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    q: Annotated[str | None, Query(max_length=200, description="text in the evidence")] = None,
    status: Annotated[str | None, Query(description="comma list of statuses, or 'all' "
                                                     "(default: all but rejected)", max_length=100)] = None,
    sort: Annotated[SortKey, Query()] = "date",
    order: Annotated[Literal["asc", "desc"], Query()] = "asc",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> EventFilter:
    """The ``EventFilter`` for the query string (every value bound later, never formatted into SQL)."""
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")
    return EventFilter(
        date_from=since, date_to=until, bbox=parse_bbox(bbox) if bbox else None, country=country or None,
        admin1=admin1 or None, event_type=event_type or None, sub_event_type=sub_event_type or None,
        actor=actor or None, disputed=disputed, min_confidence=min_confidence, q=q or None,
        status=parse_statuses(status), sort=sort, descending=order == "desc", limit=limit, offset=offset)


StoreDep = Annotated[Store, Depends(get_store)]
ReviewerDep = Annotated[str, Depends(require_reviewer)]
FilterDep = Annotated[EventFilter, Depends(event_filter)]
ReadDep = Depends(require_read)
