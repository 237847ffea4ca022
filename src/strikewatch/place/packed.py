"""Compact, memory-mappable tables for the gazetteer: packed strings and a hashed name index.

Instead of hundreds of thousands of Python strings and dict entries, the
gazetteer keeps a few flat numpy arrays that load with ``mmap_mode="r"`` (only
the pages a lookup touches become resident):

* :class:`StringTable` — UTF-8 bytes of all strings back to back plus offsets.
* :class:`NameIndex` — sorted 64-bit hashes of the name keys, and per key a
  slice of an ``int32`` array of entry codes (binary search on lookup).
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable

import numpy as np


def key_hash(key: str) -> int:
    """Stable 64-bit hash of a name key (the same in every process)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def pack_strings(strings: Iterable[str]) -> dict[str, np.ndarray]:
    """Arrays ``blob`` (uint8) and ``offsets`` (int64, n+1) holding ``strings``."""
    encoded = [s.encode("utf-8") for s in strings]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in encoded], out=offsets[1:])
    return {"blob": np.frombuffer(b"".join(encoded), dtype=np.uint8).copy(), "offsets": offsets}


def pack_index(index: dict[str, list[int]]) -> dict[str, np.ndarray]:
    """Arrays ``hashes`` (sorted uint64), ``starts`` (int64, n+1) and ``codes`` (int32) of a name index.

    Keys whose hashes collide (vanishingly rare at 64 bits) share one merged slice.
    """
    merged: dict[int, list[int]] = {}
    for key, codes in index.items():
        if codes:
            merged.setdefault(key_hash(key), []).extend(c for c in codes)
    hashes = np.fromiter(sorted(merged), dtype=np.uint64, count=len(merged))
    lists = [merged[int(h)] for h in hashes]
    starts = np.zeros(len(lists) + 1, dtype=np.int64)
    np.cumsum([len(v) for v in lists], out=starts[1:])
    codes = np.fromiter((c for v in lists for c in v), dtype=np.int32, count=int(starts[-1]))
    return {"hashes": hashes, "starts": starts, "codes": codes}


class StringTable:
    """Read-only sequence of strings backed by a byte blob and offsets."""

    def __init__(self, blob: np.ndarray, offsets: np.ndarray) -> None:
        self._blob = blob
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i: int) -> str:
        i = int(i)
        if not 0 <= i < len(self):
            raise IndexError(i)
        a, b = int(self._offsets[i]), int(self._offsets[i + 1])
        return bytes(self._blob[a:b]).decode("utf-8")


class NameIndex:
    """Name key -> entry codes, by binary search over sorted key hashes."""

    def __init__(self, hashes: np.ndarray, starts: np.ndarray, codes: np.ndarray) -> None:
        self._hashes = hashes
        self._starts = starts
        self._codes = codes

    def __len__(self) -> int:
        return len(self._hashes)

    def get(self, key: str) -> np.ndarray:
        """The codes filed under ``key`` (empty when none)."""
        h = np.uint64(key_hash(key))
        pos = int(np.searchsorted(self._hashes, h))
        if pos >= len(self._hashes) or self._hashes[pos] != h:
            return self._codes[:0]
        return self._codes[int(self._starts[pos]):int(self._starts[pos + 1])]


def save_arrays(folder: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write each array as ``<name>.npy`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, arr in arrays.items():
        np.save(folder / f"{name}.npy", np.ascontiguousarray(arr), allow_pickle=False)


def load_array(folder: Path, name: str) -> np.ndarray:
    """A memory-mapped, read-only view of ``<name>.npy`` (a plain ndarray, not np.memmap)."""
    return np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray)
