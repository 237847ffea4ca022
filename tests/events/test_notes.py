import pytest

from strikewatch.models import Dispute, Event, Evidence, Fatalities, Location, Source, Target
from strikewatch.events.notes import event_note


def _ev(**kw):
    base = dict(id="e", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    return Event(**(base | kw))


def test_full_air_strike_note():
    ev = _ev(date="2016-10-09", date_precision="day", actor1="Coalition", strikes=4,
             location=Location("Mosul", "Iraq", "Nineveh", 36.3, 43.1, "near"),
             targets=[Target("weapons cache", 2), Target("headquarters", 1)],
             fatalities=Fatalities(12, 12, None), civilian_fatalities=Fatalities(3), injured=Fatalities(20),
             sources=[Source("r1", {"sub_event_type": [Evidence("r1", 0, 10, "airstrikes")]})])
    assert event_note(ev) == (
        "On 9 October 2016, Coalition carried out four air strikes near Mosul (Nineveh, Iraq), "
        "hitting two weapons caches and a headquarters, killing at least 12 people "
        "(including three civilians) and injuring 20 people.")


def test_no_actor_no_date_and_zero_fatalities_only_with_evidence():
    src = Source("r1", {"fatalities": [Evidence("r1", 0, 6, "no one")],
                        "sub_event_type": [Evidence("r1", 10, 23, "roadside bomb")]})
    ev = _ev(sub_event_type="Remote explosive/landmine/IED", fatalities=Fatalities(0),
             location=Location("Kandahar", "Afghanistan", "Kandahar"), sources=[src])
    assert event_note(ev) == ("On an unknown date, a roadside bombing was carried out in Kandahar "
                              "(Afghanistan), with no fatalities reported.")
    ev.sources = [Source("r1", {})]  # a zero without evidence is not mentioned; no weapon cue either
    assert event_note(ev) == ("On an unknown date, an explosive device attack was carried out in Kandahar "
                              "(Afghanistan).")


def test_clash_with_range_and_dispute():
    ev = _ev(event_type="Battles", sub_event_type="Armed clash", date="2024-03", actor1="Military Forces of Somalia",
             actor2="Al Shabaab", fatalities=Fatalities(None, 5, 9),
             disputed=[Dispute("fatalities", [5, 9], [["a"], ["b"]])])
    assert event_note(ev) == ("In March 2024, Military Forces of Somalia clashed with Al Shabaab at an unknown "
                              "location, killing between 5 and 9 people; sources disagree on the number of fatalities.")


def test_week_range_protest_and_unidentified_attacker():
    protest = _ev(event_type="Protests", sub_event_type="Peaceful protest", date_precision="week",
                  date_range=("2024-02-27", "2024-03-04"), location=Location("Khartoum", "Sudan", "Khartoum"))
    assert event_note(protest) == ("At some point between 27 February and 4 March 2024, protesters held a "
                                   "peaceful demonstration in Khartoum (Sudan).")  # a day in the range, not a duration
    attack = _ev(event_type="Violence against civilians", sub_event_type="Attack", date="2024-01-05",
                 date_precision="day", actor2="Civilians (Nigeria)", fatalities=Fatalities(1))
    assert event_note(attack) == ("On 5 January 2024, unidentified actors attacked civilians "
                                  "at an unknown location, killing one person.")


def test_drone_and_single_strike_and_injuries_only():
    ev = _ev(date="2024-05-02", date_precision="day", strikes=1, injured=Fatalities(None, 3, None),
             location=Location("Sanaa", "Yemen", "Amanat al Asimah"),
             sources=[Source("r1", {"sub_event_type": [Evidence("r1", 0, 5, "drone")]})])
    assert event_note(ev) == ("On 2 May 2024, a drone strike was carried out in Sanaa (Amanat al Asimah, Yemen), "
                              "injuring at least three people.")


def test_all_dead_civilians_said_once():
    ev = _ev(sub_event_type="Suicide bomb", date="2024-04-02", date_precision="day", actor1="Islamic State",
             location=Location("Kirkuk", "Iraq", "Kirkuk"), fatalities=Fatalities(12, 12, None),
             civilian_fatalities=Fatalities(12, 12, None))
    assert event_note(ev) == ("On 2 April 2024, Islamic State carried out a suicide bombing in Kirkuk (Iraq), "
                              "killing at least 12 civilians.")


def _hedge(text):
    return Source("r1", {"attribution": [Evidence("r1", 0, len(text), text)],
                         "sub_event_type": [Evidence("r1", 0, 6, "strike")]})


@pytest.mark.issue(18)
def test_alleged_actor_keeps_the_hedge():
    ev = _ev(date="2024-03-05", date_precision="day", actor1="Military Forces of Israel", actor2="Civilians", strikes=1,
             attribution="alleged", location=Location("Jabalia", "Palestine", "Gaza Strip"),
             fatalities=Fatalities(11, 11, 30), civilian_fatalities=Fatalities(11, 11, 30),
             sources=[_hedge("allegedly was carried out by Israeli forces")])
    assert event_note(ev) == ("On 5 March 2024, Military Forces of Israel allegedly carried out an air strike in "
                              "Jabalia (Gaza Strip, Palestine), killing between 11 and 30 civilians.")
    ev.sources = [_hedge("Suspected Boko Haram")]
    ev.actor1 = "Boko Haram"
    assert "suspected Boko Haram militants carried out an air strike" in event_note(ev)
    ev.sources = [_hedge("bear the hallmarks of Boko Haram")]
    assert "an air strike bearing the hallmarks of Boko Haram was carried out in Jabalia" in event_note(ev)
    ev.sources = [_hedge("According to the relative")]
    assert event_note(ev).endswith("killing between 11 and 30 civilians, according to a relative.")
    assert "allegedly" in event_note(ev)


@pytest.mark.issue(18)
def test_claimed_and_never_civilians_as_attackers():
    ev = _ev(sub_event_type="Suicide bomb", date="2024-07-18", date_precision="day", actor1="Al Shabaab",
             attribution="claimed", location=Location("Mogadishu", "Somalia", "Banaadir"))
    assert event_note(ev) == ("On 18 July 2024, Al Shabaab carried out a suicide bombing in Mogadishu "
                              "(Banaadir, Somalia); Al Shabaab claimed responsibility.")
    victims = _ev(date="2024-05-02", date_precision="day", actor1="Civilians", location=Location("Sanaa", "Yemen"))
    assert event_note(victims) == "On 2 May 2024, air/drone strikes were carried out in Sanaa (Yemen)."
    short = _ev(date="2024-05-02", date_precision="day", actor1="RSF: Rapid Support Forces", attribution="confirmed",
                sub_event_type="Shelling/artillery/missile attack")
    assert event_note(short).startswith("On 2 May 2024, RSF carried out shelling or missile attacks")
