"""The embedded gazetteer: built once into a cache folder, memory-mapped once per process.

The index lives in ``$STRIKEWATCH_CACHE`` (default ``~/.cache/strikewatch``) as
the folder ``gazetteer-<hash>/`` of ``.npy`` arrays (see
:mod:`strikewatch.place.packed`); the hash covers the builder's code and the
sizes of the source data files, so a changed source or builder triggers a
rebuild. The build runs in a child process so that its peak memory never stays
in ours; loading maps the arrays read-only, so only touched pages use memory.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ConfigError
from ..models import Location
from . import build as _build
from . import names as _names
from . import packed as _packed
from . import regions as _regions
from . import supplement as _supplement
from . import table as _table
from . import translit as _translit
from .build import FEATURES, STRIPPED, TRANSLIT
from .names import normalize, strip_article
from .packed import NameIndex, StringTable, key_hash, load_array, save_arrays
from .regions import ADMIN1_ENGLISH, abbreviation_key, admin1_short_names
from .translit import translit_key

_LOCK = threading.Lock()
LOOKUP_CACHE = 200_000  # names whose lookup() answer is kept
_CACHE: dict[str, "Gazetteer"] = {}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to; ``kind`` says how the name matched."""

    id: int
    kind: int  # 0 primary name, 1 alternate name, 2 demonym, 3 name without its article, 4 transliteration key


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """:func:`strikewatch.place.names.normalize`, remembered (the same names recur in every text)."""
    return normalize(name)


def cache_dir() -> Path:
    return Path(os.environ.get("STRIKEWATCH_CACHE") or Path.home() / ".cache" / "strikewatch")


def build_hash() -> str:
    """Version of the index: the builder's source plus the sizes of its data files."""
    h = hashlib.sha256()
    for mod in (_build, _table, _names, _regions, _packed, _translit, _supplement):
        h.update(Path(mod.__file__).read_bytes())
    for path in _build.source_files():
        size = sum(f.stat().st_size for f in Path(path).iterdir()) if os.path.isdir(path) else os.path.getsize(path)
        h.update(f"{os.path.basename(path)}:{size}".encode())
    return h.hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{build_hash()}"


