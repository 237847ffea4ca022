"""Strike releases (events/releases.py and the strike grammar in classify/instruments), on releases
written for these tests in the coalition's format."""
import json

import pytest

from strikewatch.ingest.jsonl import read_jsonl_lines

RELEASE = """Coalition strikes continue against ISIS

SOUTHWEST ASIA, Oct. 12, 2017 - On Oct. 11, Coalition military forces conducted 9 strikes consisting of 12 engagements against ISIS targets.

Strikes in Syria

In Syria, Coalition military forces conducted 5 strikes consisting of 7 engagements against ISIS targets.

Near Abu Kamal, two strikes engaged an ISIS tactical unit and destroyed a fighting position.

Near Dayr Az Zawr, one strike destroyed two ISIS mortar systems.

Strikes in Iraq

In Iraq, Coalition military forces conducted 4 strikes consisting of 5 engagements against ISIS targets.

Near Hit, three strikes engaged two ISIS tactical units and destroyed a weapons cache.

Near Tal Afar, one strike struck an ISIS staging area.
"""

BULLETED = """Airstrikes hit ISIL in Syria and Iraq

SOUTHWEST ASIA, Feb. 9, 2015 - U.S. and coalition military forces continued to attack ISIL terrorists.

Airstrikes in Syria
Fighter and bomber aircraft conducted three airstrikes in Syria:
- Near Al Hasakah, two airstrikes struck an ISIL tactical unit and destroyed an ISIL vehicle.
- Near Kobani, one airstrike struck an ISIL fighting position.
"""


def _report(text, published):
    line = json.dumps({"id": "rel", "text": text, "published": published})
    (report,) = read_jsonl_lines(line, "test")
    return report


@pytest.fixture(scope="module")
def pipeline():
    from strikewatch.pipeline import load_pipeline

    return load_pipeline()


@pytest.mark.issue(17)
def test_each_place_line_is_an_air_strike_with_its_count_place_and_the_release_day(pipeline):
    events = pipeline.events_of(_report(RELEASE, "2017-10-12"))
    got = [(e.location.country, e.strikes, e.sub_event_type, e.date) for e in events]
    assert got == [("Syria", 2, "Air/drone strike", "2017-10-11"), ("Syria", 1, "Air/drone strike", "2017-10-11"),
                   ("Iraq", 3, "Air/drone strike", "2017-10-11"), ("Iraq", 1, "Air/drone strike", "2017-10-11")]
    assert [round(e.location.lat) for e in events] == [34, 35, 34, 36]  # Abu Kamal, Dayr Az Zawr, Hit, Tal Afar
    assert {t.type for t in events[1].targets} == {"mortar"}  # the mortars were hit, not fired


@pytest.mark.issue(17)
def test_bulleted_lines_are_events_of_their_own(pipeline):
    events = pipeline.events_of(_report(BULLETED, "2015-02-09"))
    assert [(e.strikes, e.location.country) for e in events] == [(2, "Syria"), (1, "Syria")]
    assert all(e.sub_event_type == "Air/drone strike" for e in events)
    # no day anywhere: a release tells the day before it came out, and says it only roughly
    assert {(e.date, e.date_precision, e.date_range) for e in events} == {
        ("2015-02-08", "approximate", ("2015-02-08", "2015-02-09"))}


@pytest.mark.issue(17)
def test_a_daily_update_over_the_past_day_is_dated_the_day_before(pipeline):
    text = ("Southern command: daily update\n\nOver the past day, on the eastern bank of the river, rocket and "
            "mortar units of the army carried out six strikes on enemy positions near Kherson. Eleven "
            "enemy fighters were killed.")
    (event,) = pipeline.events_of(_report(text, "2023-12-05"))
    assert (event.date, event.date_precision, event.strikes) == ("2023-12-04", "approximate", 6)
    assert [x.text for x in event.sources[0].evidence["date"]] == ["the past day"]


@pytest.mark.issue(17)
def test_strikes_that_engaged_fighters_are_air_strikes_not_clashes(pipeline):
    report = _report("Near Shaddadi, four strikes engaged three ISIS tactical units and destroyed two fighting "
                     "positions.", "2017-05-02")
    (event,) = pipeline.events_of(report)
    assert (event.sub_event_type, event.strikes, event.location.country) == ("Air/drone strike", 4, "Syria")


@pytest.mark.issue(17)
def test_place_lines_without_a_summary_are_still_one_event_each(pipeline):
    text = ("Near Abu Kamal, two strikes engaged an ISIS tactical unit. Near Dayr Az Zawr, one strike destroyed "
            "an ISIS mortar system. Near Hit, three strikes engaged two ISIS tactical units.")
    events = pipeline.events_of(_report(text, "2017-06-20"))
    assert [(e.strikes, e.location.country) for e in events] == [(2, "Syria"), (1, "Syria"), (3, "Iraq")]


@pytest.mark.issue(17)
def test_a_line_whose_place_is_unknown_is_its_own_event_in_its_sections_country(pipeline):
    events = pipeline.events_of(_report(RELEASE.replace("Near Dayr Az Zawr", "Near Qwertyabad"), "2017-10-12"))
    assert [e.strikes for e in events] == [2, 1, 3, 1]
    unknown = events[1]
    assert (unknown.location.country, unknown.location.precision, unknown.date) == ("Syria", "country", "2017-10-11")
    text = ("Near Abu Kamal, two strikes engaged an ISIS tactical unit. Near Qwertyabad, one strike destroyed "
            "an ISIS mortar system. Near Hit, three strikes engaged two ISIS tactical units.")
    events = pipeline.events_of(_report(text, "2017-06-20"))
    assert [e.strikes for e in events] == [2, 1, 3]
    assert events[0].location.country == "Syria" and events[2].location.country == "Iraq"
    assert events[1].location is None  # not at Abu Kamal: nothing says where it was


