"""The sub-type rules of ``classify`` on sentences written for these tests (one rule per case)."""
import datetime as dt

import pytest

from strikewatch.actors.aliases import ActorName
from strikewatch.events import extract_events
from strikewatch.events.classify import classify, mob_violence, protest_type
from strikewatch.events.typer import ENV_VAR
from strikewatch.models import Report

ARMY = ActorName("Military Forces", "state", True)
GUNMEN = ActorName("Unidentified Armed Group", "unidentified", True)
CIVILIANS = ActorName("Civilians", "civilians", True)


@pytest.mark.parametrize("cues,text,a1,a2,want", [
    # an attack on a post, patrol or checkpoint is a battle (both sides armed)
    ({"ATTACK"}, "Gunmen attacked a police checkpoint outside the market town at dawn.", GUNMEN, None,
     "Armed clash"),
    ({"ATTACK"}, "Insurgents stormed an army outpost in the hills overnight.", GUNMEN, None, "Armed clash"),
    # the attackers met return fire, or were pushed back
    ({"ATTACK"}, "Raiders attacked the village but were repelled by reservists.", GUNMEN, None, "Armed clash"),
    ({"SHOOT"}, "Monitors counted forty bursts of fire from small arms along the line of contact.", None, None,
     "Armed clash"),
    # an off-duty officer is a civilian target
    ({"KILL"}, "An off-duty police sergeant was shot dead by two men on a motorcycle.", GUNMEN, None, "Attack"),
    # clan and ethnic fighting is a battle unless civilians are its named victims
    ({"DIE"}, "Inter-clan fighting over a borehole left six men dead in the district.", None, None, "Armed clash"),
    ({"KILL"}, "Ethnic violence flared and militiamen killed three villagers.", GUNMEN, CIVILIANS, "Attack"),
    # a vehicle that struck a mine, however much is said of the vehicle first
    ({"STRIKE"}, "A truck hired by a charity to carry food struck an improvised explosive device on the ring road.",
     None, None, "Remote explosive/landmine/IED"),
    # a killing whose named victim is a person, not a fighter or post: violence against a civilian
    ({"KILL"}, "Suspected jihadists assassinated a pastor outside his church.", GUNMEN, GUNMEN, "Attack"),
    ({"HURT"}, "Gendarmes beat and injured a woman at a roadblock on the ring road.", ARMY, None, "Attack"),
    # a crowd doing the violence itself is mob violence
    ({"HURT"}, "Villagers beat a suspected cattle thief until he lost consciousness.", CIVILIANS, None,
     "Mob violence"),
    ({"CLASH"}, "Two groups of students clashed at the boarding school over a dormitory dispute.", None, None,
     "Mob violence"),
    ({"CLASH"}, "Shopkeepers clashed with police who were enforcing the closing hours.", None, None,
     "Mob violence"),
    # ... but not when gunmen are in it
    ({"KILL"}, "Residents said gunmen attacked the village and shot dead two farmers.", GUNMEN, CIVILIANS, "Attack"),
    # heavy weapons fired by both sides: a battle, not a shelling
    ({"SHELL", "XFIRE"}, "The two armies exchanged artillery fire across the river for hours.", ARMY, None,
     "Armed clash"),
    ({"SHELL"}, "Observers recorded 40 explosions from mortars in both directions near the bridge.", None, None,
     "Armed clash"),
    ({"SHELL"}, "Government artillery shelled the rebel-held village at night.", ARMY, None,
     "Shelling/artillery/missile attack"),
    # a shelling answered by the other side is a battle
    ({"SHELL", "FIRE"}, "Rebels shelled army posts on the ridge and the troops fired back, killing three.", GUNMEN, ARMY,
     "Armed clash"),
    # a foiled attack, and men who opened fire at the police, are battles too
    ({"ATTACK"}, "Soldiers thwarted an attack by insurgents on the river crossing.", ARMY, GUNMEN, "Armed clash"),
    ({"FIRE"}, "Two men in a van opened fire at the police at a roadblock.", None, None, "Armed clash"),
    # an attack on another armed force's brigade or forces is a battle
    ({"ATTACK"}, "Loyalist forces attacked rival forces at the naval brigade headquarters.", None, None,
     "Armed clash"),
    # civilians named as the object of the killing: an attack, even when a militia's kin is named
    ({"KILL"}, "Tribal raiders killed four herdsmen at a watering point.", GUNMEN, None, "Attack"),
    # ... but not when they are only the background of a battle
    ({"CLASH", "KILL"}, "Police battled cattle raiders following an attack on villagers.", None, GUNMEN,
     "Armed clash"),
    # a brawl between parties or a crowd and the police, with no armed side or weapon: mob violence
    ({"CLASH"}, "Supporters of rival parties clashed at the polling station; two were hurt.", None, None,
     "Mob violence"),
    ({"CLASH"}, "Two clans clashed over a borehole in the north.", None, None, "Armed clash"),
    # a kidnapping that ended in a killing is coded as the killing
    ({"ABDUCT"}, "Armed men kidnapped a trader from his shop in the evening.", GUNMEN, CIVILIANS,
     "Abduction/forced disappearance"),
    ({"ABDUCT", "KILL"}, "Armed men kidnapped a trader and later killed him.", GUNMEN, CIVILIANS, "Attack"),
    ({"ABDUCT"}, "A teacher abducted by militants was found dead two days later.", GUNMEN, CIVILIANS, "Attack"),
    # a crowd burning tyres for a demand is a violent demonstration (ACLED), armed men burning trucks are not
    ({"BURN"}, "Residents burned tyres outside the water office to demand repairs.", None, None,
     "Violent demonstration"),
    ({"BURN"}, "Armed men burned two trucks demanding payment from the firm.", GUNMEN, None,
     "Looting/property destruction"),
    # the state's forces took the town: regained, whoever the rules could not name yet
    ({"SEIZE"}, "The army seized the town of Velmora on Friday.", None, None, "Government regains territory"),
    ({"SEIZE"}, "Rebels seized the town of Velmora on Friday.", None, None, "Non-state actor overtakes territory"),
    # a strike that killed is an air strike, as one that destroyed is
    ({"STRIKE", "KILL"}, "A strike on the school compound killed nine children on Monday.", None, None,
     "Air/drone strike"),
    # force used on a march is excessive force, however "violently" the police went about it
    ({"PROTEST", "KILL"}, "Police violently broke up a march on the ministry, killing three protesters.", None, None,
     "Excessive force against protesters"),
])
def test_violence_rules(cues, text, a1, a2, want):
    assert classify(cues, text, a1, a2) == want


