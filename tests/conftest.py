from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project (or $STRIKEWATCH_SHARED); skips when absent."""
    path = Path(os.environ.get("STRIKEWATCH_SHARED", ROOT.parent / "shared"))
    if not (path / "corpus").is_dir():
        pytest.skip("../shared is not present")
    return path


@pytest.fixture(scope="session")
def nlp():
    from strikewatch.nlp import load_nlp

    return load_nlp()


@pytest.fixture
def make_report():
    from strikewatch.models import Report

    def _make(text: str, *, id: str = "r1", published: str | None = "2024-03-15", **kw):
        pub = dt.date.fromisoformat(published) if published else None
        return Report(id=id, text=text, published=pub, **kw)

    return _make
