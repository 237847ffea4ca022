"""A neutral one-sentence note per event, in the style of ACLED's notes.

``event_note(event)`` is pure and says only what the coded fields and the
evidence hold: no actor gives "unidentified actors" or a passive clause, no
date gives "On an unknown date", fatalities are mentioned only when counted
(zero only when some report's evidence says so), and the kind of weapon is
taken from the evidence of the event type ("drone", "rocket") when it names it.
The source's hedge is kept: an alleged actor "allegedly" acts (or is "suspected",
or the attack "bears the hallmarks" of it, as the attribution evidence words it),
a claimed attack says who claimed it; victims (civilians) never act, and a date
known only within a range is "at some point between 3 and 5 March".
"""
from __future__ import annotations

import datetime as dt
import re

from ..models import Event, Fatalities, Location, Target
from .taxonomy import EventType, SubEventType

NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
UNKNOWN_ACTOR = "unidentified actors"

# sub-event type -> (active clause with {a1}/{a2}/{n}, passive clause); {n} is the counted attack noun.
CLAUSES: dict[str, tuple[str, str]] = {
    SubEventType.AIR_DRONE_STRIKE: ("{a1} carried out {n}", "{n} {were} carried out"),
    SubEventType.SHELLING: ("{a1} carried out {n}", "{n} {were} carried out"),
    SubEventType.SUICIDE_BOMB: ("{a1} carried out {n}", "{n} {were} carried out"),
    SubEventType.REMOTE_EXPLOSIVE: ("{a1} carried out {n}", "{n} {were} carried out"),
    SubEventType.GRENADE: ("{a1} carried out {n}", "{n} {were} carried out"),
    SubEventType.CHEMICAL_WEAPON: ("{a1} carried out {n}", "{n} {were} carried out"),
    SubEventType.ARMED_CLASH: ("{a1} clashed with {a2}", "armed clashes took place"),
    SubEventType.GOVERNMENT_REGAINS_TERRITORY: ("{a1} regained territory from {a2}", "government forces regained territory"),
    SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY: ("{a1} took over territory from {a2}",
                                            "a non-state armed group took over territory"),
    SubEventType.ATTACK: ("{a1} attacked {a2}", "civilians were attacked"),
    SubEventType.ABDUCTION: ("{a1} abducted {a2}", "civilians were abducted"),
    SubEventType.SEXUAL_VIOLENCE: ("{a1} committed sexual violence against {a2}", "sexual violence against civilians was reported"),
    SubEventType.PEACEFUL_PROTEST: ("{a1} held a peaceful demonstration", "protesters held a peaceful demonstration"),
    SubEventType.PROTEST_WITH_INTERVENTION: ("{a1} demonstrated and {a2} intervened",
                                  "protesters demonstrated and the protest was met with intervention"),
    SubEventType.EXCESSIVE_FORCE: ("{a1} used excessive force against {a2}",
                                           "excessive force was used against protesters"),
    SubEventType.VIOLENT_DEMONSTRATION: ("{a1} took part in a violent demonstration", "a violent demonstration took place"),
    SubEventType.MOB_VIOLENCE: ("{a1} took part in mob violence", "mob violence took place"),
    SubEventType.AGREEMENT: ("{a1} reached an agreement with {a2}", "an agreement was reached"),
    SubEventType.ARRESTS: ("{a1} arrested {a2}", "arrests were made"),
    SubEventType.CHANGE_TO_GROUP: ("{a1} changed its group activity", "a change to group activity was reported"),
    SubEventType.DISRUPTED_WEAPONS_USE: ("{a1} disrupted an attempted use of weapons", "an attempted use of weapons was disrupted"),
    SubEventType.HEADQUARTERS_ESTABLISHED: ("{a1} established a headquarters or base",
                                         "a headquarters or base was established"),
    SubEventType.LOOTING: ("{a1} looted or destroyed property", "property was looted or destroyed"),
    SubEventType.NON_VIOLENT_TRANSFER: ("{a1} took over territory without fighting",
                                          "territory changed hands without fighting"),
    SubEventType.OTHER: ("{a1} took part in a strategic development", "a strategic development was reported"),
}
# Active clauses that read without actor2 when it is unknown.
WITHOUT_A2 = {
    "{a1} clashed with {a2}": "{a1} took part in an armed clash",
    "{a1} regained territory from {a2}": "{a1} regained territory",
    "{a1} took over territory from {a2}": "{a1} took over territory",
    "{a1} attacked {a2}": "{a1} attacked civilians",
    "{a1} abducted {a2}": "{a1} abducted civilians",
    "{a1} committed sexual violence against {a2}": "{a1} committed sexual violence against civilians",
    "{a1} demonstrated and {a2} intervened": "{a1} demonstrated and the protest was met with intervention",
    "{a1} used excessive force against {a2}": "{a1} used excessive force against protesters",
    "{a1} reached an agreement with {a2}": "{a1} reached an agreement",
    "{a1} arrested {a2}": "{a1} made arrests",
}
# Weapon words in the event-type evidence -> the attack noun for that sub-type.
ATTACK_NOUNS: dict[str, tuple[tuple[str, str], ...]] = {
    SubEventType.AIR_DRONE_STRIKE: (("drone", "drone strike"), ("air", "air strike"), ("jet", "air strike"),
                         ("warplane", "air strike"), ("aircraft", "air strike"), ("strike", "air strike"),
                         ("struck", "air strike"), ("", "air/drone strike")),
    SubEventType.SHELLING: (("rocket", "rocket attack"), ("missile", "missile attack"),
                                          ("mortar", "mortar attack"), ("artillery", "artillery attack"),
                                          ("shell", "shelling attack"), ("", "shelling or missile attack")),
    SubEventType.SUICIDE_BOMB: (("", "suicide bombing"),),
    SubEventType.REMOTE_EXPLOSIVE: (("roadside", "roadside bombing"), ("car bomb", "car bombing"),
                                      ("landmine", "landmine explosion"), ("mine", "landmine explosion"),
                                      ("", "explosive device attack")),
    SubEventType.GRENADE: (("", "grenade attack"),),
    SubEventType.CHEMICAL_WEAPON: (("", "chemical weapon attack"),),
}
PLURAL_BY_DEFAULT = {SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING}
VICTIMS = {"Civilians"}
ARMED_TYPES = {EventType.BATTLES, EventType.EXPLOSIONS, EventType.VAC}
PROTESTERS = {SubEventType.PEACEFUL_PROTEST, SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.VIOLENT_DEMONSTRATION}
DISPUTE_LABELS = {
    "fatalities": "the number of fatalities", "civilian_fatalities": "the number of civilian fatalities",
    "injured": "the number of injured", "strikes": "the number of strikes", "date": "the date",
    "location": "the location", "actor1": "who was responsible", "actor2": "who was targeted",
    "sub_event_type": "the type of event", "event_type": "the type of event", "targets": "what was hit",
}


