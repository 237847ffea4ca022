"""Core commands: ingest, extract, events, export, eval events."""
from __future__ import annotations

import datetime as dt
import functools
import json
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from .group import current_settings, eval_group, main, setting
from .output import progress_bar, stderr_console, stdout_console
from ..errors import StrikewatchError
from ..export import WRITERS, export_events
from ..models import Event, ReportFailure, RunResult

console = stderr_console

# Exit codes of the commands that read reports: 0 every report read; 1 some were refused and
# 2 all were (each failure printed); RUN_FAILED: the run itself failed (the store, the configuration,
# the output, or a bug), so what follows the failing step is not saved; INTERRUPTED: Ctrl-C.
RUN_FAILED = 3
INTERRUPTED = 130


class RunFailed(click.ClickException):
    """The run failed, not a report: exit code RUN_FAILED with a clean message."""

    exit_code = RUN_FAILED


def exits_on_failure(command: Callable) -> Callable:
    """Give a report-reading command the exit codes above: a StrikewatchError or an OSError is a
    clean message, a bug prints its traceback, both exit RUN_FAILED; Ctrl-C exits INTERRUPTED."""
    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except StrikewatchError as exc:
            raise RunFailed(str(exc)) from exc
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            raise RunFailed(f"{where}{exc.strerror or exc}") from exc
        except KeyboardInterrupt:
            console.print("interrupted", highlight=False)
            raise click.exceptions.Exit(INTERRUPTED) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            raise RunFailed(f"internal error ({type(exc).__name__}: {exc}); this is a bug in strikewatch, "
                            f"the traceback is above") from exc

    return run


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """A click callback: an optional YYYY-MM-DD option as a date."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


db_option = click.option("--db", default=setting("store_url"), show_default="strikewatch.duckdb, or $STRIKEWATCH_DB",
                         help="DuckDB file of the event store.")
fast_option = click.option("--fast", is_flag=True, default=setting("fast"),
                           help="Skip NER outside sentences with a trigger word or a count: about 1.3x "
                                "faster, but places there are found by the gazetteer alone (fewer, less certain). "
                                "Also on with STRIKEWATCH_FAST=1.")
published_option = click.option("--published", callback=parse_date, metavar="YYYY-MM-DD",
                                help="Publication date for every report (overrides meta.jsonl).")


def run_pipeline(paths: Iterable[str], published: dt.date | None, *, merge: bool = True,
                 fast: bool = False) -> RunResult:
    """Read and extract with a progress bar on stderr."""
    (result,) = run_in_steps(paths, published, merge=merge, fast=fast, step=None)
    return result


def run_in_steps(paths: Iterable[str], published: dt.date | None, *, merge: bool = True, fast: bool = False,
                 step: int | None = None) -> Iterator[RunResult]:
    """Read every report, then extract ``step`` reports at a time (all at once with None), one
    progress bar on stderr (on a terminal only: :func:`strikewatch.cli.output.progress_bar`); a
    report id seen in an earlier step is a ``duplicate_id`` failure."""
    from ..bounded import run_bounded
    from ..ingest import read_reports
    from ..pipeline import load_pipeline

    items = list(read_reports(paths, published=published))
    pipeline = load_pipeline(fast=fast)
    seen: set[str] = set()
    with progress_bar("extracting", len(items), console) as advance:
        size = step or max(len(items), 1)
        for start in range(0, max(len(items), 1), size):
            yield run_bounded(pipeline, items[start:start + size], merge=merge, seen=seen, progress=advance)


def report_failures(failures: list[ReportFailure], total: int) -> None:
    for f in failures:
        console.print(f"[red]failed[/red] {escape(f.message)} [dim]({f.stage}/{f.code})[/dim]", highlight=False)
    ok = total - len(failures)
    console.print(f"{ok} report(s) processed, {len(failures)} failed", highlight=False)


def print_events(events: list[Event], limit: int = 50) -> None:
    table = Table(show_lines=False)
    for col in ("id", "date", "sub-type", "place", "actor1", "actor2", "strikes", "targets", "killed", "src", "disp"):
        table.add_column(col, overflow="fold")
    for e in events[:limit]:
        loc = e.location
        cells = (e.id, e.date or "?", e.sub_event_type, f"{loc.name}, {loc.country}" if loc else "",
                 e.actor1 or "", e.actor2 or "", "" if e.strikes is None else str(e.strikes),
                 ", ".join(f"{t.count or '?'} {t.type}" for t in e.targets),
                 "" if not e.fatalities or e.fatalities.best is None else str(e.fatalities.best),
                 str(len(e.report_ids)), ",".join(d.field for d in e.disputed))
        table.add_row(*map(escape, cells))  # report text and ids are untrusted: never rich markup
    stdout_console().print(table)
    if len(events) > limit:
        console.print(f"... {len(events) - limit} more")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="-", show_default=True,
              help="Events JSONL file ('-' for stdout).")
@published_option
@click.option("--no-merge", is_flag=True, help="Output per-report events without merging across reports.")
@click.option("--dask", "dask", is_flag=False, flag_value="local", default=None, metavar="[SCHEDULER]",
              help="Extract on a Dask cluster (scheduler address, or a local cluster when given alone).")
@click.option("--workers", default=2, show_default=True, help="Worker processes of the local Dask cluster.")
@fast_option
@exits_on_failure
def extract(paths: tuple[str, ...], output: str, published: dt.date | None, no_merge: bool,
            dask: str | None, workers: int, fast: bool) -> None:
    """Extract events from reports (stateless): reports in, events JSONL out.

    PATHS are folders (their .txt, .html, .jsonl and .parquet files, with an optional
    meta.jsonl; nothing else), JSONL or Parquet files of reports, or single files.

    Exit codes: 0 every report read, 1 some refused, 2 all refused (each failure is
    printed), 3 the run failed (output, configuration or a bug), 130 interrupted.

    Example: strikewatch extract reports/ -o events.jsonl
    (on Dask: strikewatch extract big.jsonl --dask --workers 4 -o events.parquet)
    """
    if dask:
        from functools import partial

        from ..scale.dask_run import extract_reports, run_dask

        result = run_dask(paths, scheduler=None if dask == "local" else dask, workers=workers,
                          published=published, merge=not no_merge, extract=partial(extract_reports, fast=fast))
    else:
        result = run_pipeline(paths, published, merge=not no_merge, fast=fast)
    events = result.report_events if no_merge else result.events
    lines = "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in events)
    if output == "-":
        sys.stdout.write(lines)
    else:
        export_events(events, output, "parquet" if output.endswith(".parquet") else "jsonl")
    report_failures(result.failures, len(result.reports) + len(result.failures))
    console.print(f"{len(events)} event(s)")
    if result.failures:
        sys.exit(1 if result.reports else 2)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@published_option
@fast_option
@click.option("--batch", default=setting("batch_size"), show_default="1000, or $STRIKEWATCH_BATCH_SIZE",
              type=click.IntRange(min=1),
              help="Reports extracted and saved per step: memory stays bounded, and every step after "
                   "the first is an incremental save.")
@exits_on_failure
def ingest(paths: tuple[str, ...], db: str, published: dt.date | None, fast: bool, batch: int) -> None:
    """Read reports, extract their events and save them in the store (idempotent).

    Exit codes: 0 every report read, 1 some refused, 2 all refused (each failure is
    printed and kept in the store), 3 the run failed (the store, configuration or a
    bug: steps saved before the failure stay), 130 interrupted.

    Example: strikewatch ingest reports/ --db events.duckdb
    """
    from ..curate import save_run
    from ..store.live import Opener

    counts = {"reports_new": 0, "reports_unchanged": 0}
    failures: list[ReportFailure] = []
    n_reports = 0
    opener = Opener(db, wait=current_settings().lock_wait)  # a DuckDB file is open only while a batch is saved
    try:
        for result in run_in_steps(paths, published, merge=False, fast=fast, step=batch):
            with opener.session() as store:
                for key, value in save_run(store, result).items():
                    counts[key] = counts.get(key, 0) + value
            failures += result.failures
            n_reports += len(result.reports)
        with opener.session() as store:
            total = store.count()
    finally:
        opener.close()
    report_failures(failures, n_reports + len(failures))
    console.print(f"{counts['reports_new']} new report(s), {counts['reports_unchanged']} unchanged; "
                  f"{total} event(s) in {escape(db)}", highlight=False)
    if failures:
        sys.exit(1 if n_reports else 2)


def _filter_options(fn):
    opts = [
        click.option("--since", callback=parse_date, metavar="YYYY-MM-DD", help="Events on or after this day."),
        click.option("--until", callback=parse_date, metavar="YYYY-MM-DD", help="Events on or before this day."),
        click.option("--country"), click.option("--type", "sub_event_type", help="ACLED sub-event type."),
        click.option("--actor", help="Substring of actor1 or actor2."),
        click.option("--disputed", is_flag=True, default=None, help="Only disputed events."),
        click.option("-q", "--query", help="Text that must occur in the evidence."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def _filter(since, until, country, sub_event_type, actor, disputed, query):
    from ..store import EventFilter

    return EventFilter(date_from=since, date_to=until, country=country, sub_event_type=sub_event_type,
                       actor=actor, disputed=disputed, q=query)


@main.command()
@db_option
@_filter_options
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print events as JSONL instead of a table.")
def events(db: str, limit: int, as_json: bool, **filters) -> None:
    """Show stored events as a table.

    Example: strikewatch events --country Iraq --since 2016-10-01
    """
    from ..store.live import open_store_when_free

    with open_store_when_free(db, read_only=True, wait=current_settings().lock_wait) as store:
        found = store.events(_filter(**filters))
    if as_json:
        for e in found[:limit]:
            click.echo(json.dumps(e.to_dict(), ensure_ascii=False))
    else:
        print_events(found, limit)


@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(sorted(WRITERS)), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True)
@_filter_options
def export_cmd(db: str, fmt: str, output: str, **filters) -> None:
    """Export stored events as CSV (ACLED columns), JSON, JSONL, GeoJSON, typed Parquet, or CSV
    in ACLED's full export schema (acled) or UCDP GED's (ucdp).

    Example: strikewatch export --format acled --country Syria -o acled.csv
    """
    from ..store.live import open_store_when_free

    with open_store_when_free(db, wait=current_settings().lock_wait) as store:
        found = store.events(_filter(**filters))
    export_events(found, output, fmt)
    console.print(f"{len(found)} event(s) written to {escape(output)}")


@eval_group.command("events")
@click.argument("pred", type=click.Path(exists=True, dir_okay=False))
@click.option("--gold", type=click.Path(exists=True, dir_okay=False), required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_events(pred: str, gold: str, as_json: bool) -> None:
    """Score predicted events against a gold events file.

    Example: strikewatch eval events ev.jsonl --gold gold/events.jsonl
    """
    from ..eval.score_events import score_files

    scores = score_files(pred, gold)
    if as_json:
        click.echo(json.dumps(scores, indent=1))
        return
    out = stdout_console()
    out.print(f"required gold events: {scores['gold_required']}  predicted: {scores['predicted']}  "
              f"matched: {scores['matched']}  (type+date+location right: {scores['matched_type_date_location']})")
    out.print(f"precision {scores['precision']:.3f}  recall {scores['recall']:.3f}  F1 {scores['f1']:.3f}  "
              f"events per gold event {scores['events_per_gold_event']:.3f}")
    table = Table("field", "correct", "accuracy (of required)")
    for name, v in scores["fields"].items():
        label = f"{name} (of {v['of']})" if "of" in v else name  # scored where the gold gives it
        table.add_row(label, str(v["correct"]), f"{v['accuracy']:.3f}")
    out.print(table)
    for d in scores["details"]:
        if d["wrong"]:
            out.print(f"  {d['gold']} ~ {d['pred']}: wrong {', '.join(d['wrong'])}", highlight=False)
    if scores["spurious"]:
        out.print(f"  not in gold: {', '.join(scores['spurious'])}", highlight=False)
