"""Sub-type, actors, date and toll on invented one-sentence reports from many regions.

Every sentence here was written for this test; places are invented towns with hand-built
toponyms, dates are hand-built 'March N' timexes, so only event extraction is under test.
"""
import datetime as dt
import re

import pytest

from strikewatch.events import extract_events
from strikewatch.models import Location, Report, Timex, Toponym

HEAD = "Local news roundup\n"
DCT = dt.date(2022, 3, 25)
TOWNS = ("Foxton", "Marbury", "Kelloway", "Dunmore", "Ashgrove")


def _timexes(text):
    out = []
    for m in re.finditer(r"March (\d+)", text):
        d = dt.date(2022, 3, int(m.group(1)))
        out.append(Timex(m.start(), m.end(), m.group(), "DATE", d.isoformat(), d, d, "day"))
    return out


def _toponyms(text):
    out = []
    for k, w in enumerate(TOWNS):
        for m in re.finditer(w, text):
            loc = Location(w, "Testland", lat=10.0 + k, lon=20.0 + k, precision="city")
            out.append(Toponym(m.start(), m.end(), w, loc))
    return out


def run(nlp, body):
    text = HEAD + body
    report = Report(id="t", text=text, published=DCT, body_start=len(HEAD))
    return extract_events(report, nlp(report.clean), _timexes(text), _toponyms(text))


