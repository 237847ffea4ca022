"""``strikewatch eval coref``: pairwise same-event scores on sentence pairs (ECB+ style)."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..eval.data import load_jsonl
from .group import eval_group
from .output import stdout_console


@eval_group.command("coref")
@click.option("--data", "data", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="Sentence-pair JSONL (e.g. shared/eval/ecbplus/dev.jsonl).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def eval_coref_cmd(data: Path, as_json: bool) -> None:
    """Pairwise same-event precision, recall and F1 of the sentence-pair scorer.

    The shipped weights were fitted on ECB+ dev: on that file this is the
    train score; the topic-held-out score is printed beside it.

    Example: strikewatch eval coref --data ../shared/eval/ecbplus/dev.jsonl
    """
    from ..eval.score_coref import read_pairs, score_coref
    from ..merge.coref import predict_rows
    from ..nlp import load_nlp

    rows = read_pairs(load_jsonl(data))
    predicted, model_info = predict_rows(rows, load_nlp())
    scores = score_coref(rows, predicted)
    scores["model"] = model_info
    if as_json:
        click.echo(json.dumps(scores, sort_keys=True))
        return
    from rich.table import Table

    table = Table(title=f"coref: {data.name}")
    for col in ("topic", "pairs", "P", "R", "F1"):
        table.add_column(col, justify="right")
    for name, s in [*scores["by_topic"].items(), ("overall", scores["overall"])]:
        table.add_row(name, str(s["pairs"]), f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}")
    stdout_console().print(table)
    held = model_info.get("topic_held_out") or {}
    click.echo(f"weights fitted on: {model_info.get('trained_on')}; topic-held-out F1 at training: {held.get('f1')}")
