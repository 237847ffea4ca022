"""Doc + timexes + toponyms -> one report's Events (mentions collapsed, every field evidenced)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Doc, Span

from ..actors.aliases import AliasTable, load_aliases
from ..ingest.clean import is_heading
from ..models import Event, Location, Report, Timex, Toponym
from ..place import report_location
from ..relevance.labels import labelled_sub_type
from .attribution import attribute, incident_sentences
from .build import Builder, past_day
from .disputes import target_statement
from .fields import field_date, place_unplaced
from .fallback import bodies_found, note_mention
from .fatalities import casualties
from .grouping import (SPECIFIC_BROAD, Group, absorb_followups, context_of, continues_battle, matches, place_name,
                       fight_context, protest_context, retype_groups, take_outcome)
from .headlines import BODY_JOINERS, clauses, headed_brief, headline_only, lede_start, news_voice
from .digests import segment_entries
from .incidents import is_context, segment, told_on
from .lede import without_plans
from .mentions import Mention, SentenceContext, sentence_mentions
from .notes import ARMED_TYPES, event_note
from .bystanders import meeting_place, modifier_only, spoken_from
from .places import border_side, filed_at, launched_from, missed_places, named_area
from .releases import release_lines
from .roles import fill_actors
from .spread import TALLY_LINE, tally_join
from .taxonomy import EVENT_TYPE_OF, EXPLOSIONS
from .tolls import absorb_tolls, plain_tolls
from .triggers import is_boilerplate

SHORT_NOTE_CHARS = 600  # a text this short reports one event (a monitoring note, a brief)
# In an article (longer than a note by ARTICLE_MARGIN), an event whose calibrated confidence is below this is left
# out: on the judged dev articles fewer than one in three such events was true, and an analyst would rather miss it
# than read two false ones for it (docs/relevance.md). A brief or headline in news's voice (not a monitor's note or
# log line, which keeps every event) needs less: its confidence reads low for want of a date or place, but below
# MIN_BRIEF_CONFIDENCE its events were mostly workplace shootings and other crime. On ECB+ snippet sentences (events of
# out-of-scope / in-scope topics) and 2,000 ACLED notes (notes with none): stop 18, no floor: 51 / 75 and 82; stop 19,
# a floor for every brief: 31 / 69 and 103; for briefs in news's voice only: 36 / 69 and 81 (log lines are no briefs).
MIN_ARTICLE_CONFIDENCE = 0.35
MIN_BRIEF_CONFIDENCE = 0.15
ARTICLE_MARGIN = 100


def main_place(report: Report, toponyms: list[Toponym]) -> Location | None:
    """The report body's most-mentioned specific place, as an 'area' location."""
    body = [t for t in toponyms if t.start >= report.body_start and t.location is not None
            and t.location.precision not in SPECIFIC_BROAD and t.location.feature not in ("country", "continent")
            and not spoken_from(report.clean, t) and not _elsewhere(report, t, toponyms) and not launched_from(report.clean, t)
            and not meeting_place(report.clean, t, report.body_start)]
    if not body:
        return None
    counts = Counter(t.location.name for t in body)
    best = max(body, key=lambda t: (counts[t.location.name], -t.start))
    return replace(best.location, precision="area")


def _elsewhere(report: Report, t: Toponym, toponyms: list[Toponym]) -> bool:
    """A dateline ("NAIROBI -") over a report about another country, or over a province or district the report
    names ("JUBA -" over fighting in Jonglei): where the reporter filed from, not where it happened. A dateline
    over a report that names no area of its country stands ("KHARTOUM -" over a Khartoum neighbourhood)."""
    if not filed_at(report.clean, t):
        return False
    others = [o.location for o in toponyms if o.location is not None and o is not t and not filed_at(report.clean, o)]
    named = Counter(loc.country for loc in others)
    return bool(named) and named[t.location.country] < max(named.values()) or any(
        loc.country == t.location.country and loc.feature in ("admin1", "district", "region") for loc in others)


def _actor_frequency(report: Report, table: AliasTable) -> Counter:
    hits = table.find(report.clean[report.body_start:])
    return Counter(h.actor for h in hits if not h.actor.generic)


