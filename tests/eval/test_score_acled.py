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


def test_note_report_takes_the_row_source_as_its_outlet():
    # a note that names no place still says whose news it is through its source
    assert note_report({**ROW, "source": "Weekly  Sentinel (Kenya)"}).outlet == "Weekly Sentinel (Kenya)"
    assert note_report({**ROW, "source": None}).outlet is None
    assert note_report({**ROW, "source": "   "}).outlet is None
    assert note_report(ROW).outlet is None


def test_actor_match_is_loose_and_alias_aware():
    canon = load_aliases().canonical
    assert actor_match("Military Forces of Iraq (2014-)", "Military Forces of Iraq", canon)
    assert actor_match("Islamic State (Iraq)", "Islamic State", canon)
    assert not actor_match("Rioters (Kenya)", "Protesters", canon)
    assert actor_match(None, None, canon)


def test_actor_match_needs_the_country_of_state_forces():
    canon = load_aliases().canonical
    assert not actor_match("Police Forces of Kenya (2013-)", "Police Forces", canon)
    assert not actor_match("Military Forces of Kenya (2013-)", "Military Forces", canon)
    assert actor_match("Police Forces of Kenya (2013-)", "Police Forces of Kenya", canon)


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


def test_explicit_date_and_calibration_are_reported():
    from strikewatch.eval.score_acled import AcledScores, score_one

    canon = load_aliases().canonical
    s = AcledScores()
    right = Event("X1#0", "Explosions/Remote violence", "Shelling/artillery/missile attack", date="2021-05-03",
                  field_confidence={"sub_event_type": 0.9})
    wrong = Event("X1#0", "Battles", "Armed clash", date="2021-05-04", field_confidence={"sub_event_type": 0.3})
    score_one(s, ROW, right, canon)
    score_one(s, dict(ROW, text="Rebels shelled an army post."), wrong, canon)
    d = s.to_dict()
    assert d["n_explicit_date"] == 1 and d["date_explicit"] == 1.0
    assert d["calibration"]["bins"] == [
        {"bin": "0.2-0.4", "n": 1, "confidence": 0.3, "accuracy": 0.0},
        {"bin": "0.8-1.0", "n": 1, "confidence": 0.9, "accuracy": 1.0}]
    assert d["calibration"]["ece"] == round(0.5 * 0.3 + 0.5 * 0.1, 4)


def test_split_half_is_fixed_and_disjoint():
    from strikewatch.eval.score_acled import split_half

    rows = [{"id": f"R{k}"} for k in range(200)]
    train, test = split_half(rows)
    assert len(train) + len(test) == 200 and 70 < len(train) < 130
    assert not {r["id"] for r in train} & {r["id"] for r in test}
    assert split_half(rows) == (train, test)


def test_per_sub_type_precision_recall_and_macro_f1():
    from strikewatch.eval.score_acled import AcledScores

    s = AcledScores()
    s.confusion.update({("Attack", "Attack"): 3, ("Attack", "Armed clash"): 1,
                        ("Armed clash", "Armed clash"): 1, ("Armed clash", "(none)"): 1})
    table = s.to_dict()["per_sub_type"]  # rounded to 4 places for printing; per_class() keeps full precision
    assert table["Attack"] == {"n": 4, "precision": 1.0, "recall": 0.75, "f1": round(6 / 7, 4)}
    assert table["Armed clash"]["n"] == 2
    assert table["Armed clash"]["precision"] == 0.5 and table["Armed clash"]["recall"] == 0.5
    assert abs(s.macro_f1() - (6 / 7 + 0.5) / 2) < 1e-9
    assert abs(s.per_class()["Attack"]["f1"] - 6 / 7) < 1e-12


def test_spread_sample_is_even_and_keeps_small_inputs_whole():
    from strikewatch.eval.score_acled import spread_sample

    rows = [{"id": i} for i in range(10)]
    assert [r["id"] for r in spread_sample(rows, 5)] == [0, 2, 4, 6, 8]
    assert spread_sample(rows, None) is rows and spread_sample(rows, 10) is rows


def test_confusion_matrix_rows_are_gold_and_columns_predicted():
    from strikewatch.eval.score_acled import confusion_matrix

    lines = confusion_matrix([["Armed clash", "Armed clash", 12], ["Armed clash", "Attack", 3],
                              ["Attack", "(none)", 2], ["Agreement", "Armed clash", 1]])
    assert lines[0].split() == ["AC", "ATK", "--", "gold"]
    assert lines[1].split() == ["AC", "12", "3", ".", "Armed", "clash"]
    assert lines[2].split() == ["ATK", ".", ".", "2", "Attack"]
    assert lines[3].split() == ["AGR", "1", ".", ".", "Agreement"]
