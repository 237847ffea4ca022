"""API shapes (pydantic), separate from the data model in ``strikewatch.models``."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ErrorBody(BaseModel):
    """Every error: ``{"ok": false, "error", "errors", "status"}``."""

    ok: bool = False
    error: str
    errors: list[str]
    status: int


class EventPublic(BaseModel):
    """An event as in the events-JSONL schema, plus its review ``status``."""

    model_config = ConfigDict(extra="allow")

    id: str
    event_type: str
    sub_event_type: str
    date: str | None = None
    date_precision: str = "unknown"
    location: dict[str, Any] | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: dict[str, Any] | None = None
    sources: list[dict[str, Any]] = []
    disputed: list[dict[str, Any]] = []
    confidence: float
    status: str = "machine"


class ReviewEntry(BaseModel):
    """One audit-log row: who did what, when, the value before and after."""

    id: int
    event_id: str
    action: str
    field: str | None
    before: Any
    after: Any
    reviewer: str
    comment: str | None
    at: str


class EventDetail(EventPublic):
    """An event with every field's evidence (in ``sources``) and its review history."""

    reviews: list[ReviewEntry] = []


class EventsPage(BaseModel):
    total: int
    limit: int
    offset: int
    events: list[EventPublic]


class Span(BaseModel):
    event_id: str
    field: str
    start: int
    end: int
    text: str


class ReportPublic(BaseModel):
    """A report's original text and every evidence span events take from it."""

    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    text: str
    spans: list[Span]


class CountRow(BaseModel):
    key: str | None
    events: int
    strikes: int
    fatalities: int


class Stats(BaseModel):
    events: int
    per_day: list[CountRow]
    per_type: list[CountRow]
    per_actor: list[CountRow]
    per_country: list[CountRow]


class ReviewIn(BaseModel):
    """Body of confirm/reject (optional)."""

    model_config = ConfigDict(extra="forbid")

    comment: str | None = Field(None, max_length=1000)


class EditIn(ReviewIn):
    """Set one field: ``{"field": "actor1", "value": "..."}``; ``location`` takes an object."""

    field: str = Field(max_length=40)
    value: Any = None


class MergeIn(ReviewIn):
    ids: list[str] = Field(min_length=2, max_length=20)


class SplitIn(ReviewIn):
    report: str = Field(min_length=1, max_length=200)


class SplitOut(BaseModel):
    kept: EventDetail
    split: EventDetail


class OrphanOut(BaseModel):
    """A review whose event is gone: an updated report no longer tells it (issue 19)."""

    anchor: str = Field(description="the per-report event id the review was keyed by")
    report: str
    event_id: str | None = Field(description="the merged event's id when it was reviewed")
    event: dict[str, Any] | None = Field(description="what the event was: type, date, place, trigger, actor1")
    values: dict[str, Any] = Field(description="the reviewed values (and status) it held")
    reviewers: list[str]
    updated_at: str
    history: list[ReviewEntry]


class EventTypeEntry(BaseModel):
    """One ACLED event type: its name, a short ``key`` (the web UI colours it ``t-<key>``) and its
    sub-event types, in ACLED's order."""

    event_type: str
    key: str
    sub_event_types: list[str]
