"""The pipeline: reports -> relevance -> spaCy Docs -> mentions -> per-report events -> merged events.

The relevance stage (:mod:`strikewatch.relevance`) reads each report first: a report with no
sentence in scope is not parsed and yields no events, and in the others only mentions in
sentences the stage keeps become events.

``Pipeline.run`` is the one batch entry point used by the CLI, the API and the
watchers. Per-report errors (``StrikewatchError``) become ``ReportFailure``
records and the batch goes on; ``on_error="raise"`` is the strict switch.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

import numpy as np
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span

from .actors import load_aliases
from .errors import StrikewatchError
from .events import extract_events
from .events.deeds import DEED_VERBS
from .events.triggers import CONTEXT_ONLY, LEMMA_CUES
from .events.notes import event_note
from .merge import find_duplicate_reports, merge_events
from .models import Event, Report, ReportFailure, RunResult
from .nlp import load_nlp
from .nlp.triage import needs_entities, needs_parse, plan, trigger_words
from .place import geoparse, get_gazetteer
from .place.toponyms import is_place_name, may_stay_unresolved
from .relevance import Assessment, Relevance, load_relevance
from .time import dateline_date, find_timexes

CHUNK_CHARS = 50_000  # long texts are parsed in paragraph-aligned chunks to bound memory


@dataclass(slots=True)
class Pipeline:
    """Extraction over batches of reports (see module docstring)."""

    nlp: Language
    batch_size: int = 16
    on_error: str = "skip"  # or "raise"
    triage: bool = True  # paragraphs without trigger or count words skip the parser, tagger and lemmatizer
    sentence_triage: bool = True  # ... and so do such sentences inside the other paragraphs
    light_ner: bool = True  # NER on the light parts too: without it toponym F1 on real news falls 0.79 -> 0.75
    entity_gate: bool = True  # ... but only on light sentences with a capitalised word that may be a name
    relevance: Relevance | None = None  # None: every report and sentence may hold events

    def docs(self, reports: list[Report], assessments: list[Assessment | None] | None = None) -> Iterator[Doc]:
        """One Doc per report, of ``report.clean`` (``doc.text == report.clean``).

        Each report is parsed in pieces: with ``triage`` (and a model that has
        ``senter`` and ``ner``) paragraphs that :mod:`strikewatch.nlp.triage` finds no
        trigger or count in, and (``sentence_triage``) such ``senter`` sentences inside
        the other paragraphs, are only tokenised, split into sentences (each a flat
        tree, so sentences survive the join) and given entities (unless ``light_ner``
        is off: the geoparser's context and its person/organisation blocks need them;
        with ``entity_gate`` only in the sentences that may name one, see
        :func:`strikewatch.nlp.triage.needs_entities`); the rest get the full pipeline.
        Over-long paragraphs are cut. With ``assessments`` (the relevance stage's verdicts), a
        report it does not trust gets the full parse only in the sentences whose mentions may
        become events (:meth:`Assessment.relevant_spans`).
        """
        light = self.triage and {"senter", "ner"} <= set(self.nlp.component_names)  # full parts need ner
        plans = [_plan(r.clean, light) for r in reports]
        if light and self.sentence_triage:
            kept = [_kept_spans(a) for a in assessments or [None] * len(reports)]
            plans = self._sentence_plans(plans, kept)
        full = iter(self.nlp.pipe([t for p in plans for t, f in p if f], batch_size=self.batch_size * 4))
        cheap = iter(self._light_docs([t for p in plans for t, f in p if not f]))
        for r, p in zip(reports, plans):
            parts = [next(full) if f else next(cheap) for _, f in p]
            if not parts:
                yield self.nlp.make_doc(r.clean)
            elif len(parts) == 1:
                yield parts[0]
            else:
                yield Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])

    def _sentence_plans(self, plans: list[list[tuple[str, bool]]],
                        kept: list[list[tuple[int, int]] | None]) -> list[list[tuple[str, bool]]]:
        """Cut each full-parse piece at its ``senter`` sentences and mark the sentences again:
        runs of sentences with no trigger or count, or (where ``kept`` gives a report's kept
        spans) outside those spans, become light pieces (pieces still join back)."""
        texts = [t for p in plans for t, f in p if f]
        if not texts:
            return plans
        size = self.batch_size * 4
        senter = self.nlp.get_pipe("senter").pipe(self.nlp.tokenizer.pipe(texts, batch_size=size), batch_size=size)
        out = []
        for p, spans in zip(plans, kept):
            pieces: list[tuple[str, bool]] = []
            pos = 0
            for text, full in p:
                for sent in _sentence_texts(next(senter)) if full else [text]:
                    verdict = full and needs_parse(sent, _trigger_words()) and (
                        spans is None or any(a < pos + len(sent) and pos < b for a, b in spans))
                    pos += len(sent)
                    if pieces and pieces[-1][1] == verdict and len(pieces[-1][0]) + len(sent) <= CHUNK_CHARS:
                        pieces[-1] = (pieces[-1][0] + sent, verdict)  # never past a chunk: spaCy's E088
                    else:
                        pieces.append((sent, verdict))
            out.append(pieces)
        return out

    def _light_docs(self, texts: list[str]) -> Iterator[Doc]:
        """Tokenizer, ``senter`` and (with ``light_ner``) ``ner``; sentences stored as flat trees.
        Without ``ner`` the geoparser finds places here by its gazetteer scan alone."""
        if not texts:
            return
        size = self.batch_size * 4
        docs = self.nlp.get_pipe("senter").pipe(self.nlp.tokenizer.pipe(texts, batch_size=size), batch_size=size)
        if self.light_ner:
            docs = self._gated_ner(docs) if self.entity_gate else self.nlp.get_pipe("ner").pipe(docs, batch_size=size)
        for doc in docs:
            yield _flat_trees(doc)

    def _gated_ner(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        """NER on the runs of sentences that may name an entity (``needs_entities``), each run
        tagged as a Doc of its own and its entities copied back; the other tokens are outside.
        A run sees no words beyond its ends, so labels near its edges may differ from those of
        NER over the whole piece (on 817 news articles: the same events as ungated NER, toponym
        F1 within 0.0002 per corpus)."""
        ner, size = self.nlp.get_pipe("ner"), self.batch_size * 4
        for batch in _batches(docs, size):
            runs = [(doc, a, b) for doc in batch for a, b in _entity_runs(doc)]
            whole = {id(doc) for doc, a, b in runs if b - a == len(doc)}  # tagged in place
            parts = [doc if id(doc) in whole else _words_doc(doc[a:b]) for doc, a, b in runs]
            found: dict[int, list[Span]] = {}
            for (doc, a, _), part in zip(runs, ner.pipe(parts, batch_size=size)):
                if part is not doc:
                    found.setdefault(id(doc), []).extend(
                        Span(doc, a + e.start, a + e.end, label=e.label) for e in part.ents)
            for doc in batch:
                if id(doc) not in whole:
                    doc.set_ents(found.get(id(doc), []), default="outside")
            yield from batch

    def assess(self, reports: list[Report]) -> list[Assessment | None]:
        """The relevance stage's verdict on each report (None everywhere without the stage)."""
        if self.relevance is None:
            return [None] * len(reports)
        return self.relevance.assess_many(reports)

    def extract(self, report: Report, doc: Doc, assessment: Assessment | None = None) -> list[Event]:
        """Per-report events for one report and its Doc (only in the sentences ``assessment`` keeps)."""
        if report.published is None and (day := dateline_date(report.clean, report.body_start)) is not None:
            report = replace(report, published=day)  # "SOUTHWEST ASIA, March 3, 2017 -": "yesterday" is March 2
        timexes = find_timexes(report.clean, report.published)
        toponyms = geoparse(report.clean, doc=doc, outlet=report.outlet)
        return extract_events(report, doc, timexes, toponyms, relevance=assessment)

    def events_of(self, report: Report) -> list[Event]:
        """One report's events as ``run`` finds them: relevance, parse, extraction (no merge)."""
        (assessment,) = self.assess([report])
        if assessment is not None and not assessment.relevant:
            return []
        return self.extract(report, next(iter(self.docs([report], [assessment]))), assessment)

    def run(self, items: Iterable[Report | ReportFailure], *, merge: bool = True,
            progress: Callable[[int], None] | None = None, seen: set[str] | None = None) -> RunResult:
        """Extract every report; merge across reports unless ``merge=False``. ``seen``: report ids
        already read (by earlier runs of one job); it is updated, and a repeated id is a failure."""
        result = RunResult()
        batch: list[Report] = []
        seen = set() if seen is None else seen
        for item in items:
            if isinstance(item, ReportFailure):
                result.failures.append(item)
                if progress:
                    progress(1)
                continue
            if item.id in seen:
                result.failures.append(ReportFailure(item.id, "ingest", "duplicate_id",
                                                     f"{item.id}: a report with this id was already read"))
                continue
            seen.add(item.id)
            batch.append(item)
            if len(batch) >= self.batch_size * 4:
                self._run_batch(batch, result, progress)
                batch = []
        self._run_batch(batch, result, progress)
        if merge:
            merge_run(result)
        return result

    def _run_batch(self, batch: list[Report], result: RunResult,
                   progress: Callable[[int], None] | None) -> None:
        assessments = self.assess(batch)
        kept = [(r, a) for r, a in zip(batch, assessments) if a is None or a.relevant]
        docs = iter(self.docs([r for r, _ in kept], [a for _, a in kept]))
        for report, assessment in zip(batch, assessments):
            if assessment is not None and not assessment.relevant:
                result.reports.append(report)  # read and judged out of scope: no parse, no events
                if progress:
                    progress(1)
                continue
            try:
                events = self.extract(report, next(docs), assessment)
            except StrikewatchError as exc:
                if self.on_error == "raise":
                    raise
                result.failures.append(ReportFailure(report.id, "extract", exc.code, str(exc)))
            else:
                result.reports.append(report)
                result.report_events.extend(events)
            if progress:
                progress(1)


def merge_run(result: RunResult) -> RunResult:
    """Link duplicate reports and merge the run's per-report events (each with its note)."""
    result.duplicates = find_duplicate_reports(result.reports)
    result.events = merge_events(result.report_events, duplicates=result.duplicates)
    for event in result.events:
        event.note = event_note(event)
    return result


def load_pipeline(*, batch_size: int = 16, on_error: str = "skip", fast: bool = False,
                  relevance: bool = True) -> Pipeline:
    """The default pipeline with the packaged English model and relevance stage; ``fast`` skips NER
    outside the sentences that need the full parse (faster, but fewer and less certain places);
    ``relevance=False`` reads every report and sentence for events (no relevance stage)."""
    return Pipeline(load_nlp(), batch_size=batch_size, on_error=on_error, light_ner=not fast,
                    relevance=load_relevance() if relevance else None)


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    """Surface forms of the trigger lemmas that can found an event (weapons and context cues cannot)."""
    return trigger_words([*(lemma for lemma, cls in LEMMA_CUES.items() if cls not in CONTEXT_ONLY), *DEED_VERBS,
                          "bomb"])  # a deed verb ("Taliban enter Kabul") and "bombed" (a weapon's noun, but a deed's verb)


@lru_cache(maxsize=65_536)
def _may_be_name(name: str) -> bool:
    """Could a stretch of capitalised words (:func:`strikewatch.nlp.triage.name_candidates`) be
    a name whose entity label changes the output? Light sentences feed NER only to the
    geoparser (:func:`strikewatch.place.toponyms.recognize`), where an entity matters when
    its text (or a head, tail or word of it) is in the gazetteer (:func:`is_place_name`; the
    person and organisation entities that block a gazetteer match cover such a word too), or
    when an unknown place is kept unresolved: a geographic head word ("Red River") or a
    particle ("Barra de Sao Miguel"). Words of actor aliases written capitalised (and never
    lower-case: "police" is a noun, "Hezbollah" a name) keep their organisation entities."""
    if is_place_name(get_gazetteer(), name) or may_stay_unresolved(name):
        return True
    return " " not in name and name.lower() in _alias_name_words()


@lru_cache(maxsize=1)
def _alias_name_words() -> frozenset[str]:
    names = [a.split() for a in load_aliases().names if a.strip()]
    lower = {w.lower() for ws in names for w in ws if not ws[0][:1].isupper() or w.islower()}
    return frozenset(w.lower() for ws in names if ws[0][:1].isupper() for w in ws) - lower


def _entity_runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the runs of consecutive sentences of ``doc`` that need NER."""
    runs: list[tuple[int, int]] = []
    for sent in doc.sents:
        if needs_entities([t.text for t in sent], _may_be_name, [bool(t.whitespace_) for t in sent]):
            if runs and runs[-1][1] == sent.start:
                runs[-1] = (runs[-1][0], sent.end)
            else:
                runs.append((sent.start, sent.end))
    return runs


def _kept_spans(assessment: Assessment | None) -> list[tuple[int, int]] | None:
    """The spans of a report that need the full parse for events (None: the whole report)."""
    if assessment is None or assessment.trusted:
        return None
    return assessment.relevant_spans()


def _words_doc(span: Span) -> Doc:
    """A new Doc of the tokens of ``span`` (same words and spaces, nothing else)."""
    return Doc(span.doc.vocab, words=[t.text for t in span], spaces=[bool(t.whitespace_) for t in span])


def _batches(items: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _plan(text: str, light: bool) -> list[tuple[str, bool]]:
    """``(piece, full_parse)`` pieces of ``text`` that join back to it (none longer than CHUNK_CHARS)."""
    pieces = plan(text, _trigger_words()) if light else [(text, True)] if text else []
    return [(c, f) for t, f in pieces for c in (_chunks(t) if len(t) > CHUNK_CHARS else [t])]


def _sentence_texts(doc: Doc) -> list[str]:
    """The texts of ``doc``'s sentences, cut at sentence starts so that they join back to ``doc.text``."""
    text = doc.text  # built from the tokens on every access
    cuts = [c for c in (s.start_char for s in doc.sents) if c and not (text[c - 1].isalnum() and not text[c].isspace())]
    # (``senter`` may start a sentence inside a word, "Anti|-riot police ...": no cut there)
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]


def _flat_trees(doc: Doc) -> Doc:
    """Give each sentence of an unparsed Doc a flat tree (first token ROOT, the rest ``dep`` of it).

    ``Doc.from_docs`` rebuilds sentence starts from heads once any part is parsed,
    so the light parts need heads that encode their ``senter`` sentences.
    """
    if not len(doc):
        return doc
    root, dep = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    arr = np.zeros((len(doc), 2), dtype="int64")
    for sent in doc.sents:
        arr[sent.start:sent.end, 0] = np.arange(sent.start, sent.end) * -1 + sent.start
        arr[sent.start:sent.end, 1] = dep
        arr[sent.start, 1] = root
    doc.from_array([HEAD, DEP], arr.astype("uint64"))
    return doc


def _chunks(text: str) -> list[str]:
    """Split at paragraph breaks into pieces of at most ~CHUNK_CHARS; pieces join back to ``text``."""
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        pieces.append(text[start:end])
        start = end
    return pieces