def write_index(path: Path, dumps: list[str] | None = None) -> None:
    """Build the index (the embedded data, plus GeoNames ``dumps`` if given) and move it atomically
    into the folder ``path``. The embedded index (no dumps) drops its older versions beside it; a built
    one replaces only ``path``."""
    table = _build.build_table(dumps or ())
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    save_arrays(tmp, table["arrays"])
    meta = {"ccs": table["ccs"], "borders": table["borders"], "format": build_hash(), "kind": "built" if dumps else "embedded",
            "sources": [os.path.abspath(p) for p in _build.source_files()], "stats": table["stats"]}
    (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    if dumps:
        shutil.rmtree(path, ignore_errors=True)
    try:
        os.replace(tmp, path)
    except OSError:  # another process finished first
        shutil.rmtree(tmp, ignore_errors=True)
    if dumps:
        return
    prune_indexes(path)


KEEP_VERSIONS = 3  # embedded indexes kept side by side (checkouts of different versions share the cache)


def prune_indexes(path: Path) -> None:
    """Drop the oldest embedded indexes beside ``path``, keeping the ``KEEP_VERSIONS`` most recently
    built (``path`` among them): two checkouts on one machine must not delete each other's index
    while it is in use. Indexes built from GeoNames dumps are the user's and stay."""
    def kind(p: Path) -> str | None:
        try:
            return json.loads((p / "meta.json").read_text(encoding="utf-8")).get("kind")
        except (OSError, ValueError):
            return None

    others = [p for p in path.parent.glob("gazetteer-*")
              if p != path and ".tmp" not in p.name and p.is_dir() and kind(p) != "built"]
    others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[KEEP_VERSIONS - 1:]:
        shutil.rmtree(old, ignore_errors=True)


def ensure_index() -> Path:
    """The path of an up-to-date index, building it (in a child process) when missing or stale."""
    path = index_path()
    if not (path / "meta.json").exists():
        code = f"from pathlib import Path; from strikewatch.place.gazetteer import write_index; write_index(Path({str(path)!r}))"
        package_root = str(Path(__file__).resolve().parents[2])  # the child imports this very strikewatch
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
        if proc.returncode != 0 or not (path / "meta.json").exists():
            raise ConfigError(f"cannot build the gazetteer at {path}: {proc.stderr.strip()[-500:]}")
    return path


class Gazetteer:
    """Loaded index: memory-mapped entry columns plus a normalised-name index."""

    def __init__(self, folder: Path) -> None:
        arr = lambda name: load_array(folder, name)  # noqa: E731
        self.names = StringTable(arr("name_blob"), arr("name_offsets"))
        self.strings = StringTable(arr("str_blob"), arr("str_offsets"))
        self.lat: np.ndarray = arr("lat")
        self.lon: np.ndarray = arr("lon")
        self.pop: np.ndarray = arr("pop")
        self.feature_code: np.ndarray = arr("feature")
        self.cc_code: np.ndarray = arr("cc")
        self.admin1_code: np.ndarray = arr("admin1")
        self.admin2_code: np.ndarray = arr("admin2")
        self.gid: np.ndarray = arr("gid")
        self.bbox: np.ndarray = arr("bbox")
        self.index = NameIndex(arr("key_hashes"), arr("key_starts"), arr("key_codes"))
        self.translit = (NameIndex(arr("tkey_hashes"), arr("tkey_starts"), arr("tkey_codes"))
                         if (folder / "tkey_hashes.npy").exists() else None)
        self.folder = folder
        self.area_hashes: np.ndarray = arr("area_hashes")
        self.is_capital = np.zeros(len(self.lat), dtype=bool)
        self.is_capital[arr("capitals")] = True
        self.meta: dict = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        self.ccs: list[str] = self.meta["ccs"]
        self.borders: dict[str, frozenset[str]] = {cc: frozenset(n) for cc, n in self.meta.get("borders", {}).items()}
        self.country_of: dict[str, int] = {
            self.ccs[self.cc_code[i]]: int(i) for i in np.flatnonzero(self.feature_code == FEATURES.index("country"))
        }
        admin1 = np.flatnonzero(self.feature_code == FEATURES.index("admin1"))
        self._looked_up: dict[str, tuple[Candidate, ...]] = {}  # lookup() answers (the index never changes)
        self._areas: dict[str, bool] = {}  # names_area() answers
        self._admin1_labels: dict[int, str] = {}  # admin1_label() per province string code
        self.admin1_of: dict[tuple[str, str], int] = {
            (self.ccs[self.cc_code[i]], self.strings[self.admin1_code[i]]): int(i) for i in admin1
        }

    def __len__(self) -> int:
        return len(self.names)

    def _codes(self, key: str) -> list[int]:
        return self.index.get(key).tolist()

    def lookup(self, name: str) -> list[Candidate]:
        """Entries a surface name may denote (exact key first, then without its article).
        Answers are remembered per name (up to LOOKUP_CACHE names); each call gets a fresh list."""
        found = self._looked_up.get(name)
        if found is None:
            if len(self._looked_up) >= LOOKUP_CACHE:
                self._looked_up.clear()
            found = self._looked_up[name] = tuple(self._lookup(name))
        return list(found)

    def _lookup(self, name: str) -> list[Candidate]:
        if "." in name or (name.isupper() and len(name) <= 4):
            abbr = self._codes(abbreviation_key(name))
            if abbr:
                return [Candidate(code // 4, code % 4) for code in abbr]
        key = normalize(name)
        if not key:
            return []
        seen: dict[int, Candidate] = {}
        keys = [key] + [k for k in (strip_article(key),) if k]
        for k in keys:
            for code in self._codes(k):
                i, kind = divmod(code, 4)
                if i not in seen:
                    seen[i] = Candidate(i, kind if k == key else STRIPPED)
        return list(seen.values())

    def lookup_translit(self, name: str) -> list[Candidate]:
        """Entries whose names share ``name``'s transliteration key
        (:func:`strikewatch.place.translit.translit_key`: "Deir al-Zour" finds "Dayr az Zawr"),
        each with kind TRANSLIT; none when the key is too short or the index has no such keys."""
        key = translit_key(name)
        if not key or self.translit is None:
            return []
        return [Candidate(i, TRANSLIT) for i in dict.fromkeys(int(c) // 4 for c in self.translit.get(key))]

    def names_area(self, key: str) -> bool:
        """True when the normalised ``key`` (or abbreviation key) names a country, province or region."""
        found = self._areas.get(key)
        if found is None:
            if len(self._areas) >= LOOKUP_CACHE:
                self._areas.clear()
            h = np.uint64(key_hash(key))
            pos = int(np.searchsorted(self.area_hashes, h))
            found = self._areas[key] = bool(pos < len(self.area_hashes) and self.area_hashes[pos] == h)
        return found

    def feature(self, i: int) -> str:
        return FEATURES[self.feature_code[i]]

    def cc(self, i: int) -> str:
        return self.ccs[self.cc_code[i]]

    def admin1(self, i: int) -> str:
        return self.strings[self.admin1_code[i]]

    def admin1_label(self, i: int) -> str:
        """The province name for display, without generic words ("Muhafazat Kirkuk" -> "Kirkuk")."""
        code = int(self.admin1_code[i])
        label = self._admin1_labels.get(code)
        if label is None:
            raw = self.strings[code]
            label = self._admin1_labels[code] = ADMIN1_ENGLISH.get(raw) or next(iter(admin1_short_names(raw)), raw)
        return label

    def admin2(self, i: int) -> str:
        return self.strings[self.admin2_code[i]]

    def country_name(self, cc: str) -> str | None:
        i = self.country_of.get(cc)
        return self.names[i] if i is not None else None

    def location(self, i: int, precision: str | None = None) -> Location:
        """The :class:`Location` of entry ``i`` (precision from its feature unless given)."""
        feat = self.feature(i)
        default = {"city": "city", "district": "district", "admin1": "province", "country": "country"}.get(feat, "region")
        cc = self.cc(i) or None
        name = self.admin1_label(i) if feat == "admin1" else self.names[i]
        return Location(
            name=name, country=self.country_name(cc) if cc else None, admin1=self.admin1_label(i) or None,
            lat=round(float(self.lat[i]), 5), lon=round(float(self.lon[i]), 5), precision=precision or default,
            geonameid=int(self.gid[i]) or None, feature=feat, country_code=cc,
        )


def load_gazetteer(path: Path) -> Gazetteer:
    return Gazetteer(path)


GAZETTEER_ENV = "STRIKEWATCH_GAZETTEER"  # the folder of a gazetteer built by `strikewatch gazetteer build`


def selected_index() -> Path:
    """The index in use: the folder named by ``$STRIKEWATCH_GAZETTEER`` (a built gazetteer) if set,
    else the embedded one (built into the cache on first use)."""
    chosen = os.environ.get(GAZETTEER_ENV)
    if not chosen:
        return ensure_index()
    path = Path(chosen).expanduser()
    if not (path / "meta.json").exists():
        raise ConfigError(f"{GAZETTEER_ENV}={chosen} is not a gazetteer folder (no meta.json); "
                          "build one with `strikewatch gazetteer build`")
    return path


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, loaded once per choice of
    ``$STRIKEWATCH_GAZETTEER``; see :func:`selected_index`)."""
    chosen = os.environ.get(GAZETTEER_ENV, "")
    gaz = _CACHE.get(chosen)
    if gaz is not None:
        return gaz
    with _LOCK:
        path = selected_index()
        _CACHE.clear()
        gaz = _CACHE[chosen] = load_gazetteer(path)
        return gaz


def describe() -> dict:
    """What the gazetteer in use is: its folder, kind ("embedded" or "built"), the files it was
    compiled from and its counts (entries, names, transliteration keys, entries per feature, and for
    a built one what each dump added)."""
    path = selected_index()
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    stats = meta.get("stats") or {"entries": int(load_array(path, "lat").shape[0]),
                                  "names": int(load_array(path, "key_hashes").shape[0])}
    return {"path": str(path), "kind": meta.get("kind", "embedded"), "selected_by": GAZETTEER_ENV
            if os.environ.get(GAZETTEER_ENV) else "default", "sources": meta.get("sources", []), "stats": stats}
