"""Strategic developments (events/territory.py) on sentences written for these tests."""
import pytest

from strikewatch.actors.aliases import ActorName
from strikewatch.events.territory import strategic, territory

ARMY = ActorName("Military Forces", "state", True)


@pytest.mark.issue(22)
@pytest.mark.parametrize("text,a1,want", [
    ("Rebels captured the town of Dunmore after government troops withdrew under fire.", ARMY,
     "Non-state actor overtakes territory"),  # who took it, said outright, beats the actor read first
    ("Loyalist militias took control of the hill on Sunday.", None, "Government regains territory"),
    ("The army retook the town on Sunday.", None, "Government regains territory"),
    ("Government troops withdrew from the town and handed it over to the local council.", None,
     "Non-violent transfer of territory"),
    # the ones driven out lost the place, whoever the sentence names first
    ("Soldiers dislodged the jihadists who had held Dunmore since Friday.", None, "Government regains territory"),
    ("The militia drove army troops out of Dunmore after a night of fighting.", None,
     "Non-state actor overtakes territory"),
])
def test_who_took_a_place(text, a1, want):
    assert territory(text, a1) == want


@pytest.mark.issue(22)
@pytest.mark.parametrize("text", ["Shares fell to a record low on Monday.", "The seat fell to Labour in the by-election."])
def test_what_fell_to_no_armed_side_is_no_place_taken(text):
    from strikewatch.events.territory import FELL

    assert not FELL.search(text)


@pytest.mark.issue(22)
@pytest.mark.parametrize("cues,text,want", [
    ({"SEIZE"}, "Police seized a half-built car bomb from a garage in a town near the border.", "Disrupted weapons use"),
    ({"SEIZE"}, "Militants seized the town of Dunmore and two army bases.", "Non-state actor overtakes territory"),
    ({"SEIZE"}, "Customs officers seized two tonnes of cocaine at the port.", "Looting/property destruction"),
])
def test_what_was_seized(cues, text, want):
    assert strategic(cues, text, None) == want


@pytest.mark.issue(22)
def test_fighters_driven_out_and_control_restored_are_territory_cues(nlp):
    from strikewatch.events.triggers import find_cues

    for text in ("Soldiers pushed the insurgents out of the market town on Sunday.",
                 "The army restored control of the town after a short battle."):
        assert "TERR" in {c.cls for c in find_cues(nlp(text)[:])}, text
    assert "TERR" not in {c.cls for c in find_cues(nlp("Police chased the thieves from the bank.")[:])}


@pytest.fixture(scope="module")
def pipeline():
    from strikewatch.pipeline import load_pipeline

    return load_pipeline()


@pytest.mark.issue(22)
@pytest.mark.parametrize("text,want", [
    # a named place taken over after a clash (the defenders' retreat makes it no handover)
    ("On 3 May 2023, Fano militias took over Debre Tabor (South Gondar, Amhara) after clashing with army units "
     "posted in the town; the soldiers retreated towards the airport.",
     ("Non-state actor overtakes territory", "Fano Militia")),
    # the taking decides who acted, not the exchange of fire told after it
    ("On 3 May 2023, Military Forces of Chad retook Bol (Lac) from Boko Haram fighters who had held the town since "
     "1 May, after an exchange of fire at the town entrance. 4 militants were killed.",
     ("Government regains territory", "Military Forces of Chad")),
    # a site left to the other side, or a town entered after the enemy withdrew: handed over
    ("On 3 May 2023, the rebels took over the army's 9th brigade headquarters in Kadugli after the soldiers "
     "withdrew under an accord brokered by elders. No fighting was reported.",
     ("Non-violent transfer of territory", None)),
    ("On 3 May 2023, government troops entered Sake town after the rebel forces withdrew to the hills overnight.",
     ("Non-violent transfer of territory", None)),
    # a place that fell to someone, or was taken by them: the one named after it took it
    ("On 3 May 2023, the border town of Rasa fell to M23 after two days of clashes with the army.",
     ("Non-state actor overtakes territory", None)),
    ("On 3 May 2023, the army garrison in Dowa was overrun by militia fighters after heavy fighting.",
     ("Non-state actor overtakes territory", None)),
    ("On 3 May 2023, after hours of clashes, the town of Galdo came under the control of the army.",
     ("Government regains territory", None)),
    # a pro-government side named as the loser is no taker
    ("On 3 May 2023, Houthi forces announced the capture of Saro district after clashes with pro-government tribesmen.",
     ("Non-state actor overtakes territory", None)),
    # entering a town under a deal: a place handed over
    ("Army troops enter Dowa under deal with rebel forces", ("Non-violent transfer of territory", None)),
    # the model may read a place taken where no rule does; who took it is still the actors' to say
    ("Government forces captured Maarat al-Numan on 2 May 2023.",
     ("Government regains territory", None)),
])
def test_a_place_taken_in_a_fight_is_territory_taken_by_its_taker(pipeline, text, want):
    import datetime as dt

    from strikewatch.models import Report

    (event,) = pipeline.run([Report(id="t", text=text, published=dt.date(2023, 5, 6))], merge=False).report_events
    assert event.sub_event_type == want[0]
    assert want[1] is None or event.actor1 == want[1]


