"""The patterns that recognise temporal expressions, one named rule per phenomenon.

Each rule is a compiled regular expression whose named groups the normaliser
(``time/normalize.py``) reads. Month and weekday names are matched case-sensitively
(``(?-i:...)``) so that the modal "may" or the verb "march" are not dates; the
rest of each pattern ignores case.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..nlp.trie import alternation
from .lexicon import NUMBER_WORDS


class Candidate(NamedTuple):
    """A match of one rule: span, rule name and the named groups it captured."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# A month name, an abbreviation with a period, or any capitalised word (a possible typo,
# checked by the normaliser).
MONTH = rf"(?-i:(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\b\.?|[A-Z][a-z]{{4,8}}\b)"
MONTH_DOT = rf"(?-i:(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\.)"
MONTH_STRICT = rf"(?-i:(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\.|(?:{_MONTH_ABBR})\b)"
WEEKDAY = r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d,.]\d)"
_SMALL = _alt(w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an"))
# Number words run to at most nine ("two hundred and ..." is not one NUM): bounded, so that a line of
# number words costs linear time instead of a backtrack over the rest of the run at each word.
NUM = (rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?:{_SMALL})(?:[\s-](?:{_SMALL})){{0,8}}"
       r"|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+dozen|a\s+half|an?|several|a\s+few|few|many|some)")
UNIT = (r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century"
        r"|centuries|millennium|weekend)")
PART_OF_DAY = r"(?:morning|afternoon|evening|night|mid-?afternoon|midday)"
CLOCK = (r"(?:(?:around|about|approximately)\s+)?(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)"
         r"|(?:[01]?\d|2[0-3]):[0-5]\d\b|noon|midnight|midday|\d{1,2}\s+in\s+the\s+(?:morning|afternoon|evening))"
         r"(?:\s+(?-i:[A-Z]{3})\b(?=[\s,]))?")
REL = r"(?:last|this|next|past|coming|previous|following|current|latest|same|upcoming)"
APPROX = (r"(?:(?:more\s+than|less\s+than|fewer\s+than|nearly|almost|about|over|under|up\s+to|at\s+least"
          r"|some|roughly|approximately|around|only|just|no\s+more\s+than|no\s+less\s+than|at\s+most"
          r"|another|an\s+additional|the\s+better\s+part\s+of)\s+)")
ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
EDGE = r"(?:early|mid|late|the\s+(?:beginning|start|end|middle)\s+of|(?:early|mid|late)-|mid-)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
HOLIDAY = (r"(?-i:Christmas(?:\s+Day|\s+Eve)?|New\s+Year's(?:\s+Day|\s+Eve)?|Thanksgiving(?:\s+Day)?"
           r"|Independence\s+Day|Halloween|Election\s+Day|Valentine's\s+Day)")
