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


def test_bands_are_datasketch_lsh_bands():
    from datasketch import MinHashLSH

    from strikewatch.merge import dedup

    lsh = MinHashLSH(threshold=dedup.LSH_THRESHOLD, num_perm=dedup.NUM_PERM)
    assert (lsh.b, lsh.r) == (dedup.BANDS, dedup.ROWS)


def _sentences(n: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    vocab = ("shell drone convoy market bridge river clinic depot village road night officials said two "
             "three killed wounded struck near the of on in a").split()
    return [" ".join(rng.choices(vocab, k=rng.randint(3, 40))) for _ in range(n)]


def test_band_keys_share_a_key_exactly_when_datasketch_lsh_pairs_them(make_report):
    from datasketch import MinHash, MinHashLSH

    from strikewatch.merge import dedup

    reports = [make_report(t, id=f"r{i:02d}") for i, t in enumerate(_sentences(40, 3) + [BODY, REWRITE, ""])]
    keys = dedup.band_keys(reports)
    assert all(k.shape == (dedup.BANDS, 2) for k in keys.values())
    lsh = MinHashLSH(threshold=dedup.LSH_THRESHOLD, num_perm=dedup.NUM_PERM)
    hashes = {}
    for r in reports:
        m = MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED)
        m.update_batch([s.encode("utf-8") for s in dedup.shingles(r.text)])
        hashes[r.id] = m
        lsh.insert(r.id, m)
    ours = {frozenset((a, b)) for ids in dedup.buckets(keys) for a in ids for b in ids if a != b}
    theirs = {frozenset((r.id, o)) for r in reports for o in lsh.query(hashes[r.id]) if o != r.id}
    assert ours == theirs and frozenset(("r40", "r41")) in ours


def _near_copies(make_report) -> list:
    """A chain of overlapping texts (a-b and b-c alike, a-c not), a copy pair (d, e), unrelated texts."""
    w = [f"t{i}" for i in range(60)]
    texts = {"a": w[0:40], "b": w[8:48], "c": w[16:56], "d": OTHER.split(), "e": OTHER.split()}
    reports = [make_report(" ".join(ws), id=i, published=f"2024-03-1{k}") for k, (i, ws) in enumerate(texts.items())]
    return reports + [make_report(t, id=f"z{i}") for i, t in enumerate(_sentences(6, 9))]


def _update(before: list, after: list, fresh: set[str]) -> tuple[dict, dict]:
    from strikewatch.merge import dedup

    final = {r.id: r for r in after}
    keys = dedup.band_keys(final.values())
    table: dict = {}
    for rid, k in keys.items():
        for key in map(tuple, k.tolist()):
            table.setdefault(key, set()).add(rid)

    def neighbours(ids):
        return {i: set().union(*(table[key] for key in map(tuple, keys[i].tolist()))) - {i} for i in ids}

    loaded: list[str] = []

    def load(ids):
        loaded.extend(ids)
        return {i: final[i] for i in ids}

    got = dedup.update_duplicates(find_duplicate_reports(before), fresh, neighbours, load,
                                  lambda ids: {i: keys[i] for i in ids})
    return got, {"want": find_duplicate_reports(list(final.values())), "loaded": set(loaded)}


def test_update_duplicates_equals_a_fresh_run(make_report):
    reports = _near_copies(make_report)
    full = find_duplicate_reports(reports)
    assert full.get("e") == "d"
    # added one at a time, in an order that joins groups late
    order = ["c", "d", "z0", "a", "e", "z1", "b"] + [r.id for r in reports if r.id[0] == "z" and r.id not in ("z0", "z1")]
    by_id = {r.id: r for r in reports}
    for k in range(1, len(order)):
        got, ref = _update([by_id[i] for i in order[:k]], [by_id[i] for i in order[:k + 1]], {order[k]})
        assert got == ref["want"], order[k]
    # an unrelated new report: only it is read
    got, ref = _update(reports[:-1], reports, {reports[-1].id})
    assert got == ref["want"] == full and ref["loaded"] == {reports[-1].id}


def test_rewriting_the_report_that_bridged_a_group_splits_it(make_report):
    reports = _near_copies(make_report)
    by_id = {r.id: r for r in reports}
    assert find_duplicate_reports(reports)["c"] == "a"  # a-b-c: one group through b
    bridge = make_report("A different story about a bridge over the river that reopened on Sunday.", id="b",
                         published="2024-03-11")
    after = [bridge if r.id == "b" else r for r in reports]
    got, ref = _update(reports, after, {"b"})
    assert got == ref["want"] and "c" not in got and "b" not in got
    # rewritten into a copy of d: b joins d's group
    copy = make_report(by_id["d"].text, id="b", published="2024-03-11")
    got, ref = _update(reports, [copy if r.id == "b" else r for r in reports], {"b"})
    assert got == ref["want"] and "b" not in got and got["d"] == "b" == got["e"] and "c" not in got


