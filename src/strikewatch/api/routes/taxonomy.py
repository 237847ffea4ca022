"""``/api/taxonomy``: ACLED's event types and sub-event types, the one list the web UI reads
(its filter menus, edit menu, legend and colours), from :mod:`strikewatch.events.taxonomy`."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ...events.taxonomy import describe
from ..deps import ReadDep
from ..schemas import ErrorBody, EventTypeEntry

router = APIRouter(prefix="/api/taxonomy", tags=["taxonomy"], dependencies=[ReadDep],
                   responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}})


@router.get("", response_model=list[EventTypeEntry])
def read_taxonomy() -> Any:
    """Every event type with its ``key`` and sub-event types, in ACLED's order."""
    return describe()
