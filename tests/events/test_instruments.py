import pytest

from strikewatch.events.instruments import AIR, GRENADE, IED, SHELL, SUICIDE, find_instruments, instrument_for


@pytest.mark.parametrize("text,trigger,struck,want", [
    ("A roadside bomb struck a police vehicle near the town.", "struck", True, IED),
    ("Russian artillery struck residential areas of the city.", "struck", True, SHELL),
    ("Jets struck two artillery positions north of the river.", "struck", True, AIR),
    ("Planes were striking an enemy truck bomb at dawn.", "striking", True, AIR),
    ("The militia hit the camp with rockets overnight.", "hit", True, SHELL),
    ("A suicide bomber detonated a car packed with explosives.", "detonated", False, SUICIDE),
    ("Someone threw a grenade into the crowd.", "threw", False, GRENADE),
    ("Riot police threw stun grenades into the crowd.", "threw", False, None),  # crowd control, no weapon
    ("Riot police fired tear gas shells at the marchers.", "fired", False, None),
    ("Fighters fired a rocket-propelled grenade at the truck.", "fired", False, None),
    ("Observers recorded 12 explosions near the front line.", "explosions", False, SHELL),
    ("The explosions at two embassies killed dozens of passers-by.", "explosions", False, IED),  # set at a site
    ("An explosion tore through a bus station.", "explosion", False, IED),
    ("Soldiers defused a landmine before it went off.", "went", False, None),
    ("Barrel bombs fell on two quarters of the besieged town.", "fell", False, AIR),
    ("Helicopters dropped explosive barrels on the market.", "dropped", False, AIR),
])
def test_instrument_for(text, trigger, struck, want):
    assert instrument_for(text, text.index(trigger), struck) == want


def test_find_instruments_spans_and_mines():
    text = "A drone dropped a mortar shell near the gold mine."
    got = [(text[i.start:i.end], i.sub_type) for i in find_instruments(text)]
    assert got == [("drone", AIR), ("mortar", SHELL), ("shell", SHELL)]


def test_a_mine_one_works_at_is_no_landmine():
    at_work = "Two workers were shot at the mine when guards opened fire."
    assert [i.sub_type for i in find_instruments(at_work)] == []
    field = "Two herders were killed when their cart hit a mine near the well."
    assert [i.sub_type for i in find_instruments(field)] == [IED]
