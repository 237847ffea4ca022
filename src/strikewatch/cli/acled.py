"""`strikewatch eval acled`: score extraction on ACLED-coded notes."""
from __future__ import annotations

import json

import click

from . import eval_group


@eval_group.command("acled")
@click.option("--data", "data", required=True, type=click.Path(exists=True, dir_okay=False),
              help="ACLED dev JSONL (id, text, event_date, event_type, sub_event_type, actors, ...).")
@click.option("--limit", type=int, default=None, help="Score an evenly spread sample of N notes.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def acled_cmd(data: str, limit: int | None, as_json: bool) -> None:
    """Sub-type accuracy/macro-F1, actors, date, place and fatalities on ACLED notes.

    Example: strikewatch eval acled --data ../shared/eval/acled/dev.jsonl --limit 2000
    """
    from ..actors import load_aliases
    from ..eval.score_acled import extraction_predictor, read_rows, score_acled

    rows = read_rows(data, limit)
    scores = score_acled(rows, extraction_predictor(), load_aliases().canonical).to_dict()
    if as_json:
        click.echo(json.dumps(scores))
        return
    for key, value in scores.items():
        if key != "confusion":
            click.echo(f"{key:28s} {value}")
    click.echo("\nconfusion (gold -> predicted, count), top 30:")
    for gold, pred, count in scores["confusion"][:30]:
        click.echo(f"  {count:5d}  {gold} -> {pred}")
