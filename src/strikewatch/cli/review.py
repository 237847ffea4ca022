"""``strikewatch review``: what reviewers decided, seen from the command line."""
from __future__ import annotations

import json

import click

from .core import console
from .group import current_settings, main, setting


@main.group("review")
def review_group() -> None:
    """Reviewers' decisions kept in the store (review actions themselves are in the web UI and API)."""


@review_group.command("orphans")
@click.option("--db", default=setting("store_url"), show_default="strikewatch.duckdb, or $STRIKEWATCH_DB",
              help="Store (DuckDB file or postgresql:// URL).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def orphans(db: str, as_json: bool) -> None:
    """List reviews whose event is gone: an updated report no longer tells it. They are kept,
    never moved to another event.

    Example: strikewatch review orphans --db events.duckdb --json
    """
    from ..curate import review
    from ..store.live import open_store_when_free

    with open_store_when_free(db, read_only=True, wait=current_settings().lock_wait) as store:
        found = review.orphans(store)
    for o in found:
        if as_json:
            click.echo(json.dumps(o, ensure_ascii=False, default=str))
            continue
        what = o["event"] or {}
        told = ", ".join(str(what[k]) for k in ("sub_event_type", "date", "location") if what.get(k))
        values = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in sorted(o["values"].items()))
        click.echo(f"{o['anchor']}  {o['event_id'] or '-'}  ({told or 'unknown event'})  {values}")
    if not as_json:
        console.print(f"{len(found)} orphaned review(s)", highlight=False)
