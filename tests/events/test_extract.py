"""extract_events on invented reports, with hand-built timexes and toponyms."""
import datetime as dt
import re

import pytest

from strikewatch.events import extract_events
from strikewatch.models import Location, Report, Timex, Toponym

HEAD = "Jets pound rebel depots near Foxton\n"
TOWN = Location("Foxton", "Iraq", lat=36.0, lon=43.0, precision="city")
DCT = dt.date(2021, 3, 20)


def _timexes(text):
    out = []
    for m in re.finditer(r"March (\d+)", text):
        d = dt.date(2021, 3, int(m.group(1)))
        out.append(Timex(m.start(), m.end(), m.group(), "DATE", d.isoformat(), d, d, "day"))
    return out


def _toponyms(text, words=("Foxton",)):
    out = []
    for w in words:
        for m in re.finditer(w, text):
            prec = "near" if text[max(0, m.start() - 5):m.start()] == "near " else "city"
            out.append(Toponym(m.start(), m.end(), w, Location(TOWN.name, TOWN.country, lat=TOWN.lat,
                                                                    lon=TOWN.lon, precision=prec)))
    return out


def _run(nlp, body, **kw):
    text = HEAD + body
    report = Report(id="t", text=text, published=DCT, body_start=len(HEAD))
    return extract_events(report, nlp(report.clean), _timexes(text), _toponyms(text))


def test_enumeration_gives_one_event_per_day(nlp):
    evs = _run(nlp, "The coalition struck targets near Foxton with three strikes on March 10, "
                    "two strikes on March 11 and another strike on March 13.")
    assert [(e.date, e.strikes, e.sub_event_type) for e in evs] == [
        ("2021-03-10", 3, "Air/drone strike"), ("2021-03-11", 2, "Air/drone strike"),
        ("2021-03-13", 1, "Air/drone strike")]
    assert all(e.actor1 == "Coalition" for e in evs)
    assert evs[0].id == "t#0" and evs[0].sources[0].evidence["strikes"][0].text == "three strikes"


def test_headline_generic_and_reference_make_no_events(nlp):
    evs = _run(nlp, "Airstrikes continue to hit the group. In a March 12 strike, a Daesh weapons cache "
                    "near Foxton was destroyed by coalition aircraft. See the video of the March 12 strike "
                    "online. No casualties were reported. The militants vowed to attack the base.")
    assert len(evs) == 1
    e = evs[0]
    assert (e.date, e.location.name, e.location.precision) == ("2021-03-12", "Foxton", "near")
    assert (e.actor1, e.actor2, e.strikes) == ("Coalition", "Islamic State", 1)
    assert [(t.type, t.count) for t in e.targets] == [("weapons cache", 1)]
    assert len(e.sources[0].evidence["sub_event_type"]) == 2  # both mentions collapsed


def test_attack_on_civilians_with_fatalities(nlp):
    evs = _run(nlp, "On March 14, suspected Taliban gunmen killed at least nine villagers and wounded "
                    "four others in Foxton.")
    assert len(evs) == 1
    e = evs[0]
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert (e.actor1, e.actor2) == ("Taliban", "Civilians")
    assert (e.fatalities.best, e.fatalities.low, e.fatalities.high) == (9, 9, None)
    assert e.civilian_fatalities.best == 9
    assert e.sources[0].evidence["fatalities"][0].text == "killed at least nine villagers"


def test_within_report_dispute_on_target(nlp):
    evs = _run(nlp, "On March 9, a coalition strike near Foxton destroyed an ISIS vehicle. According to "
                    "the task force website, the target was a car bomb. However, army officials later "
                    "identified the target as a tactical vehicle and said three mortars were also destroyed.")
    assert len(evs) == 1
    e = evs[0]
    assert [(t.type, t.count) for t in e.targets] == [("tactical vehicle", 1), ("mortar", 3)]
    assert len(e.disputed) == 1
    d = e.disputed[0]
    assert (d.field, d.values) == ("targets", ["VBIED", "tactical vehicle"])
    assert d.sources == [["the task force website"], ["army officials"]]


def test_undated_event_gets_approximate_range(nlp):
    evs = _run(nlp, "Residents said a suicide car bombing struck a market near Foxton.")
    assert [(e.sub_event_type, e.date, e.date_precision) for e in evs] == [("Suicide bomb", None, "approximate")]
    assert evs[0].date_range[1] == "2021-03-20"


