"""Who is said to be responsible for an event, and how firmly.

``attribute`` reads an incident's own sentences (not its background) and sets the event's
``attribution``:

* ``claimed``: a group claims it ("al-Shabaab claimed responsibility", "the group claimed the
  attack"); actor1 becomes the claimant;
* ``confirmed``: the text states who acted, or the actor itself says so ("the military said its
  aircraft struck", "CENTCOM confirmed");
* ``alleged``: the actor is named with a hedge ("allegedly", "suspected", "believed to belong to",
  "bears the hallmarks of", "blamed", "accused", "according to a relative") or denies it;
  actor1 becomes the actor so named when the event had none;
* ``unattributed``: no one is named ("unidentified gunmen", "it was not clear who"); an actor
  guessed from elsewhere in the report is dropped.

The words that decide it are the event's ``attribution`` evidence, so that notes can keep the
source's hedge.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from ..actors.aliases import ActorName, AliasTable
from ..models import Event, Report, Timex
from .grouping import Group
from .incidents import UPDATE_DAYS, background_sentence, group_date
from .taxonomy import SubEventType

CERTAINTIES = ("confirmed", "claimed", "alleged", "unattributed")
_FORCES = ("Military Forces", "Police Forces", "Government")
UNIDENTIFIED = "Unidentified Armed Group"

_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:(?:full\s+)?responsibility|credit|(?:the\s+|an?\s+)?(?:[\w-]+\s+)?"
                    r"(?:attack|attacks|bombing|bombings|strike|strikes|killing|killings|ambush|raid|blast|assault|"
                    r"abduction|kidnapping|shooting|operation))\b|\bclaims?\s+(?:of|for)\s+responsibility\b|\btook\s+responsibility\b"
                    r"|\b(?:attack|bombing|blast|ambush|strike)\s+(?:was\s+)?claimed\s+by\b"
                    r"|\bsaid\s+(?:it|they)\s+(?:was|were)\s+behind\b", re.I)
_NO = re.compile(r"\b(?:no|not|nobody|none|neither|nor|yet\s+to|without|never)\b[^.;]{0,40}$", re.I)
# An actor's own account of its act: "the military said its aircraft had struck", "CENTCOM confirmed".
_SELF = re.compile(r"^[^.;]{0,60}?\b(?:said|says|announced|confirmed|acknowledged|admitted|stated|declared)\b"
                   r"[^.;]{0,30}?\b(?:it|its|they|their)\b[^.;]{0,50}?\b(?:struck|hit|targeted|killed|eliminated|"
                   r"fired|attacked|bombed|shelled|ambushed|overr[au]n|intercepted|strikes?|(?:carried\s+out|conducted|"
                   r"launched|mounted)\s+(?:\w+\s+){0,3}?(?:strikes?|air\s*strikes?|airstrikes?|attacks?|raids?|"
                   r"operations?|bombardments?|shelling|missiles?|drones?|rockets?))\b", re.I)
_ACKNOWLEDGED = re.compile(r"^[^.;]{0,60}?\b(?:confirmed|acknowledged|admitted)\b", re.I)
_NOT_SAID = re.compile(r"\b(?:not|neither|nor|never|no)\b[^.;]{0,25}\b(?:confirm|acknowledge|admit|comment)", re.I)
_HEDGE = re.compile(r"\b(?:allegedly|alleged|suspected|presumed|presumably|purportedly|purported|apparently|"
                    r"reportedly|believed|thought\s+to|likely|probably|blamed|blames|blame|accused|accuses|"
                    r"accusing|accusations|attributed|hallmarks?|pointed\s+(?:the\s+finger\s+)?at|described\s+as)\b", re.I)
_HEDGE_AFTER = re.compile(r"\s+(?:blamed|accused|suspected)\b(?!\s+(?:of|the|a|an|him|her|them|it)\b)"  # "Taliban blamed"
                          r"|\W*(?:[\w-]+\s+){0,5}?(?:allegedly|reportedly|apparently|purportedly|"
                          r"(?:(?:is|are|was|were)\s+)?(?:suspected|believed|thought)\s+to\b|"
                          r"(?:is|are|was|were)\s+(?:suspected|believed|thought|blamed|accused|said\s+to)|"
                          r"(?:denied|denies|deny|rejected|rejects)\s+(?:any\s+)?(?:responsibility|involvement|role|"
                          r"carrying|that\s+it|that\s+its|the\s+accusation|blame|the\s+allegation)|distanced)\b", re.I)
_ARMED = ("state", "international", "rebel", "militia")
_ACT_HEDGE = re.compile(r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )\b(?:allegedly|reportedly|apparently|purportedly)\s+"
                        r"(?:\w+\s+)?(?:executed|killed|shot|attacked|struck|shelled|bombed|carried\s+out|launched|"
                        r"fired|abducted|kidnapped|stormed|raided|massacred|hit|detonated|planted)\b", re.I)
# "fighters allegedly belonging to the RSF": the hedge names the group after it, not the fighters
_BELONGING = re.compile(r"\W*(?:[\w-]+\s+){0,5}?(?:allegedly|reportedly|apparently|believed|suspected)\s+(?:to\s+be\s+)?"
                        r"(?:belonging|belong|linked|loyal|affiliated|members)\b", re.I)
_SOURCE_BEFORE = re.compile(r"\b(?:spokes(?:man|woman|person)|official|officials|statement|according)\s+"
                            r"(?:\w+\s+){0,2}?(?:for|of|by|to)\s+(?:the\s+)?$", re.I)
_SOURCE_AFTER = re.compile(r"(?:\s+\w+){0,2}?\s+(?:said|says|told|spokes(?:man|woman|person)|official)\b", re.I)
_CASUALTY_NEXT = re.compile(r"\W*(?:killed|injured|wounded|died|dead|shot)\b", re.I)
_HEARSAY = re.compile(r"\baccording\s+to\s+(?:a\s+|the\s+|one\s+|two\s+|several\s+)?(?:relative|resident|witness|"
                      r"activist|local|source|villager|neighbo|famil|survivor|elder|rights)"
                      r"|\b(?:residents|witnesses|relatives|locals|villagers|survivors|activists|local\s+sources)\s+"
                      r"(?:\w+\s+){0,2}?(?:said|say|told|believed|blamed)\b", re.I)
_UNKNOWN = re.compile(r"\bnot\s+(?:immediately\s+)?clear\s+who\b|\bunclear\s+who\b|\bno\s+(?:group|one)\s+(?:has\s+|had\s+)?"
                      r"(?:immediately\s+)?claimed\b|\bunknown\s+(?:gunmen|attackers|assailants|perpetrators)\b", re.I)
_UNVERIFIED = re.compile(r"\bcould\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif\w*|confirm\w*|determine)\b"
                         r"[^.;]{0,60}\b(?:who|claims?|responsib)", re.I)
# "a Russian missile", "Israeli strikes", "Russia's defence ministry": a country's forces named by its adjective
_NATIONAL = re.compile(r"\b(?P<dem>[A-Z][A-Za-z]+(?:-[A-Z][a-z]+)?|US|UK)(?:'s)?\s+(?:[a-z-]+\s+){0,2}(?:missiles?|"
                       r"shelling|shells?|strikes?|air\s*strikes?|airstrikes?|drones?|rockets?|artillery|jets?|"
                       r"warplanes?|aircraft|helicopters?|bombs?|munitions?|projectiles?|bombardment|raids?|"
                       r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|air\s+force|navy|attacks?)\b")


class _Hit(NamedTuple):
    start: int
    end: int
    actor: ActorName
    weapon: bool = False  # named by its adjective on a weapon or attack ("a Russian missile")


def incident_sentences(incidents: list[Group], sentences: list[tuple[int, int]], text: str, *,
                       headline: tuple[int, int] | None, timexes: list[Timex]) -> list[list[tuple[int, int]]]:
    """Each incident's own sentences, its lead first: its mentions' sentences and those told after
    it up to the next incident, less background (but for claims) and sentences dated well before it; the first
    incident also has the headline."""
    starts = sorted(g.mentions[0].sent[0] for g in incidents)
    out = []
    for k, g in enumerate(incidents):
        lead = g.mentions[0].sent
        own = {m.sent for m in [*g.mentions, *g.updates]}
        hi = next((s for s in starts if s > max(x[0] for x in own)), len(text))
        day = group_date(g, text)
        keep = [s for s in sentences if (lead[0] <= s[0] < hi or s in own) and s != lead and _own(s, text, day, timexes)]
        out.append([lead, *([headline] if headline and k == 0 else []), *keep])
    return out


def _own(sent: tuple[int, int], text: str, day: dt.date | None, timexes: list[Timex]) -> bool:
    """Whether a sentence told after an incident is about it: not background, not dated over a week
    before it ('In 2022, ...'); a claim of responsibility counts unless such a date comes first
    ('... claimed it, saying it avenged a killing last year' does)."""
    claim = _CLAIM.search(text, sent[0], sent[1])
    end = claim.start() if claim else sent[1]
    if day is not None and any(sent[0] <= t.start < end and t.last is not None
                               and t.last < day - dt.timedelta(days=UPDATE_DAYS) for t in timexes):
        return False
    return claim is not None or not background_sentence(text[sent[0]:sent[1]])


def attribute(events: list[Event], spans: list[list[tuple[int, int]]], report: Report, table: AliasTable) -> None:
    """Set each event's ``attribution`` (and actor1 as it follows) from its incident's sentences
    (``spans[k]`` for ``events[k]``, sentence spans of ``report.clean``)."""
    text = report.clean
    for event, sents in zip(events, spans):
        _attribute(event, sents, text, table, report)


def _attribute(event: Event, sents: list[tuple[int, int]], text: str, table: AliasTable, report: Report) -> None:
    hits = {s: _hits(text, s, table) for s in sents}
    claim = _claim(sents, hits, text, event)
    evidence: list[tuple[int, int]] = []
    if claim is not None:
        actor, span = claim
        if actor is not None and actor.kind in ("state", "international"):
            certainty = "confirmed"  # a state "claims" its own strike: it acknowledges it
        else:
            certainty = "claimed"
        if actor is not None and not _same(event.actor1, actor.name):
            _set_actor1(event, actor.name)
        evidence.append(span)
    else:
        certainty, extra = _certainty(event, sents, hits, text, report)
        evidence.extend(extra)
    event.attribution = certainty
    event.field_confidence["attribution"] = 0.7 if evidence else 0.5
    if evidence and event.sources:
        evs = [report.evidence(a, b) for a, b in sorted(set(evidence)) if b > a]
        event.sources[0].evidence["attribution"] = evs


def _certainty(event: Event, sents: list[tuple[int, int]], hits: dict, text: str,
               report: Report) -> tuple[str, list[tuple[int, int]]]:
    """confirmed, alleged or unattributed for an event no one claims, with the deciding spans."""
    lead_span = sents[0] if sents else None
    lead = next((h for h in hits[lead_span] if h.weapon), None) if lead_span else None
    if lead is not None and not _same(event.actor1, lead.actor.name) and (
            event.actor1 in (None, UNIDENTIFIED) or not _in_lead(event, report.to_original(*lead_span))):
        _set_actor1(event, lead.actor.name)  # "A Russian missile slammed into ...": Russia's forces acted
    if event.sub_event_type == SubEventType.REMOTE_EXPLOSIVE and (event.actor1 or "").startswith(_FORCES) \
            and _acknowledged(event.actor1, sents, hits, text) is None and not (lead and _same(event.actor1, lead.actor.name)):
        event.actor2 = event.actor2 or event.actor1  # "a roadside bomb struck a military convoy": the convoy was hit
        _set_actor1(event, UNIDENTIFIED)
    crowd = event.actor1 in ("Protesters", "Rioters")
    named = event.actor1 not in (None, UNIDENTIFIED, "Civilians")
    if named:
        said = _acknowledged(event.actor1, sents, hits, text)
        if said is not None:
            return "confirmed", [said]
    else:
        own = _own_account(sents, hits, text)
        if own is not None:  # "the Nigerian military said its jets had struck ...": that force acted
            _set_actor1(event, own[0].name)  # ... a group saying so claims it
            return ("confirmed" if own[0].kind in ("state", "international") else "claimed"), [own[1]]
    hedged = [(h, span) for s in sents for h in hits[s] if (span := _hedge(h, s, text)) is not None]
    if lead is not None and _same(event.actor1, lead.actor.name) and not any(h is lead for h, _ in hedged) \
            and not _HEDGE.search(text, lead_span[0], lead_span[1]):
        return "confirmed", []  # "Russian shelling struck a bus stop": the text says so itself
    armed = [(h, span) for h, span in hedged if not h.actor.generic and h.actor.kind in _ARMED]
    act = _hedged_act(lead_span, text) if lead_span else None
    if armed:  # the first actor the text blames, suspects or accuses ("Activists accused the RSF of ...")
        h, span = armed[0]
        if not _same(event.actor1, h.actor.name):
            _set_actor1(event, h.actor.name)
        return "alleged", [span]
    if act is not None and named and not crowd:  # "Malian soldiers ... allegedly executed"
        return "alleged", [act]
    unverified = [(m.start(), m.end()) for a, b in sents for m in _UNVERIFIED.finditer(text, a, b)]
    if named and not crowd and unverified:
        return "alleged", unverified
    unknown = [(m.start(), m.end()) for a, b in sents for m in _UNKNOWN.finditer(text, a, b)]
    implicit = not _in_lead(event, report.to_original(*lead_span)) if lead_span else True
    state = [span for h, span in hedged if h.actor.kind == "state" and (_same(event.actor1, h.actor.name) or h.actor.generic
                                                                         and (event.actor1 or "").startswith(_FORCES))]
    if state and not crowd:  # "the hallmarks of earlier government artillery strikes"
        return "alleged", state
    unnamed = [span for h, span in hedged if h.actor.kind == "unidentified"]
    if unnamed and not crowd and (not named or implicit):  # "armed men suspected to be bandits"
        _set_actor1(event, UNIDENTIFIED)
        return "alleged", unnamed[:1]
    if named and unknown and (not any(s.evidence.get("actor1") for s in event.sources)
                              or _only_source(event.actor1, sents, hits, text)):
        _set_actor1(event, UNIDENTIFIED)  # "it was not clear who ...": an actor guessed from the report is dropped
        return "unattributed", unknown
    return ("confirmed", []) if named else ("unattributed", unknown)


def _only_source(actor1: str, sents: list[tuple[int, int]], hits: dict, text: str) -> bool:
    """In the lead, actor1 is named only as the one who tells ('..., a spokesman for the Taliban police said')."""
    mine = [h for h in hits[sents[0]] if _same(actor1, h.actor.name)] if sents else []
    return all(_SOURCE_BEFORE.search(text, max(0, h.start - 40), h.start)
               or _SOURCE_AFTER.match(text, h.end) for h in mine)


def _hedged_act(lead: tuple[int, int], text: str) -> tuple[int, int] | None:
    """'soldiers ... allegedly executed 20 civilians': the hedge on the act itself (not 'were reportedly killed')."""
    m = _ACT_HEDGE.search(text, lead[0], lead[1])
    return (m.start(), m.end()) if m else None


def _hits(text: str, sent: tuple[int, int], table: AliasTable) -> list[_Hit]:
    """Actors named in a sentence, with national forces named by their adjective ('Russian shelling')."""
    a, b = sent
    out = [_Hit(a + h.start, a + h.end, h.actor) for h in table.find(text[a:b])]
    for m in _NATIONAL.finditer(text, a, b):
        if any(h.start <= m.start() < h.end for h in out):
            continue
        dem = m.group("dem")
        actor = table.lookup(f"{dem} military") or table.lookup(f"Military Forces of {dem}") \
            or table.lookup(f"Military Forces of the {dem}")
        if actor is not None and actor.kind == "state":
            out.append(_Hit(m.start(), m.end(), actor, not re.search(r"ministry|force|navy", m.group(), re.I)))
    return sorted(out)


def _claim(sents: list[tuple[int, int]], hits: dict, text: str,
           event: Event) -> tuple[ActorName | None, tuple[int, int]] | None:
    """The claimant of the first claim of responsibility (None when the text says no one claimed it)."""
    for s in sents:
        a, b = s
        for m in _CLAIM.finditer(text, a, b):
            if _NO.search(text[a:m.start()]):
                continue
            before = [h for h in hits[s] if h.end <= m.start() and not h.actor.generic]
            after = [h for h in hits[s] if h.start >= m.end() and not h.actor.generic] if "by" in m.group() else []
            named = (after[:1] or before[-1:])
            if named:
                return named[0].actor, (m.start(), m.end())
            if re.search(r"\b(?:the\s+group|the\s+militants|it)\b", text[a:m.start()], re.I) and event.actor1 \
                    and event.actor1 != UNIDENTIFIED:
                return None, (m.start(), m.end())  # "the group claimed the attack": the actor already named
    return None


def _acknowledged(actor1: str, sents: list[tuple[int, int]], hits: dict, text: str, *,
                  any_kind: bool = False) -> tuple[int, int] | None:
    """The span where actor1 (or its forces) says it did it: 'the Israeli military said its aircraft struck'."""
    for s in sents:
        for h in hits[s]:
            if not _same(actor1, h.actor.name) or h.actor.kind not in (_ARMED if any_kind else ("state", "international")):
                continue
            rest = text[h.end:s[1]]
            if _NOT_SAID.search(rest[:80]):
                continue
            m = _SELF.match(rest) or _ACKNOWLEDGED.match(rest)
            if m:
                return h.start, h.end + m.end()
    return None


def _own_account(sents: list[tuple[int, int]], hits: dict, text: str) -> tuple[ActorName, tuple[int, int]] | None:
    """A named force or group telling of its own act, when the event has no actor1 yet."""
    for s in sents:
        for h in hits[s]:
            if h.actor.kind in _ARMED and not h.actor.generic:
                said = _acknowledged(h.actor.name, [s], {s: [h]}, text, any_kind=True)
                if said is not None:
                    return h.actor, said
    return None


def _hedge(h: _Hit, sent: tuple[int, int], text: str) -> tuple[int, int] | None:
    """The hedge that names ``h`` as responsible ('suspected Boko Haram fighters', 'allegedly carried
    out by Israeli forces', 'the RSF denied', 'according to a relative ... Houthi positions')."""
    a, b = sent
    lo = max(a, h.start - 70)
    before = [m for m in _HEDGE.finditer(text, lo, h.start) if not _CASUALTY_NEXT.match(text, m.end())]
    if before:
        return before[-1].start(), h.end
    after = _HEDGE_AFTER.match(text, h.end, min(b, h.end + 50))
    if after and _BELONGING.match(text, after.start(), min(b, after.end() + 30)):
        return None  # "fighters allegedly belonging to the RSF": the RSF is the one named
    if after:
        return h.start, after.end()
    hearsay = _HEARSAY.search(text, a, h.start)  # "according to a relative, the shot came from Houthi positions"
    if hearsay and not h.actor.generic:
        return hearsay.start(), hearsay.end()
    return None


def _in_lead(event: Event, lead: tuple[int, int]) -> bool:
    """actor1's evidence lies in the incident's lead sentence."""
    return any(lead[0] <= e.start < lead[1] for s in event.sources for e in s.evidence.get("actor1", []))


def _same(name: str | None, other: str | None) -> bool:
    """Two names of one actor ('Military Forces of Israel' and 'Military Forces')."""
    if not name or not other:
        return False
    return name == other or name.startswith(other) or other.startswith(name)


def _set_actor1(event: Event, name: str) -> None:
    event.actor1 = name
    event.field_confidence["actor1"] = 0.6
    if event.actor2 == name:
        event.actor2 = None