_YEAR_SPELLED = (r"(?:nineteen|eighteen)[\s-](?:hundred|(?:ten|eleven|twelve|thirteen|fourteen|fifteen"
                 r"|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                 r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)|two\s+thousand(?:\s+and)?"
                 r"(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
                 r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?")
_YR = rf"(?:{YEAR}|'\d\d\b|(?-i:{_YEAR_SPELLED}))"

# "the year ended June 30" is a twelve-month span, not the calendar year.
_ENDED = r"(?:(?=\s+end(?:ed|ing)\b)(?P<ended>))?"

# Rules in priority order: on equal spans the earlier rule wins.
_RULES: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<hh>\d\d):(?P<mi>\d\d)(?::\d\d)?)?\b"),
    ("numeric", r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)(?![\d/])"),
    ("range_dm", rf"\b(?:(?P<pre>between|from)\s+)?(?P<d1>{DAY})\s*(?P<conn>-|–|and|to|until|through)\s*(?P<d2>{DAY})\s+"
                 rf"(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"),
    ("range_md", rf"\b(?:(?P<pre>between|from)\s+)?(?P<mon>{MONTH})\s+(?P<d1>{DAY})\s*(?P<conn>-|–|and|to|until|through)\s*"
                 rf"(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?"),
    ("clock", rf"\b(?P<clock>{CLOCK})(?:,?\s+(?:(?P<wd>{WEEKDAY})|(?P<deic>yesterday|today|tomorrow)"
              rf"|(?P<mon>{MONTH_STRICT})\s+(?P<d>{DAY})))?"),
    ("clock_pre", rf"\b(?:(?P<wd>{WEEKDAY})|(?P<deic>yesterday|today|tomorrow))(?:,\s+|\s+at\s+|\s+)"
                  rf"(?P<clock>{CLOCK})"),
    ("md", rf"\b(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?(?P<mon>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{_YR}))?"),
    ("dm", rf"\b(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?(?P<d>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH})"
           rf"(?:,?\s+(?P<y>{YEAR}))?"),
    ("week_of", rf"\bthe\s+week\s+of\s+(?P<mon>{MONTH_STRICT})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?"),
    ("month_year", rf"\b(?:(?P<edge>{EDGE})\s*)?(?P<mon>{MONTH_STRICT})(?:,?\s+(?:of\s+)?(?P<y>{_YR})"
                   r"|\s+(?P<rel>last|this|next)\s+year)"),
    ("month", rf"\b(?:(?P<prep>in|since|until|by|before|after|of|during|through|from|to|the)\s+)?(?P<core>(?:(?P<rel>last"
              rf"|this|next|early|late|mid)\s+|(?P<mid>mid-|the\s+(?:beginning|start|end|middle)\s+of\s+))?"
              rf"(?P<mon>{MONTH_DOT}))(?!\s*\d)(?=(?P<poss>'s\b)?)"),
    ("each_month", rf"\b(?:each|every)\s+(?P<mon>{MONTH_STRICT})"),
    ("season", rf"\b(?:(?P<prep>in|into|during|over|through|throughout|since|by|until)\s+)?(?P<core>(?:(?P<edge>early"
               rf"|late|mid)\s+)?(?:(?P<rel>last|this\s+past|this|next|past|the)\s+)?(?P<season>{SEASON})"
               rf"(?:\s+(?:of\s+)?(?P<y>{_YR}))?)"),
    ("decade", r"\b(?:the\s+)?(?:(?P<edge>early|mid|late|mid-)\s*)?(?P<dec>(?:1[6-9]|20)?\d0|'\d0)'?s\b"),
    ("decade_w", r"\b(?:the\s+)?(?:(?P<edge>early|mid|late)\s+)?(?P<decw>twenties|thirties|forties|fifties|sixties"
                 r"|seventies|eighties|nineties)\b"),
    ("century", r"\b(?:the\s+)?(?P<cent>\d{1,2})(?:st|nd|rd|th)[\s-]century\b"),
    ("quarter", rf"\b(?:(?P<lead>the|this\s+year's|last\s+year's|next\s+year's|(?P<qy>{YEAR})(?:'s)?)\s+)?"
                rf"(?:(?P<adj>flat|fiscal|calendar|strong|weak|latest|current|same|year-ago|year-earlier)\s+)*"
                rf"(?:(?P<fy>{YEAR})\s+)?(?P<ord>{ORD}|final|latest|current|last)[\s-](?:fiscal[\s-])?"
                rf"quarter\b(?:\s+of\s+(?P<y>{YEAR}|this\s+year|last\s+year|next\s+year))?"),
    ("quarter_rel", r"\b(?:(?P<the>the)\s+|(?P<lead>last\s+year's|that)\s+)?"
                    r"(?:(?P<rel>this|latest|current|last|previous"
                    r"|next|year-ago|year-earlier|same|comparable|corresponding)\s+)?(?:(?P<y>\d{4})\s+)?"
                    r"(?P<unit>quarter|period)\b(?!-)(?P<tail>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?"),
    ("half", rf"\b(?:the\s+)?(?P<ord>first|second|latter|last)[\s-]half(?:\s+of\s+(?P<y>{YEAR}|this\s+year"
             r"|last\s+year|next\s+year|the\s+year))?\b"),
    ("fiscal", rf"\b(?:the\s+)?(?:(?P<rel>current|next|last|previous|this|new|latest)\s+)?fiscal(?P<yr>\s+year)?"
               rf"(?:\s+(?P<y>{YEAR}))?\b" + _ENDED),
    ("year_edge", rf"\b(?:(?P<edge>{EDGE})\s*)(?P<y>{YEAR})\b"),
    ("year_end", r"\b(?:(?P<prep>since)\s+)?(?P<core>(?:around\s+)?(?:the\s+)?(?:year[\s-]end|year's\s+end"
                 r"|end\s+of\s+the\s+year))\b"),
    ("year", rf"\b(?:(?:calendar|model)\s+)?(?P<y>{YEAR}|(?-i:{_YEAR_SPELLED})"
             rf"|the\s+year\s+(?-i:{_YEAR_SPELLED}))(?:\s+period)?\b"),
    ("ago", rf"\b(?:(?:{APPROX})?(?P<n>{NUM})[\s-](?P<unit>{UNIT})s?(?:\s+or\s+so)?|(?P<q>a\s+few|several|many)"
            rf"\s+(?P<unit2>{UNIT})s)\s+(?P<dir>ago|earlier|later|from\s+now|hence|previously)\b"
            r"(?:,?\s+(?P<same>this\s+(?:week|month|day)|today|tonight|to\s+the\s+day)\b)?"),  # "ten years ago this week"
    ("year_ago_adj", r"\b(?P<adj>year-ago|year-earlier|year-before|prior-year)\b"),
    ("rel_day", r"\bthe\s+(?P<which>day|night|week|month|year)\s+(?P<dir>before|after|earlier|later)\b"),
    ("next_day", r"\b(?:(?P<the>the)\s+)?(?P<rel>next|following|previous|preceding|same|prior)\s+(?P<unit>day|morning|"
                 r"evening|night|week|month|year)\b"),
    ("that_unit", r"\b(?:(?P<edge>earlier|later|early|late)\s+)?(?P<rel>that\s+same|that|the\s+same)\s+"
                  r"(?P<unit>day|week|month"
                  r"|year|night|morning|evening)\b"),
    ("edge_the_unit", r"\b(?P<edge>the\s+(?:end|beginning|start|middle)\s+of)\s+the\s+(?P<unit>week|month|year)\b"),
    ("rel_unit", r"\b(?:(?P<edge>early|late|earlier|later|the\s+end\s+of|the\s+beginning\s+of)\s+)?"
                 r"(?P<rel>last|this|next|past|coming|previous|current|the\s+past|the\s+last|the\s+coming)\s+"
                 r"(?P<unit>week|month|year|weekend|decade|century)\b"),
    ("edge_rel", r"\b(?P<edge>earlier|later|late|early)\s+(?P<deic>yesterday|today|tomorrow)\b"),
    ("weekday", rf"\b(?:(?P<prep>on|by|until|since|before|after)\s+)?(?P<core>(?:(?P<rel>last|this|next|past"
                rf"|the\s+previous|the\s+preceding|the\s+following"
                rf"|coming|this\s+coming|each|every|early|late)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{PART_OF_DAY}))?)"),
    ("weekdays_pl", r"\b(?:on\s+)?(?P<wdp>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))\b"),
    ("deictic", rf"\b(?P<deic>yesterday|today|tomorrow|tonight|overnight|last\s+night|this\s+"
                rf"(?:morning|afternoon|evening)|later\s+this\s+(?:morning|afternoon|evening))\b"
                rf"(?:\s+(?P<pod>{PART_OF_DAY}))?"),
    ("pod_at", r"\b(?:in|during|by|at|until|through)\s+(?P<core>(?:the\s+)?(?P<pod>morning|afternoon|evening"
               r"|mid-?\s?afternoon|mid-?\s?morning))\b(?!\s+(?:of|hours|yesterday|today|tomorrow)\b)"),
    ("pod_deic", rf"\b(?:(?P<mid>mid-?)\s*)?(?P<pod>{PART_OF_DAY})\s+(?P<deic>yesterday|today|tomorrow)\b"),
    ("holiday", rf"\b(?P<hol>{HOLIDAY})"),
    ("vague_span", rf"\b(?:in|over|during|within)\s+(?P<core>(?:the\s+)?(?P<rel>recent|coming)\s+(?P<unit>{UNIT})s)\b"
                   r"(?!\s+(?:and|or)\b)"),
    ("ref", r"\b(?P<ref>(?-i:[Nn]ow)|then[\s-](?:current|present)|currently|current|recently|more\s+recently|recent\s+(?:years|days|weeks)"
            r"|recent\s+months|the\s+(?:near\s+|distant\s+)?future"
            r"|the\s+past|the\s+time\s+being|these\s+days|nowadays|at\s+present|formerly"
            r"|the\s+(?:near|short)\s+term|a\s+later\s+date"
            r"|(?:the\s+)?coming\s+(?:days|weeks|months|quarters|years|decades)|the\s+days\s+ahead)\b"),
    # "will one day be": an unspecified future time, not a one-day duration
    ("one_day", r"\b(?:will|would|could|might|may|can|shall|should)\s+(?P<core>one\s+day)\b"
                r"(?!\s+(?:later|earlier|after|before|ago|of)\b)"),
    ("set", rf"\b(?P<set>daily|weekly|monthly|yearly|hourly|nightly|every\s+(?:other\s+)?"
            rf"(?P<n>{NUM}\s+)?(?P<unit>{UNIT})s?|each\s+(?P<unit2>{UNIT})|per\s+(?P<unit3>{UNIT})"
            rf"|(?:twice|once|three\s+times)\s+(?:a|per)\s+(?P<unit4>{UNIT}))\b"),
    ("duration", rf"\b(?:(?:the|each\s+of\s+the)\s+)?(?:(?P<rel>past|last|next|first|previous|coming"
                 rf"|following|final|latest|remaining|initial|early)\s+)?{APPROX}?(?P<n>{NUM})(?P<half2>\s+and\s+a\s+half)?"
                 rf"(?:\s+(?:more|full|straight|consecutive|additional|long|trading|business|working))?(?P<sep>[\s-])"
                 rf"(?P<unit>{UNIT})(?P<pl>s)?"
                 rf"(?!-old|-olds)\b(?:-long)?(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+(?:so|more|longer))?"),
    ("duration_pl", rf"\b(?:(?P<core_pre>for|over|in|within|during)\s+)?(?:the\s+)?(?P<core>(?:(?P<rel>past|last|next"
                    rf"|coming|recent|early|first)\s+)?(?P<unit>{UNIT})s\b(?:\s+or\s+(?P<unit2>{UNIT})s)?)"),
    ("past_day", r"\b(?:the\s+)?(?P<rel>past|last|previous)\s+(?P<unit>day)\b(?!\s+(?:of|before|after|when|that)\b)"),
    ("unit_long", rf"\b(?P<unit>{UNIT})(?P<pl>s)?-long\b"),
    ("the_unit", r"\bthe\s+(?:(?P<pre>full|entire|whole)\s+)?(?P<unit>year|weekend|week)\b" + _ENDED),
]

