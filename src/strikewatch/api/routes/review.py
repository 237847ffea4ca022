"""Review actions: confirm, reject, edit a field, merge events, split a source off.

Every route needs the review token (``Authorization: Bearer T``) and records
who (``X-Reviewer``) did what in the audit log (``curate.review``).
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from ...errors import InputError
from ...events.taxonomy import EVENT_TYPE_OF, TAXONOMY
from ...curate import review
from ..deps import ReadDep, ReviewerDep, StoreDep
from ..schemas import EditIn, ErrorBody, EventDetail, MergeIn, OrphanOut, ReviewIn, SplitIn, SplitOut
from .events import detail

router = APIRouter(prefix="/api/events", tags=["review"], responses={
    400: {"model": ErrorBody, "description": "the body is not JSON"}, 401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 404: {"model": ErrorBody}, 422: {"model": ErrorBody}})
orphans_router = APIRouter(prefix="/api/reviews", tags=["review"], dependencies=[ReadDep],
                           responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}})


@orphans_router.get("/orphans", response_model=list[OrphanOut])
def orphaned_reviews(store: StoreDep) -> Any:
    """Reviews whose event an updated report no longer tells (kept, never moved to another event)."""
    return review.orphans(store)


def _changes(body: EditIn) -> dict[str, Any]:
    """One edited field, with the event type that follows from a sub-event type."""
    if body.field in ("event_type", "sub_event_type") and not isinstance(body.value, str):
        raise InputError(f"{body.field} must be a text, not {type(body.value).__name__}")  # a dict: 422, not 500
    if body.field == "sub_event_type":
        if body.value not in EVENT_TYPE_OF:
            raise InputError(f"unknown sub_event_type {body.value!r}")
        return {"sub_event_type": body.value, "event_type": EVENT_TYPE_OF[body.value]}
    if body.field == "event_type" and body.value not in TAXONOMY:
        raise InputError(f"unknown event_type {body.value!r}; choose one of {', '.join(TAXONOMY)}")
    return {body.field: body.value}


@router.post("/merge", response_model=EventDetail)
def merge_events(store: StoreDep, reviewer: ReviewerDep, body: MergeIn) -> Any:
    """Merge two or more events into one; the merge survives re-extraction."""
    return detail(store, review.merge(store, body.ids, reviewer=reviewer, comment=body.comment))


@router.post("/{event_id}/confirm", response_model=EventDetail)
def confirm_event(store: StoreDep, reviewer: ReviewerDep, event_id: str, body: ReviewIn | None = None) -> Any:
    """Mark an event as checked and correct."""
    comment = body.comment if body else None
    return detail(store, review.confirm(store, event_id, reviewer=reviewer, comment=comment))


@router.post("/{event_id}/reject", response_model=EventDetail)
def reject_event(store: StoreDep, reviewer: ReviewerDep, event_id: str, body: ReviewIn | None = None) -> Any:
    """Mark an event as wrong (hidden from lists unless ``status=all``; confirm restores it)."""
    comment = body.comment if body else None
    return detail(store, review.reject(store, event_id, reviewer=reviewer, comment=comment))


@router.post("/{event_id}/edit", response_model=EventDetail)
def edit_event(store: StoreDep, reviewer: ReviewerDep, event_id: str, body: EditIn) -> Any:
    """Set one field to a reviewed value; re-extraction will not overwrite it."""
    if store.get_event(event_id) is None:
        raise HTTPException(404, f"no event {event_id!r}")
    event = review.edit(store, event_id, _changes(body), reviewer=reviewer, comment=body.comment)
    return detail(store, event)


@router.post("/{event_id}/split", response_model=SplitOut)
def split_event(store: StoreDep, reviewer: ReviewerDep, event_id: str, body: SplitIn) -> Any:
    """Split one report's contribution off an event into an event of its own."""
    kept, gone = review.split(store, event_id, body.report, reviewer=reviewer, comment=body.comment)
    return {"kept": detail(store, kept), "split": detail(store, gone)}
