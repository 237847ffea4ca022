"""Word sense of trigger words (``events.triggers.cue_of``) on sentences written for these tests."""
import pytest

from strikewatch.events.triggers import find_cues


def _classes(nlp, text):
    return {c.cls for c in find_cues(next(nlp(text).sents))}


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,cue,present", [
    # a protest is a gathering; an institution objecting to something is not one
    ("The transport workers' union protested a planned cut to night-shift pay.", "PROTEST", False),
    ("The foreign ministry protested to the envoy about the remarks.", "PROTEST", False),
    ("The bakery chain protested that the new levy was unfair.", "PROTEST", False),
    ("Belgium lodged a formal protest with its neighbour over the border fence.", "PROTEST", False),
    ("Fishermen protest new quotas at the harbour.", "PROTEST", True),
    ("The ministry protested the verdict outside the court in Valletta.", "PROTEST", True),
    ("Hundreds of farmers protested the grain tax by blocking the ring road.", "PROTEST", True),
    # a rally of markets or of opinion is no crowd
    ("Copper prices rallied 4 percent after the mine strike ended.", "PROTEST", False),
    ("The governor tried to rally his party behind the budget.", "PROTEST", False),
    ("About 300 teachers rallied in front of the education office on Monday.", "PROTEST", True),
    # beating a forecast or a rival is winning
    ("The brewer beat forecasts for the third quarter running.", "HURT", False),
    ("Guards beat the detainees with cables.", "HURT", True),
    # fighting for a cause in court or politics is no combat
    ("The grandparents are fighting to keep the twins in the country.", "CLASH", False),
    ("Her parents fought for custody of the girl for years.", "CLASH", False),
    ("Militiamen fought the army for control of the airfield.", "CLASH", True),
    ("Soldiers fought to retake the hill from the insurgents.", "CLASH", True),
    # custody of a child is family law; custody of the police is an arrest
    ("The judge granted the mother custody of the two boys.", "ARREST", False),
    ("Police took four suspects into custody after the raid.", "ARREST", True),
    # shelled nuts are food
    ("The grocer is recalling bags of shelled almonds.", "SHELL", False),
    ("Artillery shelled the village before dawn.", "SHELL", True),
    ("The museum shows bracelets of mussel shells and river pearls.", "SHELL", False),
    ("Tank shells fell on the village before dawn.", "SHELL", True),
    # an attack in words: in a debate or statement, for a failing, over a policy
    ("In the televised debate, the mayor attacked his rival for failing to fix the roads.", "ATTACK", False),
    ("The senator attacked the governor over his budget plan on Tuesday.", "ATTACK", False),
    ("Gunmen attacked the convoy near the bridge on Tuesday.", "ATTACK", True),
    ("Rebels attacked the town over two days, residents said.", "ATTACK", True),
    ("Militants attacked a police post on Monday, the ministry said in a statement.", "ATTACK", True),
    # a kind of force or weapon named by what it is for
    ("The brigade includes air assault forces and paratroopers.", "ATTACK", False),
    ("Customs officers found two assault rifles in the truck.", "ATTACK", False),
    ("The assault on the town began at dawn.", "ATTACK", True),
    # an offensive waged, not one named in passing, nor an offensive remark
    ("The army launched an offensive against rebel villages on Monday.", "CLASH", True),
    ("Residents fled for a third day as an offensive by security forces against hill villages went on.", "CLASH", True),
    ("Talks resumed weeks after the army's three-week offensive in the valley.", "CLASH", False),
    ("The host apologised for his offensive remarks.", "CLASH", False),
    # words, fires, computers, gems and works about an event
    ("The opposition leader launched a blistering attack on the budget in parliament.", "ATTACK", False),
    ("Soldiers joined the battle against wildfires on the island.", "CLASH", False),
    ("The senator fired off questions about his business dealings.", "FIRE", False),
    ("Police arrested members of a ransomware gang that attacked hospitals.", "ATTACK", False),
    ("Raiders attacked the village at dawn and hacked two farmers to death.", "ATTACK", True),
    ("Three armed men escaped with stones worth four million euros.", "RIOT", False),
    ("Youths threw stones at police outside the court.", "RIOT", True),
    ("A new play about the battle at the coking plant opens at the city theatre tonight.", "CLASH", False),
    # a cease-fire written with a hyphen is an agreement, not gunfire
    ("A cease-fire between the army and the rebels took effect at midnight.", "FIRE", False),
    ("A cease-fire between the army and the rebels took effect at midnight.", "AGREE", True),
])
def test_trigger_words_in_a_peaceful_sense_are_no_cue(nlp, text, cue, present):
    assert (cue in _classes(nlp, text)) == present


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,cue,present", [
    # nature, accidents, illness and animals harm with no one behind them
    ("Lightning strike kills two shepherds and 30 sheep", "KILL", False),
    ("A fisherman was struck by lightning off the pier.", "STRIKE", False),
    ("Floods destroyed 300 homes along the river.", "DESTROY", False),
    ("A crocodile attack left a boy badly hurt.", "ATTACK", False),
    ("Gunmen killed two shepherds and drove off 30 sheep.", "KILL", True),
    ("A hail of bullets killed the driver.", "KILL", True),
    ("A strong earthquake shook the valley at dawn, killing nine people.", "KILL", False),
    ("Gunmen stormed the valley at dawn, killing nine people.", "KILL", True),
])
def test_harm_done_by_nature_or_an_animal_is_no_cue(nlp, text, cue, present):
    assert (cue in _classes(nlp, text)) == present


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,word,denied", [
    ("The ministry denies reports of air strikes on the camp.", "strikes", True),
    ("The army denied carrying out raids in the district.", "raids", True),
    ("The militia dismissed claims that its fighters shelled the school.", "shelled", True),
    ("Rebels rejected the truce and attacked the barracks on Friday.", "attacked", False),
    ("The air strikes, which the army denied, killed 12 people.", "killed", False),
])
def test_what_a_denial_is_about_is_negated(nlp, text, word, denied):
    from strikewatch.events.triggers import is_negated

    doc = nlp(text)
    assert is_negated(next(t for t in doc if t.text == word)) == denied


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,word,negated", [
    ("Farmers saw no sign of shelling near the dam on Friday.", "shelling", True),
    ("Girls in the district do not become targets of armed attack, the report argues.", "attack", True),
    ("The elders were among the victims of the air strike on Tuesday.", "strike", False),
    ("A witness saw the start of the shelling from her roof.", "shelling", False),
    ("The army did not shell the village.", "shell", True),
])
def test_negation_reaches_through_of(nlp, text, word, negated):
    from strikewatch.events.triggers import is_negated

    doc = nlp(text)
    assert is_negated(next(t for t in doc if t.text == word)) == negated


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,word,irrealis", [
    ("The governor said police will arrest and detain anyone who joins the march.", "detain", True),
    ("The colonel offered peace by promising to withdraw his troops and release the prisoners.", "release", True),
    ("Police arrested five men and detained two women in the market on Monday.", "detained", False),
    ("Crowds gathered in the square, demanding that wages will be paid and chanting slogans.", "chanting", False),
    ("The threat level stays severe, meaning an attack is highly likely.", "attack", True),
    # a call to a rally is no rally; police called to a brawl came to one that happened
    ("The movement called its supporters to a great rally on Friday in the capital.", "rally", True),
    ("Opposition leaders appealed for a general strike and mass protests.", "protests", True),
    ("Police were called to a brawl outside the bar on Sunday.", "brawl", False),
    ("Travellers should avoid areas of demonstrations and large crowds.", "demonstrations", True),
    # what is depicted or denied is no deed told
    ("The film, shot in a disused factory, depicts artillery bombardments and a collapsing trench.", "bombardments", True),
    ("A spokesman denied reports that aircraft had bombed a village near the border.", "bombed", True),
    # every verb of a list shares the first one's future ("would confine ..., require ... and let officers fire")
    ("The bill would confine rallies to fixed zones, require a bond and let officers fire tear gas at crowds.", "fire", True),
])
def test_a_bare_verb_after_another_shares_its_future_or_infinitive(nlp, text, word, irrealis):
    from strikewatch.events.triggers import is_irrealis

    assert is_irrealis(next(t for t in nlp(text) if t.text == word)) == irrealis


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,word,habit", [
    ("The monastery's monks have endured repeated raids by bandits from the hills.", "raids", True),
    ("The port town has come under frequent shelling since the winter.", "shelling", True),
    ("Bandits raided the monastery in the hills on Monday night.", "raided", False),
    ("A heavy shelling of the port town began at dawn on Sunday.", "shelling", False),
    # what is ordered or threatened is wanted, not done
    ("The commander ordered new attacks on the port town.", "attacks", True),
    ("The militia threatened strikes on the port.", "strikes", True),
    ("The militia continued attacks on the port town on Sunday.", "attacks", False),
])
def test_a_habit_summed_up_is_no_event(nlp, text, word, habit):
    from strikewatch.events.triggers import is_irrealis

    assert is_irrealis(next(t for t in nlp(text) if t.text == word)) == habit


