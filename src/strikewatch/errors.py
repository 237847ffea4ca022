"""One exception base with families; every class has a stable ``code``."""
from __future__ import annotations


class StrikewatchError(Exception):
    """Base of every error strikewatch raises on purpose."""

    code = "error"


class InputError(StrikewatchError):
    """A report or input file cannot be read; the message names it and says why."""

    code = "bad_input"

    def __init__(self, message: str, *, code: str | None = None, report_id: str | None = None):
        super().__init__(message)
        if code:
            self.code = code
        self.report_id = report_id


class ConfigError(StrikewatchError):
    """A setting or configuration file is invalid."""

    code = "bad_config"


class StoreError(StrikewatchError):
    """The event store cannot be opened, migrated or written."""

    code = "store"


class StoreBusy(StoreError):
    """Another process holds the store's file lock (DuckDB: one writer process at a time)."""

    code = "store_busy"


class ExportError(StrikewatchError):
    """An export format is unknown or the output cannot be written."""

    code = "export"


class EvalError(StrikewatchError):
    """Gold or prediction files for evaluation are malformed."""

    code = "eval"
