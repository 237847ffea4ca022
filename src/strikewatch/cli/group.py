"""The command groups: ``main`` (``strikewatch``) and ``eval_group`` (``strikewatch eval``).

The bottom of ``cli/``: every command module imports the groups from here and registers its
commands on them; ``cli/__init__`` imports the command modules (``commands``) once.
"""
from __future__ import annotations

import click

from ..errors import StrikewatchError
from ..settings import Settings, load_settings


class Group(click.Group):
    """A click group that turns a ``StrikewatchError`` into a clean message and exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except StrikewatchError as exc:
            raise click.ClickException(str(exc)) from exc


def current_settings() -> Settings:
    """The settings of this invocation: built once from the environment at the edge (kept on the
    root context), then passed down by the commands; options override them."""
    ctx = click.get_current_context(silent=True)
    root = ctx.find_root() if ctx is not None else None
    if root is not None and isinstance(root.obj, Settings):
        return root.obj
    settings = load_settings()
    if root is not None:
        root.obj = settings
    return settings


def setting(name: str):
    """A click default that is the setting ``name`` (its environment variable, else its default)."""
    return lambda: getattr(current_settings(), name)


@click.group(cls=Group)
@click.version_option(package_name="strikewatch")
def main() -> None:
    """strikewatch: news reports in, deduplicated, evidence-backed conflict events out.

    Settings come from the environment (STRIKEWATCH_DB, STRIKEWATCH_LOCK_WAIT, STRIKEWATCH_FAST,
    STRIKEWATCH_BATCH_SIZE, STRIKEWATCH_TOKEN, ...; see strikewatch.settings); options override them.
    """
    current_settings()


@main.group("eval")
def eval_group() -> None:
    """Score strikewatch against gold data (events, geoparse, timex, coref, acled)."""
