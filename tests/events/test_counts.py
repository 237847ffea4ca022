from strikewatch.events.counts import find_targets, parse_quantity, strike_counts
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
