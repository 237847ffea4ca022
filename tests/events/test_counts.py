from strikewatch.events.counts import find_targets, munition_counts, parse_quantity, strike_counts
from strikewatch.models import Fatalities


def test_quantities_with_bounds():
    assert parse_quantity("at least 12") == Fatalities(12, 12, None)
    assert parse_quantity("up to 30") == Fatalities(30, None, 30)
    assert parse_quantity("between 8 and 10") == Fatalities(8, 8, 10)
    assert parse_quantity("dozens") == Fatalities(12, 12, None)
    assert parse_quantity("a dozen") == Fatalities(12, 12, None)
    assert parse_quantity("twenty-one") == Fatalities(21, 21, 21)
    assert parse_quantity("5,000") == Fatalities(5000, 5000, 5000)


def test_strike_counts_in_an_enumeration():
    text = ("Jets flew three sorties on May 2, then carried out two more airstrikes on May 3 "
            "and another strike on May 5; one of nine strikes hit a depot.")
    got = [(text[c.start:c.end], c.value) for c in strike_counts(text)]
    assert got == [("three sorties", 3), ("two more airstrikes", 2), ("another strike", 1),
                   ("one of nine strikes", 9)]


def test_targets_with_counts_and_synonyms():
    text = ("The raid hit two enemy tactical units, a car bomb, four fighting positions, "
            "a vehicle-borne improvised explosive device factory and vehicles.")
    got = [(t.type, t.count) for t in find_targets(text)]
    assert got == [("tactical unit", 2), ("VBIED", 1), ("fighting position", 4), ("VBIED factory", 1),
                   ("vehicle", None)]


def test_release_targets_of_the_oil_trade_training_and_earthworks():
    text = "Three strikes destroyed an ISIS oil collection point, two bulldozers, a training camp and a cave."
    assert [(t.type, t.count) for t in find_targets(text)] == [
        ("oil facility", 1), ("engineering vehicle", 2), ("training camp", 1), ("cave", 1)]


def test_munitions_delivered_count_as_strikes():
    values = lambda text: [c.value for c in munition_counts(text)]
    assert values("A fighter jet dropped three bombs on the market hall") == [3]
    assert values("Two cruise missiles slammed into the depot before dawn") == [2]
    assert values("A suspected Turkish drone struck a pickup outside the village") == [1]
    assert values("Border drone hits fuel truck, driver killed") == [1]  # a headline drops the article
    assert values("three drones the militia said it had sent struck the airfield") == [3]
    # a verb or a clause between the number and the munition, a comma, or nothing delivered: no count
    assert values("Nine wounded when enemy rockets struck the port") == []
    assert values("four rockets were intercepted, while another hit a field") == []
    assert values("The army launched 40 drones overnight") == []
    assert values("Militants fired 40 rockets at the border towns") == []  # fired, not told to have hit
    assert values("the bombs struck a school") == []


def test_drone_and_air_attacks_are_counted_strikes():
    assert [c.value for c in strike_counts("The cartel carried out 5 drone attacks on farms")] == [5]
    assert [c.value for c in strike_counts("an air attack on the depot")] == [1]
    assert strike_counts("two attacks on the depot") == []
