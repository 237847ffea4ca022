"""Reading evaluation files: JSONL with a clear error naming the file and line."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import EvalError


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    out = []
    try:
        lines = Path(path).read_text(encoding="utf-8").split("\n")  # not splitlines: U+2028 may sit in a string
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"cannot read {path}: {exc}") from None
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise EvalError(f"{path}:{n}: bad JSON ({exc.msg})") from None
    return out
