"""Harm with no one behind it (events/nature.py, events/senses.py) on sentences written for these tests."""
import pytest

from strikewatch.events.triggers import cue_of


@pytest.mark.parametrize("text,word,want", [
    ("The actor died peacefully in his sleep on Tuesday at his home.", "died", None),
    ("The former senator died of pneumonia in a city hospital on Thursday.", "died", None),
    ("Two guards died of their wounds after the ambush on the convoy.", "died", "DIE"),
    ("Three people died when gunmen attacked the minibus.", "died", "DIE"),
    ("An earthquake that killed nine people shook the island on Monday.", "killed", None),
    ("Two pensioners were killed on Tuesday in a hit-and-run crash near the market.", "killed", None),
    ("A cyclist was hit and killed on Monday by a drunk motorist near the bridge.", "killed", None),
    ("A rollover near the junction injured two drivers.", "injured", None),
    ("A car bomb killed 12 people near the market.", "killed", "KILL"),
    ("Publicity shots of her appeared in every paper.", "shots", None),
    ("Shots were fired at the convoy near the bridge.", "Shots", "SHOOT"),
    ("Coach Dwyer, fired on June 8, is suing the club for damages.", "fired", None),
    ("Several rockets were fired overnight at the airport.", "fired", "FIRE"),
    ("A fire gutted the supermarket overnight.", "fire", None),
    ("The patrol came under heavy fire near the river.", "fire", "FIRE"),
    # an earthquake on somewhere that killed; a fire that gutted a shop; an old hall that burned down
    # a death at home is no one's deed unless the sentence names violence
    ("The retired colonel died at his home near the old air base.", "died", None),
    ("Famed swimmer and film star dies at 91", "dies", None),
    # animals, training and collapses: no one's deed
    ("A toddler died after being attacked by the family dog on Sunday.", "died", None),
    ("A bear attacked a shepherd in the hills, leaving him with serious wounds.", "wounds", None),
    ("Three hikers were hurt in separate bear attacks in the valley on Tuesday.", "hurt", None),
    ("A young recruit died in hospital after collapsing during a march in the heat.", "died", None),
    ("The corporal was killed in training when his vehicle overturned.", "killed", None),
    ("A guard died after being attacked by gunmen at the gate.", "died", "DIE"),
    # "vehicle-borne" is no bear
    ("In an overnight strike, a vehicle-borne bomb factory was destroyed.", "destroyed", "DESTROY"),
    ("The former general died at the age of 80 in a military hospital.", "died", None),
    ("A guard shot during the raid later died at his home.", "died", "DIE"),
    ("Medics reached survivors of a strong earthquake on a remote island that killed 12 people.", "killed", None),
    ("Firefighters worked through the night on a fire which gutted a carpet warehouse on Sunday.", "fire", None),
    ("The old granary, a landmark of the town, burned to the ground overnight.", "burned", None),
    ("Rioters burned two police vans outside the court.", "burned", "BURN"),
    # one man walking into a place is no march; a crowd marching into a square is
    ("A gunman who marched into the office opened fire on his former boss.", "marched", None),
    ("Thousands marched into the main square to demand new elections.", "marched", "PROTEST"),
])
def test_deaths_and_harms_with_no_one_behind_them(nlp, text, word, want):
    tok = next(t for t in nlp(text) if t.text == word)
    assert cue_of(tok) == want


@pytest.mark.parametrize("text,word,want", [
    ("Rebels fire rockets at the airport", "fire", "FIRE"),  # a headline's verb, parsed as a noun
    ("Militants storm army post near the border", "storm", "ATTACK"),
    ("A storm flooded the river town overnight.", "storm", None),
    # a plural noun, a singular one, a noun: a headline's clause parsed as one compound noun
    ("Protesters torch vehicles in the old town", "torch", "LOOT"),
    ("Rebels attack helicopters at the airfield", "attack", "ATTACK"),
    ("The ministry bought six attack helicopters.", "attack", None),
])
def test_headline_verbs_parsed_as_nouns(nlp, text, word, want):
    tok = next(t for t in nlp(text) if t.text == word)
    assert cue_of(tok) == want


@pytest.mark.parametrize("text,want", [
    ("A fire broke out at a textile factory, killing six workers.", None),
    ("Mortar fire killed two soldiers near the base.", "KILL"),
])
def test_a_blaze_kills_by_accident_but_mortar_fire_does_not(nlp, text, want):
    tok = next(t for t in nlp(text) if t.lemma_ == "kill")
    assert cue_of(tok) == want
