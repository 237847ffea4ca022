import pytest

from strikewatch.actors import build_table, load_aliases


def test_aliases_collapse_to_one_actor():
    t = load_aliases()
    for alias in ("ISIS", "ISIL", "Daesh", "Islamic State", "IS"):
        assert t.lookup(alias).name == "Islamic State"
    for alias in ("US-led coalition", "CJTF-OIR", "Operation Inherent Resolve", "coalition"):
        assert t.lookup(alias).name == "Coalition"
    assert t.lookup("is") is None  # short all-capital aliases are case-sensitive


def test_demonyms_make_national_forces():
    t = load_aliases()
    assert t.lookup("Iraqi army").name == "Military Forces of Iraq"
    assert t.lookup("ISF").name == "Military Forces of Iraq"
    assert t.lookup("Kenyan police").name == "Police Forces of Kenya"
    assert t.lookup("US soldiers").name == "Military Forces of the United States"


def test_canonical_reads_acled_strings():
    t = load_aliases()
    assert t.canonical("Military Forces of Iraq (2014-)") == "Military Forces of Iraq"
    assert t.canonical("Islamic State (Iraq)") == "Islamic State"
    assert t.canonical("Rioters (Kenya)") == "Rioters"


def test_find_prefers_longest_alias():
    t = build_table({"actor": [{"name": "Alpha Front", "aliases": ["Alpha", "Alpha Front fighters"]}]})
    text = "Alpha Front fighters met Alpha."
    assert [(text[h.start:h.end], h.actor.name) for h in t.find(text)] == [
        ("Alpha Front fighters", "Alpha Front"), ("Alpha", "Alpha Front")]


@pytest.mark.parametrize("text,name", [
    ("Nepalese police detained the organisers.", "Police Forces of Nepal"),
    ("Congolese soldiers pushed into the hills.", "Military Forces of the Democratic Republic of Congo"),
    ("GSU officers sealed off the estate.", "Police Forces of Kenya"),
    ("Carabineros dispersed the march.", "Police Forces of Chile"),
    ("The Saudi-led coalition bombed a bridge.", "Operation Restoring Hope"),
    ("Mayi Mayi militiamen raided the village.", "Mayi Mayi Militia"),  # a named group, not '<X> militiamen'
    ("Maoist rebels torched two trucks.", "Naxal-Maoist Rebels"),
])
def test_world_forces_and_groups(text, name):
    hits = load_aliases().find(text)
    assert hits and hits[0].actor.name == name


def test_bare_separatists_name_no_one():
    hits = load_aliases().find("Separatists attacked a checkpoint.")
    assert all(h.actor.name != "NAF: United Armed Forces of Novorossiya" for h in hits)


def test_acled_country_forms_canonical():
    table = load_aliases()
    assert table.canonical("Police Forces of Nepal (2006-)") == "Police Forces of Nepal"
    assert table.canonical("QSD: Syrian Democratic Forces") == "SDF: Syrian Democratic Forces"


def test_hyphen_compounds_name_the_agent_only():
    table = load_aliases()
    assert [h.actor.name for h in table.find("a Taliban-planted mine")] == ["Taliban"]
    assert [h.actor.name for h in table.find("an ISIS-claimed bombing")] == ["Islamic State"]
    assert all(h.actor.name != "Houthis" for h in table.find("in Houthi-held districts"))
    assert all(h.actor.name != "Taliban" for h in table.find("an anti-Taliban uprising"))


def test_unidentified_aircraft_and_pro_prefixes():
    table = load_aliases()
    assert table.lookup("unidentified warplanes").name == "Unidentified Military Forces"
    assert table.find("pro-Houthi fighters advanced")[0].actor.name == "Houthis"
    assert table.lookup("Turkish Gendarmerie").name == "Military Forces of Turkey"
