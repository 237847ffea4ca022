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

    got = dedup.update_duplicates(find_duplicate_reports(before), fresh, neighbours, load)
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
