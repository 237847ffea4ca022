"""Which paragraphs of a report need spaCy's full parse.

Event extraction only looks at sentences with a trigger word (the pipeline
passes the lemmas of :mod:`strikewatch.events.triggers`) or a count; the rest of a report is read
only for its named entities (places, organisations: the geoparser's context).
``plan`` splits a clean text into paragraphs that join back to it exactly and
marks each one ``True`` (full parse) when a lower-cased word of it is an
inflection of a trigger lemma that can found an event (``EVENT_CUES``: not the
weapon and context cues), a word of the phrase cues, a casualty word or a number.
The test is deliberately generous: a paragraph marked ``True`` without need
only costs time, one marked ``False`` wrongly could lose an event.

The light text still gets named entities (the geoparser's places and the
person and organisation names that stop it reading "David" as a town), but
only where one can be: ``needs_entities`` passes a sentence in which some
stretch of capitalised words may be a name the caller cares about.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_DIGIT = re.compile(r"\d")
_PARA_END = re.compile(r"\n\n+")

# Irregular forms whose lemma is in the trigger lexicon (regular ones are generated).
_IRREGULAR = ("struck stricken fought shot blew blown stole stolen beaten slain slew overran retook retaken "
              "withdrew withdrawn burnt dealt dead died dying fled took taken").split()
# Words of the phrase cues and target statements in events/, and casualty words.
_EXTRA = ("sit walkout walkouts petition petitions petitioned chant chants chanted chanting vigil vigils "
          "handed pulled identified target targets targeted toll tolls casualty casualties victim victims "
          "body bodies death deaths fatality fatalities killing killings injury injuries hurt missing wounded "
          "injured neutralised neutralized neutralising neutralizing blocked blocking barricaded").split()
_PHRASES = re.compile(r"\bt(?:ake|akes|ook|aking|aken) to the streets?\b")
_NUMBERS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
            "thousand thousands million millions dozen dozens").split()


def inflections(lemma: str) -> set[str]:
    """Regular English inflections of a (lower-cased) lemma: -s, -es, -ed, -ing, -er(s), doubled consonants."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", lemma + "er", lemma + "ers"}
    if lemma.endswith("e"):
        stem = lemma[:-1]
        forms |= {lemma + "d", stem + "ing", lemma + "r", lemma + "rs"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if lemma[-1:].isalpha() and lemma[-1] not in "aeiouwxy":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def trigger_words(lemmas: Iterable[str]) -> frozenset[str]:
    """Every surface word that sends a paragraph to the full parse, for trigger ``lemmas``
    (the caller passes the lexicon: this stage does not import the event layer)."""
    words: set[str] = set(_IRREGULAR) | set(_EXTRA) | set(_NUMBERS)
    for lemma in lemmas:
        words |= inflections(lemma.lower())
    return frozenset(words)


def needs_parse(paragraph: str, words: frozenset[str]) -> bool:
    """True when a paragraph may hold an event mention or a count (see module docstring)."""
    if _DIGIT.search(paragraph):
        return True
    lower = paragraph.lower()
    if _PHRASES.search(lower):
        return True
    for w in _WORD.findall(lower):
        if w in words or "-" in w and any(part in words for part in w.split("-")):
            return True
    return False


def paragraphs(text: str) -> list[str]:
    """``text`` cut after each run of blank lines; the pieces join back to ``text``."""
    pieces, start = [], 0
    for m in _PARA_END.finditer(text):
        pieces.append(text[start:m.end()])
        start = m.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def plan(text: str, words: frozenset[str]) -> list[tuple[str, bool]]:
    """``(piece, needs_full_parse)`` pieces of ``text`` in order: runs of consecutive paragraphs
    with the same verdict, joined (fewer, longer pieces parse and re-join faster)."""
    out: list[tuple[str, bool]] = []
    for p in paragraphs(text):
        full = needs_parse(p, words)
        if out and out[-1][1] == full:
            out[-1] = (out[-1][0] + p, full)
        else:
            out.append((p, full))
    return out


# Lower-case words that may stand inside a name ("Gulf of Aden", "Barra de Sao Miguel", "al-Qaim",
# "Rostov-on-Don"), and hyphens: a run of capitalised words goes on through them.
NAME_JOINERS = frozenset({"of", "the", "-", "al", "el", "ar", "as", "ash", "an", "ad", "at", "az", "es", "ul", "ud",
                          "e", "y", "de", "del", "la", "las", "los", "le", "da", "do", "dos", "das", "di", "du",
                          "des", "van", "von", "der", "den", "on", "upon", "en", "sur"})
MAX_NAME_WORDS = 4  # capitalised words in a candidate name


def _capital(w: str) -> bool:
    return w != w.lower() and w != "I" and any(c.isalpha() for c in w)


def name_candidates(words: Sequence[str], spaces: Sequence[bool] | None = None) -> Iterator[str]:
    """The texts a sentence (token texts; ``spaces``: whitespace after each) could name something by:
    every stretch of up to MAX_NAME_WORDS capitalised words of a run of them (lower-case
    ``NAME_JOINERS`` allowed inside a run), starting and ending on a capitalised word."""
    gap = [True] * len(words) if spaces is None else spaces
    i, n = 0, len(words)
    while i < n:
        if not _capital(words[i]):
            i += 1
            continue
        caps, j = [i], i + 1  # token indices of the run's capitalised words
        while j < n:
            if _capital(words[j]):
                caps.append(j)
            elif words[j].lower() not in NAME_JOINERS:
                break
            j += 1
        for a in range(len(caps)):
            for b in range(a, min(a + MAX_NAME_WORDS, len(caps))):
                yield "".join(words[k] + (" " if gap[k] else "") for k in range(caps[a], caps[b] + 1)).strip()
        i = j


def needs_entities(words: Sequence[str], may_be_name: Callable[[str], bool],
                   spaces: Sequence[bool] | None = None) -> bool:
    """True when a sentence (its token texts) may hold a named entity that matters.

    English names of places, people, organisations and groups are capitalised, so only
    runs of capitalised words can hold one (:func:`name_candidates`); the caller's
    ``may_be_name`` (its gazetteer, its actor aliases) says which of their stretches may
    be a name it cares about. The pronoun "I" is not a name.
    """
    return any(may_be_name(c) for c in name_candidates(words, spaces))