RULES: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(p, re.IGNORECASE)) for name, p in _RULES]
_PRIORITY = {name: i for i, (name, _) in enumerate(_RULES)}
# Rare rules run only on stretches holding one of these (lower-case) words: a cheap pre-check.
_HINTS: dict[str, tuple[str, ...]] = {
    "season": ("spring", "summer", "fall", "autumn", "winter"), "unit_long": ("-long",),
    "one_day": ("one day",), "week_of": ("week of",), "vague_span": ("recent", "coming"),
    "past_day": ("past day", "last day", "previous day"),
    "pod_at": ("morning", "afternoon", "evening"),
}

# Words every match of a rule consumes, one of each listed group at least: a stretch without
# them is skipped. A group is ("i", words) for words the rule matches case-insensitively (tested
# on a folded copy of the text, see _fold), ("c", words) for case-sensitive ones (month and
# weekday names) or ("re", pattern) for digits (which the engine takes in any script).
_UNITS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade", "centur",
          "millenni")
_MONTHS = ("c", ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))
_DIGIT = ("re", re.compile(r"\d"))
_DEIC = ("i", ("yesterday", "today", "tomorrow"))
_CLOCK_HEAD = ("re", re.compile(r"\d|noon|midnight|midday", re.IGNORECASE))
_NEEDS: dict[str, tuple[tuple[str, object], ...]] = {
    "iso": (("re", re.compile(r"\d-\d")),), "numeric": (("re", re.compile(r"\d[/.]\d")),),
    "md": (_DIGIT,), "dm": (_DIGIT,), "year_edge": (_DIGIT,), "range_dm": (_DIGIT,), "range_md": (_DIGIT,),
    "clock": (_CLOCK_HEAD,), "clock_pre": (_CLOCK_HEAD, ("i", ("day", "tomorrow"))),
    "year": (("re", re.compile(r"\d|nineteen|eighteen|thousand", re.IGNORECASE)),),
    "ref": (("i", ("now", "then", "current", "recent", "future", "past", "time", "days", "present", "formerly", "term",
                   "date", "coming")),),
    "month_year": (_MONTHS,), "month": (_MONTHS,), "each_month": (_MONTHS, ("i", ("each", "every"))),
    "decade": (("i", ("0s", "0's")),), "decade_w": (("i", ("ties",)),), "century": (("i", ("century",)),),
    "quarter": (("i", ("quarter",)),), "quarter_rel": (("i", ("quarter", "period")),), "half": (("i", ("half",)),),
    "fiscal": (("i", ("fiscal",)),), "year_end": (("i", ("year",)),),
    "ago": (("i", ("ago", "earlier", "later", "now", "hence", "previously")),),
    "year_ago_adj": (("i", ("year-", "prior-year")),), "rel_day": (("i", ("before", "after", "earlier", "later")),),
    "next_day": (("i", ("next", "following", "previous", "preceding", "same", "prior")),),
    "that_unit": (("i", ("that", "same")),), "edge_the_unit": (("i", ("end", "beginning", "start", "middle")),),
    "rel_unit": (("i", ("last", "this", "next", "past", "coming", "previous", "current")),),
    "edge_rel": (_DEIC,), "pod_deic": (_DEIC,),
    "weekday": (("c", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),),
    "weekdays_pl": (("c", ("days",)),),
    "deictic": (("i", ("yesterday", "today", "tomorrow", "tonight", "overnight", "night", "morning", "afternoon",
                       "evening")),),
    "holiday": (("c", ("Christmas", "New", "Thanksgiving", "Independence", "Halloween", "Election", "Valentine")),),
    "set": (("i", ("daily", "weekly", "monthly", "yearly", "hourly", "nightly", "every", "each", "per", "twice", "once",
                   "times")),),
    "duration": (("i", _UNITS),), "duration_pl": (("i", _UNITS),), "the_unit": (("i", ("year", "week")),),
}
# the checks each rule's stretches must pass: its hints (on the lower-cased text) or its needed words
_CHECKS = {name: (("hint", _HINTS[name]),) if name in _HINTS else _NEEDS.get(name, ()) for name, _ in _RULES}
_GROUPS = list({id(g): g for checks in _CHECKS.values() for g in checks}.values())  # each checked once a stretch
_RULE_GROUPS = [tuple(next(k for k, g in enumerate(_GROUPS) if g is group) for group in _CHECKS[name])
                for name, _ in _RULES]
