"""Casualty counts: killed/injured phrases, stated totals, background killings, tolls told on (invented text)."""
import datetime as dt
import re

import pytest

from strikewatch.events import extract_events
from strikewatch.events.fatalities import casualties
from strikewatch.events.tolls import read_figures, tally
from strikewatch.models import Location, Report, Timex, Toponym


def _killed(nlp, text):
    return [c.value.best for s in nlp(text).sents for c in casualties(s) if c.kind == "killed"]


@pytest.mark.parametrize("text, want", [
    ("3 dead, 4 injured after raid on Tarsk.", [3]),  # headline subject of a bare participle
    ("Seven killed and dozens hurt in market blast", [7]),
    ("Bandits kill herder near Oloso well", [1]),  # singular bare noun = one victim
    ("Vigilantes lynch suspected thief in Marrow", [1]),
    ("A ranger was shot and killed by poachers.", [1]),  # conjoined verbs share the victim
    ("Rebels shot and killed Ambrose Kiplimo, a trader.", [1]),  # a named victim
    ("Gunmen shoot 2 guards dead at a depot.", [2]),
    ("Two porters reported dead after the landslide attack.", [2]),
    ("The assault caused the deaths of four rebels.", [4]),
    ("The operation led to the killing of 2 smugglers.", [2]),
    ("Snipers fatally shot a lorry driver.", [1]),
    ("Raiders gunned down three watchmen.", [3]),
    ("Raiders killed two herders and 35 goats near the well.", [2]),  # animals are not counted
    ("Four guards were reported killed in the ambush.", [4]),  # killed as a reporting verb's complement
    ("Gunmen shot dead a village chief and his nephew.", [2]),  # "dead" parsed as an adverb of "shot"
    ("Militiamen shot dead a nurse and three patients.", [4]),
    ("At least nine are dead after the clash.", [9]),
    ("The feud leaves 4 dead in Kolo.", [4]),
    ("The bodies of two fishermen were found on the shore.", [2]),
    ("Villagers discovered six bodies in a well.", [6]),
    ("Troops claimed to have killed 8 insurgents.", [8]),
    ("Around 9 May 2021, in Tolo, a man was found dead in a field.", [1]),  # not '9 May' dead
])
def test_killed_counts(nlp, text, want):
    assert _killed(nlp, text) == want


@pytest.mark.parametrize("text", [
    "Traders protested against the killing of a shopkeeper.",  # the cause of a protest
    "In anger over the death of a student, youths burned tyres.",
    "A farmer was beaten by villagers after he had killed his neighbour.",  # the reason for the attack
    "After the body of a herder was found, youths blocked the road.",
    "The assault caused 5 casualties.",  # casualties include the injured
    "A crowd tried to lynch two pickpockets.",  # attempted, not done
])
def test_background_and_vague_killings_are_not_counted(nlp, text):
    assert _killed(nlp, text) == []


def test_the_lynching_counts_but_not_the_alleged_crime(nlp):
    assert _killed(nlp, "A suspect was lynched for allegedly killing a child.") == [1]


def test_one_victim_and_his_body_are_not_two(nlp):
    assert _killed(nlp, "Gunmen killed a farmer and dumped his body in a river.") == [1]


def test_stated_totals(nlp):
    def total(text):
        doc = nlp(text)
        figs = [f for s in doc.sents for f in read_figures(casualties(s), doc.text, (s.start_char, s.end_char))]
        return tally(figs, civilian_context=False).fatalities

    assert total("Fatalities coded as 4 (including the attacker).").best == 4
    assert total("Gunmen shot two men. 2 fatalities.").best == 2
    assert total("Two died at once and one later. The death toll rose to 3.").best == 3
    assert total("Five people were killed.").best == 5


HEAD = "Violence in Velmora\n"


def _run(nlp, body):
    text = HEAD + body
    report = Report(id="t", text=text, published=dt.date(2022, 6, 20), body_start=len(HEAD))
    txs = []
    for m in re.finditer(r"(\d+) June", text):
        d = dt.date(2022, 6, int(m.group(1)))
        txs.append(Timex(m.start(), m.end(), m.group(), "DATE", d.isoformat(), d, d, "day"))
    tops = [Toponym(m.start(), m.end(), "Velmora", Location("Velmora", "Kenya", lat=0.5, lon=35.0, precision="city"))
            for m in re.finditer("Velmora", text)]
    return extract_events(report, nlp(report.clean), txs, tops)


def test_a_toll_told_after_the_event_is_its_toll(nlp):
    events = _run(nlp, "On 12 June, armed men attacked a police post in Velmora. Two officers were killed.")
    assert events[0].fatalities is not None and events[0].fatalities.best == 2


def test_a_stated_total_wins_over_added_clauses(nlp):
    events = _run(nlp, "On 12 June, gunmen killed two farmers and a trader in Velmora. "
                       "Fatalities coded as 2 (the trader survived).")
    assert events[0].fatalities.best == 2