@pytest.mark.issue(22)
@pytest.mark.parametrize("text,present", [
    ("Envoys meet again in Oslo as the truce holds.", False),
    ("The storm left a great deal of debris on the roads.", False),
    ("The ceasefire collapsed on Monday.", False),
    ("The two factions signed a peace agreement in Mopti on Friday.", True),
    ("A truce was declared between the rival clans on Sunday.", True),
    ("Elders agreed to a ceasefire after a week of fighting.", True),
    ("Peace deal between herders and farmers near Wajir.", True),
])
def test_an_agreement_word_is_a_cue_only_for_an_agreement_made(nlp, text, present):
    assert ("AGREE" in _classes(nlp, text)) == present


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,cue,present", [
    # a defusal, interception or confiscation disrupts weapons use only when it concerns weapons
    ("Coastguards intercepted a boat carrying smuggled fuel.", "DISRUPT", False),
    ("The envoy defused a row between the two ministers.", "DISRUPT", False),
    ("Engineers defused a bomb left outside the clinic.", "DISRUPT", True),
    ("Air defences intercepted three drones over the port.", "DISRUPT", True),
    ("Soldiers found two landmines buried beside the well.", "DISRUPT", True),
    ("An unexploded rocket was lying in the school yard.", "DISRUPT", True),
    ("Engineers set off the device in a controlled detonation.", "DISRUPT", True),
    ("Divers found a wreck off the coast.", "DISRUPT", False),
    # a deed word that names a group or a case tells no deed
    ("Detectives broke up a kidnapping ring operating from a car wash.", "ABDUCT", False),
    ("Bandits kidnapped four travellers on the highway.", "ABDUCT", True),
    ("A judge issued an arrest warrant for the former minister.", "ARREST", False),
    ("Soldiers arrested the former minister at the airport.", "ARREST", True),
    # a possibility, a fear or a record of deeds tells none; a protester's title is no protest
    ("Dispatchers logged a possible drive-by shooting near the depot.", "SHOOT", False),
    ("Traders live in constant fear of abduction on the northern road.", "ABDUCT", False),
    ("Peace activist Maria Lenz was named as a witness in the case.", "PROTEST", False),
    ("Veteran protester Tom Ashby addressed the crowd.", "PROTEST", False),
    # set ablaze is a burning; projectiles observed are fire from heavy weapons
    ("Dozens of huts were set ablaze by attackers overnight.", "BURN", True),
    ("The coach set the tone with a win.", "BURN", False),
    ("Monitors recorded 40 projectiles fired near the bridge.", "SHELL", True),
    # a place taken under control is territory; a board or a budget is not a place
    ("Rebels took control of the town of Velmora after the troops withdrew.", "TERR", True),
    ("The investors took control of the board last week.", "TERR", False),
])
def test_disruption_and_group_names(nlp, text, cue, present):
    assert (cue in _classes(nlp, text)) == present