CASES = [
    # explosions: the instrument decides
    ("A roadside bomb struck an army truck near Foxton on March 3, killing two soldiers.",
     "Remote explosive/landmine/IED", None, "Military Forces", 2),
    ("On March 4, Russian artillery struck a market in Marbury, killing five civilians.",
     "Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians", 5),
    ("Houthi fighters fired mortars at a Yemeni army post in Kelloway on March 5.",
     "Shelling/artillery/missile attack", "Houthis", "Military Forces of Yemen", None),
    ("A missile hit an apartment block in Dunmore on March 6, killing eleven people.",
     "Shelling/artillery/missile attack", None, "Civilians", 11),
    ("Saudi-led coalition warplanes bombed a wedding hall in Ashgrove on March 7, killing 20 people.",
     "Air/drone strike", "Operation Restoring Hope", "Civilians", 20),
    ("A Turkish drone struck a car near Foxton on March 8, killing three PKK members.",
     "Air/drone strike", "Military Forces of Turkey", "PKK: Kurdistan Workers Party", 3),
    ("Myanmar military helicopters attacked a village near Marbury on March 9, killing seven villagers.",
     "Air/drone strike", "Military Forces of Myanmar", "Civilians", 7),
    ("Syrian regime jets carried out raids on rebel positions in Kelloway on March 10.",
     "Air/drone strike", "Military Forces of Syria", None, None),
    ("A suicide bomber blew himself up at a mosque in Dunmore on March 11, killing 14 worshippers.",
     "Suicide bomb", None, "Civilians", 14),
    ("On March 12, an al-Shabaab suicide car bomb exploded at a checkpoint in Ashgrove.",
     "Suicide bomb", "Al Shabaab", None, None),
    ("An IED planted by the roadside killed four Malian soldiers near Foxton on March 13.",
     "Remote explosive/landmine/IED", None, "Military Forces of Mali", 4),
    ("A landmine exploded under a minibus near Marbury on March 14, killing six passengers.",
     "Remote explosive/landmine/IED", None, "Civilians", 6),
    ("A car bomb went off outside a police station in Kelloway on March 15, killing three policemen.",
     "Remote explosive/landmine/IED", None, "Police Forces", 3),
    ("Unknown attackers threw a grenade into a bar in Dunmore on March 16, wounding nine people.",
     "Grenade", "Unidentified Armed Group", "Civilians", None),
    # a grenade thrown, with the toll told after it: the throw is the event and the weapon its kind
    ("Two men on a motorbike lobbed a grenade at a tea stall in Kelloway on March 9. One customer was killed.",
     "Grenade", None, None, 1),
    # bombed: from the air when aircraft are named, a planted bomb otherwise
    ("Government warplanes bombed a cattle market in Dunmore on March 8, killing 12 traders.",
     "Air/drone strike", None, "Civilians", 12),
    ("Insurgents bombed a bus depot in Marbury on March 7.", "Remote explosive/landmine/IED", None, None, None),
    # a state bombs from the air; a petrol bomb is no explosive device
    ("Government troops bombed insurgent camps in the forest near Ashgrove on March 2.",
     "Air/drone strike", "Military Forces", None, None),
    ("Gang members petrol bombed a minibus in Kelloway on March 1, injuring three passengers.",
     "Attack", None, "Civilians", None),
    ("On March 6, the army launched drones at rebel positions near Foxton.", "Air/drone strike", None, None, None),
    ("Rebels shelled the outskirts of Ashgrove on March 17.",
     "Shelling/artillery/missile attack", "Unidentified Armed Group", None, None),
    ("Ukrainian forces hit Russian positions near Foxton with rockets on March 18.",
     "Shelling/artillery/missile attack", "Military Forces of Ukraine", "Military Forces of Russia", None),
    # battles
    ("On March 3, al-Shabaab fighters clashed with Somali troops in Marbury, leaving six dead.",
     "Armed clash", "Al Shabaab", "Military Forces of Somalia", 6),
    ("Heavy fighting broke out between the army and JNIM militants near Kelloway on March 4.",
     "Armed clash", "Military Forces", "JNIM: Group for Support of Islam and Muslims", None),
    ("Taliban fighters attacked an Afghan army checkpoint in Dunmore on March 5, killing eight soldiers.",
     "Armed clash", "Taliban", "Military Forces of Afghanistan", 8),
    ("Police exchanged fire with cartel gunmen in Ashgrove on March 6; two officers died.",
     "Armed clash", "Police Forces", "Unidentified Armed Group", 2),
    ("Jihadists ambushed a Burkinabe army convoy near Foxton on March 7, killing 12 soldiers.",
     "Armed clash", "Unidentified Armed Group", "Military Forces of Burkina Faso", 12),
    ("On March 8, Nigerien soldiers recaptured Marbury from the jihadists.",
     "Government regains territory", "Military Forces of Niger", "Unidentified Armed Group", None),
    ("Rebels seized control of the town of Kelloway on March 9 after the army withdrew.",
     "Non-state actor overtakes territory", "Unidentified Armed Group", None, None),
    # violence against civilians
    ("Gunmen killed nine villagers in Dunmore on March 10.",
     "Attack", "Unidentified Armed Group", "Civilians", 9),
    ("On March 11, bandits stormed Ashgrove and shot dead five farmers.",
     "Attack", "Unidentified Armed Group", "Civilians", 5),
    ("Fulani herders killed 15 people in an attack on Foxton on March 12.",
     "Attack", "Fulani Ethnic Militia", "Civilians", 15),
    ("Armed men abducted a local chief from his home in Marbury on March 13.",
     "Abduction/forced disappearance", "Unidentified Armed Group", "Civilians", None),
    ("Soldiers raped two women at a checkpoint in Kelloway on March 14, witnesses said.",
     "Sexual violence", "Military Forces", "Civilians", None),
    ("On March 15, suspected cartel hitmen shot dead a journalist in Dunmore.",
     "Attack", "Unidentified Armed Group", "Civilians", 1),
    # protests and riots
    ("Hundreds of students marched through Ashgrove on March 16 to demand lower fees.",
     "Peaceful protest", "Protesters", None, None),
    ("On March 17, traders staged a sit-in outside the city hall in Foxton over new taxes.",
     "Peaceful protest", "Protesters", None, None),
    ("Police used tear gas to disperse opposition supporters demonstrating in Marbury on March 18.",
     "Protest with intervention", "Protesters", "Police Forces", None),
    ("Security forces opened fire on protesters in Kelloway on March 19, killing four.",
     "Excessive force against protesters", "Protesters", "Military Forces", 4),
    ("On March 20, rioters torched cars and looted shops in Dunmore after a disputed election.",
     "Violent demonstration", "Rioters", None, None),
    ("An angry mob beat to death a suspected thief in Ashgrove on March 21.",
     "Mob violence", "Rioters", "Civilians", 1),
    ("Youths blocked roads with burning tyres and pelted police with stones in Foxton on March 22.",
     "Violent demonstration", "Rioters", "Police Forces", None),
    # strategic developments
    ("Police arrested 30 suspected gang members in Marbury on March 3.",
     "Arrests", "Police Forces", None, None),
    ("Soldiers defused an explosive device planted near a school in Kelloway on March 4.",
     "Disrupted weapons use", "Military Forces", None, None),
    ("The government and the rebels signed a ceasefire agreement in Dunmore on March 5.",
     "Agreement", "Government", "Unidentified Armed Group", None),
    ("Militiamen looted and burned shops in Ashgrove on March 6.",
     "Looting/property destruction", None, None, None),
    ("The army withdrew from Foxton on March 7 and handed the town over to a local militia.",
     "Non-violent transfer of territory", "Military Forces", None, None),
    ("Two Kenyan police officers were killed when Pokot raiders attacked their camp near Marbury on March 8.",
     "Armed clash", "Pokot Ethnic Militia", "Police Forces of Kenya", 2),
    ("Rival Dinka and Nuer youths fought with spears in Kelloway on March 9, leaving seven dead.",
     "Armed clash", "Dinka Ethnic Militia", "Nuer Ethnic Militia", 7),
    ("On March 10, Wagner mercenaries and Malian troops executed dozens of civilians in Dunmore.",
     "Attack", "Wagner Group", "Civilians", 12),
    ("A drone dropped explosives on a Ukrainian trench near Ashgrove on March 11.",
     "Air/drone strike", None, "Military Forces of Ukraine", None),
]


@pytest.mark.parametrize("body,sub,a1,a2,fat", CASES, ids=[c[1][:12] + str(k) for k, c in enumerate(CASES)])
def test_invented_sentences(nlp, body, sub, a1, a2, fat):
    evs = run(nlp, body)
    assert evs, body
    e = evs[0]
    day = int(re.search(r"March (\d+)", body).group(1))
    assert e.sub_event_type == sub
    assert e.date == f"2022-03-{day:02d}"
    assert e.location is not None and e.location.name in body
    got_fat = e.fatalities.best if e.fatalities else None
    assert got_fat == fat
    for want, got in ((a1, e.actor1), (a2, e.actor2)):
        if want is not None:
            assert got is not None and got.startswith(want), (want, got)


