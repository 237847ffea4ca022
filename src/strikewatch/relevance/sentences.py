"""Cheap sentence spans for the relevance stage: no spaCy, offsets into the text.

A boundary is sentence-final punctuation (with closing quotes or brackets) followed by
space and a capital, digit or opening quote, a blank line, or a line break. Titles and
initials ("Mr.", "U.S.", "Jan.") are not boundaries. The relevance stage only needs
sentences roughly right: a wrong cut costs a little context, never an offset.
"""
from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?])([\"'\u201d\u2019)\]]*)\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|\s*\n\s*")
_NOT_FINAL = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|prof|gen|col|lt|maj|capt|sgt|cpl|st|sen|rep|gov|rev|jr|sr|no|vs|etc|inc|ltd|co|corp"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mt|ft|ave|blvd|rd)\.|\b[A-Z]\.|\b(?:[a-z]\.){2,})$",
    re.IGNORECASE)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences of ``text[start:end]`` (whitespace trimmed, none empty)."""
    end = len(text) if end is None else end
    spans, lo = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group().strip() == "" and "\n" not in m.group() and _NOT_FINAL.search(text[max(lo, m.start() - 12):m.start()]):
            continue
        cut = m.start() + len(m.group(1) or "")
        if cut > lo:
            spans.append((lo, cut))
        lo = m.end()
    if lo < end:
        spans.append((lo, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
