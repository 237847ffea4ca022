"""Imports point down the pipeline: stages never import the layers built on them."""
from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "src" / "strikewatch"

STAGES = {"ingest", "nlp", "relevance", "time", "place", "actors", "events", "merge"}
UPPER = {"pipeline", "bounded", "store", "curate", "export", "eval", "api", "web", "cli", "monitor", "scale", "bench"}
FORBIDDEN = {
    **{stage: UPPER for stage in STAGES},
    "models": STAGES | UPPER,
    "errors": STAGES | UPPER | {"models"},
    "store": {"curate", "api", "cli", "monitor", "pipeline", "bounded", "web", "scale"},
    "curate": {"api", "cli", "monitor", "pipeline", "bounded", "web", "scale", "export"},  # above the store, below its users
    "export": {"api", "cli", "monitor", "pipeline", "bounded", "store", "web", "scale"},
    "api": {"cli"},
}


def _imports(path: Path) -> set[str]:
    """First-level strikewatch subpackages/modules imported by one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(PKG).parts
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the file's package
                base = list(rel[:-1])[: len(rel) - 1 - (node.level - 1)]
                parts = base + (node.module.split(".") if node.module else [])
                if parts:
                    found.add(parts[0])
                else:
                    found.update(alias.name for alias in node.names)
            elif node.module and node.module.startswith("strikewatch."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("strikewatch."):
                    found.add(alias.name.split(".")[1])
    return found


def test_imports_point_down():
    problems = []
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG)
        layer = rel.parts[0].removesuffix(".py")
        bad = _imports(path) & FORBIDDEN.get(layer, set())
        if bad:
            problems.append(f"{rel} imports {sorted(bad)}")
    assert not problems, "\n".join(problems)


def test_no_module_is_huge():
    big = [f"{p.relative_to(PKG)}: {n}" for p in PKG.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500]
    assert not big, big
