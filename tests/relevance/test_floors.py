"""Floors under the model's score, and the stop-30 background rules (sentences written for these tests)."""
import pytest

from strikewatch.relevance.floors import lethal_strike, place_taken
from strikewatch.relevance.debunks import debunked
from strikewatch.relevance.scope import accidental_blast, explained_accident, out_of_scope_story, rehearsed

pytestmark = pytest.mark.issue(16)


@pytest.mark.parametrize("sentence, kinds, floor", [
    ("Turkish drone strike kills four in Qamishli", [], True),  # a side named by its demonym
    ("Coalition air raid kills 9 at a wedding in Hajjah", [("international", False)], True),
    ("Hama: two air strikes on the vegetable market before noon", [], True),  # a war weapon used
    ("Two guided aerial bombs hit the northern part of the town", [], True),
    ("The rebels said enemy aircraft carried out four raids on Sahar district", [], True),
    ("Lightning strike kills three farmers in Bihar", [], False),
    ("Police raid kills two suspects in Durban", [("state", False)], False),
    ("He was shelling out $300 a month on rent", [], False),
    ("Air strike sirens sounded over Lviv for two hours", [], False),
    ("The air force practised strikes on mock targets near Gdansk", [], False),  # drills
])
def test_a_lethal_strike_or_a_war_weapon_used_has_a_floor(sentence, kinds, floor):
    assert lethal_strike(sentence, kinds) is floor, sentence


@pytest.mark.parametrize("sentence, background", [
    ("The navy fired missiles at a replica warship during an exercise off the coast.", True),
    ("Archaeologists said the skulls bore wounds from a Bronze Age battle near the river.", True),
    ("Two air strikes hit the market in Ariha shortly before noon.", False),
])
def test_drills_and_ancient_battles_are_background(sentence, background):
    assert rehearsed(sentence) is background


def test_a_verdict_over_an_earlier_years_attack_is_no_news():
    head = "Court jails four over 2019 hotel siege\nNAIROBI - A court on Tuesday sentenced four men."
    assert debunked(head, 2023)
    assert not debunked(head, 2019)  # the same year: the attack may be this year's news
    assert not debunked("Gunmen storm hotel in Nairobi\nNAIROBI - Gunmen stormed a hotel on Tuesday.", 2023)


def test_a_robbery_article_with_hostages_and_nobody_killed_is_crime():
    article = ("Two armed men rob a jeweller in Antwerp and hold staff for an hour\n" + "ANTWERP - " +
               "Two armed men held three employees of a jeweller at gunpoint for an hour on Tuesday before escaping "
               "with diamonds, police said. The staff were unharmed. Detectives said the robbers wore masks and "
               "gloves and knew the shop's alarm codes. The prosecutor's office opened an investigation for armed "
               "robbery and hostage-taking, and appealed for witnesses who saw a grey van near the shop. " * 2)
    assert out_of_scope_story(article, []) == "crime"


@pytest.mark.parametrize("sentence, floor", [
    ("Paramilitary police arrested the former president outside the supreme court on Friday.", True),
    ("The opposition leader was detained in Harare hours before the rally.", True),
    ("Security forces rounded up dozens of student activists in Dhaka on Monday.", True),
    ("Police arrested two men suspected of stealing cattle in Nakuru.", False),
    ("The president arrested the decline of the currency, his supporters said.", False),
])
def test_a_political_figure_arrested_has_a_floor(sentence, floor):
    assert place_taken(sentence, []) is floor, sentence


def test_a_fire_that_set_off_a_depots_blasts_is_an_accident():
    assert accidental_blast("A fire at the arsenal set off a series of explosions on Friday, killing seven.")
    assert explained_accident("Blaze triggers blasts at army depot\nA fire at an ammunition store set off explosions.")
    assert not accidental_blast("Drones struck the arsenal, setting off explosions that lasted for hours.")


@pytest.mark.parametrize("text, dismissed", [
    ("Review: a tense thriller imagines a war in the Pacific\nThe novel opens with a missile strike on Guam.", True),
    ("Police dismiss reports of clashes\nPolice said no incident had been reported and that the footage circulating "
     "online was filmed in previous years.", True),
    ("Police say clashes left two dead\nPolice said the footage showed fighting in the market on Tuesday.", False),
])
def test_fiction_and_old_footage_tell_no_event(text, dismissed):
    assert debunked(text, 2023) is dismissed
