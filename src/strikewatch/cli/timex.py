"""``strikewatch timex`` (tag TimeML JSONL) and ``strikewatch eval timex`` (TempEval-3 scores)."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..eval.data import load_jsonl
from .group import eval_group, main
from .output import stdout_console


@main.command("timex")
@click.argument("infile", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--out", "outfile", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Where to write the documents with predicted timexes (JSONL).")
def timex_cmd(infile: Path, outfile: Path) -> None:
    """Tag and normalise time expressions in documents ({"id", "dct", "text"} per line).

    Example: strikewatch timex dev.jsonl -o pred.jsonl
    """
    from ..time.corpus import annotate_docs

    docs = load_jsonl(infile)
    with outfile.open("w", encoding="utf-8") as fh:
        for doc in annotate_docs(docs):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    click.echo(f"{len(docs)} documents -> {outfile}")


@eval_group.command("timex")
@click.option("--data", "data", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="Gold TimeML JSONL (e.g. shared/eval/timex/dev.jsonl).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def eval_timex_cmd(data: Path, as_json: bool) -> None:
    """TempEval-3 extent, value and type scores against gold timexes.

    Example: strikewatch eval timex --data ../shared/eval/timex/dev.jsonl
    """
    from rich.table import Table

    from ..eval.score_timex import evaluate_timex

    scores = evaluate_timex(load_jsonl(data))
    if as_json:
        click.echo(json.dumps(scores, sort_keys=True))
        return
    table = Table(title=f"timex: {data.name}")
    for col in ("corpus", "gold", "pred", "strict F1", "relaxed P", "relaxed R", "relaxed F1",
                "value F1", "type F1"):
        table.add_column(col, justify="right" if col != "corpus" else "left")
    rows = [*scores["by_corpus"].items(), ("overall", scores["overall"])]
    for name, s in rows:
        table.add_row(name, str(s["gold"]), str(s["pred"]), f"{s['strict']['f1']:.3f}",
                      f"{s['relaxed']['p']:.3f}", f"{s['relaxed']['r']:.3f}", f"{s['relaxed']['f1']:.3f}",
                      f"{s['value']['f1']:.3f}", f"{s['type']['f1']:.3f}")
    stdout_console().print(table)