def test_regained_control_after_clash_is_part_of_the_clash(nlp):
    evs = run(nlp, "Rebels clashed with soldiers near Foxton on March 20, and four rebels were killed. "
                   "The army said it had regained control of the area by nightfall.")
    assert [(e.sub_event_type, e.date) for e in evs] == [("Armed clash", "2022-03-20")]


def test_negated_report_verb_makes_no_event(nlp):
    evs = run(nlp, "Jets carried out two strikes near Foxton on March 20. The statement did not say "
                   "what the strikes hit or whether anyone was killed.")
    assert [(e.sub_event_type, e.strikes) for e in evs] == [("Air/drone strike", 2)]


def test_country_adjective_is_not_the_place(nlp):
    text = "A Turkish drone strike near Foxton on March 20 killed two fighters."
    report = Report(id="t", text=HEAD + text, published=DCT, body_start=len(HEAD))
    tops = _toponyms(report.text)
    k = report.text.index("Turkish")
    tops.append(Toponym(k, k + 7, "Turkish", Location("Turkey", "Turkey", lat=39.0, lon=35.0, precision="country")))
    evs = extract_events(report, nlp(report.clean), _timexes(report.text), sorted(tops, key=lambda t: t.start))
    assert evs[0].location.name == "Foxton"


def test_dateline_dates_the_following_sentences(nlp):
    text = "Local news roundup\n14 March. Armed men killed two traders near Foxton."
    report = Report(id="t", text=text, published=DCT, body_start=len(HEAD))
    k = text.index("14 March")
    d = dt.date(2022, 3, 14)
    tx = [Timex(k, k + 8, "14 March", "DATE", d.isoformat(), d, d, "day")]
    evs = extract_events(report, nlp(report.clean), tx, _toponyms(text))
    assert [(e.sub_event_type, e.date, e.fatalities.best) for e in evs] == [("Attack", "2022-03-14", 2)]


def test_unrecognised_place_after_near_is_looked_up(nlp):
    evs = run(nlp, "A US drone strike near Sanaa on March 3 hit a house.")
    assert evs[0].location.name == "Sanaa" and evs[0].location.country == "Yemen"


def test_user_classifier_detects_a_note_without_trigger_words(nlp, monkeypatch, tmp_path):
    from strikewatch.events.typer import ENV_VAR, Typer, _load_user

    body = "Unrest in Foxton on March 20 after the tally; shops shut."
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert run(nlp, body) == []
    path = tmp_path / "t.json"
    Typer.fit(["unrest after the tally shops shut", "a calm day"] * 3,
              ["Violent demonstration", "Other"] * 3).save(path)
    monkeypatch.setenv(ENV_VAR, str(path))
    _load_user.cache_clear()
    evs = run(nlp, body)
    assert [(e.sub_event_type, e.date, e.location.name, e.actor1) for e in evs] == [
        ("Violent demonstration", "2022-03-20", "Foxton", "Rioters")]


# stop 28, from the blind team probes: what a sentence's whole reading decides
SUB_TYPES_28 = [
    ("On March 7, militants seized two teenage boys working in the fields near Foxton.", "Abduction/forced disappearance"),
    ("On March 8, the rebels handed control of Marbury to the regional force at a ceremony.",
     "Non-violent transfer of territory"),
    ("On March 9, forty fighters of the militia laid down their arms in Kelloway.", "Change to group/activity"),
    ("On March 10, police arrested a rebel commander wanted for kidnapping at a house in Dunmore.", "Arrests"),
    ("On March 11, a gunman detonated an explosive vest inside a church in Ashgrove, killing nine worshippers.",
     "Suicide bomb"),
    ("On March 12, air defence shot down 14 unmanned aerial vehicles over Foxton.", "Disrupted weapons use"),
    ("On March 13, a strike with Kalibr missiles destroyed an ammunition depot near Marbury.",
     "Shelling/artillery/missile attack"),
    ("On March 14, artillery units carried out nine strikes on enemy positions near Kelloway.",
     "Shelling/artillery/missile attack"),
]


@pytest.mark.issue(22)
@pytest.mark.parametrize("body, sub", SUB_TYPES_28)
def test_sub_types_read_from_the_whole_sentence(nlp, body, sub):
    assert [e.sub_event_type for e in run(nlp, body)] == [sub]


@pytest.mark.issue(22)
def test_state_forces_firing_on_protesters_told_beside_the_attack(nlp):
    # the protest is told in the next sentence: force against protesters, not an attack on civilians
    body = ("On March 15, security forces killed at least 12 people in a crackdown in Foxton. "
            "Worshippers were fired on as they protested after prayers, witnesses said.")
    assert [e.sub_event_type for e in run(nlp, body)] == ["Excessive force against protesters"]
