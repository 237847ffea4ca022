"""Settings: one object, built at the edge (the command line, the API server) and passed down.

``Settings()`` reads the ``STRIKEWATCH_*`` environment once; command-line options override it
(``settings.override(store_url=db)``; ``None`` keeps the setting). The layers below take the
values as parameters (``open_store_when_free(path, wait=settings.lock_wait)``,
``load_pipeline(fast=settings.fast)``, ``create_app(..., lock_wait=...)``) and never read the
environment themselves.

========================  =========================  ===========================================
setting                   environment                meaning
========================  =========================  ===========================================
``store_url``             ``STRIKEWATCH_DB``         the store: a DuckDB file, ``:memory:`` or a
                                                     ``postgresql://`` URL (``--db``)
``gazetteer``             ``STRIKEWATCH_GAZETTEER``  a gazetteer folder built by ``strikewatch
                                                     gazetteer build`` (None: the embedded one)
``batch_size``            ``STRIKEWATCH_BATCH_SIZE`` reports extracted and saved per step of
                                                     ``ingest`` (``--batch``)
``fast``                  ``STRIKEWATCH_FAST``       skip NER outside trigger sentences (``--fast``)
``token``                 ``STRIKEWATCH_TOKEN``      the review token of the API (``serve --token``)
``read_token``            ``STRIKEWATCH_READ_TOKEN`` the token reads need, if set (``--read-token``)
``lock_wait``             ``STRIKEWATCH_LOCK_WAIT``  seconds a command waits for a DuckDB file
                                                     another process holds
========================  =========================  ===========================================

Two variables are still read where they are used, not here: ``STRIKEWATCH_TYPER`` (a local
sub-event-type classifier, :mod:`strikewatch.events.typer`) and ``STRIKEWATCH_CACHE`` (the
gazetteer's cache folder, :mod:`strikewatch.place.gazetteer`, which also reads
``STRIKEWATCH_GAZETTEER`` itself).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import AliasChoices, Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import ConfigError

DEFAULT_DB = "strikewatch.duckdb"  # the same as strikewatch.store.DEFAULT_DB (settings sit below the store)
DEFAULT_LOCK_WAIT = 30.0
DEFAULT_BATCH = 1000


class Settings(BaseSettings):
    """What a run is configured with (see the module docstring for each field and its variable)."""

    model_config = SettingsConfigDict(env_prefix="STRIKEWATCH_", extra="ignore", frozen=True,
                                      populate_by_name=True)

    store_url: str = Field(DEFAULT_DB, min_length=1, validation_alias=AliasChoices("STRIKEWATCH_DB", "store_url"))
    gazetteer: Path | None = None
    batch_size: int = Field(DEFAULT_BATCH, ge=1)
    fast: bool = False
    token: str | None = Field(None, repr=False)
    read_token: str | None = Field(None, repr=False)
    lock_wait: float = Field(DEFAULT_LOCK_WAIT, ge=0)

    def override(self, **values: Any) -> "Settings":
        """These settings with the given values in place of theirs (``None`` keeps a setting)."""
        given = {k: v for k, v in values.items() if v is not None}
        unknown = set(given) - set(type(self).model_fields)
        if unknown:
            raise TypeError(f"no such setting: {', '.join(sorted(unknown))}")
        return type(self).model_validate({**self.model_dump(), **given}) if given else self


def load_settings(**overrides: Any) -> Settings:
    """``Settings()`` from the environment, with ``overrides``; a bad value is a ``ConfigError``
    naming the variable."""
    try:
        return Settings().override(**overrides)
    except ValidationError as exc:
        problems = "; ".join(f"{_variable(e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"bad setting: {problems}") from None


def _variable(loc: tuple) -> str:
    name = str(loc[0]) if loc else "?"
    if name.startswith("STRIKEWATCH_"):
        return name
    return "STRIKEWATCH_DB" if name == "store_url" else f"STRIKEWATCH_{name.upper()}"
