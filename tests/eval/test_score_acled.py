from strikewatch.actors import load_aliases
from strikewatch.eval.score_acled import actor_match, note_report, score_acled
from strikewatch.models import Event, Fatalities, Location

ROW = {"id": "X1", "text": "On 3 May 2021, rebels shelled an army post near Foxton. 2 fatalities.",
       "event_date": "2021-05-03", "event_type": "Explosions/Remote violence",
       "sub_event_type": "Shelling/artillery/missile attack", "actor1": "Unidentified Armed Group (Iraq)",
       "actor2": "Military Forces of Iraq (2014-)", "lat": 36.0, "lon": 43.0, "fatalities": 2}


def test_note_report_publishes_a_week_later():
    r = note_report(ROW)
    assert r.id == "X1" and r.published.isoformat() == "2021-05-10"


def test_actor_match_is_loose_and_alias_aware():
    canon = load_aliases().canonical
    assert actor_match("Military Forces of Iraq (2014-)", "Military Forces of Iraq", canon)
    assert actor_match("Islamic State (Iraq)", "Islamic State", canon)
    assert not actor_match("Rioters (Kenya)", "Protesters", canon)
    assert actor_match(None, None, canon)


def test_scores_count_each_field():
    good = Event("X1#0", "Explosions/Remote violence", "Shelling/artillery/missile attack", date="2021-05-03",
                 location=Location("Foxton", lat=36.1, lon=43.0), actor1="Unidentified Armed Group",
                 actor2="Military Forces of Iraq", fatalities=Fatalities(2, 2, 2))
    bad = Event("X1#0", "Battles", "Armed clash", date="2021-05-04")
    answers = iter([[good], [bad], []])
    s = score_acled([ROW, ROW, ROW], lambda report: next(answers), load_aliases().canonical)
    d = s.to_dict()
    assert d["n"] == 3 and d["no_event"] == 1
    assert d["sub_event_type"] == round(1 / 3, 4) and d["date"] == round(1 / 3, 4)
    assert d["location_25km"] == round(1 / 3, 4) and d["fatalities"] == round(1 / 3, 4)
    assert ["Shelling/artillery/missile attack", "Armed clash", 1] in d["confusion"]
