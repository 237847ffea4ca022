"""Tolls read off the words where the parse lost them: 'Gunmen on a motorbike shot dead a health worker'
('motorbike shot' parsed as one noun), a headline's 'strike on bus depot kills at least 21' ('kills' parsed as
a noun), '..., at least 28 killed'."""
from __future__ import annotations

import re

from ..models import Fatalities
from .counts import NUM, parse_quantity

_QUANT_WORDS = r"(?:(?:at least|more than|over|nearly|almost|about|around|some|up to)\s+)?"
_WORDS_KILLED = re.compile(
    rf"\b(?:shot|gunned|stabbed|hacked|beaten|burned|burnt|clubbed|stoned)\s+(?:dead|to\s+death)\s+"
    rf"(?:(?:the\s+)?(?P<n>{NUM}|an?|one)\b|(?P<the>the)\b)"
    rf"(?:\s+(?P<w>[a-z][\w-]*))?|\bkills\s+(?P<k>{_QUANT_WORDS}{NUM})(?:\s+(?P<x>[a-z][\w-]*))?"
    rf"|(?<![\w-])(?<!\bno\s)(?P<d>{_QUANT_WORDS}(?:\d+|{NUM}))\s+"  # "at least 28 killed", "40 soldiers dead"
    rf"(?:(?!(?:is|are|been|being|has|have|had|not)\b)(?P<z>[a-z][\w-]*)\s+)?(?:killed|dead)\b(?=\s*(?:[,;.:]|$|and\b)|[^\S\n]*\n)"
    # a side's words for the enemies it killed: "six terrorists were sent to hell", "27 occupiers were eliminated",
    # "5 terrorists ... were neutralised"
    rf"|(?<![\w-])(?P<e>{_QUANT_WORDS}(?:\d+|{NUM}))\s+(?P<y>(?:[\w-]+\s+){{1,12}}?)(?:were|have\s+been|had\s+been)\s+"
    rf"(?:eliminated|neutrali[sz]ed|sent\s+to\s+hell)\b"
    rf"|\bneutrali[sz]ed\s+(?P<q>{_QUANT_WORDS}(?:\d+|{NUM}))\s+(?P<v>(?:[\w-]+\s+){{0,2}}?(?:terrorists|militants|"
    rf"insurgents|fighters|bandits|rebels|gunmen|jihadists|attackers))\b",
    re.I)
_THINGS = re.compile(r"vehicle|tank|position|depot|launcher|drone|boat|howitzer|gun|mortar|system|truck|car\b|post|"
                     r"bunker|cache|base|hideout|target|unit|point|station|warehouse|ammunition|equipment", re.I)
_NOT_COUNTED = {"hours", "days", "weeks", "months", "years", "km", "kilometres", "kilometers", "miles", "percent", "per"}


def words_killed(text: str, start: int, end: int) -> list[tuple[int, int, Fatalities, str]]:
    """(start, end, count, the word after the count) of each toll the words tell in ``text[start:end]``."""
    out = []
    for m in _WORDS_KILLED.finditer(text, start, end):
        word = (m.group("w") or m.group("x") or m.group("y") or m.group("z") or m.group("v") or "").lower().strip()
        if m.group("e") and _THINGS.search(word):
            continue  # "two vehicles were eliminated": no one killed
        value = parse_quantity(m.group("n") or m.group("k") or m.group("d") or m.group("e") or m.group("q") or "one")
        if m.group("the") and (not word or word.endswith("s")):
            continue  # 'shot dead the mayor' is one; 'the guards', a number unknown
        if value is not None and word not in _NOT_COUNTED:
            first = min(m.start(g) for g in ("n", "the", "k", "d", "e", "q") if m.group(g) is not None)  # the victims, not the deed
            out.append((first, m.end(), value, word))
    return out
