"""The shipped relevance stage on sentences written for these tests."""
import datetime as dt

import pytest

from strikewatch.models import Report
from strikewatch.pipeline import load_pipeline
from strikewatch.relevance import load_relevance

DAY = dt.date(2024, 5, 10)
DEBUNK = ("Officials in Korva on Saturday dismissed reports on social media that a drone had struck the city's power "
          "station overnight, killing two workers, saying no attack had taken place. Engineers at the station said "
          "it had run normally through the night.")
OUT_OF_SCOPE = [
    "Striking nurses stayed away from wards across the county on Monday in a dispute over pay, the union said.",
    "The winger's late strike sealed a 2-1 win for the visitors, who attacked relentlessly after the break.",
    "A man was sentenced to nine years in prison on Tuesday for shooting his brother-in-law during a family argument.",
    "The company said it would cut 400 jobs after profits fell by a third, and its shares were hammered.",
    DEBUNK,
]
IN_SCOPE = [
    ("Militants stormed a police post in the district overnight, killing four officers, officials said on Saturday.",
     "Armed clash"),
    ("Warplanes struck rebel positions near the northern town on Thursday, killing at least 12 fighters.",
     "Air/drone strike"),
    ("Several thousand teachers marched through the capital on Wednesday to demand higher salaries.",
     "Peaceful protest"),
]


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline()


@pytest.mark.parametrize("text", OUT_OF_SCOPE)
def test_out_of_scope_reports_are_not_parsed_and_give_no_event(pipeline, text):
    report = Report(id="r", text=text, published=DAY)
    (assessment,) = pipeline.assess([report])
    assert not assessment.relevant
    assert pipeline.events_of(report) == []
    result = pipeline.run([report])
    assert [r.id for r in result.reports] == ["r"] and result.report_events == []


@pytest.mark.parametrize("text,sub", IN_SCOPE)
def test_in_scope_reports_keep_their_event(pipeline, text, sub):
    report = Report(id="r", text=text, published=DAY)
    events = pipeline.events_of(report)
    assert [e.sub_event_type for e in events] == [sub]
    assert events[0].field_confidence["relevance"] >= load_relevance().sentence_threshold


def test_only_kept_sentences_become_events_in_a_doubtful_report():
    stage = load_relevance()
    report = Report(id="r", text="Shares fell on Monday. Rebels shelled the army base near the town on Sunday.")
    a = stage.assess(report)
    assert len(a.spans) == 2 and a.probs[1] > a.probs[0]
    assert a.prob_at(a.spans[1][0]) == a.probs[1] and a.prob_at(len(report.clean) + 5) == 0.0


def test_background_from_years_before_publication_is_not_an_event(pipeline):
    text = "Rebels shelled the army base near Kidal on 3 March 2019, killing four soldiers."
    assert pipeline.events_of(Report(id="a", text=text, published=dt.date(2019, 3, 5)))
    assert pipeline.events_of(Report(id="b", text=text, published=dt.date(2024, 3, 5))) == []


def test_without_the_stage_every_report_is_read():
    report = Report(id="r", text=OUT_OF_SCOPE[2], published=DAY)
    assert load_pipeline(relevance=False).assess([report]) == [None]


def test_an_ordinary_crime_story_gives_no_event(pipeline):
    text = ("Man shot dead outside Elmwood bar. A 34-year-old man was shot and killed outside a bar on Friday "
            "night, police said. Deputies arrested a suspect on Saturday; he was charged with murder and is "
            "held in the county jail without bond.")
    report = Report(id="r", text=text, published=DAY)
    (assessment,) = pipeline.assess([report])
    assert assessment.story == "crime" and not assessment.relevant
    assert pipeline.events_of(report) == []


def test_a_short_text_without_event_words_needs_a_sure_relevance_to_become_an_event(pipeline):
    # no trigger word: only the note classifier could type it, and the relevance stage is unsure
    report = Report(id="q", text="Residents of the estate said the new units were let within a week.", published=DAY)
    (assessment,) = pipeline.assess([report])
    assert pipeline.events_of(report) == [] or assessment.score >= 0.5


def test_a_trigger_less_note_is_typed_only_where_the_stage_is_sure():
    from strikewatch.events.assemble import FALLBACK_RELEVANCE
    from strikewatch.relevance.stage import DOC_THRESHOLD

    # between the document threshold and this bar, a note with no event word gives no event
    assert DOC_THRESHOLD < FALLBACK_RELEVANCE <= 0.6


