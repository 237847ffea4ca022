"""``strikewatch compare``: stored (or extracted) events against a reference ACLED or UCDP GED file."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click
from rich.table import Table

from .group import main, setting
from .core import console
from .output import stdout_console


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _load_events(db: str, events_file: str | None, since: dt.date | None, until: dt.date | None) -> list:
    from ..models import Event

    if events_file:
        from ..eval.data import load_jsonl

        return [Event.from_dict(d) for d in load_jsonl(events_file)]
    from ..errors import StoreError
    from ..store import EventFilter, open_store

    if "://" not in db and not Path(db).exists():
        raise StoreError(f"no store at {db}: ingest reports into it first, or compare an events file (--events)")
    with open_store(db, read_only="://" not in db) as store:
        return store.events(EventFilter(date_from=since, date_to=until))


def _print(result: dict, limit: int) -> None:
    out = stdout_console()
    ref, ours = result["reference"], result["strikewatch"]
    out.print(f"reference events found by strikewatch: {ref['matched']}/{ref['events']} "
              f"(coverage {ref['coverage']:.4f})", highlight=False)
    out.print(f"strikewatch events found in the reference: {ours['matched']}/{ours['events']} "
              f"(coverage {ours['coverage']:.4f})", highlight=False)
    by = result["matched_by"]
    out.print(f"matched by report id {by['report']}, by place and time {by['place-time']}", highlight=False)
    table = Table("field", "agree", "pairs", "agreement", "of reference")
    for name, v in result["fields"].items():
        table.add_row(name, str(v["agree"]), str(v["compared"]), f"{v['agreement']:.4f}", f"{v['of_reference']:.4f}")
    out.print(table)
    for title, key in (("reference events not found", "unmatched_reference"),
                       ("strikewatch events not in the reference", "unmatched_strikewatch")):
        rows = result[key]
        out.print(f"{title}: {len(rows)}", highlight=False)
        for r in rows[:limit]:
            what = r.get("sub_event_type") or r.get("type_of_violence")
            place = ", ".join(str(x) for x in (r.get("location"), r.get("country")) if x)
            out.print(f"  {r['id']}  {r['when']}  {what}  {place}", highlight=False,
                      markup=False)
        if len(rows) > limit:
            out.print(f"  ... {len(rows) - limit} more (--json lists all)")


@main.command("compare")
@click.option("--reference", "reference", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Your reference file: an ACLED export or UCDP GED as CSV (format detected from the header).")
@click.option("--db", default=setting("store_url"), show_default="strikewatch.duckdb, or $STRIKEWATCH_DB",
              help="Store of the events to compare.")
@click.option("--events", "events_file", type=click.Path(exists=True, dir_okay=False),
              help="Compare these events (JSONL, as `extract` writes) instead of the store's.")
@click.option("--since", callback=_day, metavar="YYYY-MM-DD", help="Events (both sides) on or after this day.")
@click.option("--until", callback=_day, metavar="YYYY-MM-DD", help="Events (both sides) on or before this day.")
@click.option("--country", help="Only this country (any common spelling; both sides).")
@click.option("--days", default=1, show_default=True, type=click.IntRange(min=0),
              help="Largest gap in days between matched events.")
@click.option("--km", default=50.0, show_default=True, type=click.FloatRange(min=0),
              help="Largest distance between matched events.")
@click.option("--type-match", type=click.Choice(["event", "sub", "any"]), default="event", show_default=True,
              help="Matched events share the event type, the sub-event type, or nothing (UCDP: type of violence).")
@click.option("--match", "match", type=click.Choice(["auto", "report", "place-time"]), default="auto",
              show_default=True, help="Pair by report id (the reference's own notes), by place and time, or both.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole comparison as one JSON object.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False),
              help="Also write an HTML page with a map of matched and unmatched events.")
@click.option("--limit", default=20, show_default=True, help="Unmatched events listed per side in the table.")
def compare_cmd(reference: str, db: str, events_file: str | None, since: dt.date | None, until: dt.date | None,
                country: str | None, days: int, km: float, type_match: str, match: str, as_json: bool,
                html_path: str | None, limit: int) -> None:
    """Compare strikewatch's events with a reference dataset (ACLED or UCDP GED CSV): coverage both
    ways, agreement per field and the unmatched events on each side. The reference stays where it is.

    Example: strikewatch compare --reference acled_2024.csv --country Syria --since 2024-03-01 --html cmp.html
    """
    from ..errors import EvalError
    from ..export.codes import country_code
    from ..export.compare import compare, event_record, in_window
    from ..export.reference import read_reference

    fmt, refs = read_reference(reference)
    cc = country_code(country) if country else None
    if country and cc is None:
        raise EvalError(f"unknown country {country!r}")
    refs = [r for r in refs if in_window(r, since, until, cc)]
    events = [e for e in _load_events(db, events_file, since, until) if in_window(event_record(e), since, until, cc)]
    result = compare(events, refs, fmt, days=days, km=km, type_match=type_match, match=match)
    result["reference"]["path"] = str(reference)
    if html_path:
        from ..export.compare_html import render_compare_html
        from ..export.writers import write_text

        write_text(Path(html_path), render_compare_html(result, reference_name=Path(reference).name))
        console.print(f"comparison page written to {html_path}", highlight=False)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
    else:
        _print(result, limit)
