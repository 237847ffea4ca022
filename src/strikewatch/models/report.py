"""Reports and the evidence spans that point into them.

Offsets are half-open ``[start, end)`` Python ``str`` indices. ``Evidence`` always points into
``Report.text`` (the original text as read); extraction runs on ``Report.clean`` and maps its spans
back with ``Report.to_original``.
"""
from __future__ import annotations

import hashlib
import datetime as dt
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

# ---------------------------------------------------------------- evidence


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of a report's original text that supports a field value."""

    report_id: str
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad evidence span [{self.start}, {self.end}) in {self.report_id}")

    def check(self, report: "Report") -> bool:
        return report.text[self.start:self.end] == self.text

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


# ---------------------------------------------------------------- reports


class OffsetMap(Sequence):
    """A clean-to-original character map stored as runs (``Report.offsets``).

    Reads like the list ``offsets`` it encodes (``offsets[i]`` is the index in
    the original of ``clean[i]``; one extra entry for ``len(clean)``) but keeps
    only the starts of the runs where ``offsets[i] - i`` is constant and that
    difference: a few runs per paragraph instead of one Python int per
    character. Lookup is a bisect over the run starts.
    """

    __slots__ = ("_starts", "_shifts", "_len")

    def __init__(self, offsets: Iterable[int] = ()) -> None:
        starts, shifts, n = array("q"), array("q"), 0
        for i, o in enumerate(offsets):
            if not shifts or o - i != shifts[-1]:
                starts.append(i)
                shifts.append(o - i)
            n = i + 1
        self._starts, self._shifts, self._len = starts, shifts, n

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        """The map of a text to itself: ``n + 1`` entries ``0..n``."""
        return cls(range(n + 1)) if n < 1 else cls._runs([0], [0], n + 1)

    @classmethod
    def _runs(cls, starts: list[int], shifts: list[int], n: int) -> "OffsetMap":
        out = cls.__new__(cls)
        out._starts, out._shifts, out._len = array("q", starts), array("q", shifts), n
        return out

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("offset map index out of range")
        return i + self._shifts[bisect_right(self._starts, i) - 1]

    def __iter__(self) -> Iterator[int]:
        bounds = list(self._starts[1:]) + [self._len]
        for start, end, shift in zip(self._starts, bounds, self._shifts):
            yield from range(start + shift, end + shift)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OffsetMap):
            return (self._len, self._starts, self._shifts) == (other._len, other._starts, other._shifts)
        if isinstance(other, (list, tuple)):
            return len(other) == self._len and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"OffsetMap(len={self._len}, runs={len(self._starts)})"

    def __getstate__(self) -> tuple:
        return (self._starts.tobytes(), self._shifts.tobytes(), self._len)

    def __setstate__(self, state: tuple) -> None:
        starts, shifts = array("q"), array("q")
        starts.frombytes(state[0])
        shifts.frombytes(state[1])
        self._starts, self._shifts, self._len = starts, shifts, state[2]


@dataclass(slots=True)
class Report:
    """One news report, validated at ingest.

    ``text`` is the original text (what evidence offsets index), ``clean`` the
    normalised text that extraction reads, and ``offsets[i]`` the index in
    ``text`` of ``clean[i]`` (with one extra entry for ``len(clean)``).
    ``body_start`` is where the body begins in ``clean`` (after the headline).
    ``offsets`` is stored as an :class:`OffsetMap` (run-length, a few bytes per
    paragraph); any sequence of ints given here is converted.
    """

    id: str
    text: str
    clean: str = ""
    offsets: Sequence[int] = ()  # an OffsetMap after __post_init__
    title: str | None = None
    body_start: int = 0
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None

    def __post_init__(self) -> None:
        if not self.clean and not self.offsets:
            self.clean = self.text
            self.offsets = OffsetMap.identity(len(self.text))
        elif not isinstance(self.offsets, OffsetMap):
            self.offsets = OffsetMap(self.offsets)
        if len(self.offsets) != len(self.clean) + 1:
            raise ValueError(f"report {self.id}: offset map does not fit the clean text")

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``clean`` to the original ``text``."""
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1 if end > start else o_start
        return o_start, o_end

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for a span of ``clean``, pointing into the original text."""
        o_start, o_end = self.to_original(start, end)
        return Evidence(self.id, o_start, o_end, self.text[o_start:o_end])


@dataclass(frozen=True, slots=True)
class ReportFailure:
    """A report that could not be read or processed; the batch went on."""

    report_id: str
    stage: str
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"report": self.report_id, "stage": self.stage, "code": self.code, "message": self.message}