@pytest.mark.issue(22)
@pytest.mark.parametrize("cues,text,want", [
    # a toxic agent named decides, whatever munition carried it
    ({"FIRE", "SHELL"}, "Militants fired mortar shells carrying a chlorine agent at the border post.", "Chemical weapon"),
    ({"HIT"}, "A drone dropped a CS gas grenade onto the trench, and two soldiers were evacuated.",
     "Chemical weapon"),
    ({"SHELL"}, "Government artillery shelled the rebel-held village at night.", "Shelling/artillery/missile attack"),
    # police tear gas at a protest is no chemical weapon
    ({"PROTEST", "FIRE"}, "Police fired tear gas at marchers in the square.", "Protest with intervention"),
])
def test_chemical_agents(cues, text, want):
    assert classify(cues, text, None, None) == want


def test_mob_violence_needs_a_crowd_and_no_guns():
    assert mob_violence("An angry crowd stoned a driver after the crash.")
    assert mob_violence("The suspect was lynched by irate residents.")
    assert mob_violence("Two groups from rival families clashed over a water channel near the mill.")
    assert mob_violence("A shopkeeper was assaulted by a neighbour's relatives after an argument over a debt.")
    assert mob_violence("About forty people tried to lynch two men accused of stealing a goat.")
    assert mob_violence("A group of angry locals killed an alleged burglar by burning him alive.")
    assert mob_violence("The suspect died after being beaten by a mass of residents near the market.")
    assert not mob_violence("Bandits with rifles attacked herders near the well.")
    assert not mob_violence("Soldiers raided the camp at night.")