# Under re.IGNORECASE an ASCII letter also matches these (and nothing else outside its two cases);
# after this map, str.lower() keeps every offset and turns each such match into the lower-case word.
_FOLD_MAP = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _fold(text: str) -> str | None:
    """``text`` where each character a rule's lower-case letter matches is that letter (same offsets),
    or None if lower-casing would move offsets."""
    folded = text.translate(_FOLD_MAP).lower()
    return folded if len(folded) == len(text) else None


# Every rule contains one of these head words; the rules only run near them.
_HEAD_DIGITS = r"\b\d{4}(?!\d)|\b\d{1,2}[/.:]\d|'\d0s|\b\d0s\b|\d\s*[ap]\.?m\b"
_HEAD_WORDS = (
    _MONTH_FULL + "|" + _MONTH_ABBR
    + r"|mon|tues|wednes|thurs|fri|satur|sun|christmas|new year"
    r"|thanksgiving|independence|halloween|election|valentine|nineteen|two thousand|half|second|minute|hour|day"
    r"|week|fortnight|month|quarter|year|decade|centur|millenni|now|current|recent|future|past|today|yesterday"
    r"|tomorrow|tonight|overnight|night|morning|afternoon|evening|daily|weekly|monthly|yearly|hourly|nightly|noon"
    r"|midnight|midday|spring|summer|fall|autumn|winter|fiscal|period|twenties|thirties|forties|fifties|sixties"
    r"|seventies|eighties|nineties|present|time|near term|short term|later date").split("|")
