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
