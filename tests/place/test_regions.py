from strikewatch.place.regions import abbreviation_key, admin1_short_names


def test_admin1_short_names():
    assert admin1_short_names("Anhui Sheng") == ["Anhui"]
    assert admin1_short_names("Muhafazat Karbala'") == ["Karbala"]
    assert admin1_short_names("Basra Governorate") == ["Basra"]
    assert admin1_short_names("Tibet Autonomous Region") == ["Tibet"]
    assert admin1_short_names("Ontario") == []
    assert admin1_short_names("Federal District") == []
    assert admin1_short_names("DeKalb County", district=True) == ["DeKalb"]
    assert admin1_short_names("Province of Pangasinan", district=True) == ["Pangasinan"]


def test_abbreviation_key():
    assert abbreviation_key("W. Va.") == "abbr:w.va."


def test_lebanons_governorates_by_their_english_names():
    from strikewatch.place import geoparse
    found = {t.text: t.location for t in geoparse("Israeli jets struck targets in the Bekaa and in Mount Lebanon.")}
    assert found["Bekaa"].country == "Lebanon" and found["Bekaa"].feature == "admin1"
    assert found["Mount Lebanon"].country == "Lebanon"