def event_note(event: Event) -> str:
    """One neutral sentence describing ``event`` from its coded fields and evidence."""
    clause = _clause(event) + _place(event.location)
    tail = _participles(event)
    if tail:
        clause += ", " + tail
    hearsay = _hedge_words(event) if event.attribution == "alleged" else ""
    if hearsay.startswith("according to"):
        clause += ", " + _according(hearsay)
    if event.attribution == "claimed" and event.actor1:
        clause += f"; {_running(event.actor1)} claimed responsibility"
    disputes = [DISPUTE_LABELS.get(d.field, d.field.replace("_", " ")) for d in event.disputed]
    if disputes:
        clause += "; sources disagree on " + _join(list(dict.fromkeys(disputes)))
    return f"{date_phrase(event)}, {clause}."


def date_phrase(event: Event) -> str:
    """"On 9 October 2016", "In October 2016", "Between 3 and 9 October 2016", "On an unknown date"."""
    date, rng = event.date, event.date_range
    if date and len(date) == 10 and event.date_precision not in ("week", "approximate"):
        return "On " + _day(dt.date.fromisoformat(date))
    if event.date_precision == "approximate" and date and len(date) == 10:
        return "On or around " + _day(dt.date.fromisoformat(date))
    if date and len(date) == 7:
        return "In " + dt.date.fromisoformat(date + "-01").strftime("%B %Y")
    if rng:
        first, last = (dt.date.fromisoformat(x) for x in rng)
        return "On " + _day(first) if first == last else _range(first, last)
    if date and len(date) == 4 and date.isdigit():
        return "In " + date
    return "On an unknown date"


