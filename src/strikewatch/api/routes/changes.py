"""``/api/changes``: the change log of the event record (created, source added, field changed, ...)."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from ...store.changes import load_changes
from ..deps import IsoText, ReadDep, StoreDep
from ..schemas import ErrorBody

router = APIRouter(prefix="/api/changes", tags=["changes"], dependencies=[ReadDep],
                   responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 422: {"model": ErrorBody}})


class ChangePublic(BaseModel):
    """One change: its kind, the event it concerns and what changed (``old`` -> ``new``)."""

    seq: int
    recorded_at: str
    kind: str
    event_id: str
    field: str | None = None
    old: Any = None
    new: Any = None
    report: str | None = None
    merged_id: str | None = None


@router.get("", response_model=list[ChangePublic])
def read_changes(
    store: StoreDep,
    since: Annotated[dt.datetime | None, IsoText, Query(description="recorded at or after (ISO date or datetime)")] = None,
    after: Annotated[int | None, Query(ge=0, description="only changes with a sequence number above this")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Any:
    """Changes to the event record, oldest first; poll with ``after`` = the last ``seq`` seen."""
    if since is not None and since.tzinfo is not None:
        try:
            since = since.astimezone(dt.timezone.utc).replace(tzinfo=None)
        except OverflowError:  # 0001-01-01T00:00:00+14:00 is before year 1 in UTC
            raise HTTPException(422, f"since {since.isoformat()} is outside the years 1-9999 in UTC") from None
    return [c.to_dict() for c in load_changes(store, since=since, after_seq=after, limit=limit)]