def _dateline(report: Report, timexes: list[Timex]) -> Timex | None:
    """A day date that opens the body ('28 June. ...', 'On 9 May 2020, ...', '12 April: ...'):
    the date of what the report goes on to tell, unless a sentence gives its own."""
    body = lede_start(report)
    for t in timexes:
        if t.start < body or t.first is None or t.precision != "day":
            continue
        lead = report.clean[body:t.start].strip().lower()
        after = report.clean[t.end:t.end + 1]
        explicit = any(ch.isdigit() for ch in t.text)
        return t if lead in ("", "on") and after in (".", ":", ",", " -") and explicit else None
    return None


SCENE_DAYS = 31
SCENE_CHARS = 600  # a scene's day holds for the next few sentences, not for a whole article
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn)\b")


def _date_scenes(groups: list[Group], report: Report, timexes: list[Timex]) -> None:
    """An undated event takes the day an earlier sentence set ('On 12 May, troops raided X. During
    the raid, a clash ...'): the last day date told before its first mention's sentence, if it fell
    in the month up to publication (an older one opens background, not the news)."""
    if report.published is None:
        return
    for g in groups:  # not if dated, only named again ("the embassy blast that killed 10"), or told with
        # no time of its own ("reports of a bombing have emerged")
        if any(m.date for m in g.mentions) or all(m.reference or _PERFECT.search(report.clean, *m.sent)
                                                  for m in g.mentions):
            continue
        before = min(m.sent[0] for m in g.mentions)
        told = [t for t in timexes if before - SCENE_CHARS <= t.start and t.end <= before and t.first is not None
                and (t.precision == "day" or past_day(t, report.published))]  # ("Over the past day, ...": the day before)
        scene = max(told, key=lambda t: t.end, default=None)
        if scene is not None and 0 <= (report.published - scene.first).days <= SCENE_DAYS:
            for m in g.mentions:
                m.date, m.timex, m.date_basis = scene.first, scene, "scene"


class Relevance(Protocol):
    """What extraction asks of the relevance stage's verdict on a report."""

    def keeps(self, pos: int) -> bool: ...

    def prob_at(self, pos: int) -> float: ...

    def confidence(self, pos: int, fields: float) -> float: ...

    @property
    def fallback_threshold(self) -> float | None: ...

    @property
    def note(self) -> bool: ...  # a monitor's dated note: every event kept, however unsure


BACKGROUND_DAYS = 365
# A note with no trigger word becomes an event only where the relevance stage is this sure of its
# sentence: the classifier that types such a note always names some sub-type.
FALLBACK_RELEVANCE = 0.6


MONTHS_BACKGROUND_DAYS = 45  # in an article, a month (or coarser) that ended this long before publication is past news
_COARSE = ("month", "quarter", "year", "decade")


def _background(m: Mention, report: Report, note: bool) -> bool:
    """A mention dated (all of its date range) over a year before publication; in news (not a
    monitor's ``note``), one dated only to a month or coarser that ended ``MONTHS_BACKGROUND_DAYS`` before
    it ("signed the declaration in July" in October); or one dated after publication from another date
    (a relative date read from the wrong anchor: "took Bukavu a month later"): background, not news."""
    if report.published is None or m.date is None:
        return False
    tx = m.timex
    last = tx.last if tx is not None and tx.last is not None else m.date
    first = tx.first if tx is not None and tx.first is not None else m.date
    if (report.published - last).days > BACKGROUND_DAYS:
        return True
    if note:  # a note may name the day its source reported it, after the event ("On 25 November, sources said")
        return False
    anchored = m.date_basis != "timex" or tx is not None and tx.basis == "anchor"  # "a month later", "the day after"
    return anchored and (first - report.published).days > 1 or tx is not None and tx.precision in _COARSE \
        and (report.published - last).days > MONTHS_BACKGROUND_DAYS


