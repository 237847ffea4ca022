"""The public library surface (strikewatch.__all__) and the notebook example in docs/library.md."""
import re
import shutil
from pathlib import Path

import pytest

import strikewatch

ROOT = Path(__file__).resolve().parents[1]


def test_every_public_name_resolves():
    for name in strikewatch.__all__:
        assert getattr(strikewatch, name) is not None, name
    with pytest.raises(AttributeError):
        strikewatch.no_such_name  # noqa: B018


@pytest.mark.issue(21)
def test_docs_library_example_runs(tmp_path, monkeypatch, capsys):
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "docs" / "library.md").read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 4
    (tmp_path / "tests" / "export" / "data").mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "export" / "data" / "acled_reference.csv", tmp_path / "tests" / "export" / "data")
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    for block in blocks:  # one notebook: each block sees the names of the blocks before
        exec(compile(block, "docs/library.md", "exec"), scope)
    out = capsys.readouterr().out
    assert "Air/drone strike Coalition" in out and "weapons cache" in out
    assert scope["caches"]["caches"].to_list() == [2]
    assert scope["scores"]["reference"]["matched"] == 1  # the Raqqa strike, a day apart from SYR1001
