"""Trie-shaped alternations match what a flat alternation of the same words matches, longest first."""
from __future__ import annotations

import re

from strikewatch.nlp.trie import alternation


def test_trie_alternation_matches_the_longest_listed_word():
    words = ["shell", "shelling", "shelled", "she", "drone", "dr.", "a+b"]
    rx = re.compile(r"\b(?:" + alternation(words) + r")\b")
    text = "she saw shelling, a drone and dr. shelled twice; a+b shells"
    flat = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")
    assert [m.group() for m in rx.finditer(text)] == [m.group() for m in flat.finditer(text)]
    assert "shelling" in [m.group() for m in rx.finditer(text)] and "shells" not in rx.findall(text)
    assert alternation([]) == ""
