"""The report's geography: which countries a text is about, from all its names, actors and outlet.

:func:`text_hints` reads the evidence that is not a toponym: demonyms ("Syrian", "Kenyan police"),
armed groups tied to one country ("Houthis", "al-Shabaab", "Hezbollah") and the outlet's name.
:func:`focus_of` adds, per distinct name, how likely each of its readings is after resolution, so a
name counts once however often it is repeated, and can be left out when judging that name itself
(:meth:`Focus.support`): a reading is *supported* when the rest of the report points at its country.
Resolution then prefers readings inside the focus and refuses a small far namesake that nothing else
in the report supports (:func:`strikewatch.place.resolve.resolve`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple, Sequence

import numpy as np

from .build import ALTERNATE, DEMONYM, FEATURES, STRIPPED
from .table import TRANSLIT
from ..models import Location
from .gazetteer import Gazetteer

# Armed groups and forces that operate in one country (an actor table in miniature; the full one is
# actors/aliases.toml, a later stage). Groups active in several countries (ISIS, al-Qaeda) are left out.
GROUP_COUNTRIES: dict[str, str] = {
    "Houthi": "YE", "Houthis": "YE", "Ansar Allah": "YE", "Taliban": "AF", "al-Shabaab": "SO", "Al Shabaab": "SO",
    "al-Shabab": "SO", "Shabaab": "SO", "Hezbollah": "LB", "Hizbollah": "LB", "Hamas": "PS",
    "Islamic Jihad": "PS", "IDF": "IL", "Boko Haram": "NG", "ISWAP": "NG", "SDF": "SY", "YPG": "SY",
    "Hayat Tahrir al-Sham": "SY", "HTS": "SY", "Free Syrian Army": "SY", "Peshmerga": "IQ", "PMF": "IQ",
    "Hashd al-Shaabi": "IQ", "Popular Mobilization Forces": "IQ", "Tatmadaw": "MM", "Arakan Army": "MM",
    "LNA": "LY", "Haftar": "LY", "JNIM": "ML", "Azov": "UA", "FARC": "CO", "ELN": "CO", "M23": "CD",
    "FARDC": "CD", "AMISOM": "SO", "MINUSMA": "ML", "RSF": "SD", "Janjaweed": "SD", "PKK": "TR",
    "KDF": "KE", "ANDSF": "AF", "Ambazonian": "CM", "TPLF": "ET", "Fano": "ET", "NPA": "PH", "Abu Sayyaf": "PH",
    "OSCE SMM": "UA", "Donbass People's Militia": "UA", "DPR": "UA", "LPR": "UA", "QSD": "SY", "SPLM-IO": "SS",
    # parties, sects, militias and bodies of one country that notes name without naming the country
    "Mungiki": "KE", "SLDF": "KE", "Sabaot Land Defence Force": "KE", "ODM": "KE", "PNU": "KE", "KANU": "KE",
    "IEBC": "KE", "Jubilee Party": "KE", "Mombasa Republican Council": "KE", "GSU": "KE", "CJNG": "MX",
    "Sinaloa Cartel": "MX", "Gulf Cartel": "MX", "BJP": "IN", "Awami League": "BD", "ARSA": "MM", "TTP": "PK",
    "Tehrik-i-Taliban Pakistan": "PK", "CODECO": "CD", "Raia Mutomboki": "CD", "Anti-Balaka": "CF", "Koglweogo": "BF",
    "Dan Na Ambassagou": "ML", "SPLA": "SS", "Ambazonia": "CM", "BSF": "IN", "Rapid Support Forces": "SD",
    "Nusra Front": "SY", "al-Nusra": "SY", "Jabhat al-Nusra": "SY", "Ahrar al-Sham": "SY", "Jaish al-Islam": "SY",
    "Saudi-led coalition": "YE", "Saudi-led Coalition": "YE", "pro-Hadi": "YE", "STC": "YE", "Southern Transitional Council": "YE",
}
# groups active in a few countries: a lighter hint for each, enough to prefer a namesake there
# ("Ain Issa" in a report on Islamic State and Kurdish forces: Syria's, not Nigeria's Inisa), never a
# report's country
MULTI_GROUPS: dict[str, tuple[str, ...]] = {
    "Islamic State": ("SY", "IQ"), "ISIS": ("SY", "IQ"), "ISIL": ("SY", "IQ"), "Daesh": ("SY", "IQ"), "IS": ("SY", "IQ"),
    "al-Qaeda": ("YE", "SY", "ML"), "Kurdish": ("SY", "IQ", "TR"), "Kurds": ("SY", "IQ", "TR"),
    "Assad": ("SY",), "Tuareg": ("ML", "NE"), "Fulani": ("NG", "ML", "BF"), "Rohingya": ("MM", "BD"),
    "Pashtun": ("AF", "PK"), "Baloch": ("PK", "IR"),
}
MULTI_WEIGHT = 0.5
# names of administrative units that only some countries use ("barangay", "LGA", "woreda"): a note that
# says "X LGA" is about Nigeria whatever X is; each word weighs MULTI_WEIGHT for each of its countries
ADMIN_WORDS: dict[str, tuple[str, ...]] = {
    "barangay": ("PH",), "barangays": ("PH",), "purok": ("PH",), "sitio": ("PH",), "lga": ("NG",), "lgas": ("NG",),
    "taluka": ("IN",), "taluk": ("IN",), "tehsil": ("IN", "PK"), "mandal": ("IN",), "upazila": ("BD",),
    "woreda": ("ET",), "kebele": ("ET",), "boma": ("SS",), "payam": ("SS",), "raion": ("UA",), "hromada": ("UA",),
    "partido": ("AR",), "corregimiento": ("CO", "PA"), "vereda": ("CO",), "sub-county": ("KE", "UG"),
    "subcounty": ("KE", "UG"), "wilaya": ("DZ", "MR"), "cercle": ("ML",), "chefferie": ("CD",), "groupement": ("CD",),
    "territoire": ("CD",), "kecamatan": ("ID",), "kabupaten": ("ID",), "amphoe": ("TH",), "tambon": ("TH",),
}
_ADMIN_WORDS = re.compile(r"(?i)\b(?:" + "|".join(sorted(map(re.escape, ADMIN_WORDS), key=len, reverse=True)) + r")\b")
_MULTI = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, MULTI_GROUPS), key=len, reverse=True)) + r")\b")
_GROUPS = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, GROUP_COUNTRIES), key=len, reverse=True)) + r")\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
HINT_WEIGHT = 1.0  # one demonym counts as much as one confidently resolved name
GROUP_WEIGHT = 0.5  # a group counts less: it may fight across a border ("al-Shabaab ... Kenyan soldiers")
# a demonym that only names forces, raiders or firms ("Russian jets struck ...") counts still less:
# alone it never gives a report its country (those jets flew abroad)
ABROAD_WEIGHT = 0.4
OUTLET_WEIGHT = 0.5
_COUNTRY = FEATURES.index("country")
_BROAD = frozenset(FEATURES.index(f) for f in ("country", "continent", "region"))
FOCUS_MIN = 1.0  # support (in names' worth) the rest of a report needs before it overrules a reading
UNSUPPORTED = 0.2  # a reading whose country has less than this share of the best-supported one's support
W_FOCUS = 2.0
BIG_CITY = 1_000_000
SMALL_PLACE = 50_000
HAMLET = 20_000  # a variant spelling's namesake this small, in a country nothing hints at, is refused


def _forms(text: str) -> list[str]:
    """The distinct capitalised words of ``text`` and the pairs of adjacent ones ("Costa Rican")."""
    words = _CAPITALISED.findall(text)
    pairs = [f"{m.group(1)} {m.group(2)}" for m in re.finditer(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b", text)]
    return list(dict.fromkeys(words + pairs))


# Nouns after which a demonym says whose people or things they are, not where they are: troops, raiders
# and traders cross borders ("Turkish forces shelled ... in Idleb", "Ethiopian raiders", "a Chinese firm"),
# strikes and shells fly over them ("Russian air strikes kill 8 in Harasta"), and "the Ugandan border"
# is where the neighbour begins.
_ABROAD_HEADS = re.compile(
    r"(?:\s*(?:,|\band\b|\bor\b)\s*[A-Z][\w-]+)*"  # "Russian and Turkish forces", "US, French and British jets"
    r"\s+(?:(?!police\b|security\b)[\w-]+\s+){0,2}(?:forces|troops|army|military|soldiers?|patrols?|raiders|militias?|militants|fighters|"
    r"tribesmen|bandits|gunmen|nationals?|citizens?|companies|company|firm|contractors?|diplomats?|embass(?:y|ies)|"
    r"consulates?|consuls?|ambassadors?|envoys?|pilgrims|tourists|delegations?|"
    r"border|frontier|refugees?|(?:air\s*)?strikes?|airstrikes?|air\s+raids?|shelling|bombardment|bombing|"
    r"missiles?|rockets?|drones?|warplanes?|aircraft|planes|jets|helicopters?|gunships?|bombers?|warships?|navy|"
    r"naval|mercenar(?:y|ies)|advisers?|artillery|tanks|(?:border\s+)?guards?|coast\s*guards?|convoys?|bases?|posts?|"
    r"outposts?|positions)\b")


def _abroad_only(text: str, word: str) -> bool:
    """Every use of the demonym ``word`` names people or things that may be abroad ("Russian forces")."""
    uses = list(re.finditer(rf"\b{re.escape(word)}\b", text))
    return bool(uses) and all(_ABROAD_HEADS.match(text, m.end()) for m in uses)


def text_hints(gaz: Gazetteer, text: str, outlet: str | None = None) -> dict[str, float]:
    """Country code -> weight of the non-toponym evidence: each distinct demonym of a country counts
    ``HINT_WEIGHT`` (``ABROAD_WEIGHT`` when every use names forces, raiders, firms or a border that may be
    abroad: "Turkish forces"), each distinct one-country armed group ``GROUP_WEIGHT``; a country named in the outlet's
    name (or its demonym: "Syrian Observer") ``OUTLET_WEIGHT``."""
    out: dict[str, float] = defaultdict(float)
    seen: set[str] = set()
    for m in _GROUPS.finditer(text):
        if m.group(0) not in seen:
            seen.add(m.group(0))
            out[GROUP_COUNTRIES[m.group(0)]] += GROUP_WEIGHT
    shouting = sum(c.isupper() for c in text) > 0.5 * sum(c.isalpha() for c in text)  # "THIS IS ..." names no group
    for name in {m.group(0) for m in _MULTI.finditer(text)} - ({"IS"} if shouting else set()):
        for code in MULTI_GROUPS[name]:
            out[code] += MULTI_WEIGHT
    for word in {m.group(0).lower() for m in _ADMIN_WORDS.finditer(text)}:
        for code in ADMIN_WORDS[word]:
            out[code] += MULTI_WEIGHT
    for word in _forms(text):
        for c in gaz.lookup(word):
            if c.kind == DEMONYM and gaz.feature_code[c.id] == _COUNTRY:
                out[gaz.cc(c.id)] += ABROAD_WEIGHT if _abroad_only(text, word) else HINT_WEIGHT
                break
    for word in _forms(outlet or ""):
        for c in gaz.lookup(word):
            if c.kind in (0, 1, DEMONYM) and (gaz.feature_code[c.id] == _COUNTRY or gaz.is_capital[c.id]):
                out[gaz.cc(c.id)] += OUTLET_WEIGHT
                break
    return dict(out)


class Focus(NamedTuple):
    """Country weights of the whole report (``total``, by gazetteer country index) and each name's share."""

    total: dict[int, float]
    own: dict[str, dict[int, float]]
    blank: int = -1  # the country index of entries in no country (continents, regions)

    def support(self, key: str, cc: int) -> float:
        """How much the report, apart from the name ``key``, points at country ``cc``."""
        return self.total.get(cc, 0.0) - self.own.get(key, {}).get(cc, 0.0)

    def without(self, keys: set[str]) -> "Focus":
        """The focus with the names ``keys`` left out (their shares taken from the total)."""
        total = dict(self.total)
        for key in keys:
            for cc, w in self.own.get(key, {}).items():
                total[cc] = total.get(cc, 0.0) - w
        return Focus(total, self.own, self.blank)

    def strongest(self, key: str) -> float:
        """The best-supported country's support, apart from the name ``key``."""
        return max((self.support(key, cc) for cc in self.total if cc != self.blank), default=0.0)


