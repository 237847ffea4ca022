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


def _one_regex_spans(table, text):
    """What the single case-insensitive regex of every alias (the scanner before the word index) finds."""
    import re

    from strikewatch.actors.aliases import _alias_pattern, _strict

    rx = re.compile(_alias_pattern([a for a in table.names if not _strict(a)], fold=True), re.IGNORECASE)
    return [(m.start(), m.end()) for m in rx.finditer(text)]


WORD_INDEX_TABLE = {"actor": [
    {"name": "Alpha Front", "aliases": ["Alpha", "Alpha Front fighters", "al-Alpha", "Al Alpha Brigade"]},
    {"name": "Al Beta", "aliases": ["al-Beta", "Al", "Beta Army of the North"]},
    {"name": "River Guard", "aliases": ["river guard", "River Guards", "Riverguard"], "kind": "militia"},
]}


@pytest.mark.parametrize("text", [
    "Alpha Front fighters met Alpha and al-Alpha near the river guard post.",
    "AL-BETA and the Al Alpha Brigade clashed; Riverguards and River Guards fled.",
    "Alpha-led units, an Alpha-planted device, pro-Alpha gunmen and Alphas.",
    "al-Beta's men (Beta Army of the North) and Al, alpha front FIGHTERS, river  guard.",
    "Residents of Alphaville said the river guard's boats had gone.",
])
def test_word_index_finds_what_one_regex_found(text):
    t = build_table(WORD_INDEX_TABLE)
    assert [(m.start(), m.end()) for m in t._loose_matches(text)] == _one_regex_spans(t, text)


def test_alias_regexes_are_compiled_for_the_words_a_text_has():
    t = build_table(WORD_INDEX_TABLE)
    assert t._compiled == {}
    hits = t.find("Alpha fighters crossed the river at dawn.")
    assert [h.actor.name for h in hits] == ["Alpha Front"]
    assert set(t._compiled) == {"alpha", "river", "the"}  # ("the government"), not "al", "beta", "riverguard"
    text = "Government forces and Syrian army units shelled positions held by the SDF near the river."
    assert [(m.start(), m.end()) for m in load_aliases()._loose_matches(text)] == _one_regex_spans(load_aliases(), text)


def test_dotless_i_and_long_s_spellings_match_without_crashing():
    t = build_table(WORD_INDEX_TABLE)
    hits = t.find("Men of the Rıver Guard and ALPHA FRONT FIGHTERſ were seen.")  # what re.I matches
    assert [h.actor.name for h in hits] == ["River Guard", "Alpha Front"]
    assert t.canonical("rıver guard") == t.canonical("River Guard")


def test_the_regime_is_a_state_force():
    # "regime shelling", "regime helicopters": monitors' word for a government's forces
    t = load_aliases()
    assert t.lookup("regime helicopters").kind == "state" and t.lookup("regime").kind == "state"
