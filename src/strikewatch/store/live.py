"""A live store: ``serve``, ``watch``/``ingest`` and read commands on one DuckDB file at once.

DuckDB lets one process at a time open a file for writing (and no process read it
meanwhile). So on a DuckDB file every command holds the store only for as long as one
operation takes, and waits for it when another process has it:

* ``open_store_when_free`` opens the store, retrying a lock conflict (``StoreBusy``) with
  a growing pause (20 ms up to 0.5 s) for at most ``wait`` seconds, then gives up with
  ``StoreBusy`` naming the store;
* ``serve`` opens the file per request (``Opener``) and closes it at the end of the
  request; ``watch`` opens it per cycle, twice: to read the checkpoints and the known
  content hashes, then to save what it extracted (extraction, the slow part, runs with
  the store closed); ``ingest`` opens it per batch for the save; ``events``, ``digest``
  and ``review orphans`` open it read-only (when it exists) for their one read, ``export``
  and ``changes`` read-write (an older store is migrated first).

Each save is one transaction (``curate.save_run``), so a reader sees a save whole or not
at all. PostgreSQL serves many connections itself: a held connection per command is
fine there, and ``:memory:`` is private to its process; both are opened once.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import StoreBusy
from ..settings import DEFAULT_LOCK_WAIT
from .interface import Store

if TYPE_CHECKING:
    from .sql import SQLStore

LOCK_WAIT = DEFAULT_LOCK_WAIT  # seconds a command waits for the store unless told (settings.lock_wait)
FIRST_PAUSE, LAST_PAUSE = 0.02, 0.5


def is_shared_file(path: str | Path) -> bool:
    """A DuckDB file (several processes take turns on it), not ``:memory:`` or a PostgreSQL URL."""
    from .postgres import is_postgres_url

    return not is_postgres_url(path) and str(path) != ":memory:"


def open_store_when_free(path: str | Path, *, read_only: bool = False, wait: float | None = None,
                         migrate: bool = True) -> "SQLStore":
    """``open_store``, waiting up to ``wait`` seconds (``LOCK_WAIT``; the command line and the API
    pass ``Settings.lock_wait``, i.e. ``STRIKEWATCH_LOCK_WAIT``) while another process holds
    the DuckDB file. ``read_only`` applies to a DuckDB file that exists (a missing one is created)."""
    from . import open_store

    read_only = read_only and is_shared_file(path) and Path(path).exists()
    wait = LOCK_WAIT if wait is None else wait
    deadline = time.monotonic() + wait
    pause = FIRST_PAUSE
    while True:
        try:
            return open_store(path, read_only=read_only, migrate=migrate)
        except StoreBusy as exc:
            if time.monotonic() + pause > deadline:
                raise StoreBusy(f"store {path} stayed in use by another process for {wait:g} s; "
                                f"try again (or raise STRIKEWATCH_LOCK_WAIT): {exc}") from None
            time.sleep(pause)
            pause = min(pause * 2, LAST_PAUSE)


class Opener:
    """A store opened per operation (a DuckDB file) or held open (PostgreSQL, ``:memory:``, or an
    open ``Store`` given): ``with opener.session() as store:``; ``close()`` at the end."""

    def __init__(self, path_or_store: str | Path | Store, *, wait: float | None = None) -> None:
        self.wait = wait
        self.owned = isinstance(path_or_store, (str, Path))
        if isinstance(path_or_store, (str, Path)) and is_shared_file(path_or_store):
            self.path: str | None = str(path_or_store)
            self.held: Store | None = None
            open_store_when_free(self.path, wait=wait).close()  # created and migrated once, here
        elif isinstance(path_or_store, (str, Path)):
            self.path, self.held = None, open_store_when_free(path_or_store, wait=wait)
        else:
            self.path, self.held = None, path_or_store

    @property
    def per_operation(self) -> bool:
        return self.held is None

    @contextmanager
    def session(self) -> Iterator[Store]:
        if self.held is not None:
            yield self.held
            return
        assert self.path is not None
        store = open_store_when_free(self.path, wait=self.wait, migrate=False)
        try:
            yield store
        finally:
            store.close()

    def close(self) -> None:
        """Close the store if this opener opened it."""
        if self.held is not None and self.owned:
            self.held.close()
            self.held = None
