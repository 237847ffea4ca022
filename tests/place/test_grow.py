"""`strikewatch gazetteer build` on a small GeoNames-format dump we write: a village the embedded
gazetteer lacks is found and resolved once the built gazetteer is selected."""
import json
import zipfile

import pytest
from click.testing import CliRunner

from strikewatch.cli import main
from strikewatch.place import geoparse
from strikewatch.place.gazetteer import GAZETTEER_ENV

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1, admin2, admin3, admin4,
# population, elevation, dem, timezone, modified (the columns of GeoNames' XX.txt / allCountries.txt)
ROWS = [
    ("99000001", "Tall Qarqur", "Tall Qarqur", "Tell Qarqur,Tall Qarqour", "35.7201", "36.3502", "P", "PPL", "SY",
     "", "10", "", "", "", "0", "", "180", "Asia/Damascus", "2024-01-01"),
    ("99000002", "Qarqur Camp", "Qarqur Camp", "", "35.7305", "36.3611", "S", "CMPRF", "SY",
     "", "10", "", "", "", "0", "", "180", "Asia/Damascus", "2024-01-01"),
    ("99000003", "Jabal Qarqur", "Jabal Qarqur", "", "35.75", "36.30", "T", "MT", "SY",
     "", "10", "", "", "", "0", "", "600", "Asia/Damascus", "2024-01-01"),
    ("170017", "Hamah", "Hamah", "Hama", "35.13179", "36.75783", "P", "PPLA", "SY",
     "", "10", "", "", "", "460602", "", "309", "Asia/Damascus", "2024-01-01"),
]
ALTERNATES = [  # alternateNameId, geonameid, isolanguage, name, preferred, short, colloquial, historic, from, to
    ("5000001", "99000001", "en", "Tel Qarqour", "", "", "", "", "", ""),
    ("5000002", "99000001", "link", "https://example.org/tall-qarqur", "", "", "", "", "", ""),
    ("5000003", "99000001", "en", "Old Qarqurville", "", "", "", "1", "", ""),
]
LINE = "Near {}, two strikes engaged an ISIS tactical unit."


@pytest.fixture(scope="module")
def dump_files(tmp_path_factory):
    d = tmp_path_factory.mktemp("geonames")
    with zipfile.ZipFile(d / "SY.zip", "w") as zf:
        zf.writestr("SY.txt", "".join("\t".join(r) + "\n" for r in ROWS))
        zf.writestr("readme.txt", "not a table\n")
    (d / "alternateNamesV2.txt").write_text("".join("\t".join(r) + "\n" for r in ALTERNATES), encoding="utf-8")
    (d / "admin1CodesASCII.txt").write_text("SY.10\tHama\tHama\t170016\n", encoding="utf-8")
    return [str(d / "SY.zip"), str(d / "alternateNamesV2.txt"), str(d / "admin1CodesASCII.txt")]


@pytest.fixture(scope="module")
def built(dump_files, tmp_path_factory):
    out = tmp_path_factory.mktemp("built") / "gaz"
    result = CliRunner().invoke(main, ["gazetteer", "build", *dump_files, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{GAZETTEER_ENV}={out}" in result.output
    return out


def _place(nlp, text, name):
    return next((t for t in geoparse(text, doc=nlp(text)) if t.text == name), None)


@pytest.mark.issue(17)
def test_village_missing_from_the_embedded_gazetteer(nlp, monkeypatch):
    monkeypatch.delenv(GAZETTEER_ENV, raising=False)
    found = _place(nlp, LINE.format("Tall Qarqur"), "Tall Qarqur")
    assert found is None or found.location is None


@pytest.mark.issue(17)
def test_village_found_and_resolved_after_build(nlp, built, monkeypatch):
    monkeypatch.setenv(GAZETTEER_ENV, str(built))
    for name in ("Tall Qarqur", "Tell Qarqur", "Tel Qarqour"):  # its name, a listed variant, alternateNamesV2
        t = _place(nlp, LINE.format(name), name)
        assert t is not None and t.location is not None, name
        loc = t.location
        assert (loc.country, loc.admin1, loc.geonameid, loc.precision) == ("Syria", "Hama", 99000001, "near")
        assert (loc.lat, loc.lon) == (35.7201, 36.3502)
    camp = _place(nlp, "Shelling hit Qarqur Camp on Monday.", "Qarqur Camp")
    assert camp is not None and camp.location.geonameid == 99000002


@pytest.mark.issue(17)
def test_built_gazetteer_keeps_what_it_should(built, monkeypatch):
    monkeypatch.setenv(GAZETTEER_ENV, str(built))
    from strikewatch.place import get_gazetteer

    gaz = get_gazetteer()
    assert not gaz.lookup("Jabal Qarqur")  # a mountain: not a feature class we keep
    assert not gaz.lookup("Old Qarqurville")  # a historic name
    assert [gaz.gid[c.id] for c in gaz.lookup("Hamah") if gaz.feature(c.id) == "city"] == [170017]  # joined, not doubled
    result = CliRunner().invoke(main, ["gazetteer", "info", "--json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)
    assert info["kind"] == "built" and info["selected_by"] == GAZETTEER_ENV
    stats = info["stats"]
    assert stats["dump_added"] == {"P": 1, "S.CMPRF": 1}
    assert stats["dump_joined"] == 1 and stats["dump_skipped"] == {"T": 1}


def test_info_names_the_embedded_gazetteer(monkeypatch):
    monkeypatch.delenv(GAZETTEER_ENV, raising=False)
    result = CliRunner().invoke(main, ["gazetteer", "info"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("gazetteer: embedded at ")


def test_a_folder_that_is_no_gazetteer_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv(GAZETTEER_ENV, str(tmp_path))
    result = CliRunner().invoke(main, ["gazetteer", "info"])
    assert result.exit_code == 1 and "not a gazetteer folder" in result.output