def test_buckets_are_the_groups_of_reports_sharing_a_band_key():
    import numpy as np

    from strikewatch.merge.dedup import buckets

    rng = np.random.default_rng(3)
    keys = {f"r{i}": rng.integers(0, 4, size=(5, 2)).astype(np.int64) for i in range(30)}
    expected: dict[tuple[int, int], list[str]] = {}
    for rid, k in keys.items():
        for key in map(tuple, k.tolist()):
            expected.setdefault(key, []).append(rid)
    want = sorted(sorted(v) for v in expected.values() if len(v) > 1)
    assert sorted(sorted(g) for g in buckets(keys)) == want
    assert buckets({"only": keys["r0"]}) == []


def test_candidates_are_windowed_by_publication_date(make_report):
    from strikewatch.merge.dedup import windowed_pairs

    days = {"a": "2024-03-01", "b": "2024-03-08", "c": "2024-03-09", "d": "2024-06-01", "e": None}
    by_id = {rid: make_report(BODY, id=rid, published=day) for rid, day in days.items()}
    pairs = windowed_pairs(by_id, [list(days)])
    # a-b are 7 days apart (kept), a-c 8 (dropped); the undated report meets everyone
    assert pairs == {("a", "b"), ("b", "c"), ("a", "e"), ("b", "e"), ("c", "e"), ("d", "e")}


def test_identical_texts_are_duplicates_whatever_their_dates(make_report):
    reports = [make_report(BODY, id="old", published="2023-01-10"),
               make_report(BODY, id="new", published="2024-06-01"),
               make_report(REWRITE, id="far", published="2024-09-01")]
    assert find_duplicate_reports(reports) == {"new": "old"}


def test_unrelated_reports_on_one_beat_over_years_meet_only_inside_the_window(make_report):
    """Reports that share boilerplate collide in LSH buckets; only those within MAX_DAYS of each
    other are compared, so candidate pairs grow with the reports per week, not the corpus squared."""
    from strikewatch.merge.dedup import MAX_DAYS, band_keys, buckets, windowed_pairs

    footer = " ".join(["the agency said its reporters could not verify the claims independently"] * 2)
    reports = [make_report(f"Item {i} about stall {i * 7} at market {i % 13}. {footer}", id=f"n{i:03d}",
                           published=f"{2020 + i // 60}-{1 + i % 12:02d}-{1 + i % 28:02d}") for i in range(240)]
    by_id = {r.id: r for r in reports}
    groups = buckets(band_keys(reports))
    every = {(a, b) for g in groups for a in g for b in g if a < b}
    kept = windowed_pairs(by_id, groups)
    assert len(every) > 5000 and len(kept) < len(every) / 5
    assert all(abs((by_id[a].published - by_id[b].published).days) <= MAX_DAYS for a, b in kept)
    assert kept == {(a, b) for a, b in every if abs((by_id[a].published - by_id[b].published).days) <= MAX_DAYS}


def test_signature_is_the_minhash_values_in_the_band_keys(make_report):
    from datasketch import MinHash

    from strikewatch.merge import dedup

    report = make_report(BODY, id="r1")
    m = MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED)
    for s in dedup.shingles(BODY):
        m.update(s.encode("utf-8"))
    sig = dedup.signature(dedup.band_keys([report])["r1"])
    assert sig.tolist() == m.hashvalues[:dedup.BANDS * dedup.ROWS].tolist()


def test_candidates_with_unlike_minhash_values_skip_the_shingle_comparison(make_report, monkeypatch):
    from strikewatch.merge import dedup

    compared: list[tuple[str, str]] = []
    real = dedup._is_duplicate
    monkeypatch.setattr(dedup, "_is_duplicate", lambda a, b, *rest: compared.append((a.id, b.id)) or real(a, b, *rest))
    reports = [make_report(BODY, id="r1", published="2024-03-15"), make_report(REWRITE, id="r2", published="2024-03-16"),
               make_report(OTHER, id="r3", published="2024-03-15")]
    keys = dedup.band_keys(reports)
    everyone = [[r.id for r in reports]]  # as if all three shared a bucket
    monkeypatch.setattr(dedup, "buckets", lambda k: everyone)
    assert dedup.find_duplicate_reports(reports, keys=keys) == {"r2": "r1"}
    assert compared == [("r1", "r2")]  # r3's MinHash values agree with neither in 20% of places
    assert not dedup.alike(dedup.signature(keys["r1"]), dedup.signature(keys["r3"]))
