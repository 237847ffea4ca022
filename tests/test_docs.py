"""Docs stay in step with the code: every command is documented and shows an example."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import click

from strikewatch.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _commands():
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "tools" / "gen_cli_docs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return [(p, c) for p, c in mod.walk(main, ["strikewatch"]) if not isinstance(c, click.Group)]


def test_every_command_is_in_the_cli_reference():
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    missing = [" ".join(p) for p, _ in _commands() if f"## {' '.join(p)}\n" not in doc]
    assert not missing, f"run python tools/gen_cli_docs.py; missing: {missing}"


def test_every_command_help_has_an_example():
    lacking = [" ".join(p) for p, c in _commands() if "Example" not in (c.help or "")]
    assert not lacking, lacking


def test_readme_opens_with_the_two_commands():
    lines = [l for l in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if l.strip()]
    assert lines[1] == "```sh" and lines[2].startswith("make demo") and lines[3].startswith("make test")
