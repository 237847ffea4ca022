"""The command groups: ``main`` (``strikewatch``) and ``eval_group`` (``strikewatch eval``).

The bottom of ``cli/``: every command module imports the groups from here and registers its
commands on them; ``cli/__init__`` imports the command modules (``commands``) once.
"""
from __future__ import annotations

import click

from ..errors import StrikewatchError


class Group(click.Group):
    """A click group that turns a ``StrikewatchError`` into a clean message and exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except StrikewatchError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=Group)
@click.version_option(package_name="strikewatch")
def main() -> None:
    """strikewatch: news reports in, deduplicated, evidence-backed conflict events out."""


@main.group("eval")
def eval_group() -> None:
    """Score strikewatch against gold data (events, geoparse, timex, coref, acled)."""
