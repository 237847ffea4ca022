"""Whole-pipeline readings of the genres strikewatch is measured on: a headline's place label, a
monitor's long narrative (its dateline, its speakers' cities, its follow-up dates), a record's field
line and a release that tells no strike (invented text; real place names)."""
import datetime as dt

import pytest

from strikewatch.models import Report


@pytest.fixture(scope="module")
def run():
    from strikewatch.pipeline import load_pipeline

    pipeline = load_pipeline()

    def _run(text, published=dt.date(2023, 5, 10)):
        return pipeline.events_of(Report(id="g", text=text, published=published))

    return _run


def _where(events):
    return [(e.sub_event_type, e.location.name if e.location else None, e.location.country_code if e.location else None)
            for e in events]


@pytest.mark.issue(17)
@pytest.mark.parametrize("headline,country", [
    ("Kharkiv: glide bombs hit apartment block, 4 killed", "UA"),
    ("Peshawar: bomber blows himself up at police checkpoint, 6 dead", "PK"),
    ("Omdurman: drone hits crowded bus station, 9 killed", "SD"),
])
def test_a_headline_labelled_with_its_town_is_placed_there(run, headline, country):
    events = run(headline)
    assert len(events) == 1 and events[0].location is not None
    assert events[0].location.country_code == country and events[0].location.precision not in ("country", "region")


@pytest.mark.issue(17)
def test_a_headline_label_that_is_no_place_is_not_read_as_one(run):
    for headline in ("Analysis: why the ceasefire talks stalled again", "Police: man held over warehouse fire"):
        assert all(e.location is None or e.location.precision == "country" for e in run(headline)), headline


