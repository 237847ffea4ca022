"""``/api/reports/{id}``: a report's text and the evidence spans events take from it."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from ..deps import ReadDep, StoreDep
from ..schemas import ErrorBody, ReportPublic

router = APIRouter(prefix="/api/reports", tags=["reports"], dependencies=[ReadDep],
                   responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}})


@router.get("/{report_id}", response_model=ReportPublic, responses={404: {"model": ErrorBody}})
def read_report(store: StoreDep, report_id: str) -> Any:
    """The original text (untrusted: clients must render it as text) and every span used."""
    report = store.get_report(report_id)
    if report is None:
        raise HTTPException(404, f"no report {report_id!r}")
    return {"id": report.id, "title": report.title, "outlet": report.outlet, "url": report.url,
            "published": report.published.isoformat() if report.published else None,
            "text": report.text, "spans": store.report_spans(report.id)}