def test_a_monitors_note_needs_less_to_count(pipeline):
    from strikewatch.relevance.stage import NOTE_THRESHOLD, SENTENCE_THRESHOLD, monitor_note

    note = ("On 5 May 2024, in Ciudad Nueva, Estado Sur, residents found a shot man, hands tied, in the "
            "Palmas district. 1 fatality.")
    assert monitor_note(note) and not monitor_note("Police said on Friday a man was found dead.")
    assert not monitor_note(note + " More." * 200)  # a long article is no note, whatever its opening
    (a,) = pipeline.assess([Report(id="n", text=note, published=DAY)])
    assert a.note and a.sentence_threshold == NOTE_THRESHOLD < SENTENCE_THRESHOLD and a.story is None
    (event,) = pipeline.events_of(Report(id="n", text=note, published=DAY))
    assert event.sub_event_type == "Attack"


def test_every_sentence_of_a_monitors_note_counts(pipeline):
    # the news-trained model doubts this note; the note is a coded record, so its protest cue stands
    from strikewatch.relevance.stage import NOTE_FALLBACK

    note = ("On 2 May 2020, about 800 stranded labourers, mostly from the northern states, took to the streets in "
            "Rampur town, asking officials to arrange trains so that they could go back home during the coronavirus lockdown.")
    day = dt.date(2020, 5, 9)
    (a,) = pipeline.assess([Report(id="n", text=note, published=day)])
    assert a.note and a.probs[0] < NOTE_FALLBACK and a.keeps(note.index("took"))
    assert [e.sub_event_type for e in pipeline.events_of(Report(id="n", text=note, published=day))] == \
        ["Peaceful protest"]


COMMEMORATION = (
    "Harbourton marks ten years since market bombing\n"
    "HARBOURTON, May 10 - Hundreds of residents gathered on Friday to mark ten years since a bomb tore through "
    "the central market, killing 31 people. The attackers planted the device under a fruit stall at the busiest "
    "hour of the day. Survivors laid flowers at a memorial beside the rebuilt market, and the mayor read out the "
    "names of the dead.")
OLD_DEAL = (
    "Rebels and government to resume talks next week\n"
    "The government and the northern rebels will resume talks in the capital next week, mediators said on "
    "Thursday. The two sides signed a declaration of principles in January, weeks after fighting displaced "
    "thousands of families. Diplomats said the next round would focus on prisoner releases and on a timetable "
    "for disarmament, and that donors had pledged money for the demobilisation of fighters.")
PRICES = (
    "Rice prices climb as currency slides\n"
    "Rice prices rose eight percent this week in the port city, traders said on Friday, as importers blamed the "
    "weaker currency and higher freight costs. Wholesalers said stocks were enough for two months. Militants have "
    "repeatedly attacked lorry convoys on the northern highway for years, traders added, pushing up the cost of "
    "moving grain inland.")
NEWS = (
    "Gunmen kill five traders at Velmora market\n"
    "Gunmen killed five traders at a market in Velmora on Tuesday, police said. The region has seen repeated "
    "attacks on markets for years, and traders have asked for more patrols.")


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,events", [(COMMEMORATION, 0), (OLD_DEAL, 0), (PRICES, 0), (NEWS, 1)])
def test_anniversaries_months_old_news_and_habits_in_an_article_are_no_events(pipeline, text, events):
    report = Report(id="r", text=text, published=DAY, body_start=text.index("\n") + 1)
    assert len(pipeline.events_of(report)) == events


def test_a_debunked_attack_is_its_own_kind_of_story(pipeline):
    (assessment,) = pipeline.assess([Report(id="r", text=DEBUNK, published=DAY)])  # silent: see OUT_OF_SCOPE
    assert assessment.story == "debunked"


def test_a_drill_that_simulates_rocket_fire_is_no_event(pipeline):
    text = ("Civil defence spokesperson: The national drill 'Iron Gate' begins today and will go on until Thursday. "
            "The exercise simulates a multi-front scenario involving massive rocket fire on the home front.")
    events = pipeline.run([Report(id="d", text=text, published=DAY)], merge=False).report_events
    assert events == []


def test_a_year_looked_back_on_is_no_event(pipeline):
    text = ("The task force looks back on 2023 as the year the group lost its last strongholds. Over the course of "
            "the year, aircraft conducted more than 4,000 strikes, and partner forces cleared the river towns.")
    events = pipeline.run([Report(id="y", text=text, published=dt.date(2024, 1, 3))], merge=False).report_events
    assert events == []