@pytest.mark.issue(22)
def test_glide_bombs_are_dropped_from_aircraft(run):
    events = run("Russian glide bombs hit a school in Kostiantynivka on Tuesday, killing two teachers.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


@pytest.mark.issue(17)
def test_a_narratives_dateline_and_its_speakers_cities_are_not_its_events_places(run):
    text = ("MOPTI — Five soldiers were killed and three wounded when fighters attacked a checkpoint near "
            "Douentza on Sunday night, the army said in a statement read on state radio. The attackers came on "
            "motorbikes and burned two trucks before withdrawing towards the border, according to the statement. The "
            "wounded were flown to Bamako for treatment. A government spokesman, speaking in Bamako, said a sixth "
            "soldier had since died of his wounds and that reinforcements had been sent. Residents of Douentza said "
            "they had heard heavy gunfire for about an hour and that shops stayed shut on Monday. No group has claimed "
            "the attack, but militants linked to al-Qaeda are active in the area and have set up checkpoints of their "
            "own on the main road.")
    events = run(text, dt.date(2023, 5, 9))
    assert len(events) == 1, _where(events)
    assert events[0].location.name == "Douentza" and events[0].date == "2023-05-07"


@pytest.mark.issue(17)
def test_a_visit_the_following_morning_is_no_second_event(run):
    text = ("Two shells struck a house in the east of Taiz on the night of 6 May, killing a mother and her "
            "son, a rights group said on Tuesday. Its researchers, who reached the house the following "
            "morning, said the shells had come from the hills to the east and found fragments in the yard. "
            "A neighbour who was wounded by the shells was still in hospital.")
    events = run(text, dt.date(2023, 5, 9))
    assert [(e.sub_event_type, e.date) for e in events] == [("Shelling/artillery/missile attack", "2023-05-06")]


@pytest.mark.issue(18)
def test_a_records_fatalities_line_is_its_toll(run):
    text = ("On 2 May 2023, soldiers and militants clashed near Djibo (Soum, Sahel). Fatalities: 7.")
    events = run(text)
    assert len(events) == 1 and events[0].fatalities is not None and events[0].fatalities.best == 7


@pytest.mark.issue(16)
@pytest.mark.parametrize("text", [
    "Coalition strike release\n\nOn May 8, Coalition forces conducted no strikes against ISIS targets in Syria.",
    "The air raid alert declared over the Kyiv region at dawn was lifted after two hours; nothing was launched.",
    "The group warned of attacks on polling stations in Mogadishu ahead of the vote.",
])
def test_what_tells_no_strike_gives_no_event(run, text):
    assert run(text) == []


@pytest.mark.issue(16)
@pytest.mark.parametrize("headline", [
    "Gilts shelled as traders dump bonds after budget shock",
    "Volcano blasts ash into the sky, grounding flights",
])
def test_markets_and_volcanoes_are_no_violence(run, headline):
    assert run(headline) == []


@pytest.mark.issue(17)
def test_a_brackets_province_is_read_in_the_country_of_its_town(run):
    events = run("Gang members abducted a nurse on the road near Mirebalais (Centre) on 2 May 2023.")
    assert [(e.location.name, e.location.country_code) for e in events] == [("Mirebalais", "HT")]


@pytest.mark.issue(17)
def test_a_weapon_named_after_a_place_is_no_place(run):
    events = run("Kharkiv, 3 May 2023: the city's northern districts were shelled with Grad rockets. 2 civilians were killed.")
    assert [(e.location.name, e.location.country_code) for e in events] == [("Kharkiv", "UA")]


@pytest.mark.issue(22)
@pytest.mark.parametrize("text,sub", [
    ("SDF says 4 IS suspects detained in raid near Shaddadi", "Arrests"),
    ("Gunmen shoot dead ex-rebel commander in Nawa, Daraa countryside", "Attack"),
    ("A farmer was killed after stepping on an anti-personnel mine near Tibu (Norte de Santander) on 1 May 2023.",
     "Remote explosive/landmine/IED"),
    # a crowd fighting police or troops is no battle; a halt is an intervention only when the police make it
    ("On 4 May 2023, youths clashed with Israeli troops at a refugee camp north of Hebron.", "Mob violence"),
    ("On 4 May 2023, clashes broke out between villagers and soldiers near Jhapa when the army turned them back.",
     "Mob violence"),
    ("On 4 May 2023, soldiers clashed with militants near Kunduz, killing 4 fighters.", "Armed clash"),
    ("On 3 May 2023, about 200 construction workers in Valparaiso stopped all work and demonstrated against unsafe "
     "conditions at the site.", "Peaceful protest"),
    ("On 3 May 2023, hundreds of taxi drivers marched in Valparaiso over fuel prices; police stopped the march at the "
     "port gates.", "Protest with intervention"),
    ("On 3 May 2023, armed men ambushed and killed 4 youths near Bassa (Plateau).", "Attack"),
    ("On 2 May 2023, an exchange of shelling between government forces and rebels near Marib went on for hours; "
     "no casualties were reported.", "Armed clash"),
    ("On 2 May 2023, a mortar exchange between the army and rebel fighters hit farms east of Marib. No casualties.",
     "Armed clash"),
    ("On 2 May 2023, government forces fired heavy and medium weapons on several districts east of Hodeidah. "
     "No casualties.", "Shelling/artillery/missile attack"),
    ("Police opened fire on striking dockworkers and anti-government protesters at the port in Mandalay on 2 May "
     "2023, killing 2 people.", "Excessive force against protesters"),
    # what protesters did is no grievance: "protesting students", a deed after "protesting X"
    ("On 3 May 2023, protesting students burned down two dormitories at a college in Kakamega.", "Violent demonstration"),
    ("On 3 May 2023, dock workers protesting unpaid wages lit tyres on the port road in Mombasa.",
     "Violent demonstration"),
    ("On 3 May 2023, police battled protesters in the centre of Nakuru.", "Violent demonstration"),
    # ... and what a grievance names burnt or looted is no deed of theirs
    ("On 3 May 2023, residents protested in Larkana to demand the return of looted savings.", "Peaceful protest"),
    ("On 3 May 2023, villagers protested in Sukkur, demanding the repair of a burnt power cable.", "Peaceful protest"),
    # two crowds against each other
    ("On 3 May 2023, two groups of traders clashed outside the county offices in Kisii over the market levy.",
     "Mob violence"),
    ("On 3 May 2023, party factions clashed during a rally in Migori over the choice of candidate.", "Mob violence"),
    # a 'disarmament exercise' is an operation, not a drill
    ("On 3 May 2023, police attacked villagers in Garsen during a disarmament exercise.", "Attack"),
])
def test_sub_types_read_from_the_whole_phrase(run, text, sub):
    assert [e.sub_event_type for e in run(text)] == [sub]


@pytest.mark.issue(17)
def test_an_operation_dated_in_one_sentence_dates_the_fight_told_in_the_next(run):
    text = ("Press release of the security forces\n\n"
            "On 8 May 2023, troops conducted a search operation near Kohat on reports of militants in the hills. "
            "During the operation, a fierce exchange of fire took place between the troops and the militants, "
            "and three militants were killed.")
    events = run(text)
    assert [(e.sub_event_type, e.date, e.date_precision) for e in events] == [("Armed clash", "2023-05-08", "day")]
    assert events[0].sources[0].evidence["date"][0].text == "8 May 2023"


@pytest.mark.issue(17)
@pytest.mark.parametrize("text", [
    # the day told is over a month before publication: background, and no scene for what follows
    "Troops searched the hills near Kohat on 8 March 2023. A fierce exchange of fire took place between "
    "the troops and the militants, and three militants were killed.",
    # the day told is many sentences back: it sets no scene for a later undated fight
    "The governor opened a new road near Kohat on 8 May 2023. " + "Traders said the road would help farmers. " * 20
    + "A fierce exchange of fire took place between the troops and the militants, and three militants were killed.",
])
def test_a_day_told_long_before_the_event_or_far_back_leaves_it_undated(run, text):
    events = run(text)
    assert [(e.sub_event_type, e.date) for e in events] == [("Armed clash", None)]


@pytest.mark.issue(16)
@pytest.mark.parametrize("text", [
    "Police arrested 35 suspected online fraudsters in a raid on a hotel in Ibadan on Thursday.",
    "Officers raided a fake call centre in Pune on Wednesday and arrested 30 people accused of defrauding callers.",
    "Police raided homes in Lviv on Wednesday and arrested five people suspected of belonging to a ransomware gang.",
    "Customs officers seized 900 kg of cocaine in a raid on a port warehouse in Antwerp on Tuesday.",
])
def test_police_work_against_a_fraud_ring_or_a_drug_haul_is_no_event(run, text):
    assert run(text) == []


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,actor", [
    ("Police arrested 12 suspected al-Shabaab members in a raid in Garissa on Monday.", "Al Shabaab"),
    ("Police arrested 30 opposition supporters in a raid on the party office in Harare on Monday.", None),
    ("Troops arrested four militants suspected of smuggling weapons in a raid near Kunduz on Monday.", None),
])
def test_a_raid_on_political_or_armed_suspects_stays_an_arrest(run, text, actor):
    events = run(text)
    assert [e.sub_event_type for e in events] == ["Arrests"]
    assert actor is None or actor in (events[0].actor1, events[0].actor2)


