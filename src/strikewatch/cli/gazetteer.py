"""Gazetteer commands: ``strikewatch gazetteer build`` and ``strikewatch gazetteer info``."""
from __future__ import annotations

import json
from pathlib import Path

import click

from .group import main


@main.group("gazetteer")
def gazetteer_group() -> None:
    """Build a gazetteer from GeoNames dump files, or say which gazetteer is loaded."""


@gazetteer_group.command("build")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", "out", type=click.Path(file_okay=False), default=None,
              help="Folder of the index to write [default: <cache>/built-gazetteer].")
def build_cmd(files: tuple[str, ...], out: str | None) -> None:
    """Compile GeoNames dump files into a gazetteer index (the embedded data plus the dumps).

    FILES are in GeoNames' own download format: allCountries.zip or per-country XX.zip/XX.txt,
    alternateNamesV2.zip (or alternatenames/XX.zip), admin1CodesASCII.txt, admin2Codes.txt.
    Every populated place is kept, with or without a population, and so are administrative
    areas, camps, checkpoints and border posts, bridges, dams, airports and military sites.
    Point strikewatch at the result with STRIKEWATCH_GAZETTEER=<folder>; without it the
    embedded gazetteer is used.

    Example: strikewatch gazetteer build SY.zip IQ.zip admin1CodesASCII.txt -o ~/gaz-levant
    """
    from ..place.gazetteer import GAZETTEER_ENV, cache_dir, write_index

    path = Path(out).expanduser() if out else cache_dir() / "built-gazetteer"  # not gazetteer-*: those are pruned
    path.parent.mkdir(parents=True, exist_ok=True)
    write_index(path.resolve(), list(files))
    stats = json.loads((path / "meta.json").read_text(encoding="utf-8"))["stats"]
    added = sum(stats.get("dump_added", {}).values())
    click.echo(f"wrote {path}: {stats['entries']} entries ({added} new from the dumps, "
               f"{stats.get('dump_joined', 0)} joined to embedded entries), {stats['names']} names")
    click.echo(f"use it with: {GAZETTEER_ENV}={path} strikewatch ...")


@gazetteer_group.command("info")
@click.option("--json", "as_json", is_flag=True, help="Print the description as JSON.")
def info_cmd(as_json: bool) -> None:
    """Say which gazetteer is loaded: its folder, kind (embedded or built), sources and counts.

    Example: STRIKEWATCH_GAZETTEER=~/gaz-levant strikewatch gazetteer info
    """
    from ..place.gazetteer import describe

    info = describe()
    if as_json:
        click.echo(json.dumps(info))
        return
    stats = info["stats"]
    click.echo(f"gazetteer: {info['kind']} at {info['path']}")
    click.echo(f"entries: {stats['entries']}  names: {stats['names']}  transliteration keys: {stats.get('translit_keys', 0)}")
    click.echo("by feature: " + ", ".join(f"{k} {v}" for k, v in stats.get("features", {}).items()))
    for src in info["sources"]:
        click.echo(f"source: {src}")
    for dump in stats.get("dumps", []):
        click.echo(f"dump: {dump['file']} ({dump['bytes']} bytes)")
    if stats.get("dump_added"):
        click.echo("added from dumps: " + ", ".join(f"{k} {v}" for k, v in stats["dump_added"].items()))
