"""The editable actor alias table (``aliases.toml``) and canonical-name lookup."""
from __future__ import annotations

import _sre  # the regex engine's lower-case mapping (the same one re.IGNORECASE uses)
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from re._casefix import _EXTRA_CASES  # the regex engine's extra case classes ('i' also matches 'ı')
from typing import NamedTuple

from ..nlp.trie import trie as _trie
from ..nlp.trie import trie_regex as _trie_regex
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


_LEADING_WORD = re.compile(r"\w+")
# an alias ends at a word boundary, or before a hyphen that makes it the agent ("Taliban-planted mine")
_END = r"(?!\w)(?!-(?!(?:planted|claimed|led|linked|affiliated|allied|aligned|laid)\b))"


def _alias_pattern(aliases: list[str], *, fold: bool = False) -> str:
    """One regex for all aliases, as a character trie (far faster than a flat alternation).

    At any start position the aliases that can match form a chain of prefixes, and the trie's
    greedy optional groups try the longest first, so the longest alias still wins.
    """
    return r"(?<![\w-])" + _trie_regex(_trie(a.lower() if fold else a for a in set(aliases))) + _END


def _word_pattern(words: Iterable[str]) -> str:
    """A regex of whole words (a trie, as for the aliases) not after a word character or hyphen."""
    return r"(?<![\w-])" + _trie_regex(_trie(words)) + r"(?!\w)"


def _case_class(code: int) -> tuple[int, ...]:
    """The characters ``re.IGNORECASE`` treats as one: the regex engine's lower case of ``code``
    and the few others it also matches ('i' and 'ı')."""
    low = _sre.unicode_tolower(code)
    return (low, *_EXTRA_CASES.get(low, ()))


def _fold(word: str) -> str:
    """Two words match under ``re.IGNORECASE`` exactly when their folds are equal."""
    return word.lower() if word.isascii() else "".join(chr(min(_case_class(ord(c)))) for c in word)


def _first_word(alias: str) -> str | None:
    """The fold of an alias's leading run of word characters; None when one of their case
    classes mixes word and non-word characters (no ASCII letter's does)."""
    m = _LEADING_WORD.match(alias)
    if not m:
        return None
    word = m.group()
    if not word.isascii() and not all(_LEADING_WORD.match(chr(x)) for c in word for x in _case_class(ord(c))):
        return None
    return _fold(word)


def _strict(alias: str) -> bool:
    """Short acronyms must match case-sensitively: all-capital ones (IS, SDF, RAF) and one-word
    mixed-case ones ("LeT", "JeM", "HuJI"), which would otherwise match words ("let alone")."""
    letters = re.sub(r"[^A-Za-z]", "", alias)
    mixed = " " not in alias.strip() and len(letters) <= 5 and any(c.isupper() for c in letters[1:])
    return letters.isupper() and len(letters) <= 4 or mixed


@dataclass
class AliasTable:
    """Alias -> ActorName, with a text scanner (longest alias wins)."""

    names: dict[str, ActorName]
    demonyms: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        is_strict = {a: _strict(a) for a in self.names}
        strict = [a for a in self.names if is_strict[a]]
        loose = [a for a in self.names if not is_strict[a]]
        self._strict = re.compile(_alias_pattern(strict)) if strict else None
        self._lower = {_fold(a): v for a, v in self.names.items() if not is_strict[a]}  # keyed as re.I matches
        # Case-insensitive aliases are indexed by their first word: one regex of all of them
        # took about a second to build and compile. A match starts at a word (not after a word
        # character or hyphen) and its first word is the alias's first word, so the aliases that
        # can match there are those of that word: their regex (the same trie) is compiled the
        # first time a text has the word, and the matches are the ones of the single regex.
        self._by_word: dict[str, list[str]] | None = {}
        for alias in loose:
            word = _first_word(alias.lower())
            if word is None:  # pragma: no cover - no such alias today: one regex as before
                self._by_word = None
                break
            self._by_word.setdefault(word, []).append(alias)
        self._compiled: dict[str, re.Pattern[str]] = {}
        self._loose = None if self._by_word is not None or not loose else \
            re.compile(_alias_pattern(loose, fold=True), re.IGNORECASE)
        # the words that start an alias: a word whose fold is one of them matches it under IGNORECASE
        self._starts = re.compile(_word_pattern(self._by_word), re.IGNORECASE) if self._by_word else None

    def _word_regex(self, word: str) -> re.Pattern[str]:
        rx = self._compiled.get(word)
        if rx is None:
            rx = self._compiled[word] = re.compile(_alias_pattern(self._by_word[word], fold=True), re.IGNORECASE)
        return rx

    def _loose_matches(self, text: str) -> list[re.Match[str]]:
        """What ``finditer`` of one case-insensitive regex of every alias finds."""
        if self._starts is None:
            return list(self._loose.finditer(text)) if self._loose else []
        out: list[re.Match[str]] = []
        end = 0
        for w in self._starts.finditer(text):
            if w.start() < end:
                continue
            m = self._word_regex(_fold(w.group())).match(text, w.start())
            if m:
                out.append(m)
                end = m.end()
        return out

    def lookup(self, alias: str) -> ActorName | None:
        """The actor an alias names (exact for strict aliases, else case-insensitive)."""
        alias = " ".join(alias.split())
        return self.names.get(alias) if _strict(alias) else self._lower.get(_fold(alias))

    def find(self, text: str) -> list[AliasHit]:
        """Every non-overlapping alias in ``text``; the longest wins on overlap."""
        hits = [AliasHit(m.start(), m.end(), self._lower[_fold(m.group())]) for m in self._loose_matches(text)]
        hits = [h for h in hits if not (h.actor.generic and _FORMER.search(text, max(0, h.start - 8), h.start))]
        if self._strict is not None:
            hits.extend(AliasHit(m.start(), m.end(), self.names[m.group()]) for m in self._strict.finditer(text))
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


_FORMER = re.compile(r"(?:\bex-|\bformer\s+)$", re.I)  # "an ex-rebel commander": once a rebel, now no armed group
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