def _body_sentences(report: Report, doc: Doc, headline: bool, toponyms: list[Toponym]) -> tuple[list[Span], bool]:
    """The body's sentences (a headline run into the first one cut off, boilerplate skipped), a
    one-sentence headline's clauses one by one; and whether the headline was cut into clauses."""
    sents = list(_sentences(report, doc))
    places = [(t.start, t.end, t.text) for t in toponyms  # no dateline's, nor a country that qualifies ("U.S. Central Command")
              if not (filed_at(report.clean, t) or modifier_only(report.clean, t))]
    if not headline or len(sents) != 1:  # "... in Baquba, and in Mosul a suicide bomber ...": two events
        return [p for s in sents for p in clauses(s, places, BODY_JOINERS)], False
    pieces = clauses(sents[0], places)
    return pieces, len(pieces) > 1


_FIELD_LINE = re.compile(r"[A-Z][\w ()/'-]{1,40}:\s+\S")  # "Civilians reported killed: 7-12"
_LIST_ITEM = re.compile(r"\s*(?:-{1,2}|[*\u2022\u2013\u2014]|\d{1,2}[.)])\s+\S")  # a bulleted line ("- Near X, ...", "-- Near X")


def _record_lines(sent: Span) -> Iterator[Span]:
    """A sentence cut at line breaks that end or start a record's field line ('Location: Gaza City'), that start a
    list item, end a line on a colon or a paragraph (a section head: 'Strikes in Syria'), not inside a tally's lines."""
    doc, text, start = sent.doc, sent.text, sent.start
    for m in re.finditer(r"\n+", text):
        before = text[:m.start()].rsplit("\n", 1)[-1]
        after = text[m.end():].split("\n", 1)[0]
        if tally_join(before, after) or not (_FIELD_LINE.match(before) or _FIELD_LINE.match(after) or _LIST_ITEM.match(after)
                or TALLY_LINE.match(before) or before.rstrip().endswith(":") or m.group().count("\n") > 1  # or a paragraph break
                or is_heading(before, after)):
            continue
        cut = next((t.i for t in doc[start:sent.end] if t.idx >= sent.start_char + m.end()), None)
        if cut is not None and cut > start:
            yield doc[start:cut]
            start = cut
    if start < sent.end:
        yield doc[start:sent.end]


def _sentences(report: Report, doc: Doc) -> Iterator[Span]:
    for whole in doc.sents:
        for sent in _record_lines(whole):
            if sent.end_char <= report.body_start or is_boilerplate(sent):
                continue
            if sent.start_char < report.body_start:  # a headline run into the first body sentence
                first = next((t.i for t in sent if t.idx >= report.body_start), None)
                if first is None:
                    continue
                sent = doc[first:sent.end]
            yield sent


def _collect(report: Report, pieces: list[Span], ctx: SentenceContext, relevance: Relevance | None,
             main: Location | None, short: bool) -> tuple[list[Group], list]:
    """Mention groups sentence by sentence (same sub-type, date and place), target statements and
    told-on tolls attached; and the tolls told before any event (a record's field lines)."""
    groups: list[Group] = []
    early: list[tuple[tuple[int, int], list]] = []
    dateline = field_date(report.clean, ctx.timexes) or _dateline(report, ctx.timexes)  # (a page's "Date: 5 June 2017")
    for sent in pieces:
        ctx.lone = short and not groups
        stmt = target_statement(sent) if sent.start_char > report.body_start else None  # (not a headline run into its lede)
        if stmt is not None:
            owner = next((g for g in reversed(groups) if EVENT_TYPE_OF[g.mentions[0].sub_type] == EXPLOSIONS), None)
            if owner is not None:
                owner.statements.append(stmt)
                if toll := casualties(sent):  # "The strike destroyed the vehicle and killed five fighters aboard."
                    owner.tolls.append(((sent.start_char, sent.end_char), toll))
            continue
        found = [m for m in sentence_mentions(sent, ctx)
                 if (relevance is None or relevance.keeps(m.trigger[0]))
                 and not _background(m, report, short if relevance is None else relevance.note)]
        if found and not any(m.killed or m.injured for m in found) and not casualties(sent):
            plain = plain_tolls(report.clean, sent.start_char, sent.end_char)  # a sentence left unparsed
            found[0].killed = [c for c in plain if c.kind == "killed"]
            found[0].injured = [c for c in plain if c.kind == "injured"]
        if not found and told_on(sent.start_char, sent.end_char, report.clean, ctx.timexes):
            toll = casualties(sent) or plain_tolls(report.clean, sent.start_char, sent.end_char)
            owner = next((g for g in reversed(groups) if not is_context(g, groups, report.clean, report.published)),
                         None)
            if toll:  # the toll of the last event told as news (not of an earlier attack told as context)
                (owner.tolls if owner else early).append(((sent.start_char, sent.end_char), toll))
        for m in found:
            if m.date is not None and report.published is not None and m.date > report.published \
                    and m.timex is not None and m.timex.basis == "anchor":
                m.date, m.timex, m.date_basis = None, None, "none"  # "who visited the site the following morning"
            if m.date is None and dateline is not None and not m.reference:
                m.date, m.timex, m.date_basis = dateline.first, dateline, "timex"
            if continues_battle(m, groups):
                if short:
                    take_outcome(m, groups, report.clean)
                continue
            if m.reference and m.date is None:
                m.targets = []  # "those raids targeted ...": a summary, not one event's targets
            g = next((g for g in reversed(groups) if matches(g, m, main)), None)
            if g is not None:
                g.mentions.append(m)
            elif not m.reference or m.killed or (m.date and groups):  # a dated back-reference may date its incident
                groups.append(Group([m]))
            if m.date:
                ctx.last_date, ctx.last_timex = m.date, m.timex
    return groups, early