@pytest.mark.issue(16)
@pytest.mark.parametrize("text", [
    # a denial of the reports, the killing told as their content
    "The army on Monday dismissed reports on social media that militants had stormed a checkpoint near Arish, "
    "killing six soldiers.",
    "Police denied claims that more arrests had been made in Mombasa.",
    # strife named as the cause of a plight, with no day of its own
    "The appeal will help families displaced by fighting between the army and rebel groups.",
    "Thousands of people who fled the fighting in Sennar are sheltering in schools, aid agencies said.",
])
def test_denied_reports_and_strife_behind_a_plight_are_no_events(run, text):
    assert run(text) == []


@pytest.mark.issue(16)
@pytest.mark.parametrize("text,sub", [
    ("More than 4,000 people fled fighting between the army and M23 rebels near Sake on Monday, aid workers said.",
     "Armed clash"),
    ("A funeral in Siaya was disrupted by clashes between supporters of two rival parties on Monday.", None),
])
def test_a_fight_told_with_its_day_or_a_gathering_it_broke_up_stays_an_event(run, text, sub):
    events = run(text)
    assert len(events) == 1 and (sub is None or events[0].sub_event_type == sub)


@pytest.mark.issue(16)
def test_what_an_aid_plan_targets_is_no_attack(run):
    text = ("The response plan, presented to donors in Mogadishu on Monday, targets families hit by failed rains "
            "and people displaced by fighting between the army and al-Shabaab.")
    assert run(text) == []
    assert len(run("Gunmen targeted a police post in Peshawar on Monday, killing two officers.")) == 1


@pytest.mark.issue(17)
def test_the_city_a_ministry_spoke_in_is_not_where_its_jets_struck(run):
    text = ("On 6 May 2023, government shelling hit a market in Maarrat al-Numan, killing three civilians. "
            "The defence ministry said in Moscow that its aircraft struck only militant positions that day.")
    assert all(e.location is None or e.location.country_code == "SY" for e in run(text))


@pytest.mark.issue(22)
@pytest.mark.parametrize("text,want", [
    ("On 8 May 2023, in Culiacan, Sinaloa, a man's body was found beside a road. His hands were tied and "
     "the body was burned. 1 fatality", ["Attack"]),
    # no mark of violence: a body found is no attack
    ("On 8 May 2023, in Culiacan, Sinaloa, the body of a fisherman was found on the beach after a storm.", []),
])
def test_a_monitors_note_of_a_body_found_with_marks_of_violence_is_an_attack(run, text, want):
    assert [e.sub_event_type for e in run(text)] == want
