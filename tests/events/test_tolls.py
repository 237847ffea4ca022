"""Casualty figures reconciled: ranges, alternative estimates, updates, cumulative tolls, civilians (invented text)."""
import pytest

from strikewatch.events.fatalities import casualties
from strikewatch.events.tolls import category, is_cumulative, read_figures, tally


def _tally(nlp, text, context=False):
    doc = nlp(text)
    figs = [f for s in doc.sents if not is_cumulative(s.text)
            for f in read_figures(casualties(s), doc.text, (s.start_char, s.end_char))]
    t = tally(figs, civilian_context=context)
    val = lambda f: None if f is None else (f.best, f.low, f.high)  # noqa: E731
    return val(t.fatalities), val(t.civilians), val(t.injured)


@pytest.mark.issue(18)
def test_alternative_estimates_are_bounds_never_a_sum(nlp):
    assert _tally(nlp, "The strike killed at least 11 people and up to 30, local sources said.")[0] == (11, 11, 30)
    two = ("The civil defence said at least 11 people were killed. "
           "Local pages reported that up to 30 people were killed.")
    assert _tally(nlp, two)[0] == (11, 11, 30)
    three = ("Police said eight people were killed. Doctors said they had received 14 bodies. "
             "An ambulance service said it carried 12 dead from the scene.")
    assert _tally(nlp, three)[0] == (8, 8, 14)


@pytest.mark.issue(18)
def test_the_latest_update_wins(nlp):
    text = ("The missile killed at least seven people and wounded dozens. "
            "By Saturday the death toll had risen to 12 and 43 people had been injured.")
    fat, _, inj = _tally(nlp, text)
    assert fat == (12, 12, 12) and inj == (43, 43, 43)
    assert _tally(nlp, "A first toll gave 35 dead; the figure was revised to 45 the next day.")[0][0] == 45


@pytest.mark.issue(18)
def test_civilians_combatants_and_unknown(nlp):
    assert _tally(nlp, "Seven civilians, including two children, were killed in the shelling.")[1] == (7, 7, 7)
    assert _tally(nlp, "48 people had been killed, among them eight militiamen.", context=True)[1] == (40, 40, 40)
    fat, civ, _ = _tally(nlp, "The dead included 52 police officers and seven civilians.")
    assert fat[0] == 59 and civ == (7, 7, 7)
    assert _tally(nlp, "The drone killed two members of the militia and a civilian.")[1] == (1, 1, 1)
    assert _tally(nlp, "Twelve soldiers were killed in the ambush.", context=True)[1] is None
    assert category("killed five Palestinians") == "unknown" and category("three soldiers") == "combatant"


@pytest.mark.issue(18)
def test_cumulative_and_nationwide_tolls_are_not_an_incidents(nlp):
    assert is_cumulative("The ministry said 86 people had been killed across the region in the previous 24 hours.")
    assert is_cumulative("More than 10,000 civilians have been killed since the invasion began.")
    assert is_cumulative("The insurgency has killed more than 35,000 people.")
    assert not is_cumulative("A strike on the market on Friday killed at least seven people.")
    text = ("Shelling killed nine civilians in the market. "
            "Across the country, 60 people were killed in the previous week, the ministry said.")
    assert _tally(nlp, text)[0] == (9, 9, 9)


@pytest.mark.issue(18)
def test_kin_who_died_later_do_not_replace_the_toll():
    import datetime as dt

    from strikewatch import build_report, load_pipeline

    text = ("Up to nine civilians were reported killed when an air strike hit a market in Hazano on "
            "the evening of 4 May 2021. A shopkeeper and his two sons died of their wounds in hospital "
            "in Atarib the following day, a medic said.")
    (event,) = load_pipeline().events_of(build_report("k", text, published=dt.date(2021, 5, 9)))
    assert event.fatalities.high == 9 and event.fatalities.best == 9


def test_a_count_of_others_hurt_is_no_higher_estimate_of_the_dead(nlp):
    text = "At least four villagers were killed and up to 15 others injured when the shells landed."
    killed, _, injured = _tally(nlp, text)
    assert killed == (4, 4, None) and injured == (15, None, 15)


def test_another_sources_toll_read_without_a_parse():
    from strikewatch.events.tolls import plain_tolls

    for text in ("A monitoring group put the death toll at nine.", "The rights group documented 11 civilian deaths."):
        (got,) = plain_tolls(text, 0, len(text))
        assert got.kind == "killed" and got.value.best in (9, 11)
    assert plain_tolls("The agency reported nine new cases.", 0, 38) == []


@pytest.mark.issue(22)
def test_a_counted_group_of_men_is_the_lead_toll_and_another_sources_figure_its_high(nlp):
    text = ("Gunmen killed seven men in a village near Tarsk on Friday, residents said. "
            "A hospital source said nine people had died.")
    assert _tally(nlp, text)[0] == (7, 7, 9)
    kin = ("Shelling killed a farmer and his two sons near Tarsk on Friday. "
           "A local official said four people had died.")
    assert _tally(nlp, kin)[0][0] == 4  # victims named by kin give way to the general figure