_TRIGGER = re.compile(_HEAD_DIGITS + r"|\b(?:(?:" + "|".join(_HEAD_WORDS) + r")\w*)", re.IGNORECASE)


# _TRIGGER in two parts: its digit branches, and its head words as a trie (far faster to scan). A
# match of either starts with a digit or quote / a letter, so they never start at the same place; a
# head word runs on to the end of its word (``\w*``), and no head word that stops inside another's
# text precedes it, so the trie finds the spans the alternation does (see :func:`_heads`).
_TRIGGER_DIGITS = re.compile(_HEAD_DIGITS, re.IGNORECASE)
_TRIGGER_WORDS = re.compile(r"\b(?:" + alternation(_HEAD_WORDS) + r")\w*", re.IGNORECASE)


def _heads(text: str) -> list[tuple[int, int]]:
    """The spans ``_TRIGGER.finditer(text)`` finds: at each step the leftmost match of either part."""
    out: list[tuple[int, int]] = []
    d, w = _TRIGGER_DIGITS.search(text), _TRIGGER_WORDS.search(text)
    while d is not None or w is not None:
        m = d if w is None or (d is not None and d.start() <= w.start()) else w
        out.append(m.span())
        pos = m.end()
        if d is not None and d.start() < pos:
            d = _TRIGGER_DIGITS.search(text, pos)
        if w is not None and w.start() < pos:
            w = _TRIGGER_WORDS.search(text, pos)
    return out


