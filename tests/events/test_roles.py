from collections import Counter

import pytest

from strikewatch.actors import load_aliases
from strikewatch.events.roles import claimed_by, crowd_actors, fill_actors, state_force_in
from strikewatch.models import Event, Location


def _event(sub, etype, a1=None, a2=None, country=None):
    loc = Location("Somewhere", country=country) if country else None
    return Event(id="r#0", event_type=etype, sub_event_type=sub, actor1=a1, actor2=a2, location=loc)


@pytest.mark.parametrize("sub,etype,a1,a2,context,w1,w2", [
    # the force that intervened is named only in a later sentence of the event
    ("Protest with intervention", "Protests", "Protesters", None,
     "Nurses marched to the ministry over unpaid wages. Riot police fired tear gas.", "Protesters", "Police Forces"),
    # a peaceful protest has no second actor, even when the crowd's members are civilians
    ("Peaceful protest", "Protests", "Protesters", "Civilians",
     "Fishermen gathered outside the town hall to demand compensation.", "Protesters", None),
    # the police acted first in the sentence, but ACLED codes the crowd as actor1
    ("Violent demonstration", "Riots", "Police Forces", "Rioters",
     "Police fired live bullets at youths who had barricaded the highway.", "Rioters", "Police Forces"),
    # a police station is a place, not the police intervening
    ("Violent demonstration", "Riots", "Rioters", None,
     "Youths burned tyres in front of the police station over a land dispute.", "Rioters", None),
    # two crowds fighting each other
    ("Mob violence", "Riots", "Rioters", None,
     "Supporters of two rival candidates clashed outside a polling centre.", "Rioters", "Rioters"),
    ("Mob violence", "Riots", "Rioters", None,
     "A crowd beat a suspected thief to death at the market.", "Rioters", "Civilians"),
    # no force named at all: an intervention is by the police
    ("Protest with intervention", "Protests", None, None,
     "Traders protesting new levies were dispersed.", "Protesters", "Police Forces"),
])
def test_crowd_actors(sub, etype, a1, a2, context, w1, w2):
    e = _event(sub, etype, a1, a2)
    crowd_actors(e, context, load_aliases())
    assert (e.actor1, e.actor2) == (w1, w2)


def test_state_force_in_skips_places():
    table = load_aliases()
    assert state_force_in("They marched past the army barracks and the police post.", table) is None
    assert state_force_in("They marched past the barracks until soldiers blocked them.", table) == "Military Forces"


@pytest.mark.parametrize("text,want", [
    ("The bombing of the bus was blamed on al-Shabaab.", "Al Shabaab"),
    ("Boko Haram has claimed the attack on the village.", "Boko Haram"),
    ("A gunman linked to the Taliban opened fire on a checkpoint.", "Taliban"),
    ("Three al-Shabaab fighters were killed in the raid.", None),  # victims, not a claim
    ("The army blamed the attack on bandits.", None),  # generic noun: no named group to credit
])
def test_claimed_by(text, want):
    assert claimed_by(text, load_aliases()) == want


def test_fill_actors_credits_claimed_group_and_keeps_victims():
    e = _event("Remote explosive/landmine/IED", "Explosions/Remote violence", "Unidentified Armed Group",
               "Civilians", country="Somalia")
    fill_actors([e], Counter(), ["A roadside bomb killed four traders; officials blamed al-Shabaab militants. "
                                 "The blast was claimed by al-Shabaab."], load_aliases())
    assert (e.actor1, e.actor2) == ("Al Shabaab", "Civilians")


def test_fill_actors_country_context():
    table = load_aliases()
    police = _event("Armed clash", "Battles", "Police Forces", "Unidentified Armed Group", country="Kenya")
    strike = _event("Air/drone strike", "Explosions/Remote violence", "Coalition", "Houthis", country="Yemen")
    fill_actors([police, strike], Counter(), ["Police exchanged fire with gunmen.",
                                              "Coalition jets struck a rebel camp."], table)
    assert police.actor1 == "Police Forces of Kenya"
    assert strike.actor1 == "Operation Restoring Hope"  # in Yemen, "the coalition" is the Saudi-led one


def test_fill_actors_unnamed_attacker_on_civilians():
    e = _event("Attack", "Violence against civilians", None, None, country="Nigeria")
    fill_actors([e], Counter(), ["Two farmers were shot dead on their way to the fields."], load_aliases())
    assert (e.actor1, e.actor2) == ("Unidentified Armed Group", "Civilians")


def test_arrests_default_to_police_and_civilians():
    e = _event("Arrests", "Strategic developments", None, None, country="Uganda")
    fill_actors([e], Counter(), ["Two opposition organisers were detained overnight."], load_aliases())
    assert (e.actor1, e.actor2) == ("Police Forces of Uganda", "Civilians")


@pytest.mark.parametrize("a1,a2,context,w1,w2", [
    # a clash has two sides: an unnamed one is ACLED's Unidentified Armed Group
    ("Unidentified Armed Group", None, "Gunmen exchanged fire for an hour.", "Unidentified Armed Group",
     "Unidentified Armed Group"),
    # a named group's opponent is the force the text names
    ("Boko Haram", None, "Boko Haram fighters overran the town before soldiers arrived.", "Boko Haram",
     "Military Forces of Nigeria"),
    # the only named side is a state force: it leads, the unnamed other side follows
    (None, "Police Forces", "A suspect died in a shootout with police.", "Police Forces of Nigeria",
     "Unidentified Armed Group"),
])
def test_armed_clash_sides(a1, a2, context, w1, w2):
    e = _event("Armed clash", "Battles", a1, a2, country="Nigeria")
    fill_actors([e], Counter(), [context], load_aliases())
    assert (e.actor1, e.actor2) == (w1, w2)


def test_unnamed_victims_of_bombs_are_civilians():
    e = _event("Remote explosive/landmine/IED", "Explosions/Remote violence", None, None, country="Mali")
    fill_actors([e], Counter(), ["A mine exploded under a cart on the road."], load_aliases())
    assert (e.actor1, e.actor2) == ("Unidentified Armed Group", "Civilians")


def test_claimed_bomb_turns_the_state_force_into_its_target():
    e = _event("Remote explosive/landmine/IED", "Explosions/Remote violence", "Police Forces", "Civilians",
               country="Kenya")
    fill_actors([e], Counter(), ["Four officers died when their truck hit a mine. Al-Shabaab claimed "
                                 "responsibility."], load_aliases())
    assert (e.actor1, e.actor2) == ("Al Shabaab", "Police Forces of Kenya")


def test_a_bombed_force_is_the_target_not_the_bomber():
    e = _event("Suicide bomb", "Explosions/Remote violence", "Police Forces", "Civilians", country="Niger")
    fill_actors([e], Counter(), ["A suicide bomber struck a police post on the ring road, killing six."], load_aliases())
    assert (e.actor1, e.actor2) == ("Unidentified Armed Group", "Police Forces of Niger")