@pytest.mark.parametrize("text,want", [
    # a demonstration, rally or riot named: violent demonstrators; none named: a mob
    ("Locals pelted police with stones after officers ordered them indoors.", "Mob violence"),
    ("Students pelted police with stones to protest the fee increase.", "Violent demonstration"),
    ("Traders lit bonfires on the highway while demonstrating against evictions.", "Violent demonstration"),
    # a riot told as background is not what happened at this protest
    ("Relatives gathered outside the jail, a month after a riot inside it.", "Peaceful protest"),
    ("Students rioted over the exam results.", "Violent demonstration"),
    # the police stepping in
    ("Nurses rallied at the ministry; police teargassed them.", "Protest with intervention"),
    ("Teachers marched on parliament and four arrests were made.", "Protest with intervention"),
    ("Some 30 activists, including a journalist, demonstrated and were detained by the police.",
     "Protest with intervention"),
    ("Farmers marched peacefully to the governor's office.", "Peaceful protest"),
    ("Miners marched on the mine offices until police fired warning shots into the air.",
     "Protest with intervention"),
    ("Students demonstrated at the campus; several student leaders were arrested.",
     "Protest with intervention"),
    # what a protest asks for, or the trade of the protesters, is not violence at it (issue 22)
    ("Villagers rallied at the electricity office demanding a new transformer for their hamlet.", "Peaceful protest"),
    ("Quarry workers marched to the county offices over the closure of the stone quarries.", "Peaceful protest"),
    ("Stone quarry workers demonstrated outside the county offices.", "Peaceful protest"),
    # riots told as the cause, however many protests are coordinated with them, are background
    ("Residents banged pots in the square, a day after the long protests and riots in two jails.", "Peaceful protest"),
    # damage done to no one's property is no violence
    ("Traders marched to the council; an official said the damage to the economy was heavy.", "Peaceful protest"),
    ("Traders marched to the council and damaged two parked cars.", "Violent demonstration"),
    # police attacking the crowd, a crowd arrested told with a pronoun, live fire with its toll
    ("Witnesses reported police attacking protesting nurses outside the ministry.", "Protest with intervention"),
    ("Forty workers staged a demonstration at the gate. They were arrested for breaking the curfew.",
     "Protest with intervention"),
    ("Residents protested against the killing of a youth. Police responded with live fire. Two were wounded.",
     "Excessive force against protesters"),
    ("Residents protested over the killing of a youth by police with live ammunition last month.", "Peaceful protest"),
])
def test_protest_rules(text, want):
    assert protest_type({"PROTEST"}, text) == want


@pytest.mark.parametrize("text,want", [
    # a crowd with a demand named is a violent demonstration; without one, or two crowds against each
    # other (rioters against rioters, ACLED's mob violence, even at a rally), a mob
    ("Rival supporters pelted each other with stones during the party rally.", "Mob violence"),
    ("Youths hurled stones at the opposition leader's convoy on the way to a rally.", "Mob violence"),
    ("Party supporters marched to the council and threw stones at police, demanding a recount.",
     "Violent demonstration"),
    ("Workers stoned guards at the depot, demanding their back pay.", "Violent demonstration"),
    ("Two families pelted each other with stones over a goat; one man was injured.", "Mob violence"),
    # a politician's or party's followers are demonstrators, whatever they do
    ("Supporters of Amara Kessy burned tyres and threw stones at police outside the court.", "Violent demonstration"),
    ("Youths burned tyres and threw stones at police outside the court.", "Mob violence"),
    ("Supporters of Senator Amara Kessy and Governor Lio Banda clashed at a funeral in Tamsi.", "Mob violence"),
])
def test_riot_rules(text, want):
    assert protest_type({"RIOT", "CLASH"}, text) == want


def _note(nlp, text):
    report = Report(id="n", text="Note\n" + text, published=dt.date(2023, 6, 10), body_start=5)
    return extract_events(report, nlp(report.clean), [], [])