def focus_of(gaz: Gazetteer, ccs: Sequence[tuple[int, ...]], keys: Sequence[str],
             probs: Sequence[np.ndarray | None], hints: dict[str, float]) -> Focus:
    """The :class:`Focus` of a text from its names' candidate countries ``ccs`` with their
    probabilities ``probs`` (each distinct name once: the mean over its mentions) and ``hints``."""
    per_key: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    counts: dict[str, int] = defaultdict(int)
    for cc, key, p in zip(ccs, keys, probs):
        if p is None or not len(p):
            continue
        counts[key] += 1
        for c, w in zip(cc, p.tolist()):
            per_key[key][c] += w
    total: dict[int, float] = defaultdict(float)
    own: dict[str, dict[int, float]] = {}
    for key, weights in per_key.items():
        own[key] = {c: w / counts[key] for c, w in weights.items()}
        for c, w in own[key].items():
            total[c] += w
    index = {cc: i for i, cc in enumerate(gaz.ccs)}
    for cc, w in hints.items():
        if cc in index:
            total[index[cc]] += w
    return Focus(dict(total), own, index.get("", -1))


def _one_country(focus: Focus, key: str) -> bool:
    """The rest of the report points at one country only (the runner-up has under :data:`UNSUPPORTED`
    of its support): a report about one country, not a digest."""
    ranked = sorted((focus.support(key, cc) for cc in focus.total if cc != focus.blank), reverse=True)
    return len(ranked) < 2 or ranked[1] < UNSUPPORTED * ranked[0]


