"""Command-line interface: a thin layer over the library (``strikewatch --help``)."""
from __future__ import annotations

import click

from ..errors import StrikewatchError


class _Group(click.Group):
    def invoke(self, ctx: click.Context):  # StrikewatchError -> clean message, exit 1
        try:
            return super().invoke(ctx)
        except StrikewatchError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group)
@click.version_option(package_name="strikewatch")
def main() -> None:
    """strikewatch: news reports in, deduplicated, evidence-backed conflict events out."""


@main.group("eval")
def eval_group() -> None:
    """Score strikewatch against gold data (events, geoparse, timex, coref, acled)."""


# Command modules register themselves on `main` / `eval_group` when imported.
from . import commands  # noqa: E402,F401
