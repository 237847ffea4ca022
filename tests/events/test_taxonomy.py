from strikewatch.events.taxonomy import EVENT_TYPE_OF, SUB_EVENT_TYPES, TAXONOMY, is_valid


def test_six_types_twenty_five_subtypes():
    assert len(TAXONOMY) == 6
    assert len(SUB_EVENT_TYPES) == 25 == len(set(SUB_EVENT_TYPES))
    assert EVENT_TYPE_OF["Air/drone strike"] == "Explosions/Remote violence"
    assert is_valid("Riots", "Mob violence") and not is_valid("Battles", "Mob violence")


def test_types_are_string_enums_that_write_as_acled_strings():
    """Issue 20: members are ACLED's strings, so JSON, CSV and lookups by plain strings are unchanged."""
    import csv
    import io
    import json

    from strikewatch.events.taxonomy import EventType, SubEventType, describe
    from strikewatch.models import Event

    assert SubEventType.AIR_DRONE_STRIKE == "Air/drone strike" and hash(SubEventType.GRENADE) == hash("Grenade")
    assert f"{SubEventType.SHELLING}" == str(SubEventType.SHELLING) == "Shelling/artillery/missile attack"
    assert set(SUB_EVENT_TYPES) == set(SubEventType) and set(TAXONOMY) == set(EventType)
    assert all(isinstance(s, SubEventType) for s in SUB_EVENT_TYPES)
    assert EVENT_TYPE_OF["Mob violence"] is EventType.RIOTS
    typed = Event("e1", EventType.EXPLOSIONS, SubEventType.AIR_DRONE_STRIKE)
    plain = Event("e1", "Explosions/Remote violence", "Air/drone strike")
    assert typed == plain and json.dumps(typed.to_dict()) == json.dumps(plain.to_dict())
    row = io.StringIO()
    csv.writer(row).writerow([typed.event_type, typed.sub_event_type])
    assert row.getvalue() == "Explosions/Remote violence,Air/drone strike\r\n"
    assert describe()[2] == {"event_type": "Violence against civilians", "key": "vac",
                             "sub_event_types": ["Sexual violence", "Attack", "Abduction/forced disappearance"]}


def test_an_event_holds_its_types_as_plain_strings():
    """Events coded now and events read back must file under the same hashed keys (repr-based)."""
    from strikewatch.events.taxonomy import EventType, SubEventType
    from strikewatch.models import Event

    ev = Event("e1", EventType.EXPLOSIONS, SubEventType.REMOTE_EXPLOSIVE)
    ev.sub_event_type = SubEventType.SUICIDE_BOMB
    assert type(ev.event_type) is str and type(ev.sub_event_type) is str
    assert repr(ev.to_dict()) == repr(Event("e1", "Explosions/Remote violence", "Suicide bomb").to_dict())
