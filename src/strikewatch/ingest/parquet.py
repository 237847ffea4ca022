"""Parquet reports: one report per row (columns as in JSONL), read one row group at a time.

Each row goes through the JSONL record checks (values pyarrow gives that JSON has no
type for, such as timestamps, are written as strings first), so a Parquet file is read
exactly like the JSONL file of its rows.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Report
from .jsonl import read_line
from .validate import MAX_REPORT_BYTES, printable


def row_groups(path: str | Path) -> int:
    """How many row groups a Parquet file has (its Dask partitions)."""
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).num_row_groups


def read_parquet(path: str | Path, *, groups: range | None = None, published: dt.date | None = None,
                 max_bytes: int = MAX_REPORT_BYTES) -> Iterator[Report | InputError]:
    """A Report or an InputError per row of the row ``groups`` (all by default); rows are named
    ``<file>:g<group>r<row>``, or the file fails as one when it is not Parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(path)
    name = printable(path.name)
    try:
        pf = pq.ParquetFile(path)
        for g in groups if groups is not None else range(pf.num_row_groups):
            rows = pf.read_row_group(g).to_pylist()
            for i, row in enumerate(rows, 1):
                line = json.dumps(row, ensure_ascii=False, default=str)
                yield read_line(line, f"{name}:g{g}r{i}", published=published, max_bytes=max_bytes)
    except (pa.ArrowException, OSError) as exc:
        yield InputError(f"{name}: not a readable Parquet file ({exc})", code="bad_parquet", report_id=path.stem)
