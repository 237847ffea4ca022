"""Sentence -> hashed sparse features for the relevance model.

Content-word unigrams and bigrams (function words dropped, lower-cased, digits folded to ``0``), capitalised words inside a
sentence (a place named Cork, a group's name), how many classes of trigger words it holds, and each trigger word's sense window: the
trigger's stem joined with every word up to ``WINDOW`` words either side ("strike|airport",
"strike|jets", "attack|heart"). Features are hashed with CRC-32 (stable across processes and
machines) into ``2**BITS`` slots; the model file stores the slots it learned.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

import numpy as np

BITS = 20
DIM = 1 << BITS
WINDOW = 4
_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['\u2019-][A-Za-z\u00C0-\u024F]+)*|\d+(?:[.,:]\d+)*|[$\u00a3\u20ac%]")
_DIGITS = re.compile(r"\d")
# Words whose sense decides whether a sentence reports violence; matched by stem (see stem()).
TRIGGER_WORDS = (
    "strike struck airstrike attack shot shoot fire bomb bombard raid shell clash blast hit pound kill explode "
    "explosion explosive detonate grenade missile rocket mortar artillery drone gun gunman gunmen gunfire fight "
    "battle ambush assault storm protest demonstration demonstrator march rally riot loot burn arrest detain "
    "abduct kidnap hostage rape massacre execute behead wound injure dead die death troop force militant rebel "
    "insurgent soldier police army militia fighter jihadist ceasefire truce seize capture recapture overran "
    "overrun withdraw intercept defuse war vigil torch stone pelt mob lynch siege target mine ied violence unrest "
    "bloodshed turmoil").split()
STOP_WORDS = frozenset((  # function words; modals and negation stay: they mark plans, threats, denials
    "the a an of to and in on at by for with from was were is are be been that this it its as or their his "
    "her they he she them which who than but").split())
_SUFFIXES = ("ings", "ing", "ers", "ies", "ed", "es", "er", "s", "e", "y")


def stem(word: str) -> str:
    """A crude stem: lower-cased, one common suffix off (``strikes`` -> ``strik``, ``rallies`` -> ``ralli``)."""
    w = word.lower()
    for suf in _SUFFIXES:
        if len(w) > len(suf) + 2 and w.endswith(suf):
            return w[: -len(suf)]
    return w


TRIGGER_STEMS = frozenset(stem(w) for w in TRIGGER_WORDS)
_PREFIXES = ("airstrik", "gunfir", "explo", "detonat", "grenad", "missil", "artiller", "bombard", "militan",
             "insurg", "ceasefir", "recaptur", "massacr", "demonstr", "hostag", "kidnap", "jihad")


# Trigger classes: what a trigger word is about, so that every protest sentence teaches "protest"
# whichever word it uses (protested, demonstrators, rallied, marched).
_CLASSES = {
    "PROTEST": "protest demonstration demonstrator march rally picket vigil",
    "RIOT": "riot loot torch stone pelt mob lynch burn",
    "KILL": "kill dead die death massacre execute behead wound injure",
    "UNREST": "violence unrest bloodshed turmoil",
    "ARMED": "troop force militant rebel insurgent soldier army militia fighter jihadist gunman gunmen",
    "POLICE": "police",
    "WEAPON": "shell missile rocket mortar artillery drone bomb bombard explode explosion explosive detonate "
              "grenade ied mine blast airstrike gun gunfire",
    "FIGHT": "clash fight battle ambush assault attack storm raid strike struck shot shoot fire hit pound siege",
    "DETAIN": "arrest detain abduct kidnap hostage",
    "TERRITORY": "seize capture recapture overran overrun withdraw",
    "TRUCE": "ceasefire truce",
}
TRIGGER_CLASS = {stem(w): cls for cls, words in _CLASSES.items() for w in words.split()}
TRIGGER_CLASS.update({p: cls for cls, words in _CLASSES.items() for w in words.split() for p in _PREFIXES
                      if stem(w).startswith(p)})


def trigger_stem(word: str) -> str | None:
    """The trigger stem of ``word``, or None when it is not a trigger word."""
    s = stem(word)
    if s in TRIGGER_STEMS:
        return s
    return next((p for p in _PREFIXES if s.startswith(p)), None)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def feature_strings(text: str, actors: Iterable[tuple[str, bool]] = ()) -> list[str]:
    """The feature names of one sentence (before hashing; used by tests and for inspection).
    ``actors``: ``(kind, generic)`` of the actor aliases found in it (state, rebel, militia, ...).
    Function words are dropped first: they carry a writer's style, not an event."""
    toks = [t for t in tokens(text) if t.lower() not in STOP_WORDS]
    low = [_DIGITS.sub("0", t.lower()) for t in toks]
    feats: list[str] = []
    feats += ["w:" + w for w in low]
    feats += ["b:" + a + "_" + b for a, b in zip(low, low[1:])]
    for i, t in enumerate(toks):
        if i and t[:1].isupper() and not toks[i - 1] in (".", ":"):
            feats.append("c:" + low[i])
    classes: set[str] = set()
    for i, t in enumerate(toks):
        trig = trigger_stem(t)
        if trig is None:
            continue
        cls = TRIGGER_CLASS.get(trig, "OTHER")
        classes.add(cls)
        feats.append("k:" + cls)
        if t[:1].isupper() and i:
            feats.append("T:" + trig + "|cap")
        for j in range(max(0, i - WINDOW), min(len(low), i + WINDOW + 1)):
            if j != i:
                side = "<" if j < i else ">"
                feats += ["t:" + trig + side + low[j], "k:" + cls + side + low[j]]
    # how many kinds of event words the sentence holds: a lone 'shell' or 'demonstrated' is weak,
    # 'gunmen ... killed' or 'troops ... shelled' is strong
    if toks:  # a text without words ('...') has no features at all
        feats.append("n:%d" % min(len(classes), 3))
    for kind, generic in actors:
        feats += ["a:" + kind, "a:" + kind + (":generic" if generic else ":named")]
    return feats


def hashed(text: str, actors: Iterable[tuple[str, bool]] = ()) -> tuple[np.ndarray, np.ndarray]:
    """``(indices, values)`` of one sentence's features: counts, scaled to unit length."""
    feats = feature_strings(text, actors)
    idx = np.fromiter((zlib.crc32(f.encode("utf-8")) & (DIM - 1) for f in feats), dtype=np.int64)
    uniq, counts = np.unique(idx, return_counts=True)
    vals = counts.astype(np.float32)
    vals /= np.sqrt((vals * vals).sum())
    return uniq, vals
