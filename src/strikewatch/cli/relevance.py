"""``strikewatch eval relevance``: does extraction stay silent on out-of-scope articles?"""
from __future__ import annotations

import json
from pathlib import Path

import click

from .group import eval_group


@eval_group.command("relevance")
@click.option("--data", "data", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="Judged articles JSONL: id, in_scope, events [{sub_event_type, place, date}], cause.")
@click.option("--texts", "texts", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True,
              required=True, help="Article texts JSONL (id, text, published or dct); repeat for several files.")
@click.option("--no-relevance", is_flag=True, help="Score extraction without the relevance stage (the baseline).")
@click.option("--events-out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the per-article events (JSONL) for reading.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def eval_relevance_cmd(data: Path, texts: tuple[Path, ...], no_relevance: bool, events_out: Path | None,
                       as_json: bool) -> None:
    """Article- and event-level precision/recall and calibration of extraction on judged articles.

    An out-of-scope article should give no event; an in-scope one at least one; an event is
    true when its article holds a judged event of the same kind (see docs/relevance.md).

    Example: strikewatch eval relevance --data data/relevance/dev_labels.jsonl --texts ../shared/eval/timex/dev.jsonl
    """
    from ..eval.data import load_jsonl
    from ..eval.score_relevance import score_relevance, text_reports
    from ..pipeline import load_pipeline

    labels = load_jsonl(data)
    wanted = {str(x["id"]) for x in labels}
    rows = [r for path in texts for r in load_jsonl(path) if str(r.get("id")) in wanted]
    result = load_pipeline(relevance=not no_relevance).run(text_reports(rows), merge=False)
    by_article: dict[str, list] = {}
    for event in result.report_events:
        by_article.setdefault(event.sources[0].report, []).append(event)
    labels = [x for x in labels if str(x["id"]) in {str(r["id"]) for r in rows}]
    scores = score_relevance(labels, by_article)
    if events_out:
        with events_out.open("w", encoding="utf-8") as f:
            for event in result.report_events:
                f.write(json.dumps(event.to_dict()) + "\n")
    if as_json:
        click.echo(json.dumps(scores))
        return
    _print(scores)


def _print(s: dict) -> None:
    a = s["article"]
    click.echo(f"articles {s['articles']}: out of scope {a['out_of_scope']} (silent {a['out_of_scope_silent']}), "
               f"in scope {a['in_scope']} (found {a['in_scope_found']}), article precision {a['precision']}")
    for corpus, c in s["by_corpus"].items():
        click.echo(f"  {corpus:12s} out {c['out_of_scope']:4d} silent {c['out_of_scope_silent']}  "
                   f"in {c['in_scope']:3d} found {c['in_scope_found']}")
    keys = [k for k in s if k.startswith("event_precision_conf_ge_")]
    click.echo(f"events {s['events']}, true {s['events_true']}, precision {s['event_precision']}; "
               + "; ".join(f"{k.removeprefix('event_precision_')}: {s[k]}" for k in keys)
               + f"; recall of judged events {s['event_recall']} (of {s['gold_events']})")
    click.echo("out-of-scope articles with events, by cause:")
    for cause, c in s["false_articles_by_cause"].items():
        click.echo(f"  {cause:20s} {c['with_events']:4d} of {c['of']}")
    cal = s["calibration"]
    click.echo(f"calibration (event confidence vs share true), ECE {cal['ece']}:")
    for b in cal["bins"]:
        click.echo(f"  {b['bin']}  n={b['n']:5d}  conf={b['confidence']:.3f}  true={b['true']:.3f}")