def test_shipped_model_types_a_short_note_the_rules_miss(nlp, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    events = _note(nlp, "Hundreds of parents filled the square outside the town hall, waving placards about school fees.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
    assert 0 < events[0].field_confidence["sub_event_type"] <= 0.6
    # a crowd gathered for a demand is a protest the rules read themselves, with the rules' confidence
    events = _note(nlp, "Hundreds of parents gathered at the town hall demanding lower school fees.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
    assert events[0].field_confidence["sub_event_type"] > 0.6


def test_shipped_model_leaves_set_aside_events_alone(nlp, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert _note(nlp, "The militia vowed to attack the town if its demands are not met.") == []
    assert _note(nlp, "No casualties were reported.") == []


def test_new_trigger_words_found_events(nlp):
    from strikewatch.events.triggers import find_cues

    def classes(text):
        return {c.cls for c in find_cues(next(nlp(text).sents))}

    assert "KILL" in classes("Gunmen assassinated a judge outside the court.")
    assert "PROTEST" in classes("Drivers held a motorcade through the capital.")
    assert "PROTEST" in classes("Neighbours formed a human chain around the park.")
    assert "PROTEST" in classes("Police removed climate activists blocking the ring road on Friday.")
    assert "PROTEST" in classes("Residents gathered outside the clinic on Monday demanding a doctor.")


def test_armed_group_members_are_armed_victims():
    from strikewatch.events.fatalities import Casualty
    from strikewatch.events.mentions import _armed_victims
    from strikewatch.models import Fatalities

    text = "Police shot dead three gang members in the raid."
    k = Casualty(text.index("three"), text.index(" in the"), "killed", Fatalities(3, 3, None), False)
    assert _armed_victims([k], text)
    text = "Police shot dead three traders in the raid."
    k = Casualty(text.index("three"), text.index(" in the"), "killed", Fatalities(3, 3, None), False)
    assert not _armed_victims([k], text)


def test_a_trigger_word_inside_a_name_is_no_cue_but_a_title_case_headline_keeps_its_verbs(nlp):
    from strikewatch.events.triggers import find_cues

    def classes(text):
        return {c.cls for c in find_cues(next(nlp(text).sents))}

    assert "MOB" not in classes("The new bakery opens on Friday, Mr. Lynch told the council on Monday.")
    assert "ATTACK" in classes("Rebels Attack Army Base In Northern Mali")
    report = Report(id="h", text="Rebels Attack Army Base In Northern Mali", published=dt.date(2023, 6, 10))
    assert [e.event_type for e in extract_events(report, nlp(report.clean), [], [])] == ["Battles"]


@pytest.mark.parametrize("text,cue,present", [
    ("Troops and rebels were locked in an exchange of heavy gunfire near the bridge.", "XFIRE", True),
    ("The two clubs agreed a player exchange before the transfer window closed.", "XFIRE", False),
    ("The landlord and his tenants have spent two years in a legal battle over the repairs.", "CLASH", False),
    ("Fierce fighting and a long battle for the town left dozens dead.", "CLASH", True),
    ("He died of a heart attack at his home.", "ATTACK", False),
    ("The family's battle to win compensation for the flooded farm goes on.", "CLASH", False),
])
def test_a_fight_or_exchange_word_in_a_peaceful_sense_is_no_cue(nlp, text, cue, present):
    from strikewatch.events.triggers import find_cues

    assert (cue in {c.cls for c in find_cues(next(nlp(text).sents))}) == present
@pytest.mark.issue(22)
@pytest.mark.parametrize("cues,text,want", [
    # goods seized (drugs, a lab dismantled) are property, not weapons
    ({"SEIZE"}, "Federal police seized a tonne of marijuana during a highway inspection.",
     "Looting/property destruction"),
    ({"DISRUPT", "ARREST"}, "Military police dismantled a cocaine lab; a man was arrested.",
     "Looting/property destruction"),
    # ... a weapon among them makes it disrupted weapons use
    ({"SEIZE"}, "Troops seized rifles and cocaine in a raid on the farm.", "Disrupted weapons use"),
    ({"DISRUPT"}, "Engineers defused a bomb near the market.", "Disrupted weapons use"),
    ({"DISRUPT"}, "Air defences intercepted a missile over the city.", "Disrupted weapons use"),
])
def test_goods_seized_vs_weapons_disrupted(cues, text, want):
    assert classify(cues, text, None, None) == want


def test_a_labour_strike_is_a_protest_only_when_the_strikers_act_in_public(nlp):
    def subs(text):
        report = Report(id="l", text=text, published=dt.date(2024, 6, 14))
        return [e.sub_event_type for e in extract_events(report, nlp(report.clean), [], [])]

    assert subs("Crane operators at the harbour began a two-day strike on Tuesday in a wage dispute, idling the quays.") == []
    assert subs("Striking nurses marched to the health ministry on Monday demanding better pay.") == \
        ["Peaceful protest"]
    assert classify({"STRIKE"}, "Bus drivers went on strike over pay.", None, None) is None
    # the month of March is no march
    assert classify({"STRIKE"}, "HAMBURG, March 27 - A 24-hour strike by rail workers halted all trains.", None, None) is None


def test_munitions_or_mortars_seized_are_weapons_seized():
    text = "Troops seized a cache of mortars and 800 munitions from a militia hideout near the river."
    assert classify({"SEIZE"}, text, None, None) == "Disrupted weapons use"


@pytest.mark.parametrize("text,cues,want", [
    ("Some 2,000 villagers marched on Sunday in the provincial capital, burning flags to protest the killings.",
     {"PROTEST", "BURN"}, "Peaceful protest"),
    ("Students burned an effigy of the governor outside the assembly.", {"PROTEST", "BURN"}, "Peaceful protest"),
    ("Hundreds blocked the port road; riot police used tear gas to clear them.", {"PROTEST", "RIOT"},
     "Protest with intervention"),
    ("Protesters burned tyres and set fire to a police post.", {"PROTEST", "BURN"}, "Violent demonstration"),
])
def test_symbolic_burning_and_riot_gear_are_not_rioting(text, cues, want):
    from strikewatch.events.classify import protest_type

    assert protest_type(cues, text) == want


@pytest.mark.parametrize("text", [
    "Residents heard a long shoot-out between two gangs in the hillside quarter on Sunday.",
    "A gun battle broke out between two gangs near the bus terminal.",
])
def test_a_shoot_out_is_an_armed_clash(text):
    from strikewatch.events.classify import classify

    assert classify({"SHOOT", "CLASH"}, text, None, None) == "Armed clash"


@pytest.mark.parametrize("text,want", [
    ("Police arrested two men suspected of stealing cattle from a farm near the town.", None),
    ("Police arrested two opposition activists outside the party office.", "Arrests"),
    ("Soldiers detained three suspected militants at a checkpoint.", "Arrests"),
])
def test_an_arrest_of_a_common_criminal_is_no_arrest_event(text, want):
    from strikewatch.events.classify import classify

    assert classify({"ARREST"}, text, None, None) == want


@pytest.mark.parametrize("text,want", [
    ("Rebels seize checkpoint near the river crossing in the north.", "Non-state actor overtakes territory"),
    ("Police seized weapons at a checkpoint on Monday.", "Disrupted weapons use"),
])
def test_a_site_seized_is_territory_weapons_seized_there_are_not(text, want):
    from strikewatch.events.classify import classify

    assert classify({"SEIZE"}, text, None, None) == want


@pytest.mark.issue(22)
@pytest.mark.parametrize("cues,text,want", [
    # a place that changed hands is territory, whatever fighting it took (ACLED)
    ({"TERR", "KILL"}, "Militants took control of three villages near the river, killing two soldiers.",
     "Non-state actor overtakes territory"),
    ({"TERR", "KILL", "CLASH"}, "Pro-government militias took control of the hill after clashes that killed five.",
     "Government regains territory"),
    ({"TERR", "CLASH"}, "Soldiers recovered territory from the rebels after a day-long clash near the camp.",
     "Government regains territory"),
    # no control named: the fight stays a fight
    ({"KILL", "CLASH"}, "Militants clashed with soldiers near three villages, killing two of them.", "Armed clash"),
])
def test_control_taken_is_territory_whatever_the_fighting(cues, text, want):
    from strikewatch.events.classify import classify

    a1 = ActorName("Military Forces", "state", True) if text.startswith("Soldiers") else None
    assert classify(cues, text, a1, None) == want



@pytest.mark.issue(22)
@pytest.mark.parametrize("text,want", [
    ("Militants ambushed a passenger bus on the coast road, and three of those aboard died.", "Attack"),
    ("Unknown gunmen ambushed a driver working for a relief charity and shot him in the arm.", "Attack"),
    ("Militants ambushed an army convoy, killing nine soldiers.", "Armed clash"),
])
def test_an_ambush_of_travellers_is_an_attack_on_civilians(text, want):
    assert classify({"CLASH", "KILL"}, text, None, None, armed_victims="soldiers" in text) == want


@pytest.mark.issue(22)
@pytest.mark.parametrize("cues,text,want", [
    # a crowd gathered peacefully or to demand something, named without a protest word, fired on
    ({"FIRE", "HURT"}, "Militiamen opened fire on unarmed women gathered outside the prison to demand their sons' release, "
                       "wounding four.", "Excessive force against protesters"),
    ({"SHOOT", "KILL"}, "Soldiers shot at a peaceful crowd gathered at the chief's compound, killing two.",
     "Excessive force against protesters"),
    # what a protest was against ends where the main clause goes on ("... were fired upon")
    ({"PROTEST", "FIRE", "DIE"}, "Farmers protesting the seizure of their land in Ruma were fired upon with live bullets "
                                 "by police, leaving one man dead.", "Excessive force against protesters"),
    ({"FIRE", "KILL"}, "Gunmen opened fire on villagers in a market, killing three.", "Attack"),
])
def test_force_against_a_crowd_gathered_to_demand_is_excessive(cues, text, want):
    assert classify(cues, text, None, None) == want


@pytest.mark.issue(22)
@pytest.mark.parametrize("cues,text,want", [
    # a weapon or bomber stopped before use is disrupted, whatever weapon it was
    ({"DISRUPT", "FIRE"}, "Soldiers found and dismantled a rocket launcher primed for firing in a grove near Kiro.",
     "Disrupted weapons use"),
    ({"DISRUPT", "SUICIDE"}, "Guards intercepted a would-be suicide bomber at the mosque gate and his vest was safely "
                             "detonated.", "Disrupted weapons use"),
    # livestock or goods taken where no one was hurt: looting
    ({"RAID"}, "Armed youths raided a cattle camp near Boro and made off with 300 head of cattle; no casualties were "
               "reported.", "Looting/property destruction"),
    ({"RAID", "KILL"}, "Armed youths raided a cattle camp near Boro, killing two herders.", "Attack"),
    # police pushing marchers back, or rounding them up, intervene
    ({"PROTEST"}, "Police used shields to push back women marching to the palace.", "Protest with intervention"),
    ({"PROTEST"}, "Supporters who had taken to the streets in answer to a call for protests were rounded up by police.",
     "Protest with intervention"),
    # tear gas shells are no shelling
    ({"PROTEST", "FIRE"}, "Police fired tear gas shells at marchers near the parliament.", "Protest with intervention"),
])
def test_disrupted_weapons_looting_and_intervention(cues, text, want):
    assert classify(cues, text, None, None) == want


@pytest.mark.parametrize("text", [
    "Live: Arctic blast grips the lakeshore",
    "Flu shot clinics open early as a polar blast hits the valley",
    "The assembly passes the budget after a bruising clash with the opposition",
    "The right to assemble is in the constitution because governments find protest inconvenient.",
    "About 4,000 military personnel marched before the president on the national holiday.",
    "The film, shot partly in a disused mill, shows a village under siege.",
    "The crowd cheered a pilot on a jet-powered hoverboard, a demonstration of the technology.",
])
def test_weather_words_and_jabs_tell_no_event(nlp, text):
    assert _note(nlp, text) == []


def test_a_definite_noun_with_new_victims_introduces_its_event(nlp):
    # "the abduction of a priest" tells the event; "the attack" alone refers to one told before
    events = _note(nlp, "The parish announced on Sunday the abduction of a priest from the rectory in Kagarko.")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_a_release_label_is_no_notes_event_sentence(nlp, monkeypatch):
    # a note the rules cannot type is typed by the shipped model at its first sentence that tells
    # something, not at the release's label, so the event keeps that sentence's date and place
    monkeypatch.delenv(ENV_VAR, raising=False)
    report = Report(id="r", text="STATEMENT - Press Office. Troops searched caves in the Hamrin mountains on Monday "
                                 "and found a hideout. The unit seized 34 improvised explosive devices.",
                    published=dt.date(2022, 3, 9))
    from strikewatch.place import geoparse
    from strikewatch.time import find_timexes
    doc = nlp(report.clean)
    events = extract_events(report, doc, find_timexes(report.clean, report.published), geoparse(report.clean, doc=doc))
    assert [(e.sub_event_type, e.date) for e in events] == [("Disrupted weapons use", "2022-03-07")]