def lone_reading(gaz: Gazetteer, sc, s: np.ndarray, focus: Focus, key: str) -> bool:
    """A name whose readings are all in one country, whose likeliest reading is a place under
    :data:`SMALL_PLACE`, and whose country the rest of the report does not support. Two such names
    of two countries ("Police in X dispersed residents of Y town", each known in one country only)
    say nothing clear about each other: :func:`strikewatch.place.resolve.resolve` judges each without
    the others, so they do not refuse each other while a demonym, a group or a well-known place still
    can refuse them."""
    if not len(sc.ids) or len(set(sc.cc)) != 1:
        return False
    top = focus.strongest(key)
    i = int(sc.ids[int(np.argmax(s))])
    return (top >= FOCUS_MIN and gaz.feature_code[i] not in _BROAD and gaz.pop[i] < SMALL_PLACE
            and focus.support(key, sc.cc[0]) < UNSUPPORTED * top)


FAR_DEGREES = 5.0  # a place this far outside every hinted country's box is far off


def _far_off(gaz: Gazetteer, i: int, focus: Focus, key: str) -> bool:
    """Entry ``i`` lies more than :data:`FAR_DEGREES` outside the box of every country the report points at."""
    lat, lon = float(gaz.lat[i]), float(gaz.lon[i])
    for code in focus.total:
        j = gaz.country_of.get(gaz.ccs[code]) if code != focus.blank and focus.support(key, code) > 0 else None
        if j is None:
            continue
        south, north, west, east = (float(v) for v in gaz.bbox[j])
        if south - FAR_DEGREES <= lat <= north + FAR_DEGREES and west - FAR_DEGREES <= lon <= east + FAR_DEGREES:
            return False
    return True


