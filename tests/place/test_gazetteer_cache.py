"""The gazetteer cache keeps a few embedded index versions side by side."""
import json
import os

from strikewatch.place.gazetteer import KEEP_VERSIONS, prune_indexes


def _index(root, name, kind, age):
    d = root / f"gazetteer-{name}"
    d.mkdir()
    (d / "meta.json").write_text(json.dumps({"kind": kind}))
    os.utime(d, (1_000_000 - age, 1_000_000 - age))
    return d


def test_pruning_keeps_the_newest_embedded_indexes_and_every_built_one(tmp_path):
    current = _index(tmp_path, "cur", "embedded", 0)
    older = [_index(tmp_path, f"e{i}", "embedded", 10 * (i + 1)) for i in range(4)]
    built = _index(tmp_path, "mine", "built", 1000)
    prune_indexes(current)
    left = sorted(p.name for p in tmp_path.iterdir())
    kept = [p.name for p in older[:KEEP_VERSIONS - 1]]
    assert left == sorted([current.name, built.name, *kept])
