"""Bounded extraction: long reports in pieces, a time budget per report, a bug costs one report."""
import itertools

import pytest

from strikewatch.bounded import MAX_CHARS, run_bounded, split_report
from strikewatch.ingest import build_report
from strikewatch.models import Event, Evidence, Report, ReportFailure, RunResult, Source

FILLER = "The council met in the afternoon to discuss the budget for the new school year. "
EVENT = "Warplanes struck a fuel depot near Mosul on March 3, killing four guards. "


def _long_report(paragraphs: int = 40, sep: str = "\n\n", rid: str = "long") -> Report:
    body = sep.join((EVENT if i % 10 == 3 else "") + FILLER * 4 for i in range(paragraphs))
    return build_report(rid, "Depot struck\n" + body, has_headline=True)


def test_pieces_are_slices_of_the_clean_text_that_map_to_the_original():
    r = _long_report()
    pieces = split_report(r, max_chars=2_000)
    assert len(pieces) > 5 and "".join(p.clean for p in pieces) == r.clean
    assert all(len(p.clean) <= 2_000 and p.id == r.id and p.text is r.text for p in pieces)
    assert all(p.clean.endswith("\n\n") for p in pieces[:-1])  # cut at paragraph breaks
    assert pieces[0].body_start == r.body_start and all(p.body_start == 0 for p in pieces[1:])
    start = 0
    for p in pieces:
        i = p.clean.find("Mosul")
        if i >= 0:
            ev = p.evidence(i, i + 5)
            assert ev == r.evidence(start + i, start + i + 5) and ev.check(r)
        start += len(p.clean)
    assert split_report(r, max_chars=len(r.clean)) == [r]


def test_a_single_line_is_cut_at_sentence_ends_then_spaces_then_anywhere():
    line = build_report("s", (FILLER * 60).strip())
    pieces = split_report(line, max_chars=1_000)
    assert "".join(p.clean for p in pieces) == line.clean
    assert all(p.clean.endswith("year. ") for p in pieces[:-1])
    words = build_report("w", "word " * 1_000)
    assert all(p.clean.endswith(" ") and len(p.clean) <= 700 for p in split_report(words, max_chars=700)[:-1])
    blob = build_report("b", "x" * 2_500)
    assert [len(p.clean) for p in split_report(blob, max_chars=1_000)] == [1_000, 1_000, 500]


class _FakePipeline:
    """Pipeline.run's contract for tests: one event per report (or piece) naming 'Mosul', a bug on BOOM."""

    on_error = "skip"

    def __init__(self):
        self.calls = []

    def run(self, items, *, merge=True, progress=None, seen=None):
        self.calls.append([i.id if isinstance(i, Report) else i.report_id for i in items])
        out = RunResult()
        for item in items:
            if isinstance(item, ReportFailure):
                out.failures.append(item)
                continue
            if "BOOM" in item.clean:
                raise IndexError("index 3 out-of-bounds")
            out.reports.append(item)
            for n, pos in enumerate(i for i in range(len(item.clean)) if item.clean.startswith("Mosul", i)):
                ev = item.evidence(pos, pos + 5)
                out.report_events.append(Event(id=f"{item.id}#{n}", event_type="Battles", sub_event_type="Armed clash",
                                               sources=[Source(item.id, {"location": [ev]})]))
        return out


@pytest.mark.issue(19)
def test_long_reports_go_piece_by_piece_and_their_events_are_numbered_on():
    fake = _FakePipeline()
    short = build_report("short", "Clash\n\nFighting near Mosul today.", has_headline=True)
    long = _long_report()
    res = run_bounded(fake, [short, long, ReportFailure("x", "ingest", "empty", "x: empty")], merge=False,
                      max_chars=2_000)
    n_mosul = long.clean.count("Mosul")
    assert [r.id for r in res.reports] == ["short", "long"] and [f.code for f in res.failures] == ["empty"]
    assert [e.id for e in res.report_events] == ["short#0"] + [f"long#{n}" for n in range(n_mosul)]
    assert all(e.sources[0].evidence["location"][0].check(long) for e in res.report_events[1:])
    assert fake.calls[0] == ["short"] and all(c == ["long"] for c in fake.calls[1:-1]) and fake.calls[-1] == ["x"]


@pytest.mark.issue(19)
def test_a_report_over_its_time_budget_fails_and_the_batch_goes_on():
    ticks = itertools.count(step=7.0)  # every look at the clock: 7 s later
    res = run_bounded(_FakePipeline(), [_long_report(rid="slow"), build_report("next", "Clash near Mosul.")],
                      merge=False, max_chars=2_000, budget=20.0, clock=lambda: next(ticks))
    (fail,) = res.failures
    assert (fail.report_id, fail.stage, fail.code) == ("slow", "extract", "time_budget")
    assert fail.message.startswith("slow: extraction stopped after 21 s (budget 20 s) at character ")
    assert [r.id for r in res.reports] == ["next"] and [e.id for e in res.report_events] == ["next#0"]


@pytest.mark.issue(19)
def test_a_report_that_sets_off_a_bug_fails_alone(caplog):
    items = [build_report(i, t) for i, t in [("a", "Mosul."), ("b", "BOOM near Mosul."), ("c", "Mosul again.")]]
    res = run_bounded(_FakePipeline(), items, merge=False)
    assert [r.id for r in res.reports] == ["a", "c"] and [e.id for e in res.report_events] == ["a#0", "c#0"]
    (fail,) = res.failures
    assert (fail.report_id, fail.code) == ("b", "internal_error")
    assert "IndexError: index 3 out-of-bounds" in fail.message and "b: extraction failed" in caplog.text
    strict = _FakePipeline()
    strict.on_error = "raise"
    with pytest.raises(IndexError):
        run_bounded(strict, items, merge=False)


@pytest.mark.issue(19)
def test_a_long_single_line_report_through_the_real_pipeline():
    """A one-line report over MAX_CHARS (spaCy's E088 came from such lines) gives its events with
    evidence in the original text."""
    from strikewatch.pipeline import load_pipeline

    text = "Depot struck\n" + (FILLER * 9 + EVENT) * 40  # one body line of ~32,000 characters
    report = build_report("line", text, has_headline=True)
    assert len(report.clean) > MAX_CHARS
    res = run_bounded(load_pipeline(), [report], merge=False)
    assert not res.failures and [r.id for r in res.reports] == ["line"]
    assert len(res.report_events) >= 2
    assert [e.id for e in res.report_events] == [f"line#{n}" for n in range(len(res.report_events))]
    for e in res.report_events:
        for evs in e.sources[0].evidence.values():
            assert all(isinstance(ev, Evidence) and ev.check(report) for ev in evs)


@pytest.mark.issue(19)
def test_pipeline_run_never_hands_spacy_more_than_a_chunk():
    """Pipeline.run itself (the library path): sentences of one verdict are joined only up to
    CHUNK_CHARS, so a long line of trigger sentences never reaches spaCy whole (its E088 past
    ``nlp.max_length``, lowered here to show it without a megabyte of text)."""
    from strikewatch.pipeline import CHUNK_CHARS, load_pipeline

    pipeline = load_pipeline(relevance=False)
    report = build_report("line", EVENT * 1_000)  # ~75,000 characters, one line, a trigger in every sentence
    old = pipeline.nlp.max_length
    pipeline.nlp.max_length = CHUNK_CHARS + 10_000
    try:
        (doc,) = list(pipeline.docs([report]))
    finally:
        pipeline.nlp.max_length = old
    assert doc.text == report.clean and len(report.clean) > CHUNK_CHARS + 10_000
