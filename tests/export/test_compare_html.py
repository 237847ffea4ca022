"""The compare page: offline (vendored Leaflet inlined), every reference value escaped."""
import json
import re
from pathlib import Path

import pytest

from strikewatch.export.compare import compare
from strikewatch.export.compare_html import render_compare_html
from strikewatch.export.reference import read_reference

DATA = Path(__file__).with_name("data")


@pytest.fixture
def page(events):
    fmt, refs = read_reference(DATA / "acled_reference.csv")
    return render_compare_html(compare(events, refs, fmt), reference_name="<b>mine</b>.csv")


@pytest.mark.issue(21)
def test_values_are_escaped(page):
    assert "<script>alert(1)</script>" not in page and "<img src=x" not in page and "<b>mine</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;mine&lt;/b&gt;.csv" in page
    data = re.search(r'<script type="application/json" id="sw-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in data and ">" not in data
    rows = json.loads(data)["unmatched_reference"]
    assert rows[2]["actor1"] == "<script>alert(1)</script>"  # the value itself is intact
    assert "innerHTML" not in page.split("<script>")[-1]  # popups are built with textContent


@pytest.mark.issue(21)
def test_page_is_offline(page):
    assert "L.map(" in page and "topojson.feature" in page and '"countries"' in page
    assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)="https?://', page)  # nothing to fetch
