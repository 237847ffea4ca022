"""``/api/events``: filtered, sorted, paged events (JSON, CSV or GeoJSON) and one event in full."""
from __future__ import annotations

import io
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response

from ...export import geojson, write_csv_rows
from ...models import Event
from ...curate import review
from ...store import Store
from ..deps import FilterDep, ReadDep, StoreDep
from ..schemas import ErrorBody, EventDetail, EventsPage

router = APIRouter(prefix="/api/events", tags=["events"], dependencies=[ReadDep],
                   responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 422: {"model": ErrorBody}})


def public(store: Store, events: list[Event]) -> list[dict[str, Any]]:
    """Events as JSON with their review status."""
    status = store.statuses([e.id for e in events])
    return [e.to_dict() | {"status": status.get(e.id, "machine")} for e in events]


def detail(store: Store, event: Event) -> dict[str, Any]:
    """One event with its status and review history."""
    return public(store, [event])[0] | {"reviews": review.history(store, event)}


def _csv(events: list[Event]) -> str:
    out = io.StringIO()
    write_csv_rows(events, out)
    return out.getvalue()


@router.get("", response_model=EventsPage,
            responses={200: {"content": {"text/csv": {}, "application/geo+json": {}}}})
def read_events(store: StoreDep, flt: FilterDep,
                format: Annotated[Literal["json", "csv", "geojson"], Query()] = "json") -> Any:
    """Events matching the filters: ``{"total", "limit", "offset", "events"}`` (or CSV / GeoJSON of the page)."""
    events = store.events(flt)
    if format == "csv":
        return Response(_csv(events), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="events.csv"'})
    if format == "geojson":
        return Response(json.dumps(geojson(events), ensure_ascii=False), media_type="application/geo+json")
    return {"total": store.count(flt), "limit": flt.limit, "offset": flt.offset, "events": public(store, events)}


@router.get("/{event_id}", response_model=EventDetail, responses={404: {"model": ErrorBody}})
def read_event(store: StoreDep, event_id: str) -> Any:
    """One event: every field with its evidence per source, disputes, confidence, review history."""
    event = store.get_event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return detail(store, event)
