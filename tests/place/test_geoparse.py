import pytest

from strikewatch.place import geoparse

TEXT = ("Militants shelled a checkpoint near Tikrit on Monday, and an airstrike hit a depot in and around "
        "Fallujah. Aid groups warned of hunger in southern Yemen. The mayor of Albany, Ga., said Tuesday "
        "that the fair would go ahead.")


@pytest.fixture(scope="module")
def parsed(nlp):
    return {t.text: t for t in geoparse(TEXT, doc=nlp(TEXT))}


def test_gold_spans_mode_resolves_exact_spans():
    s = TEXT.index("Tikrit")
    (t,) = geoparse(TEXT, spans=[(s, s + 6)])
    assert (t.start, t.end, t.text) == (s, s + 6, "Tikrit")
    assert t.location.country == "Iraq" and t.location.admin1 == "Salah ad Din Governorate"
    assert t.location.precision == "near"


def test_full_mode_precisions(parsed):
    assert parsed["Tikrit"].location.precision == "near"
    assert parsed["Fallujah"].location.precision == "in and around"
    assert parsed["Fallujah"].location.admin1 == "Anbar"


def test_region_phrase(parsed):
    yemen = parsed["southern Yemen"].location
    assert (yemen.name, yemen.country, yemen.precision, yemen.feature) == ("southern Yemen", "Yemen", "region", "region")
    assert yemen.lat < 15.5


def test_state_abbreviation_cue(parsed):
    albany = parsed["Albany"].location
    assert (albany.country_code, albany.admin1) == ("US", "Georgia")


def test_sorted_and_text_matches(parsed):
    tops = geoparse(TEXT)
    assert [t.start for t in tops] == sorted(t.start for t in tops)
    assert all(TEXT[t.start:t.end] == t.text for t in tops)


def test_coherence_with_county():
    text = "Deputies from Rapides Parish arrested a man in Alexandria after a chase."
    spans = [(text.index("Rapides Parish"), text.index("Rapides Parish") + 14),
             (text.index("Alexandria"), text.index("Alexandria") + 10)]
    tops = geoparse(text, spans=spans)
    assert tops[1].location.admin1 == "Louisiana"
