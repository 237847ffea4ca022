"""`strikewatch eval acled` (score extraction on ACLED-coded notes) and `strikewatch train-typer`."""
from __future__ import annotations

import json
import os
from pathlib import Path

import click

from .group import eval_group, main

DEFAULT_TYPER = Path.home() / ".cache" / "strikewatch" / "typer.npz"


def _print(title: str, scores: dict) -> None:
    from ..eval.score_acled import confusion_matrix

    click.echo(f"== {title}")
    for key, value in scores.items():
        if key not in ("confusion", "calibration", "per_sub_type"):
            click.echo(f"{key:28s} {value}")
    cal = scores["calibration"]
    click.echo(f"calibration (sub-type confidence vs accuracy), ECE {cal['ece']}:")
    for b in cal["bins"]:
        click.echo(f"  {b['bin']}  n={b['n']:5d}  conf={b['confidence']:.3f}  acc={b['accuracy']:.3f}")
    click.echo("per sub-type (gold n, precision, recall, F1):")
    for name, row in sorted(scores["per_sub_type"].items(), key=lambda kv: -kv[1]["n"]):
        click.echo(f"  {row['n']:5d}  P={row['precision']:.3f}  R={row['recall']:.3f}  F1={row['f1']:.3f}  {name}")
    click.echo("confusion matrix (rows gold, columns predicted, -- no event):")
    for line in confusion_matrix(scores["confusion"]):
        click.echo("  " + line)
    click.echo("confusion (gold -> predicted, count), top 30 errors:")
    errors = [c for c in scores["confusion"] if c[0] != c[1]]
    for gold, pred, count in errors[:30]:
        click.echo(f"  {count:5d}  {gold} -> {pred}")


@eval_group.command("acled")
@click.option("--data", "data", required=True, type=click.Path(exists=True, dir_okay=False),
              help="ACLED dev JSONL (id, text, event_date, event_type, sub_event_type, actors, ...); "
                   "a row's source is read as the note's outlet.")
@click.option("--limit", type=int, default=None, help="Score an evenly spread sample of N notes.")
@click.option("--typer", "typer_path", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Use this user-fitted sub-type classifier (from train-typer).")
@click.option("--train-split", is_flag=True,
              help="Fit a classifier on a fixed 50%% of the rows (by id hash) and score the other half, "
                   "with the shipped model and with the fitted one.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def acled_cmd(data: str, limit: int | None, typer_path: str | None, train_split: bool, as_json: bool) -> None:
    """Sub-type accuracy/macro-F1, actors, date, place, fatalities and calibration on ACLED notes.

    Example: strikewatch eval acled --data ../shared/eval/acled/dev.jsonl --limit 2000
    """
    from ..actors import load_aliases
    from ..eval.score_acled import extraction_predictor, read_rows, score_acled, split_half, spread_sample

    all_rows = read_rows(data)
    rows = spread_sample(all_rows, limit)
    canon = load_aliases().canonical
    results: dict[str, dict] = {}
    if train_split:
        import tempfile

        from ..events.typer_data import fit_typer, pairs

        train, test = split_half(all_rows)
        test = spread_sample(test, limit)
        results["shipped model, test half"] = score_acled(test, extraction_predictor(), canon).to_dict()
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "typer.json"
            fit_typer(pairs(train), source=f"train half of {Path(data).name}").save(path)
            with _env_typer(str(path)):
                results["fitted on train half, test half"] = score_acled(test, extraction_predictor(), canon).to_dict()
    elif typer_path:
        with _env_typer(typer_path):
            results[f"user typer {typer_path}"] = score_acled(rows, extraction_predictor(), canon).to_dict()
    else:
        results["shipped model"] = score_acled(rows, extraction_predictor(), canon).to_dict()
    if as_json:
        click.echo(json.dumps(results if len(results) > 1 else next(iter(results.values()))))
        return
    for title, scores in results.items():
        _print(title, scores)


class _env_typer:
    """Point $STRIKEWATCH_TYPER at a model file for the duration of a block."""

    def __init__(self, path: str):
        self.path, self.old = path, None

    def __enter__(self) -> None:
        from ..events.typer import ENV_VAR

        self.old = os.environ.get(ENV_VAR)
        os.environ[ENV_VAR] = self.path

    def __exit__(self, *exc: object) -> None:
        from ..events.typer import ENV_VAR

        if self.old is None:
            os.environ.pop(ENV_VAR, None)
        else:
            os.environ[ENV_VAR] = self.old


@main.command("train-typer")
@click.option("--data", "data", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Labelled notes: ACLED-format CSV (notes, sub_event_type) or JSONL (text, sub_event_type).")
@click.option("--out", "out", type=click.Path(dir_okay=False), default=str(DEFAULT_TYPER), show_default=True,
              help="Where to save the fitted classifier (.npz).")
def train_typer_cmd(data: str, out: str) -> None:
    """Fit a local sub-event-type classifier on your own labelled notes.

    It is the shipped model's kind (logistic, on the same features), fitted on your rows only.
    The pipeline uses it when STRIKEWATCH_TYPER=<out> is set (or `eval acled --typer <out>`).
    The data and the model stay on your machine.

    Example: strikewatch train-typer --data my_coded_events.csv --out typer.npz
    """
    from ..events.typer_data import fit_typer, read_labelled

    pairs_ = read_labelled(data)
    fit_typer(pairs_, source=Path(data).name).save(out)
    click.echo(f"fitted on {len(pairs_)} notes; saved {out}")
    click.echo(f"use it with: STRIKEWATCH_TYPER={out} strikewatch ...")