def _fallback(report: Report, doc: Doc, ctx: SentenceContext, relevance: Relevance | None,
              label: str | None = None) -> list[Group]:
    """A note with no trigger word: the one event the note mention finds, if any (a labelled
    note's: the event its label names, however unsure the relevance stage is of its words)."""
    fallback = note_mention(report, doc, ctx, label)
    if fallback is None:
        return []
    floor = FALLBACK_RELEVANCE  # a labelled note needs no floor; a monitor's note may set a lower one
    if label:
        floor = 0.0
    elif relevance is not None and relevance.fallback_threshold is not None:
        floor = relevance.fallback_threshold
    if relevance is not None and (not relevance.keeps(fallback.trigger[0])
                                  or relevance.prob_at(fallback.trigger[0]) < floor):
        return []
    dateline = _dateline(report, ctx.timexes)
    if fallback.date is None and dateline is not None:
        fallback.date, fallback.timex, fallback.date_basis = dateline.first, dateline, "timex"
    return [Group([fallback])]


def extract_events(report: Report, doc: Doc, timexes: list[Timex], toponyms: list[Toponym],
                   relevance: Relevance | None = None) -> list[Event]:
    """The violent events one report describes, each with one Source carrying per-field evidence.

    ``doc`` is ``nlp(report.clean)``; ``timexes`` and ``toponyms`` index ``report.clean``.
    ``relevance`` (the relevance stage's verdict, if any) keeps only mentions whose trigger lies
    in a sentence it keeps; its probability there becomes the event's ``relevance`` confidence.
    Mentions dated more than ``BACKGROUND_DAYS`` before publication are background, not events;
    a report's mentions of one incident are one event (``incidents.segment``).
    """
    headline = headline_only(report)
    if headline and report.body_start:
        report = replace(report, body_start=0)  # nothing under the headline: the headline is the report
    table = load_aliases()
    toponyms = sorted([*toponyms, *missed_places(report.clean, toponyms, table.lookup)], key=lambda t: t.start)
    ctx = SentenceContext(sorted(timexes, key=lambda t: t.start), toponyms, report.published, table)
    main = main_place(report, toponyms)
    short = len(report.clean) - report.body_start <= SHORT_NOTE_CHARS
    pieces, headline = _body_sentences(report, doc, headline, toponyms)  # a headline cut into clauses: an event each
    groups, early = _collect(report, pieces, ctx, relevance, main, short)
    place_unplaced(groups, report.clean, toponyms)  # an incident page's "Location:" field
    label = labelled_sub_type(report.clean[report.body_start:])
    if not groups:
        found = relevance is not None and relevance.note and bodies_found(report.clean[report.body_start:])
        groups = _fallback(report, doc, ctx, relevance, label or ("Attack" if found else None))
    for m in (m for g in groups for m in g.mentions) if label else ():
        m.sub_type = label  # "Movement of forces: ...": the coder's label decides
    groups, release = release_lines(groups, report.clean, report.published)  # a release: an event per place line
    short = short and not release  # however short, a release's place lines are events of their own
    if not (relevance and relevance.note):  # news of a day after it came out tells a plan ("the protest set for 31 July")
        groups = without_plans(groups, report.published)
    if not headline and not release:  # a headline's clauses and a release's lines are one event each
        note = relevance.note if relevance is not None else None
        groups = segment_entries(groups, report.clean, toponyms, main=main, published=report.published, note=note) \
            or segment(groups, report.clean, main=main, published=report.published, short=short, note=note)
    if groups and early:
        groups[0].tolls[:0] = early
    groups = absorb_followups(groups, main, report.clean)
    groups = absorb_tolls(groups, lambda m: place_name(m, main))
    protest_context(groups, report.clean)
    fight_context(groups, report.clean, short)
    retype_groups(groups, report.clean)
    _date_scenes(groups, report, ctx.timexes)
    sides = [t for t in toponyms if t.location is None or not (border_side(report.clean, t) or spoken_from(report.clean, t))]
    # not "the Somalia border", nor "the ministry said in Moscow"
    focus = report_location(report.clean, sides, outlet=report.outlet) if groups else None
    area = named_area(report.clean, toponyms, focus, report.body_start) if groups else None
    builder = Builder(report, main, _actor_frequency(report, table), focus, ctx.timexes, area=area,
                      note=short and len(groups) == 1)
    events = [builder.build(g, n) for n, g in enumerate(groups)]
    if relevance is not None:
        for g, event in zip(groups, events):  # calibrated on judged events (see relevance.stage)
            best = max((m.trigger[0] for m in g.mentions), key=relevance.prob_at)
            event.field_confidence["relevance"] = round(relevance.prob_at(best), 4)
            event.confidence = round(relevance.confidence(best, event.confidence), 4)
        if len(report.clean) - report.body_start > SHORT_NOTE_CHARS + ARTICLE_MARGIN:
            groups, events = _sure_only(groups, events, report.id, MIN_ARTICLE_CONFIDENCE)
        elif not relevance.note and headed_brief(report):
            groups, events = _sure_only(groups, events, report.id, MIN_ARTICLE_CONFIDENCE)
        elif not relevance.note and news_voice(report.clean):
            groups, events = _sure_only(groups, events, report.id, MIN_BRIEF_CONFIDENCE)
    fill_actors(events, builder.freq, [context_of(groups, g, report.clean) for g in groups], table)
    _settle(events, groups, report, doc, ctx.timexes, table)
    return events


def _sure_only(groups: list[Group], events: list[Event], report_id: str,
               floor: float) -> tuple[list[Group], list[Event]]:
    """The events whose calibrated confidence reaches ``floor``, renumbered."""
    kept = [(g, e) for g, e in zip(groups, events) if e.confidence >= floor]
    for n, (_, e) in enumerate(kept):
        e.id = f"{report_id}#{n}"
    return [g for g, _ in kept], [e for _, e in kept]


def _settle(events: list[Event], groups: list[Group], report: Report, doc: Doc, timexes: list[Timex],
            table: AliasTable) -> None:
    """Victims, attribution and the note, once the actors are known."""
    for event in events:  # ACLED: civilians are the victims of an attack that killed only civilians
        f, c = event.fatalities, event.civilian_fatalities
        if event.actor2 is None and f and c and f.best and c.best == f.best and event.event_type in ARMED_TYPES:
            event.actor2 = "Civilians"
    body = [(s.start_char, s.end_char) for s in doc.sents if s.start_char >= report.body_start]
    headline = (0, report.body_start) if report.body_start > 0 else None
    attribute(events, incident_sentences(groups, body, report.clean, headline=headline, timexes=timexes),
              report, table)
    for event in events:
        event.note = event_note(event)
