"""The grammar's shortcuts (head-word trie, skipped stretches) find exactly what the plain rules find."""
from strikewatch.time import grammar as g

TEXTS = [
    "On Monday, 3 March 2019 at 5 pm the new year's party ended; two thousand and five people left.",
    "In the near term, a short term plan for later dates; the 1990s and '80s, mid-2015, 12/03/2020.",
    "Twice a week, every 3 months, the fiscal year ended June 30; the second quarter of 2019.",
    "Yesterday morning and tonight; a week-long strike; day5pm; DAYS AGO; Christmas Eve; Sept. 4.",
    "Two days later, the previous week, that same day, the end of the month; in recent weeks.",
    "ſunday ſecond İstanbul ıs Kelvin \u212aelvin weeks ago, in the autumn of 1999.",
    "No time words here at all, just Foxton and Harlow.",
]


def _plain_scan(text):
    """scan() without the stretch checks."""
    out = []
    for name, rx in g.RULES:
        core = "core" in rx.groupindex
        for lo, hi in g._windows(text):
            for m in rx.finditer(text, lo, hi):
                start, end = m.span("core") if core else m.span()
                if name.startswith("range") and m.group("conn").lower() == "and" and not m.group("pre"):
                    out.extend(g._coordinated(m))
                elif end > start:
                    out.append(g.Candidate(start, end, name, m.groupdict()))
    return out


def test_head_words_match_the_alternation():
    for text in TEXTS + [t.upper() for t in TEXTS] + [t.lower() for t in TEXTS]:
        assert g._heads(text) == [m.span() for m in g._TRIGGER.finditer(text)]


def test_head_word_spans_run_to_the_end_of_the_word():
    assert g._heads("Mondays and weekends") == [(0, 7), (12, 20)]
    assert g._heads("newyears eve") == []  # "new year" takes its space
    assert g._heads("the new years") == [(4, 13)]
    assert g._heads("at 5pm") == [(3, 6)]


def test_skipped_stretches_lose_no_match():
    for text in TEXTS + [t.upper() for t in TEXTS] + [t.lower() for t in TEXTS]:
        assert g.scan(text) == _plain_scan(text)
    assert g.scan(TEXTS[-1]) == []


def test_fold_keeps_offsets():
    assert g._fold("İstanbul ſunday") is not None and g._fold("İstanbul ſunday") == "istanbul sunday"
