"""Where the command line writes: tables to stdout, progress to stderr.

A table printed to a terminal fits the terminal; printed anywhere else (a pipe, a file, a test) it is
printed whole, at a width no table reaches, so no cell is cut ("corp…") and scripts read every
value. A progress bar is drawn only on a terminal's stderr, never into piped or captured output.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Callable

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

FULL_WIDTH = 10_000  # columns of a non-terminal stdout: wider than any table strikewatch prints
MIN_PROGRESS = 5  # reports: fewer finish before a bar is worth drawing

stderr_console = Console(stderr=True)


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def stdout_console() -> Console:
    """A console for stdout: the terminal's width on a terminal, else wide enough for whole tables."""
    if _isatty(sys.stdout):
        return Console()
    return Console(width=FULL_WIDTH, soft_wrap=False)


@contextmanager
def progress_bar(label: str, total: int, console: Console | None = None) -> Iterator[Callable[[int], None]]:
    """``advance(n)`` for a bar of ``total`` steps on stderr, drawn only when stderr is a terminal
    and ``total`` is at least ``MIN_PROGRESS`` (otherwise ``advance`` does nothing and nothing is written)."""
    out = console or stderr_console
    if total < MIN_PROGRESS or not _isatty(out.file):
        yield lambda n: None
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=out, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)