def test_riot_police_and_riot_gear_tell_no_riot():
    from strikewatch.events.senses import everyday_sense
    from strikewatch.nlp import load_nlp

    doc = load_nlp()("Riot police in armoured vans stood by as the crowd marched.")
    assert everyday_sense(doc[0], "RIOT", "riot")
    doc = load_nlp()("Riots broke out in the port city after the verdict.")
    assert not everyday_sense(doc[0], "RIOT", "riot")


@pytest.mark.parametrize("text,word,everyday", [
    ("The town sped up the work by deploying a portable flood wall.", "deploying", True),
    ("The council mobilised thousands of volunteers to fill sandbags.", "mobilised", True),
    ("The army deployed 500 troops to the border town on Monday.", "deployed", False),
    ("Soldiers were deployed to the border town on Monday.", "deployed", False),
    ("The militia mobilised hundreds of fighters near the river.", "mobilised", False),
])
def test_deploying_needs_an_armed_force(text, word, everyday):
    from strikewatch.events.senses import everyday_sense
    from strikewatch.nlp import load_nlp

    tok = next(t for t in load_nlp()(text) if t.text == word)
    assert everyday_sense(tok, "CHANGE", tok.lemma_.lower()) is everyday


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,everyday", [
    ("The test made it only the fourth country to demonstrate such a capability.", True),
    ("The firm demonstrated its new tractor at the fair.", True),
    ("Thousands demonstrated outside the parliament on Friday.", False),
    ("Residents demonstrate against Ministry of Lands officers", False),  # a protest, its target misparsed
])
def test_demonstrating_a_thing_is_showing_it_not_a_protest(text, everyday):
    from strikewatch.events.senses import everyday_sense
    from strikewatch.nlp import load_nlp

    tok = next(t for t in load_nlp()(text) if t.lemma_ == "demonstrate")
    assert everyday_sense(tok, "PROTEST", "demonstrate") is everyday


