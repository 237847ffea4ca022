"""Monitoring commands: watch, changes, digest."""
from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import click

from .group import current_settings, main, setting
from .core import console, parse_date

db_option = click.option("--db", default=setting("store_url"), show_default="strikewatch.duckdb, or $STRIKEWATCH_DB",
                         help="Store (DuckDB file or postgresql:// URL).")


@main.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--interval", default=60.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds between polls.")
@click.option("--once", is_flag=True, help="Poll every source once, then exit.")
@click.option("--alerts", "rules_path", type=click.Path(exists=True, dir_okay=False),
              help="TOML file of alert rules.")
@click.option("--settle", default=1.0, show_default=True, type=click.FloatRange(min=0),
              help="Leave folder files younger than this many seconds for the next poll.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="HTTP timeout in seconds for feeds.")
def watch(sources: tuple[str, ...], db: str, interval: float, once: bool, rules_path: str | None,
          settle: float, timeout: float) -> None:
    """Watch folders, growing JSONL files and RSS/Atom feeds (files or URLs); store new reports.

    State is checkpointed in the store, so a restart resumes where it stopped; Ctrl-C stops
    cleanly after the current poll. A DuckDB store is open only while a poll reads or saves,
    so `serve`, `events` and `export` can use it meanwhile (docs/architecture.md).

    Example: strikewatch watch inbox/ drops.jsonl https://example.org/feed.xml --alerts rules.toml
    """
    from ..monitor.alerts import Alerts, load_rules
    from ..monitor.fetch import Fetcher
    from ..monitor.sources import make_source
    from ..monitor.watch import Watcher
    from ..store.live import Opener

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    rules = load_rules(rules_path) if rules_path else []
    fetcher = Fetcher(timeout=timeout)
    watched = [make_source(s, fetcher=fetcher, settle=settle) for s in sources]
    settings = current_settings()
    opener = Opener(db, wait=settings.lock_wait)  # a DuckDB file is open only while a cycle reads or saves
    try:
        with opener.session() as store:
            alerts = Alerts(store, rules) if rules else None
        watcher = Watcher(opener, watched, alerts=alerts, fast=settings.fast)
        console.print(f"watching {len(watched)} source(s) into {db}"
                      + ("" if once else f" every {interval:g} s; Ctrl-C to stop"), highlight=False)
        cycles = watcher.run(interval=interval, once=once)
    finally:
        opener.close()
    fetcher.close()
    console.print(f"stopped after {cycles} poll(s)", highlight=False)


@main.command()
@db_option
@click.option("--since", callback=parse_date, metavar="YYYY-MM-DD", help="Changes recorded on or after this day.")
@click.option("--limit", default=1000, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def changes(db: str, since: dt.date | None, limit: int, as_json: bool) -> None:
    """List the change log: events created, sources added, fields changed, disputes, merges, removals.

    Example: strikewatch changes --since 2016-10-01 --json
    """
    from ..store.changes import load_changes
    from ..store.live import open_store_when_free

    with open_store_when_free(db, wait=current_settings().lock_wait) as store:  # read-write: migrated first
        found = load_changes(store, since=since, limit=limit)
    for c in found:
        if as_json:
            click.echo(json.dumps(c.to_dict(), ensure_ascii=False, default=str))
            continue
        detail = c.field or c.extra.get("report") or c.extra.get("merged_id") or ""
        if c.kind == "field_changed":
            detail += f": {_short(c.old)} -> {_short(c.new)}"
        click.echo(f"{c.seq:>6}  {(c.recorded_at or '')[:19]}  {c.kind:<15} {c.event_id}  {detail}".rstrip())
    if not as_json:
        console.print(f"{len(found)} change(s)", highlight=False)


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


@main.command()
@db_option
@click.option("--since", callback=parse_date, metavar="YYYY-MM-DD", required=True, help="First day.")
@click.option("--until", callback=parse_date, metavar="YYYY-MM-DD", required=True, help="Last day.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True,
              help="Output file (.html, or .md for Markdown).")
@click.option("--format", "fmt", type=click.Choice(["html", "md"]), default=None,
              help="Output format (default: from the file suffix).")
def digest(db: str, since: dt.date, until: dt.date, output: str, fmt: str | None) -> None:
    """Write a self-contained digest of a period: counts, a chart per day, a map, top events, disputes.

    Example: strikewatch digest --since 2016-10-01 --until 2016-10-31 -o digest.html
    """
    from ..monitor.digest import build_digest
    from ..store.live import open_store_when_free

    if since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}")
    fmt = fmt or ("md" if output.lower().endswith(".md") else "html")
    with open_store_when_free(db, read_only=True, wait=current_settings().lock_wait) as store:
        text = build_digest(store, since, until, fmt)
    Path(output).write_text(text, encoding="utf-8")
    console.print(f"digest written to {output}", highlight=False)
