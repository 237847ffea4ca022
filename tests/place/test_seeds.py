import pytest

from strikewatch.place import geoparse


def _by_text(tops):
    out = {}
    for t in tops:
        out.setdefault(t.text, t)
    return out


@pytest.mark.shared
def test_seed_places(shared_dir, nlp):
    seeds = sorted((shared_dir / "corpus" / "seeds").glob("*.txt"))
    found = {}
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        for t in geoparse(text, doc=nlp(text)):
            found.setdefault(t.text, t)
    mosul = found["Mosul"].location
    assert abs(mosul.lat - 36.335) < 0.01 and abs(mosul.lon - 43.119) < 0.01
    assert found["Baghdad"].location.country == "Iraq"
    rutbah = found["Ar Rutbah"].location
    assert (rutbah.admin1, rutbah.country) == ("Anbar", "Iraq")
    assert abs(rutbah.lat - 33.0381) < 0.01 and abs(rutbah.lon - 40.2848) < 0.01
    afg = found["northern Afghanistan"].location
    assert (afg.country, afg.precision) == ("Afghanistan", "region")
    assert found["western Iraq"].location.precision == "region"
    assert found["Iraq"].location.precision == "country"
    for name in ("Facebook", "ISIS", "Peshmerga"):
        assert name not in found