@pytest.mark.issue(22)
@pytest.mark.parametrize("text,present", [
    ("Rebels down army helicopter near Velmora", True),
    ("Militiamen shot down a surveillance drone over the valley.", True),
    ("Share prices went down after the jet maker's report.", False),
    ("The storm brought down power lines across the county.", False),
])
def test_an_aircraft_brought_down_is_a_fight(nlp, text, present):
    assert ("CLASH" in _classes(nlp, text)) == present


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,word,old", [
    ("Families gathered on Sunday to mark ten years since gunmen stormed the hotel, killing 40 guests.", "stormed", True),
    ("Families gathered on Sunday to mark ten years since gunmen stormed the hotel, killing 40 guests.", "killing", True),
    ("Twelve years after rockets struck the suburb, survivors still want a trial.", "struck", True),
    ("Two years after the town was retaken, a car bomb killed five people there on Monday.", "killed", False),
    ("Three days after the vote, police fired tear gas at marchers in the capital.", "fired", False),
])
def test_what_an_anniversary_counts_from_is_no_news(nlp, text, word, old):
    from strikewatch.events.aside import is_anniversary

    assert is_anniversary(next(t for t in nlp(text) if t.text == word)) == old


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,word,irrealis", [
    ("Dockers' unions threaten nationwide strike, protests over fuel prices", "protests", True),
    ("The opposition leader has urged supporters to march on parliament and to stay home from work.", "march", True),
    ("Dockers marched on parliament on Monday.", "marched", False),
])
def test_what_is_threatened_or_urged_has_not_happened(nlp, text, word, irrealis):
    from strikewatch.events.triggers import is_irrealis

    assert is_irrealis(next(t for t in nlp(text) if t.text == word)) == irrealis


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,cue,present", [
    ("The two neighbours have clashed over support for the pipeline and over tariffs.", "CLASH", False),
    ("Rival herders clashed over grazing land near the river on Monday, killing four.", "CLASH", True),
    ("Supporters of the two candidates clashed at the stadium over the party vote.", "CLASH", True),
    ("The navy fired anti-ship missiles at a decommissioned hulk in annual live-fire drills.", "FIRE", False),
    ("The navy fired missiles at rebel boats near the island, killing six.", "FIRE", True),
    ("Charred vehicle shells still lined the road after the tanker fire.", "SHELL", False),
    ("The striker equalised with a left-footed rocket from 25 metres.", "SHELL", False),
])
def test_disputes_drills_matches_and_wrecks_are_no_violence(nlp, text, cue, present):
    assert (cue in _classes(nlp, text)) == present


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,cue,present", [
    ("Four people were killed by falling trees and landslides in the hill districts.", "KILL", False),
    ("On Monday a wall collapsed in the settlement, killing two children.", "KILL", False),
    ("The rebels announced a 72-hour armed strike in the province from Sunday.", "STRIKE", False),
    ("The junta is in talks to sell uranium after seizing a French-run mine.", "IED", False),
    ("A patrol hit a mine near the border, killing a soldier.", "IED", True),
    ("Gomes fired a low drive into the corner in the 88th minute, sending the crowd into delirium.", "FIRE", False),
])
def test_falls_collapses_lockdowns_pits_and_matches_are_no_violence(nlp, text, cue, present):
    assert (cue in _classes(nlp, text)) == present


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,word,expected", [
    ("The group, notorious for kidnapping for ransom and for beheading hostages, pledged allegiance.", "beheading", True),
    ("The group, notorious for kidnapping for ransom and for beheading hostages, pledged allegiance.", "hostages", True),
    ("The group kidnapped two engineers for ransom on Friday.", "kidnapped", False),
])
def test_what_a_group_is_known_for_is_no_deed(nlp, text, word, expected):
    from strikewatch.events.aside import known_for

    assert known_for(next(t for t in nlp(text) if t.text == word)) == expected


@pytest.mark.issue(16)
def test_negation_reaches_a_list_of_nouns(nlp):
    from strikewatch.events.triggers import is_negated

    doc = nlp("Residents said they had heard no gunfire or explosions on Monday.")
    assert is_negated(next(t for t in doc if t.text == "explosions"))