@pytest.mark.parametrize("text, want", [
    ("Between 8 and 10 people were killed.", (8, 8, 10)),  # the lowest sure number is best
    ("At least 12 people were killed.", (12, 12, None)),
    ("Up to 30 people were killed.", (30, None, 30)),
    ("Gunmen killed 3 people, including 2 children.", (3, 3, 3)),  # 'including' is not added
    ("3 soldiers and 5 militants were killed.", (8, 8, 8)),  # every death in the event counts
    ("Bandits killed a shopkeeper and his wife.", (2, 2, 2)),
])
def test_bounds_and_sums(nlp, text, want):
    got = [c.value for s in nlp(text).sents for c in casualties(s) if c.kind == "killed"]
    assert [(v.best, v.low, v.high) for v in got] == [want]


def test_a_stated_total_in_its_own_sentence_is_evidenced(nlp):
    events = _run(nlp, "On 12 June, armed men attacked a police post in Velmora. 3 fatalities.")
    assert events[0].fatalities.best == 3
    assert [e.text for e in events[0].sources[0].evidence["fatalities"]] == ["3 fatalities"]


@pytest.mark.issue(22)
@pytest.mark.parametrize("text, want", [
    ("Feuding between two cattle clans near Tarsk left at least 14 people dead.", [14]),  # a small clause
    ("Fighting near Tarsk left 4 rangers and 9 poachers dead.", [13]),  # the whole list, not its last item
    ("Raiders storm Tarsk depot; 3 guards, 7 raiders killed", [10]),  # a headline's list
    ("Roadside mine hits convoy north of Tarsk, 3 dead", [3]),
    ("Tarsk: rocket strike on bus depot kills at least 21", [21]),
    ("A monitoring group reported at least 9 killed.", [9]),
    ("Mine hits patrol near Tarsk; 5 rangers hurt, none killed", [0]),
    ("The mob doused the two suspects with petrol; both died.", [2]),
    ("Men on a motorbike shot dead a vaccination worker in Tarsk on Monday.", [1]),
    # each item with its own casualty word counts only by it; a list's parts are no more victims
    ("5 injured and 2 killed in brawl between rival party supporters", [2]),
    ("Fighting left 2 rangers dead and 4 others injured near Tarsk.", [2]),
    ("The feud ended with 6 herders killed, 4 from one clan and 2 from the other.", [6]),
    ("Two traders were shot dead at Tarsk market by raiders.", [2]),  # 'at' is no article
    # a dateline the parser takes for the subject is no victim, and its apposition is the toll
    ("KORVA — At least nine villagers, three of them children, were killed on Friday when jets struck the market.",
     [9]),
    ("VELTA — Two members of the Velta Home Guard, a village militia, were killed when a drone hit their car.", [2]),
    # the people who told of it are no victims
    ("Gunmen raided a camp near Tarsk and killed six herders, elders and a local official said.", [6]),
    # a side's words for the enemies it killed, read where the parse has no killing
    ("After an exchange of fire near Tarsk, as a result of which nine militants were sent to hell.", [9]),
    ("According to our data, 14 invaders were eliminated near Tarsk.", [14]),
    ("Near Tarsk, two armoured vehicles were eliminated.", []),
    ("Korva: militia assault on army base leaves at least 40 soldiers dead", [40]),  # a label is no victim
    ("A grenade hit a cafe in Korva on 3 May; two people were hurt. No one was killed.", []),
    # a headline's toll over its body: the number killed, never the building hit
    ("Korva: bomber hits police mosque during prayers, at least 28 killed\nThe blast brought down a wall of the "
     "compound, officials said.", [28]),
    ("Militant ambush on army bus in desert near Korva leaves 13 soldiers dead\nGunmen opened fire on the vehicle "
     "as it carried troops, a monitor said.", [13]),
])
def test_tolls_the_parse_hides(nlp, text, want):
    assert _killed(nlp, text) == want


@pytest.mark.issue(22)
def test_a_note_that_says_no_one_died_has_zero_fatalities(nlp):
    def fatalities(text):
        report = Report(id="z", text=text, published=dt.date(2024, 5, 3))
        doc = nlp(report.clean)
        tops = [Toponym(m.start(), m.end(), "Tarsk", Location("Tarsk", "Kenya", lat=0.5, lon=35.0, precision="city"))
                for m in re.finditer("Tarsk", text)]
        return [e.fatalities for e in extract_events(report, doc, [], tops)]
    (zero,) = fatalities("Unknown men threw a grenade at the police post in Tarsk on 2 May 2024. "
                         "The gate was damaged; no one was hurt.")
    assert zero is not None and zero.best == 0
    (unknown,) = fatalities("Unknown men threw a grenade at the police post in Tarsk on 2 May 2024. The gate was damaged.")
    assert unknown is None  # nothing said of the dead: unknown, not zero
    (counted,) = fatalities("Gunmen shot dead two guards at the depot in Tarsk on 2 May 2024. No civilians were hurt.")
    assert counted.best == 2


@pytest.mark.issue(22)
def test_a_coded_toll_split_between_events_gives_this_events_share(nlp):
    text = "Rebels shelled army posts near Tarsk. Fatalities were coded as 12, split among 4 events."
    doc = nlp(text)
    figs = [f for s in doc.sents for f in read_figures(casualties(s), text, (s.start_char, s.end_char))]
    assert tally(figs, civilian_context=False).fatalities.best == 3
    text = "Rebels shelled army posts near Tarsk. Fatalities were coded as 12."
    doc = nlp(text)
    figs = [f for s in doc.sents for f in read_figures(casualties(s), text, (s.start_char, s.end_char))]
    assert tally(figs, civilian_context=False).fatalities.best == 12