@pytest.mark.issue(22)
@pytest.mark.parametrize("text,want", [
    # an agreement told with the fighting it ends or follows is the agreement
    ("On 3 May 2023, a ceasefire was agreed in Kismu between two militias after a week of clashes in the port.",
     "Agreement"),
    ("On 3 May 2023, rival clans in Galdo agreed to stop fighting over a disputed well.", "Agreement"),
    ("On 3 May 2023, herder and farmer leaders in Dowa signed a local peace accord ending months of reprisal attacks.",
     "Agreement"),
    ("On 3 May 2023, the two armies exchanged 40 prisoners at a border post near Rasa.", "Agreement"),
    ("On 3 May 2023, four traders abducted near Saro were freed following talks between elders and the militants.",
     "Agreement"),
    # ... but fighting after an agreement is fighting
    ("On 3 May 2023, militiamen burned 20 homes in Kasa a day after the peace deal was signed.",
     "Looting/property destruction"),
    # a group announcing what it is or will do changes its activity
    ("On 3 May 2023, the Dowa Liberation Front announced that its fighters would suspend operations during the harvest.",
     "Change to group/activity"),
    ("On 3 May 2023, the rebels called off their ceasefire with the government and ordered new attacks.",
     "Change to group/activity"),
    ("On 3 May 2023, a colonel of the rebel army announced his defection to the government with 40 men.",
     "Change to group/activity"),
    # graves found are ACLED's "other" development, whoever killed those buried and when
    ("On 3 May 2023, villagers found a mass grave holding 14 bodies near Galdo.", "Other"),
    # a post set up is a base established
    ("On 3 May 2023, militants set up a checkpoint on the road outside Dowa and searched passing buses.",
     "Headquarters or base established"),
    ("On 3 May 2023, a forward operating base was opened near Galdo by the army.", "Headquarters or base established"),
])
def test_agreements_and_bases(pipeline, text, want):
    import datetime as dt

    from strikewatch.models import Report

    events = pipeline.run([Report(id="t", text=text, published=dt.date(2023, 5, 6))], merge=False).report_events
    assert [e.sub_event_type for e in events] == [want]


def test_according_to_and_a_car_model_are_no_accord(nlp):
    from strikewatch.events.triggers import find_cues

    for text in ("According to police, the road was closed.", "He was driving a Honda Accord when it left the road."):
        assert "AGREE" not in {c.cls for c in find_cues(nlp(text)[:])}


@pytest.mark.issue(22)
@pytest.mark.parametrize("text", [
    "Regime forces, supported by allied militiamen and air cover, regained control of Dunmore on Sunday.",
    "Government troops, with local vigilantes acting as guides, recaptured Dunmore from the insurgents.",
    "Army soldiers and foreign instructors took back Dunmore and its airfield from the rebels.",
])
def test_the_state_retaking_a_place_with_helpers_told_after_it(text):
    # the helpers named after the state's forces are no taker of their own (issue 22: retakes coded as overtakes)
    assert territory(text, ActorName("Allied militia", "militia", False)) == "Government regains territory"


@pytest.mark.issue(22)
@pytest.mark.parametrize("text", ["The army broke the two-year siege of Dunmore on Tuesday.",
                                  "Foreign troops handed over their last air base to the national army.",
                                  "Militias took back Dunmore overnight."])
def test_a_siege_broken_a_base_handed_over_a_town_taken_back_are_territory_cues(nlp, text):
    from strikewatch.events.triggers import find_cues

    assert "TERR" in {c.cls for c in find_cues(nlp(text)[:])}


def test_a_handover_of_people_or_a_siege_of_words_is_no_territory_cue(nlp):
    from strikewatch.events.triggers import find_cues

    for text in ("The police handed over the suspects to the court.", "Reporters laid siege to the minister's office."):
        assert "TERR" not in {c.cls for c in find_cues(nlp(text)[:])}, text
