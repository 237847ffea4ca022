"""Which files are reports: the one file-discovery rule of every entry point.

``extract``, ``ingest``, ``extract --dask`` and ``watch`` all ask :func:`discover`, so they
read the same files in the same order. A folder contributes its report files (not
recursively), sorted by name: ``.txt``, ``.html``/``.htm``, ``.jsonl``/``.ndjson`` and
``.parquet``; ``meta.jsonl``, hidden files and anything else (``README.md``, images) are
skipped. A file named on its own is read whatever its suffix (an unknown one as text); a
path that does not exist comes back as ``missing``.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

META_FILE = "meta.jsonl"
KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
         ".parquet": "parquet"}


def file_kind(path: str | Path) -> str | None:
    """``text``, ``html``, ``jsonl`` or ``parquet`` by suffix; None for a file a folder does not offer."""
    return KINDS.get(Path(path).suffix.lower())


def folder_files(folder: Path) -> list[tuple[Path, str]]:
    """The report files of one folder with their kinds, sorted by name (see module docstring)."""
    out = []
    for child in sorted(folder.iterdir()):
        kind = file_kind(child)
        if kind and child.name != META_FILE and not child.name.startswith(".") and child.is_file():
            out.append((child, kind))
    return out


def discover(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """Every input file under ``paths`` in reading order, each with its kind (or ``missing``)."""
    found: list[tuple[Path, str]] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(folder_files(path))
        elif path.is_file():
            found.append((path, file_kind(path) or "text"))
        else:
            found.append((path, "missing"))
    return found
