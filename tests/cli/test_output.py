"""Issue 20: tables are printed whole when stdout is not a terminal; the progress bar is drawn on a
terminal's stderr only."""
from __future__ import annotations

import io

import pytest
from rich.console import Console

from strikewatch.cli.core import print_events
from strikewatch.cli.output import FULL_WIDTH, progress_bar, stdout_console
from strikewatch.models import Event, Location, Source

LONG_ACTOR = "Military Forces of the Corporation of the Very Long Name That No Terminal Column Holds (2024-)"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.issue(20)
def test_events_table_is_whole_when_piped(capsys):
    event = Event("ev-0123456789abcdef", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                  date="2024-03-18", location=Location("Deir ez-Zor", "Syria"), actor1=LONG_ACTOR,
                  actor2="Civilians (Syria) of the accommodation blocks", sources=[Source("report-with-a-long-id")])
    print_events([event])
    out = capsys.readouterr().out
    assert "…" not in out
    assert LONG_ACTOR in out and "Shelling/artillery/missile attack" in out and "ev-0123456789abcdef" in out
    row = next(line for line in out.splitlines() if "ev-0123456789abcdef" in line)
    assert LONG_ACTOR in row and "Civilians (Syria) of the accommodation blocks" in row  # one line, not folded


@pytest.mark.issue(20)
def test_stdout_console_is_full_width_off_a_terminal(monkeypatch):
    monkeypatch.setattr("sys.stdout", io.StringIO())
    assert stdout_console().width == FULL_WIDTH
    monkeypatch.setattr("sys.stdout", _Terminal())
    assert stdout_console().width < FULL_WIDTH


@pytest.mark.issue(20)
def test_progress_bar_only_on_a_terminal():
    piped = io.StringIO()
    with progress_bar("extracting", 40, Console(file=piped)) as advance:
        for _ in range(40):
            advance(1)
    assert piped.getvalue() == ""  # not even a blank line in piped output

    tty = _Terminal()
    with progress_bar("extracting", 40, Console(file=tty, force_terminal=True, width=80)) as advance:
        advance(40)
    assert "extracting" in tty.getvalue()

    few = _Terminal()
    with progress_bar("extracting", 3, Console(file=few, force_terminal=True, width=80)) as advance:
        advance(3)
    assert few.getvalue() == ""  # a handful of reports: no bar
