"""Reading a reference ACLED or UCDP GED CSV (small invented files in tests/export/data)."""
import datetime as dt
from pathlib import Path

import pytest

from strikewatch.errors import EvalError
from strikewatch.export.reference import parse_day, read_reference

DATA = Path(__file__).with_name("data")


def test_acled_rows_become_records():
    fmt, refs = read_reference(DATA / "acled_reference.csv")
    assert fmt == "acled" and [r["id"] for r in refs] == ["SYR1001", "NGA2002", "SOM3003", "UKR4004", "SYR5005"]
    first = refs[0]
    assert first["date_first"] == dt.date(2024, 3, 13) and first["date"] == "2024-03-13"  # "13 March 2024"
    assert (first["lat"], first["lon"], first["cc"], first["fatalities"]) == (35.9594, 38.9981, "SY", 3)


def test_ucdp_rows_become_records():
    fmt, refs = read_reference(DATA / "ucdp_reference.csv")
    assert fmt == "ucdp" and len(refs) == 4
    nga, cod = refs[1], refs[3]
    assert (nga["date_first"], nga["date_last"], nga["date"]) == (dt.date(2024, 5, 4), dt.date(2024, 5, 6), None)
    assert nga["type_of_violence"] == 3 and nga["side_b"] == "Civilians" and nga["fatalities"] == 8
    assert cod["cc"] == "CD" and refs[0]["date"] == "2024-03-12"  # "2024-03-12 00:00:00.000"


def test_other_files_are_refused(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(EvalError, match="neither an ACLED export"):
        read_reference(path)


def test_day_forms():
    assert parse_day("18-March-2024") == parse_day("18 Mar 2024") == dt.date(2024, 3, 18)
    assert parse_day("") is None and parse_day("March 2024") is None
