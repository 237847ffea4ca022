"""``/api/stats``: event counts per day, type, actor and country for the filters."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ...events.taxonomy import TAXONOMY
from ..deps import FilterDep, ReadDep, StoreDep
from ..schemas import ErrorBody, Stats

router = APIRouter(prefix="/api/stats", tags=["stats"], dependencies=[ReadDep],
                   responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 422: {"model": ErrorBody}})


@router.get("", response_model=Stats)
def read_stats(store: StoreDep, flt: FilterDep) -> Any:
    """Counts (events, strikes, fatalities) per day / sub-event type / actor1 / country."""
    flt.limit, flt.offset = None, 0
    out = store.stats(flt)
    for key in ("per_day", "per_type", "per_actor", "per_country"):
        for row in out[key]:
            row["key"] = None if row["key"] is None else str(row["key"])
    return out


@router.get("/taxonomy", response_model=dict[str, list[str]])
def read_taxonomy() -> Any:
    """ACLED event types and their sub-event types as ``{type: [sub-types]}`` (kept for scripts;
    ``/api/taxonomy`` adds each type's key, and is what the web UI reads)."""
    return {t: list(subs) for t, subs in TAXONOMY.items()}