_MARGIN = 50  # characters of context each side of a head word that a rule may need


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` stretches of ``text`` around head words, cut at spaces."""
    out: list[tuple[int, int]] = []
    for start, end in _heads(text):
        lo = text.rfind(" ", 0, max(0, start - _MARGIN)) + 1
        hi = text.find(" ", min(len(text), end + _MARGIN))
        hi = len(text) if hi < 0 else hi
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def scan(text: str) -> list[Candidate]:
    """All rule matches in ``text`` (overlapping; see ``resolve``), rule by rule in ``RULES`` order."""
    found: list[list[Candidate]] = [[] for _ in RULES]
    lower = text.lower()
    folded = _fold(text)
    for lo, hi in _windows(text):
        ok = [_has(group, text, lower, folded, lo, hi) for group in _GROUPS]
        for r, (name, rx) in enumerate(RULES):
            if not all(ok[g] for g in _RULE_GROUPS[r]):
                continue
            out = found[r]
            core = "core" in rx.groupindex
            for m in rx.finditer(text, lo, hi):
                start, end = m.span("core") if core else m.span()
                if name.startswith("range") and m.group("conn").lower() == "and" and not m.group("pre"):
                    out.extend(_coordinated(m))
                elif end > start:
                    out.append(Candidate(start, end, name, m.groupdict()))
    return [c for cands in found for c in cands]


def _has(group: tuple[str, object], text: str, lower: str, folded: str | None, lo: int, hi: int) -> bool:
    """Whether the window ``[lo, hi)`` holds one of the ``group``'s words."""
    how, what = group
    if how == "re":
        return what.search(text, lo, hi) is not None
    if how == "c":
        window = text[lo:hi]
    elif how == "hint":
        window = lower[lo:hi]
    elif folded is None:
        return True  # cannot tell cheaply: let the rule run
    else:
        window = folded[lo:hi]
    return any(w in window for w in what)


def _coordinated(m: re.Match[str]) -> list[Candidate]:
    """"April 24 and 25", "24 and 25 April": two dates sharing a month (TimeML tags each)."""
    # "at": where the whole coordination starts, so both days are read in the same clause context
    g = {"mon": m.group("mon"), "y": m.group("y"), "wd": None, "at": str(m.start())}
    if m.start("mon") < m.start("d1"):  # month first: [April 24] and [25(, 1999)]
        spans = [(m.start("mon"), m.end("d1")), (m.start("d2"), m.end())]
    else:  # [24] and [25 April(, 1999)]
        spans = [(m.start("d1"), m.end("d1")), (m.start("d2"), m.end())]
    return [Candidate(a, b, "md", {**g, "d": m.group(d)}) for (a, b), d in zip(spans, ("d1", "d2"))]


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then rule priority, then leftmost."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), _PRIORITY[c.kind], c.start))
    taken: list[Candidate] = []
    for c in order:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def match_all(text: str) -> list[Candidate]:
    """The rules that match the whole of ``text``, highest priority first."""
    out = []
    for name, rx in RULES:
        m = rx.fullmatch(text.strip())
        if m:
            out.append(Candidate(0, len(text), name, m.groupdict()))
    return out
