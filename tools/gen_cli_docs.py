"""Regenerate docs/cli.md from the commands' --help texts: python tools/gen_cli_docs.py"""
from __future__ import annotations

from pathlib import Path

import click

from strikewatch.cli import main


def walk(cmd: click.Command, path: list[str]):
    yield path, cmd
    if isinstance(cmd, click.Group):
        for name in sorted(cmd.commands):
            yield from walk(cmd.commands[name], path + [name])


def render() -> str:
    parts = ["# Command-line reference\n\nGenerated from `--help` by `python tools/gen_cli_docs.py`.\n"]
    for path, cmd in walk(main, ["strikewatch"]):
        with click.Context(cmd, info_name=" ".join(path)) as ctx:
            parts.append(f"## {' '.join(path)}\n\n```\n{cmd.get_help(ctx)}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
    out.write_text(render(), encoding="utf-8")
    print(f"wrote {out}")