@pytest.mark.parametrize("body,sub", [
    ("On March 15, hundreds of teachers marched peacefully in Foxton to demand higher pay.", "Peaceful protest"),
    ("On March 15, police fired tear gas to disperse demonstrators in Foxton.", "Protest with intervention"),
    ("On March 15, rioters burned tyres and threw stones at police in Foxton.", "Violent demonstration"),
    ("On March 15, an angry mob lynched a suspected thief in Foxton.", "Mob violence"),
    ("On March 15, rebels shelled army positions near Foxton with mortars.", "Shelling/artillery/missile attack"),
    ("On March 15, soldiers clashed with militants near Foxton.", "Armed clash"),
    ("On March 15, gunmen kidnapped two engineers in Foxton.", "Abduction/forced disappearance"),
    ("On March 15, a roadside bomb exploded near a patrol in Foxton.", "Remote explosive/landmine/IED"),
    ("On March 15, government forces recaptured Foxton from the rebels.", "Government regains territory"),
])
def test_sub_event_types(nlp, body, sub):
    evs = _run(nlp, body)
    assert evs and evs[0].sub_event_type == sub


class _Unsure:
    """A relevance verdict that keeps every sentence but puts every event's confidence at ``level``."""

    def __init__(self, note: bool = True, level: float = 0.1) -> None:
        self.note, self.level = note, level

    def keeps(self, pos: int) -> bool:
        return True

    def prob_at(self, pos: int) -> float:
        return 0.3

    def confidence(self, pos: int, fields: float) -> float:
        return self.level


def test_an_article_leaves_out_events_the_calibration_puts_below_the_floor_but_a_note_keeps_them(nlp):
    import datetime as dt

    from strikewatch.events import extract_events
    from strikewatch.events.assemble import MIN_ARTICLE_CONFIDENCE
    from strikewatch.models import Report

    note = "Militants attacked a police post in the district on Monday, killing two officers."
    filler = " The council met on Tuesday to discuss the budget for road repairs and school buses." * 12
    day = dt.date(2024, 3, 5)
    short = Report(id="n", text=note, published=day)
    long = Report(id="a", text=note + filler, published=day)
    assert MIN_ARTICLE_CONFIDENCE > 0.1
    kept = extract_events(short, nlp(short.clean), [], [], relevance=_Unsure())
    assert [e.confidence for e in kept] == [0.1]
    assert extract_events(long, nlp(long.clean), [], [], relevance=_Unsure()) == []
    assert len(extract_events(long, nlp(long.clean), [], [])) == 1  # without the stage, nothing is left out


def test_a_brief_that_is_no_monitors_note_keeps_only_events_above_the_brief_floor(nlp):
    import datetime as dt

    from strikewatch.events import extract_events
    from strikewatch.events.assemble import MIN_ARTICLE_CONFIDENCE, MIN_BRIEF_CONFIDENCE
    from strikewatch.models import Report

    brief = Report(id="b", text="A man shot two co-workers at a packing plant on Monday, police said.",
                   published=dt.date(2024, 3, 5))
    doc = nlp(brief.clean)
    assert extract_events(brief, doc, [], [], relevance=_Unsure(note=False, level=MIN_BRIEF_CONFIDENCE - 0.01)) == []
    between = (MIN_BRIEF_CONFIDENCE + MIN_ARTICLE_CONFIDENCE) / 2  # enough for a brief, not for an article
    kept = extract_events(brief, doc, [], [], relevance=_Unsure(note=False, level=between))
    assert [e.confidence for e in kept] == [between]
    # a monitor's terse log line (no source, no news day, not a headline) keeps its event
    line = Report(id="l", text="Raiders torch two homesteads and drive off cattle near the river.",
                  published=dt.date(2024, 3, 5))
    low = extract_events(line, nlp(line.clean), [], [], relevance=_Unsure(note=False, level=MIN_BRIEF_CONFIDENCE - 0.01))
    assert len(low) == 1


def test_news_voice():
    from strikewatch.events.assemble import news_voice

    assert news_voice("Gunman kills two at office, police say")
    assert news_voice("Suspended Worker Kills Two In Factory Shooting")
    assert not news_voice("Raiders torch two homesteads and drive off cattle near the river.")


@pytest.mark.issue(17)
def test_an_event_placed_nowhere_is_put_in_the_reports_country(nlp):
    text = "Kenyan police fired teargas at traders who had blocked a road on March 12. Kenyan officials said 5 were held."
    report = Report(id="k", text=text, published=DCT)
    (event,) = extract_events(report, nlp(report.clean), _timexes(text), [])
    assert (event.location.country_code, event.location.precision) == ("KE", "country")
    assert event.field_confidence["location"] < 0.45  # coarser and less sure than a named place
    text = "Unknown gunmen shot dead a trader on March 12."
    report = Report(id="u", text=text, published=DCT)
    (event,) = extract_events(report, nlp(report.clean), _timexes(text), [])
    assert event.location is None


@pytest.mark.issue(16)
def test_fighting_that_left_a_toll_is_an_event_but_bare_fighting_words_are_not(nlp):
    line = "Clan fighting leaves 5 dead"
    report = Report(id="f", text=line, published=DCT)
    assert [e.sub_event_type for e in extract_events(report, nlp(report.clean), [], [])] == ["Armed clash"]
    assert _run(nlp, "The fight against corruption in Foxton goes on, the mayor said.") == []