def _range(first: dt.date, last: dt.date) -> str:
    """'At some point between 3 and 5 March 2024': a day the text bounds, not a duration."""
    if first.year != last.year:
        return f"At some point between {_day(first)} and {_day(last)}"
    if first.month != last.month:
        return f"At some point between {first.day} {first:%B} and {_day(last)}"
    return f"At some point between {first.day} and {_day(last)}"


def _day(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def _clause(event: Event) -> str:
    active, passive = CLAUSES.get(event.sub_event_type, (
        "{a1} took part in an event coded as " + event.sub_event_type,
        "an event coded as " + event.sub_event_type + " was reported"))
    noun, plural = _attack_noun(event)
    a1 = event.actor1 or ("protesters" if event.sub_event_type in PROTESTERS else None)
    a2 = event.actor2
    if a1 is not None and a1.split(" (")[0] in VICTIMS and event.event_type in ARMED_TYPES:
        a1, a2 = None, a2 or a1  # civilians are the victims of armed violence, never its authors
    if a1 is None and event.sub_event_type not in CLAUSES:
        a1 = UNKNOWN_ACTOR
    if a1 is None:
        template = passive
        if a2 and "{a2}" in active:
            template, a1 = active, UNKNOWN_ACTOR
    else:
        template = active
    if "{a2}" in template and not a2:
        template = WITHOUT_A2.get(template, template.replace("{a2}", "others"))
    template, a1_text = _hedged(template, event, a1)
    return template.format(a1=a1_text, a2=_running(a2), n=noun, were="were" if plural else "was")


def _hedge_words(event: Event) -> str:
    """The words of the attribution evidence, lower case ('suspected boko haram', 'according to a relative')."""
    return " ".join(e.text.lower() for s in event.sources for e in s.evidence.get("attribution", []))


def _hedged(template: str, event: Event, a1: str | None) -> tuple[str, str | None]:
    """The clause and actor text with the source's hedge: 'suspected Boko Haram militants attacked',
    'Military Forces of Israel allegedly carried out', 'bearing the hallmarks of Boko Haram'."""
    if event.attribution != "alleged" or a1 is None or a1 == UNKNOWN_ACTOR or not template.startswith("{a1} "):
        return template, _running(a1)
    words = _hedge_words(event)
    group = not a1.startswith(("Military Forces", "Police Forces", "Government", "Unidentified", "Coalition"))
    if "suspect" in words and group:  # "suspected Boko Haram militants"; a state's forces are "allegedly"
        return template, "suspected " + _running(a1) + " militants"
    if "hallmark" in words and "{n}" in template:
        return "{n} bearing the hallmarks of {a1} {were} carried out", _running(a1)
    return "{a1} allegedly " + template[len("{a1} "):], _running(a1)


def _according(words: str) -> str:
    """'according to the relative' -> 'according to a relative' (the source, not our reference)."""
    m = re.search(r"according to (?:a |the |one |two |several )?([a-z-]+(?: [a-z-]+)?)", words)
    if not m:
        return "according to local sources"
    who = m.group(1).split()[0]
    return f"according to {'an' if who[:1] in 'aeiou' else 'a'} {who}" if not who.endswith("s") else f"according to {who}"


# Generic actor categories read as common nouns inside a sentence ("attacked civilians").
_GENERIC = {"civilians": "civilians", "protesters": "protesters", "rioters": "rioters",
            "unidentified armed group": "an unidentified armed group"}


def _running(actor: str | None) -> str | None:
    """An actor name as it reads inside a sentence: generic categories in lower case, 'RSF: Rapid
    Support Forces' by its short name."""
    if actor is None:
        return None
    base = actor.split(" (")[0].strip().lower()
    if base in _GENERIC:
        return _GENERIC[base]
    short, colon, _ = actor.partition(": ")
    return short if colon and len(short) <= 6 and short.replace("-", "").isalnum() else actor


def _attack_noun(event: Event) -> tuple[str, bool]:
    """The counted attack noun ("four air strikes", "a suicide bombing") and whether it is plural."""
    choices = ATTACK_NOUNS.get(event.sub_event_type)
    if not choices:
        return "", False
    words = " ".join(e.text.lower() for s in event.sources
                     for key in ("sub_event_type", "event_type") for e in s.evidence.get(key, []))
    noun = next(n for cue, n in choices if cue in words)
    n = event.strikes
    if n is None:
        plural = event.sub_event_type in PLURAL_BY_DEFAULT
        return (_plural(noun) if plural else _article(noun)), plural
    return _count(n, noun), n != 1


def _place(loc: Location | None) -> str:
    """" near Mosul (Nineveh, Iraq)", " in Iraq" or " at an unknown location"."""
    if loc is None or not loc.name:
        return " at an unknown location"
    prep = {"near": "near", "in and around": "in and around"}.get(loc.precision, "in")
    context = [x for x in (loc.admin1, loc.country) if x and x != loc.name]
    if loc.admin1 and loc.admin1 == loc.country:
        context = [loc.country]
    return f" {prep} {loc.name}" + (f" ({', '.join(dict.fromkeys(context))})" if context else "")


def _participles(event: Event) -> str:
    parts = []
    if event.targets:
        parts.append("hitting " + _join([_target(t) for t in event.targets]))
    killed = _killed(event)
    if killed:
        parts.append(killed)
    if event.injured and _count_phrase(event.injured):
        parts.append(f"injuring {_count_phrase(event.injured)} {_people(event.injured)}")
    if not killed and _reported_zero(event):
        parts.append("with no fatalities reported")
    return _join(parts)


def _killed(event: Event) -> str:
    total, civ = event.fatalities, event.civilian_fatalities
    civ_phrase = _count_phrase(civ) if civ else None
    if total and _count_phrase(total) and total.best != 0:
        if civ_phrase and _count_phrase(total) == civ_phrase:  # all the dead were civilians
            return f"killing {civ_phrase} {'civilian' if _is_one(civ) else 'civilians'}"
        out = f"killing {_count_phrase(total)} {_people(total)}"
        if civ_phrase and civ.best != 0:
            out += f" (including {civ_phrase} {'civilian' if _is_one(civ) else 'civilians'})"
        return out
    if civ_phrase and civ.best != 0:
        return f"killing {civ_phrase} {'civilian' if _is_one(civ) else 'civilians'}"
    return ""


def _reported_zero(event: Event) -> bool:
    """Zero fatalities coded *and* backed by evidence from some report."""
    f = event.fatalities
    if f is None or f.best != 0:
        return False
    return any(s.evidence.get("fatalities") for s in event.sources)


def _count_phrase(f: Fatalities) -> str | None:
    if f.low is not None and f.high is not None and f.low != f.high:
        return f"between {f.low} and {f.high}"
    if f.best is None:
        if f.low is not None:
            return f"at least {_num(f.low)}"
        return f"up to {_num(f.high)}" if f.high is not None else None
    if f.low == f.best and f.high is None:
        return f"at least {_num(f.best)}"
    if f.high == f.best and f.low is None:
        return f"up to {_num(f.best)}"
    return _num(f.best)


def _people(f: Fatalities) -> str:
    return "person" if _is_one(f) else "people"


def _is_one(f: Fatalities) -> bool:
    return f.best == 1 and f.low in (None, 1) and f.high in (None, 1)


def _target(t: Target) -> str:
    if t.count is None:
        return "at least one " + t.type
    return _count(t.count, t.type)


def _count(n: int, noun: str) -> str:
    if n == 1:
        return _article(noun)
    return f"{_num(n)} {_plural(noun)}"


def _num(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def _article(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _plural(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    if last.endswith("s"):
        word = last  # already plural or invariant ("headquarters", "barracks")
    elif last.endswith(("ch", "sh", "x", "z")):
        word = last + "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
