"""Near-duplicate reports: copies and light rewrites linked, different stories not."""
from __future__ import annotations

from strikewatch.merge import find_duplicate_reports
from strikewatch.merge.dedup import jaccard, shingles

BODY = ("Warplanes struck a fuel depot on the southern edge of the river town before dawn on Monday, "
        "local officials said, adding that two storage tanks burned for hours and that the road to the "
        "market stayed closed while firefighters from three villages worked through the morning.")
REWRITE = BODY.replace("before dawn on Monday", "early on Monday").replace("local officials said", "officials said")
OTHER = ("A convoy carrying flour and medicine reached the northern camp after a week of delays, "
         "an aid group said on Friday, and volunteers began handing out parcels to families near the school.")


def test_shingles_and_jaccard():
    assert shingles("One two three four") == {"one two three", "two three four"}
    assert jaccard({"a", "b"}, {"b", "c"}) == 1 / 3


def test_copies_and_rewrites_map_to_the_earliest(make_report):
    reports = [
        make_report(BODY, id="r2", published="2024-03-16", title="Depot hit"),
        make_report(BODY, id="r1", published="2024-03-15"),
        make_report(REWRITE, id="r3", published="2024-03-17"),
        make_report(OTHER, id="r4", published="2024-03-15"),
    ]
    assert find_duplicate_reports(reports) == {"r2": "r1", "r3": "r1"}
    assert find_duplicate_reports(list(reversed(reports))) == {"r2": "r1", "r3": "r1"}


def test_far_apart_dates_are_not_duplicates(make_report):
    reports = [make_report(BODY, id="a", published="2024-03-15"),
               make_report(REWRITE, id="b", published="2024-05-01")]
    assert find_duplicate_reports(reports) == {}


def test_shingle_sets_are_built_only_when_the_texts_must_be_compared(make_report):
    from strikewatch.merge.dedup import _is_duplicate

    built: list[str] = []

    def builder(text):
        return lambda: built.append(text) or frozenset(shingles(text))

    far = make_report(REWRITE, id="r2", published="2024-05-01")
    near = make_report(REWRITE, id="r3", published="2024-03-16")
    body = make_report(BODY, id="r1", published="2024-03-15")
    assert not _is_duplicate(body, far, builder(BODY), builder(REWRITE))  # weeks apart: no text compared
    assert built == []
    assert _is_duplicate(body, near, builder(BODY), builder(REWRITE)) and built == [BODY, REWRITE]
    assert _is_duplicate(body, body, builder(BODY), builder(BODY)) and len(built) == 2  # same content hash