def _across_border(gaz: Gazetteer, sc, focus: Focus, key: str) -> bool:
    """Every reading of the name lies in one country that borders a country the report hints at ("Turkish
    artillery shelled villages north of Tal Tamr": Syria's Tall Tamr, across Turkey's border)."""
    if len(set(sc.cc)) != 1 or sc.cc[0] == focus.blank:
        return False
    theirs = gaz.ccs[int(sc.cc[0])]
    return any(theirs in gaz.borders.get(gaz.ccs[code], ()) for code in focus.total
               if code != focus.blank and focus.support(key, code) > 0)


def in_focus(gaz: Gazetteer, sc, s: np.ndarray, focus: Focus, key: str,
             near: bool = False) -> tuple[int | None, np.ndarray]:
    """The reading of one name to take (a position among ``sc.ids``, or None) and its scores ``s``
    with the report's focus added (``sc``: the name's scored candidates, with ``cc`` and ``kinds``).

    When the rest of the report points somewhere (:data:`FOCUS_MIN`), readings get up to
    :data:`W_FOCUS` by how well their country is supported. A winner that nothing else supports
    gives way to the best supported reading unless it is a country or region, or a capital or a
    city of a million named by its own name; with no supported reading it stays only if it is
    named by its own name and is a town of :data:`SMALL_PLACE` or more (one with namesakes in other
    countries only in a report that points at several countries) or, in a report that points at
    several countries (a digest), the only country's reading of that name (not "Omar" in a Gaza
    story, nor "Salim" in a Yemen note, nor a variant spelling's namesake abroad); ``near``: the name
    is given as a place in a "near X" frame, so the only country's reading stays, whatever name it
    matched ("Near Hit, ..." after Syrian lines, "Near Abu Kamal, ..." after Iraqi ones).
    """
    top = focus.strongest(key)
    best = int(np.argmax(s))
    if top < FOCUS_MIN:
        kind, i = (sc.kinds[best] if sc.kinds else 0), int(sc.ids[best])
        if top > 0 and kind != 0 and (gaz.pop[i] < HAMLET or kind == TRANSLIT and _far_off(gaz, i, focus, key)) \
                and focus.support(key, sc.cc[best]) <= 0 and not _across_border(gaz, sc, focus, key):
            # a variant's small namesake where nothing hints ("Near Baghdadi" after ISIL: not Georgia), or a place
            # matched only by its transliteration key, far from every country the report hints at ("Kilu" in a
            # Houthi note: not Kelo in Chad; "Elwak" in an al-Shabaab note stays Kenya's El Wak, by the border)
            return None, s
        return _hinted_town(gaz, sc, best, focus, key, top), s
    sup = np.array([focus.support(key, c) if c != focus.blank else top for c in sc.cc]) / top
    s = s + W_FOCUS * np.clip(sup, 0.0, 1.0)
    best = int(np.argmax(s))
    i = int(sc.ids[best])
    if sup[best] >= UNSUPPORTED or gaz.feature_code[i] in _BROAD:
        return best, s
    kind = sc.kinds[best] if sc.kinds else 0
    if kind == 0 and (gaz.is_capital[i] or gaz.pop[i] >= BIG_CITY):
        return best, s
    supported = np.flatnonzero(sup >= UNSUPPORTED)
    if len(supported):
        return int(supported[np.argmax(s[supported])]), s
    kinds = sc.kinds or [0] * len(sc.ids)  # a city of a million by its name, bare or spelt otherwise, stays ("in Basra"
    big = [j for j in range(len(sc.ids)) if kinds[j] in (0, STRIPPED, TRANSLIT) and gaz.pop[int(sc.ids[j])] >= BIG_CITY]  # by "Tehran's")
    if big:
        return max(big, key=lambda j: s[j]), s
    if near and len(set(sc.cc)) == 1 and not (kind == TRANSLIT and _far_off(gaz, i, focus, key)):
        return best, s  # (not "near Saakow" read as Crimea's Saki)
    if kind != 0 and (kind != ALTERNATE or gaz.pop[i] < SMALL_PLACE or len(set(sc.cc)) > 1 or _one_country(focus, key)):
        return None, s  # an alternate name stays only for a sizeable town of one country in a digest
    if gaz.pop[i] < SMALL_PLACE and (len(set(sc.cc)) > 1 or _one_country(focus, key)):
        return None, s
    namesakes = {c for c, k in zip(sc.cc, sc.kinds or [0] * len(sc.cc)) if k == 0}
    if gaz.pop[i] < BIG_CITY and len(namesakes) > 1 and _one_country(focus, key):
        return None, s  # a town with namesakes in several countries, none of them the one the report is about
    return best, s


