"""The editable actor alias table (``aliases.toml``) and canonical-name lookup."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from .groups import find_groups


class ActorName(NamedTuple):
    """What an alias stands for."""

    name: str          # canonical actor name
    kind: str          # state, international, rebel, militia, civilians, protesters, rioters, unidentified
    generic: bool      # a common noun ("gunmen", "villagers") rather than a named actor
    air: bool = False  # flies aircraft


class AliasHit(NamedTuple):
    """One alias occurrence in a text."""

    start: int
    end: int
    actor: ActorName


# an alias ends at a word boundary, or before a hyphen that makes it the agent ("Taliban-planted mine")
_END = r"(?!\w)(?!-(?!(?:planted|claimed|led|linked|affiliated|allied|aligned|laid)\b))"


def _alias_pattern(aliases: list[str], *, fold: bool = False) -> str:
    """One regex for all aliases, as a character trie (far faster than a flat alternation).

    At any start position the aliases that can match form a chain of prefixes, and the trie's
    greedy optional groups try the longest first, so the longest alias still wins.
    """
    trie: dict = {}
    for alias in set(aliases):
        node = trie
        for ch in alias.lower() if fold else alias:
            node = node.setdefault(ch, {})
        node[""] = {}
    return r"(?<![\w-])" + _trie_regex(trie) + _END


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def _strict(alias: str) -> bool:
    """All-capital short aliases (IS, SDF, RAF) must match case-sensitively."""
    letters = re.sub(r"[^A-Za-z]", "", alias)
    return letters.isupper() and len(letters) <= 4


@dataclass
class AliasTable:
    """Alias -> ActorName, with a text scanner (longest alias wins)."""

    names: dict[str, ActorName]
    demonyms: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        strict = [a for a in self.names if _strict(a)]
        loose = [a for a in self.names if not _strict(a)]
        self._strict = re.compile(_alias_pattern(strict)) if strict else None
        self._loose = re.compile(_alias_pattern(loose, fold=True), re.IGNORECASE) if loose else None
        self._lower = {a.lower(): v for a, v in self.names.items() if not _strict(a)}

    def lookup(self, alias: str) -> ActorName | None:
        """The actor an alias names (exact for strict aliases, else case-insensitive)."""
        alias = " ".join(alias.split())
        return self.names.get(alias) if _strict(alias) else self._lower.get(alias.lower())

    def find(self, text: str) -> list[AliasHit]:
        """Every non-overlapping alias in ``text``; the longest wins on overlap."""
        hits: list[AliasHit] = []
        for rx, strict in ((self._loose, False), (self._strict, True)):
            if rx is None:
                continue
            for m in rx.finditer(text):
                actor = self.names[m.group()] if strict else self._lower[m.group().lower()]
                hits.append(AliasHit(m.start(), m.end(), actor))
        named = [(h.start, h.end) for h in hits if not h.actor.generic]
        for g in find_groups(text, self._known, self.demonyms.__contains__):
            if not any(s < g.end and g.start < e for s, e in named):  # "Mayi Mayi militiamen": the named group
                hits.append(AliasHit(g.start, g.end, ActorName(g.name, "militia", False)))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[AliasHit] = []
        for h in hits:
            if kept and h.start < kept[-1].end:
                if h.end - h.start > kept[-1].end - kept[-1].start:
                    kept[-1] = h
                continue
            kept.append(h)
        return kept

    def _known(self, word: str) -> bool:
        """A country demonym, or a word that is itself an alias of a named actor."""
        hit = self.lookup(word)
        return word in self.demonyms or (hit is not None and not hit.generic)

    def canonical(self, name: str | None) -> str | None:
        """Canonical form of an actor string (ACLED-style strings too), else the string itself."""
        if not name:
            return None
        bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
        for cand in (name, bare, bare.split(":")[0].strip()):
            hit = self.lookup(cand)
            if hit:
                return hit.name
        hits = self.find(bare)
        named = [h for h in hits if not h.actor.generic]
        if len(hits) == 1 or len(named) == 1:
            return (named or hits)[0].actor.name
        return bare


_NOT_BARE = {"units", "personnel", "service members", "servicemen", "jets", "warplanes", "aircraft",
             "fighter jets", "drones", "artillery", "force", "marines", "regime forces",
             "drone", "positions", "warplane", "helicopters", "trench", "trenches", "convoy", "patrol",
             "outpost", "checkpoint"}


def _country_forms(country: dict, forces: dict[str, list[str]]) -> dict[str, ActorName]:
    name = country["name"]
    the = "the " if country.get("the") else ""
    out: dict[str, ActorName] = {}
    templates = {"military": "Military Forces of ", "police": "Police Forces of ", "government": "Government of "}
    for kind, nouns in forces.items():
        canon = ActorName(templates[kind] + the + name, "state", False, kind == "military")
        for dem in country.get("demonyms", []):
            for noun in nouns:
                out[f"{dem} {noun}"] = canon
    for alias in country.get("aliases", []):
        out[alias] = ActorName("Military Forces of " + the + name, "state", False, True)
    for alias in country.get("police", []):
        out[alias] = ActorName("Police Forces of " + the + name, "state", False)
    for kind, prefix in templates.items():
        out[prefix + the + name] = ActorName(prefix + the + name, "state", False, kind == "military")
    return out


def build_table(data: dict) -> AliasTable:
    """An AliasTable from the parsed TOML structure."""
    names: dict[str, ActorName] = {}
    for country in data.get("country", []):
        names.update(_country_forms(country, data.get("forces", {})))
    for kind, nouns in data.get("forces", {}).items():
        canon = {"military": "Military Forces", "police": "Police Forces", "government": "Government"}[kind]
        for noun in nouns:
            if kind != "government" and noun not in _NOT_BARE:
                names.setdefault(noun, ActorName(canon, "state", True, kind == "military"))
    for noun in ("government", "the government", "central government", "federal government"):
        names.setdefault(noun, ActorName("Government", "state", True))
    for actor in data.get("actor", []):
        an = ActorName(actor["name"], actor.get("kind", "rebel"), actor.get("generic", False), actor.get("air", False))
        for alias in [actor["name"], *actor.get("aliases", [])]:
            names[alias] = an
    demonyms = {d for c in data.get("country", []) for d in c.get("demonyms", [])}
    demonyms |= {c["name"] for c in data.get("country", [])}
    return AliasTable(names, frozenset(demonyms))


@lru_cache(maxsize=1)
def load_aliases() -> AliasTable:
    """The packaged alias table (loaded once)."""
    raw = resources.files("strikewatch.actors").joinpath("aliases.toml").read_text("utf-8")
    return build_table(tomllib.loads(raw))
