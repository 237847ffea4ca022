"""Monitors' digests: a day's or a region's incidents, one labelled entry each.

A digest gives each incident a paragraph that opens on a label naming its place, its day or both
("8 March — Tal Afar. Residents said ...", "Kale: Shells fired from ...", "MARKA (Thursday 18 May,
evening): An unidentified man ...", "14 September — Zamzam camp: A drone struck ..."). Entries are
told apart, not as one incident told several times: :func:`segment_entries` segments each entry on
its own (``incidents.segment``), gives a mention its entry's labelled place when its own sentence
names none, and drops what a digest files under a generic label ("Context:", "Note:",
"Displacement:"), which is background, with the title and summary before the first entry. An unlabelled
paragraph belongs to the entry before it. A text with fewer than two entries that tell events is no digest.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Sequence

from ..models import Location, Toponym
from .grouping import SPECIFIC_BROAD, Group
from .incidents import segment
from .spread import TALLY_LINE

# a paragraph's label: a short run before a colon, a dash, a bullet or a full stop ("Ye-U Township:",
# "9 March — west Mosul.", "Sunday 10 September OMDURMAN —", "VOVCHANSK.")
_LABEL = re.compile(r"[ \t]*(?:[•*\-–][ \t]+)?(?P<label>[A-Z0-9][^\n.:;—–•]{1,60}?)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?"
                    r"(?:[:—–•]|\.[ \t]|[ \t]-[ \t])")
# words a label may hold besides names and dates: a label is a name and a day, not a clause
_LABEL_WORDS = frozenset("""of the and in near west east north south western eastern northern southern central
city town village camp district region province governorate state oblast county township area countryside
neighbourhood neighborhood suburb suburbs outskirts morning afternoon evening night overnight early late dawn
midday around on at""".split())
# labels of a digest's other sections (with the words any label may hold): what they file is background
_GENERIC = frozenset("""context note notes background displacement methodology update updates summary key developments
casualties humanitarian analysis comment comments sources source overview outlook access response trend trends
caveat caveats disclaimer aid editor's incident incidents grading geolocation victims victim status attacker
belligerent belligerents assessment location date dates reported""".split()) | _LABEL_WORDS
# the place after a day's label: "8 March — Tal Afar. ...", "14 September — Zamzam camp: ..."
_TAIL = re.compile(r"[ \t]*(?P<label>[A-Za-z][^\n.:;—–•]{1,40}?)[ \t]*[.:][ \t]")
_DATELINE = re.compile(r"[ \t]*[A-Z][A-Z'. -]+,\s")
MIN_ENTRIES = 2


@dataclass
class Entry:
    start: int  # the entry's span: its paragraph and the unlabelled ones after it
    end: int
    label_end: int
    generic: bool  # a section of context, not an incident


def entries(text: str) -> list[Entry]:
    """The labelled paragraphs of ``text`` (see module docstring), in order."""
    out = []
    for para in re.finditer(r"[^\n]+", text):
        m = _LABEL.match(text, para.start(), para.end())
        if m is None or m.end() >= para.end() or TALLY_LINE.fullmatch(para.group()) or not out and _DATELINE.match(m.group()):
            continue  # (nor a tally's line: "Kirovohrad oblast - 6", nor a wire's dateline: "STUTTGART, Germany, March 3 —")
        tail = _TAIL.match(text, m.end(), para.end()) if m.group(0).rstrip()[-1] in "—–-" else None
        if tail is not None and _label_words(tail.group("label")):
            m = tail
        words = _label_words(text[para.start():m.end()])
        if words is None:
            continue  # a clause, not a label ("Gunmen attacked the market:")
        generic = all(w.lower() in _GENERIC for w in words)
        if out:
            out[-1].end = para.start()  # the entry before runs on to this label
        out.append(Entry(para.start(), len(text), m.end(), generic))
    return out


def _label_words(label: str) -> list[str] | None:
    """The words of a label, or None when it reads as a clause (a lower-case word no label holds, or too long)."""
    words = re.findall(r"[\w'’-]+", label)
    if not words or len(words) > 10 or any(w[0].islower() and w.lower() not in _LABEL_WORDS for w in words):
        return None
    return words


def segment_entries(groups: list[Group], text: str, toponyms: Sequence[Toponym], *, main: Location | None,
                    published: dt.date | None, note: bool | None) -> list[Group] | None:
    """The incidents of a digest, entry by entry (None when ``text`` is no digest)."""
    found = entries(text)
    if sum(not e.generic for e in found) < MIN_ENTRIES:
        return None
    told = [[[m for m in g.mentions if e.start <= m.trigger[0] < e.end] for e in found] for g in groups]
    if sum(any(t[k] for t in told) for k, e in enumerate(found) if not e.generic) < MIN_ENTRIES:
        return None  # a single incident under a header of labels ("Syria — Deir ez-Zor governorate, Hajin")
    parts: list[list[Group]] = [[] for _ in found]
    for g, by_entry in zip(groups, told):  # a group told in two entries is two groups, the first keeping its tolls
        kept = [(k, ms) for k, ms in enumerate(by_entry) if ms]
        for n, (k, ms) in enumerate(kept):
            parts[k].append(g if n == 0 else Group(ms))
        if kept:
            g.mentions = kept[0][1]
    out: list[Group] = []
    for entry, mine in zip(found, parts):
        if entry.generic or not mine:
            continue
        label = next((t for t in toponyms if entry.start <= t.start < entry.label_end and t.location is not None), None)
        if label is not None:
            for m in (m for g in mine for m in g.mentions):
                if m.place is None or m.place.location.precision in SPECIFIC_BROAD:
                    m.place = label  # "8 March — Tal Afar. Residents said an air strike destroyed a house ..."
        out += segment(mine, text, main=label.location if label else main, published=published, note=note)
    return out
