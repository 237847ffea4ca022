"""Text clean-up before extraction, with a character map back to the original.

Runs once per report, before any offsets exist. Whitespace (non-breaking and
thin spaces included) is collapsed, hard-wrapped lines are joined (but not a line
break before a bulleted list item, nor one after a heading line: "Strikes in Syria"), blocks are kept as paragraphs separated by a
blank line, and page furniture (video
teasers, newsletter and subscription footers, share/follow prompts, trailing
link lists) is dropped by general rules, never by matching particular texts. A hashtag's mark goes
("#Kulgam" is Kulgam to every later stage).

``clean_text`` returns the clean string and ``offsets`` where ``offsets[i]`` is
the index in the original of ``clean[i]``; the extra last entry is ``len(text)``.
"""
from __future__ import annotations

import re

_BLOCK_SPLIT = re.compile(r"\n[ \t\u00a0\u2000-\u200b\u202f\u3000]*\n\s*")
_SPACE = set(" \t\r\n\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")
_DROP = set("\u00ad\u200b\u200c\u200d\u2060\ufeff")

# A furniture label in capitals followed by a colon: "NOW WATCH:", "READ MORE:", "RELATED:".
_LABEL = re.compile(
    r"^\s*(?:NOW |ALSO |MUST )?(?:WATCH|READ|SEE|LISTEN|RELATED|MORE|RECOMMENDED|TRENDING|SPONSORED|"
    r"ADVERTISEMENT|PHOTOS|VIDEO|GALLERY|TOP STORIES)(?: ALSO| MORE| NEXT| NOW| THIS)?\s*:",
)
# Phrases that mark a block as page furniture when the block is short.
_FURNITURE = re.compile(
    r"\b(?:subscribe|subscription|newsletter|sign up|inbox|emails? (?:&|and) alerts|"
    r"follow (?:us|[A-Z][\w'&]*(?: [A-Z][\w'&]*){0,4}) on|share (?:this|on)|click here|"
    r"download (?:our|the) app|all rights reserved|cookie|terms of (?:use|service)|"
    r"privacy policy|advertisement|sponsored content|read (?:more|next)|recommended for you)\b",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"(?:--?|[*\u2022\u2013\u2014\u25aa\u25cf])(?=[ \t])")  # "- Near X, two strikes ...", "-- ...", "• ..."
_SENTENCE_END = re.compile(r"[.!?\"”’)]\s*$")
# a heading on a line of its own: short, capitalised, no closing stop ("Strikes in Syria"), not
# ending on a word that leaves a sentence open ("the attack in" is a hard-wrapped line)
_HEADING = re.compile(r"[A-Z][^.!?:;,\n]{0,58}[^.!?:;,\s]")
_OPEN_END = re.compile(r"\b(?:in|of|the|a|an|and|or|but|to|at|on|for|with|by|from|near|into|said|says|that|"
                       r"was|were|is|are|has|have|had|will|would|who|which|as|after|before|than)$", re.I)


# a dateline opening a line: "NAIROBI —", "KABUL, Afghanistan -", "MAIDUGURI (Reuters) -"
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w .'’-]{1,30})?\s*(?:\([^)\n]{1,30}\))?"
                       r"\s*(?:-{1,2}|—|–)\s")


def is_heading(line: str, next_line: str) -> bool:
    """``line`` reads as a heading of ``next_line``: short, no closing stop (see ``_HEADING``), and
    the next line opens on a capital."""
    line = line.strip()
    return bool(_HEADING.fullmatch(line)) and not _OPEN_END.search(line) and next_line.lstrip()[:1].isupper()


def is_furniture(block: str) -> bool:
    """True for a short block whose wording is that of site furniture."""
    words = len(block.split())
    if _LABEL.match(block):
        return words < 40
    return words < 30 and bool(_FURNITURE.search(block))


def _blocks(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _BLOCK_SPLIT.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _trailing_junk(text: str, blocks: list[tuple[int, int]]) -> int:
    """How many blocks at the end are short fragments without sentence punctuation."""
    n = 0
    for s, e in reversed(blocks[1:]):
        block = text[s:e].strip()
        if len(block.split()) < 10 and not _SENTENCE_END.search(block):
            n += 1
        else:
            break
    return n


def _heading_breaks(text: str, s: int, e: int) -> set[int]:
    """Positions of the line breaks in ``text[s:e]`` that end a heading: a short line with no
    closing stop, at the block's start or after a line that ended a sentence, before a capital."""
    keep, pos, prev_ended = set(), s, True
    lines = text[s:e].split("\n")
    for line, nxt in zip(lines, lines[1:]):
        end = pos + len(line)
        heading = prev_ended and is_heading(line, nxt)
        if heading or _DATELINE.match(nxt):  # "...near Ulang\nNAIROBI — Heavy fighting": the body opens on its own line
            keep.add(end)
        prev_ended = heading or bool(_SENTENCE_END.search(line)) or not line.strip()
        pos = end + 1
    return keep


def clean_text(text: str) -> tuple[str, list[int]]:
    """Clean ``text``; return ``(clean, offsets)`` (see module docstring)."""
    blocks = [b for b in _blocks(text) if not is_furniture(text[b[0]:b[1]])]
    junk = _trailing_junk(text, blocks)
    if junk:
        blocks = blocks[: len(blocks) - junk]
    out: list[str] = []
    offs: list[int] = []
    for s, e in blocks:
        if out:
            out.extend("\n\n")
            offs.extend((s, s))
        pending_space = -1
        pending_break = False
        started = after_heading = False
        headings = _heading_breaks(text, s, e) if "\n" in text[s:e] else set()
        for i in range(s, e):
            ch = text[i]
            if ch in _DROP or ch == "#" and i + 1 < e and text[i + 1].isalpha() and (i == s or text[i - 1] in " \t\n(\"'"):
                continue  # (a hashtag's mark: "#Kulgam" names Kulgam)
            if ch in _SPACE:
                if started and pending_space < 0:
                    pending_space = i
                pending_break = pending_break or ch == "\n"
                after_heading = after_heading or i in headings
                continue
            if pending_space >= 0:  # a line break before a list item or after a heading stays
                out.append("\n" if after_heading or pending_break and _LIST_ITEM.match(text, i) else " ")
                offs.append(pending_space)
                pending_space = -1
            pending_break = after_heading = False
            out.append(ch)
            offs.append(i)
            started = True
    offs.append(len(text))
    return "".join(out), offs
