"""``strikewatch demo``: the main job on the bundled example reports."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import click

from .group import main
from ..export import WRITERS, export_events
from .core import console, print_events, report_failures, run_pipeline


def examples_dir() -> Path:
    return Path(str(resources.files("strikewatch") / "examples"))


@main.command()
@click.option("--out", type=click.Path(file_okay=False), default="demo-out", show_default=True,
              help="Folder for the store and every export format.")
def demo(out: str) -> None:
    """Extract, merge, store and export the bundled example reports, then score them.

    Example: strikewatch demo --out demo-out
    """
    from ..curate import save_run
    from ..eval.score_events import load_jsonl, score_events
    from ..store import open_store

    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    result = run_pipeline([str(examples_dir() / "reports")], None, merge=False)
    db = folder / "strikewatch.duckdb"
    for stale in (db, db.with_name(db.name + ".wal")):  # the demo always starts from a fresh store
        stale.unlink(missing_ok=True)
    with open_store(db) as store:
        save_run(store, result)
        events = store.events()
    print_events(events)
    report_failures(result.failures, len(result.reports) + len(result.failures))
    for fmt, (suffix, _) in WRITERS.items():
        export_events(events, folder / f"events{suffix}", fmt)
    scores = score_events(load_jsonl(examples_dir() / "gold.jsonl"), [e.to_dict() for e in events])
    console.print(f"exports written to {folder}/ ({', '.join(WRITERS)}); store {folder}/strikewatch.duckdb")
    console.print(f"against the bundled gold: {scores['matched']}/{scores['gold_required']} events found, "
                  f"precision {scores['precision']:.2f}, recall {scores['recall']:.2f}", highlight=False)