TOWN_HINTED = 10_000  # the least a hinted town must have to take a name from an unsupported village


def _hinted_town(gaz: Gazetteer, sc, best: int, focus: Focus, key: str, top: float) -> int:
    """With only a weak hint (a group, a demonym: less than :data:`FOCUS_MIN`), a village nothing supports
    gives way to a town five times its size in the hinted country ("Army recaptures Palmyra from Islamic
    State": Syria's Tadmur, not a Palmyra of 900 people in the United States)."""
    if top <= 0 or focus.support(key, sc.cc[best]) > 0:
        return best
    small = gaz.pop[int(sc.ids[best])]
    hinted = [j for j, c in enumerate(sc.cc) if focus.support(key, c) > 0
              and gaz.pop[int(sc.ids[j])] >= max(5 * small, TOWN_HINTED)]
    if not hinted and small < SMALL_PLACE and not gaz.is_capital[int(sc.ids[best])]:
        # ... and a town nothing supports gives way to the hinted country's place of that very name ("Houthis and
        # government forces traded fire in Hays": Yemen's Hays, not Hays, Kansas)
        hinted = [j for j, c in enumerate(sc.cc) if focus.support(key, c) > 0 and sc.kinds and sc.kinds[j] == 0]
    return max(hinted, key=lambda j: gaz.pop[int(sc.ids[j])]) if hinted else best


REPORT_COUNTRY_MIN = 1.0  # weight the top country needs to stand for a report without a place
REPORT_COUNTRY_LEAD = 1.5  # and how many times the runner-up's weight


def report_country(gaz: Gazetteer, toponyms: Sequence, hints: dict[str, float]) -> Location | None:
    """The country a report is about, as a country-precision Location, when its resolved toponyms
    (each by its confidence) and ``hints`` (:func:`text_hints`) point at one clearly; else None.
    For events a report places nowhere more precise: a coarse but right place."""
    weights: dict[str, float] = defaultdict(float, hints)
    for t in toponyms:
        if t.location is not None and t.location.country_code:
            weights[t.location.country_code] += max(t.score, 0.1)
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    lone = len(ranked) == 1 and ranked[0][1] >= GROUP_WEIGHT  # one group or demonym, and nothing else anywhere
    if not ranked or ranked[0][1] < REPORT_COUNTRY_MIN and not lone:
        return None
    if len(ranked) > 1 and ranked[0][1] < REPORT_COUNTRY_LEAD * ranked[1][1]:
        return None
    i = gaz.country_of.get(ranked[0][0])
    return gaz.location(i, precision="country") if i is not None else None
