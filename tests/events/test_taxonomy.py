from strikewatch.events.taxonomy import EVENT_TYPE_OF, SUB_EVENT_TYPES, TAXONOMY, is_valid


def test_six_types_twenty_five_subtypes():
    assert len(TAXONOMY) == 6
    assert len(SUB_EVENT_TYPES) == 25 == len(set(SUB_EVENT_TYPES))
    assert EVENT_TYPE_OF["Air/drone strike"] == "Explosions/Remote violence"
    assert is_valid("Riots", "Mob violence") and not is_valid("Battles", "Mob violence")
