"""Geoparsing commands: ``strikewatch geoparse`` and ``strikewatch eval geoparse``."""
from __future__ import annotations

import json

import click

from .group import eval_group, main
from .output import stdout_console


@main.command("geoparse")
@click.argument("infile", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", "outfile", type=click.Path(dir_okay=False), required=True, help="Output JSONL.")
@click.option("--gold-spans", is_flag=True, help="Resolve the records' given toponym spans only (no recognition).")
def geoparse_cmd(infile: str, outfile: str, gold_spans: bool) -> None:
    """Find and resolve the places of each JSONL record (id, text[, toponyms]).

    Example: strikewatch geoparse docs.jsonl -o places.jsonl --gold-spans
    """
    from ..place.batch import geoparse_records, read_jsonl

    n = 0
    with open(outfile, "w", encoding="utf-8") as out:
        for rec in geoparse_records(read_jsonl(infile), gold_spans=gold_spans):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    click.echo(f"geoparsed {n} records -> {outfile}")


@eval_group.command("geoparse")
@click.option("--data", "data", type=click.Path(exists=True, dir_okay=False), required=True, help="Gold JSONL.")
@click.option("--gold-spans", is_flag=True, help="Resolve the gold spans (resolution only).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--ceiling", is_flag=True,
              help="Also print, per corpus, the share of gold toponyms with a gazetteer candidate within "
                   "161 km (the best gold-span acc@161 any resolver over this gazetteer could reach).")
def eval_geoparse_cmd(data: str, gold_spans: bool, as_json: bool, ceiling: bool) -> None:
    """Score geoparsing: accuracy@161 km, mean/median km, AUC, recognition P/R/F1.

    Example: strikewatch eval geoparse --data dev.jsonl --gold-spans
    """
    from ..eval.score_geo import evaluate_file

    scores, _ = evaluate_file(data, gold_spans=gold_spans)
    if ceiling:
        from ..eval.score_geo import candidate_ceiling
        from ..place.batch import read_jsonl

        for corpus, c in candidate_ceiling(read_jsonl(data)).items():
            scores.setdefault(corpus, {})["ceiling"] = c
    if as_json:
        click.echo(json.dumps(scores))
        return
    from rich.table import Table

    table = Table(title=f"geoparse ({'gold spans' if gold_spans else 'full'})")
    for col in ("corpus", "n", "acc@161", "mean km", "median km", "AUC", "P", "R", "F1", "F1 overlap", "F1 no demonyms"):
        table.add_column(col)
    for corpus, s in scores.items():
        r, o = s.get("recognition_exact", {}), s.get("recognition_overlap", {})
        nd = s.get("recognition_exact_no_demonyms", {})
        table.add_row(corpus, str(s["n"]), str(s.get("acc161")), str(s.get("mean_km")), str(s.get("median_km")),
                      str(s.get("auc")), str(r.get("precision")), str(r.get("recall")), str(r.get("f1")), str(o.get("f1")),
                      str(nd.get("f1", "-")))
    console = stdout_console()
    console.print(table)
    for corpus, s in scores.items():
        if "ceiling" in s:
            c = s["ceiling"]
            console.print(f"{corpus}: {c['reachable']} of {c['n']} gold toponyms have a candidate within 161 km "
                          f"(ceiling acc@161 {c['ceiling_acc161']})", highlight=False)
    note = next((s["note"] for s in scores.values() if "note" in s), None)
    if note:
        console.print(note)