DASHED = """SOUTHWEST ASIA, June 8, 2018 - U.S. and coalition military forces continued to attack ISIS terrorists yesterday, conducting five strikes consisting of seven engagements.

Strikes in Syria

In Syria, coalition military forces conducted three strikes consisting of four engagements against ISIS targets:
-- Near Al Qaim, a strike destroyed an ISIS supply route.
-- Near Hajin, two strikes engaged an ISIS tactical unit and destroyed a tunnel.

Strikes in Iraq

In Iraq, coalition military forces conducted two strikes consisting of three engagements against ISIS targets:
-- Near Rawah, two strikes destroyed an ISIS weapons cache.
"""


@pytest.mark.issue(17)
def test_dash_bulleted_lines_dated_by_the_dateline_and_struck_by_the_coalition(pipeline):
    # no publication date: the dateline's day anchors "yesterday"; "--" items are lines of their own;
    # the release's targets (ISIS) never become the striker
    events = pipeline.events_of(_report(DASHED, None))
    assert [e.strikes for e in events] == [1, 2, 2]
    assert {e.date for e in events} == {"2018-06-07"}
    assert {(e.actor1, e.actor2) for e in events} == {("Coalition", "Islamic State")}


@pytest.mark.issue(17)
def test_headings_and_lines_one_newline_apart_stay_apart(pipeline):
    # a release pasted with single line breaks: "Strikes in Syria" heads its lines, it is not one
    # sentence with them, and the first line's town is still found after the heading
    compact = RELEASE.replace("\n\n", "\n")
    events = pipeline.events_of(_report(compact, "2017-10-12"))
    got = [(e.location.country, e.strikes, round(e.location.lat)) for e in events]
    assert got == [("Syria", 2, 34), ("Syria", 1, 35), ("Iraq", 3, 34), ("Iraq", 1, 36)]


@pytest.mark.issue(17)
def test_positions_posts_bunkers_and_storage_sites_are_targets(pipeline):
    text = ("Strikes in Iraq\nNear Hit, one strike engaged an ISIS rocket position.\n"
            "Near Tal Afar, three strikes destroyed two ISIS sniper positions, an ISIS bunker and an ISIS "
            "weapons storage facility.\n")
    events = pipeline.events_of(_report(text, "2017-10-12"))
    assert [[(t.type, t.count) for t in e.targets] for e in events] == [
        [("rocket launcher", 1)], [("sniper position", 2), ("bunker", 1), ("storage facility", 1)]]


@pytest.mark.issue(17)
def test_a_head_and_its_first_line_parted_by_a_colon_are_still_two_lines(pipeline):
    text = ("Strikes in Iraq: Near Ramadi, two strikes engaged an ISIS tactical unit and destroyed a tunnel. "
            "Near Kirkuk, one strike destroyed an ISIS mortar system.")
    events = pipeline.events_of(_report(text, "2017-10-12"))
    assert [(e.location.country, e.strikes) for e in events] == [("Iraq", 2), ("Iraq", 1)]


@pytest.mark.issue(17)
def test_a_line_read_abroad_falls_back_to_its_section_country(pipeline):
    # "Al Asad" is also a village's name in Israel; under "Strikes in Iraq" the line is in Iraq, if no nearer
    text = ("Coalition military forces continued to attack ISIS in Iraq, conducting six strikes.\n\n"
            "Strikes in Iraq\nNear Al Asad, two strikes engaged an ISIS tactical unit.\n"
            "Near Mosul, four strikes destroyed an ISIS mortar system.\n")
    events = pipeline.events_of(_report(text, "2016-04-03"))
    assert [(e.location.country_code, e.strikes) for e in events] == [("IQ", 2), ("IQ", 4)]


@pytest.mark.issue(17)
def test_a_country_in_a_commands_name_is_no_container_of_the_country_before_it(pipeline):
    text = ("MOGADISHU - At the request of the Federal Government of Somalia, U.S. Africa Command conducted an "
            "airstrike against al-Shabaab in the vicinity of Xyzabad on May 3, 2023.\n\n"
            "The strike killed four militants. The group has shown the intent to attack U.S. forces and to "
            "threaten U.S. security interests.")
    events = pipeline.events_of(_report(text, "2023-05-04"))
    assert [(e.sub_event_type, e.location.country_code) for e in events] == [("Air/drone strike", "SO")]


@pytest.mark.issue(22)
def test_a_strikes_toll_told_with_what_it_destroyed_and_by_the_current_assessment(pipeline):
    text = ("Regional command conducted an airstrike against a militant truck about 20 km north of Jilib on "
            "June 3.\n\nThe strike destroyed the truck and killed four militants aboard.\n\nThe command's "
            "initial assessment is that no civilians were hurt.")
    (event,) = pipeline.events_of(_report(text, "2021-06-05"))
    assert (event.fatalities.best, event.date) == (4, "2021-06-03")
    text = ("Regional command conducted two airstrikes near Barawe on June 3.\n\nThe strikes targeted a militant "
            "camp. According to the current assessment, six militants were killed in the strikes.")
    (event,) = pipeline.events_of(_report(text, "2021-06-05"))
    assert (event.fatalities.best, event.date) == (6, "2021-06-03")  # 'current' is when it was told
