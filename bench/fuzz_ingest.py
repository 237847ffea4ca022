"""Fuzz the ingest path with hostile JSONL records (issue 19).

    python bench/fuzz_ingest.py                      # 10,000 hostile records, about 15 minutes
    python bench/fuzz_ingest.py --records 400 --huge 1   # a quick look

Records are generated (seeded) in batches; each batch is one JSONL file in which good reports
(one in five lines, each describing an invented strike) sit between hostile lines: wrong types in
every field, NaN/Infinity, huge numbers, nesting thousands deep, lone surrogates, bytes that are
not UTF-8, over-long fields, control characters, bad dates and URLs, lines that are not objects,
and valid but nasty records (rich-markup and HTML in ids and text, bidi and zero-width characters,
lines of number words, 40,000-character words). ``--huge`` batches add single-line reports of
1 to 4.5 MB (under the 5 MB cap). Each batch is ingested by the command line, in process
(``strikewatch ingest FILE --db TMP.duckdb``), into a fresh DuckDB store, under an alarm of
``--timeout`` seconds; then the store is read: every good report must be in it, every record
built to be refused must be among the stored failures with its reason, and nothing else.
Every tenth batch is ingested twice: the second run must store nothing new.

Prints one JSON line: tracebacks (a batch that ended in an exception or exit code 3: must be 0),
hangs (must be 0), good reports stored / generated, bad records refused / generated with the count
per reason, valid hostile records stored or refused, reports isolated as internal_error (bugs the
batch survived), and seconds.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("COLUMNS", "400")  # the CLI's failure lines unwrapped

from click.testing import CliRunner  # noqa: E402

from strikewatch.cli import main  # noqa: E402
from strikewatch.store import open_store  # noqa: E402

PLACES = ["Mosul", "Aleppo", "Kandahar", "Sanaa", "Idlib", "Kharkiv", "Hodeidah", "Raqqa", "Tikrit", "Homs"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TARGETS = ["a fuel depot", "a checkpoint", "an army post", "a bridge", "a weapons store", "a convoy"]
FIELDS = ["id", "text", "title", "published", "outlet", "url"]
WRONG = [{"a": 1}, [1, 2], 7, 3.5, True, {"nested": {"x": [1, {"y": 2}]}}, [], {}]


class Hang(BaseException):
    """Raised by the alarm: not an Exception, so nothing in strikewatch can catch it."""


def _alarm(signum: int, frame: object) -> None:
    raise Hang()


def record_id(line: bytes) -> str:
    """The id a valid record carries (as the store keeps it), or ''."""
    try:
        rec = json.loads(line)
    except ValueError:
        return ""
    rid = rec.get("id") if isinstance(rec, dict) else None
    return str(rid) if isinstance(rid, (str, int)) and not isinstance(rid, bool) else ""


def good(rng: random.Random, rid: str) -> dict:
    place, day, target = rng.choice(PLACES), rng.choice(WEEKDAYS), rng.choice(TARGETS)
    return {"id": rid, "title": f"Strike near {place}", "published": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "outlet": "Field Desk", "url": f"https://news.example/{rid}",
            "text": f"Warplanes struck {target} near {place} on {day}, killing {rng.randint(2, 9)} fighters, "
                    f"a local official said. Residents said the strike shook the town."}


def _raw(rid: str, field: str, raw: str) -> bytes:
    """A record line with ``raw`` (JSON text, possibly invalid) as the value of ``field``."""
    base = {"id": rid, "text": "Gunmen attacked a police post in Homs on Friday.", "published": "2024-03-02"}
    base.pop(field, None)
    head = json.dumps(base)[:-1]
    return f'{head}, "{field}": {raw}}}'.encode("utf-8", "surrogatepass")


def hostile(rng: random.Random, rid: str) -> tuple[bytes, str, str]:
    """One hostile line: ``(bytes, expect, category)``; expect is 'refuse' or 'any' (valid but nasty)."""
    kind = rng.randrange(20)
    field = rng.choice(FIELDS)
    base = {"id": rid, "text": "Gunmen attacked a police post in Homs on Friday.", "published": "2024-03-02"}
    if kind == 0:  # (an integer id is valid)
        value = rng.choice([w for w in WRONG if field != "id" or not isinstance(w, int) or isinstance(w, bool)])
        return json.dumps(base | {field: value}).encode(), "refuse", f"wrong type: {field}"
    if kind == 1:
        return _raw(rid, field, rng.choice(["NaN", "Infinity", "-Infinity"])), "refuse", "NaN/Infinity"
    if kind == 2:
        return _raw(rid, field, "9" * rng.choice([21, 400, 5000, 20000])), "refuse", "huge integer"
    if kind == 3:
        return _raw(rid, rng.choice(FIELDS[2:] + ["extra"]), rng.choice(["1e999", "-1e400"])), "refuse", "huge float"
    if kind == 4:
        n = rng.choice([33, 100, 1000, 5000, 100_000])
        open_, close = rng.choice([("[", "]"), ('{"a":', "}")])
        return _raw(rid, rng.choice(FIELDS + ["extra"]), open_ * n + "1" + close * n), "refuse", "deep nesting"
    if kind == 5:
        sur = rng.choice(["\\ud800", "\\udfff", "\\udc00x", "a\\ud83d"])
        text_field = rng.choice(["id", "text", "title", "outlet", "url"])
        return _raw(rid, text_field, f'"{sur}"'), "refuse", f"lone surrogate: {text_field}"
    if kind == 6:
        bad = rng.choice([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\x80abc"])
        return json.dumps(base).encode()[:-20] + bad + b'"}', "refuse", "not UTF-8"
    if kind == 7:
        limits = {"id": 257, "title": 2001, "outlet": 501, "url": 4097}
        f = rng.choice(list(limits))
        value = "https://x.example/" + "p" * limits[f] if f == "url" else "L" * (limits[f] + rng.randrange(5000))
        return json.dumps(base | {f: value}).encode(), "refuse", f"over-long: {f}"
    if kind == 8:
        f, value = rng.choice([("text", "ab\x00cd"), ("outlet", "Daily\x07"), ("title", "x\x1by"), ("id", "a\nb"),
                               ("url", "https://a.example/\x00")])
        return json.dumps(base | {f: value}).encode(), "refuse", f"control character: {f}"
    if kind == 9:
        return rng.choice([b"[1, 2, 3]", b'"just a string"', b"42", b"null", b"true"]), "refuse", "not an object"
    if kind == 10:
        line = json.dumps(base).encode()
        return rng.choice([line[: rng.randrange(1, len(line) - 1)], line + b" trailing", b"{" + line,
                           line.replace(b":", b"=", 1)]), "refuse", "broken JSON"
    if kind == 11:
        value = rng.choice(["0001-01-01T00:00:00+14:00", "9999-12-31", "2024-13-45", "24-03-02", "yesterday",
                            20240302, "2024-03-02; DROP TABLE reports", "1799-12-31"])
        return json.dumps(base | {"published": value}).encode(), "refuse", "bad date"
    if kind == 12:
        value = rng.choice(["javascript:alert(document.cookie)", "data:text/html,<script>x</script>", "http://",
                            "ftp://a.example/x", "https://a.example/ spaced", "//a.example/x", "example.org"])
        return json.dumps(base | {"url": value}).encode(), "refuse", "bad URL"
    if kind == 13:
        rec = dict(base)
        value = rng.choice([None, "", "   \n\t ", "MISSING"])
        if value == "MISSING":
            rec.pop("text")
        else:
            rec["text"] = value
        return json.dumps(rec).encode(), "refuse", "empty text"
    # valid but nasty: each must be stored or refused with a reason, never crash or hang
    if kind == 14:
        nasty = rng.choice(["[/]", "[bold red]x[/]", "<script>alert(1)</script>", "a/b/../c", "'; DROP TABLE x;--",
                            "\u202eevil\u202c", "\u200b", "%s%n%x", "{0}{1}", "NUL?"])
        f = rng.choice(["title", "outlet", "id"])
        value = f"{rid}{nasty}" if f == "id" else nasty
        return json.dumps(base | {f: value}).encode(), "any", f"nasty but valid: {f}"
    if kind == 15:
        text = rng.choice(["three " * 4000, "one, " * 5000, "March " * 4000, "killed " * 3000,
                           "a" * 40_000, "Abu Kamal " * 3000, "http://x/" * 2000, ". " * 20_000,
                           "between 1 and " * 2000, "<b>" * 10_000, "al-" * 10_000, "10:30 " * 5000,
                           "Rockets hit a base near Homs on Monday.\n\n...", "Shelling in Idlib.\n\n---",
                           "Clashes near Raqqa.\n\n* * *\n\n\u2014"])
        return json.dumps(base | {"text": text}).encode(), "any", "pathological text"
    if kind == 16:
        text = rng.choice(["شنت طائرات غارات على مدينة الموصل يوم الاثنين", "\u0301" * 500 + "strike",
                           "🚀💥 Rockets 💥 hit 🏚 Homs", "Ｆｕｌｌｗｉｄｔｈ strike in Ｈｏｍｓ", "\ufeffBOM inside"])
        return json.dumps(base | {"text": text}, ensure_ascii=rng.random() < 0.5).encode(), "any", "unicode text"
    if kind == 17:
        dup = json.dumps(base)[:-1] + ', "outlet": "A", "outlet": "B", "text": "Shelling hit Raqqa."}'
        return dup.encode(), "any", "duplicate keys"
    if kind == 18:
        extra = {"tags": [[[[1]]]], "meta": {"k" * 100: "v" * 10_000}, "n": 10 ** 15, "f": 1.5e300}
        return json.dumps(base | extra).encode(), "any", "unknown fields"
    html = "<html><body>" + "<div>" * 2000 + "Shelling hit Homs." + "</div>" * 2000 + "</body></html>"
    return json.dumps(base | {"text": html, "id": rid}).encode(), "any", "HTML text"


def huge(rng: random.Random, rid: str) -> tuple[bytes, str, str]:
    """A single-line report of 1 to 4.5 MB (under the 5 MB cap): prose with strikes in it."""
    size = rng.choice([1_000_000, 2_800_000, 4_500_000])
    sentences = [f"Warplanes struck {rng.choice(TARGETS)} near {rng.choice(PLACES)} on {rng.choice(WEEKDAYS)}. ",
                 "The market reopened and traders sold fruit in the old town square. "]
    parts, n = [], 0
    while n < size:
        s = sentences[0] if rng.random() < 0.1 else sentences[1]
        parts.append(s)
        n += len(s)
    rec = {"id": rid, "text": "".join(parts), "published": "2024-03-02"}
    return json.dumps(rec).encode(), "any", f"huge single line ({size / 1e6:.1f} MB)"


def run_batch(lines: list[tuple[bytes, str, str, str]], workdir: Path, timeout: float, twice: bool) -> dict:
    path = workdir / "batch.jsonl"
    path.write_bytes(b"\n".join(line for line, *_ in lines) + b"\n")
    db = str(workdir / "store.duckdb")
    out = {"traceback": 0, "hang": 0, "exit": None, "output": ""}
    signal.alarm(int(timeout))
    try:
        res = CliRunner().invoke(main, ["ingest", str(path), "--db", db])
        if twice and res.exit_code in (0, 1, 2):
            again = CliRunner().invoke(main, ["ingest", str(path), "--db", db])
            out["again"] = again.output
    except Hang:
        out["hang"] = 1
        return out
    finally:
        signal.alarm(0)
    out["exit"], out["output"] = res.exit_code, res.output
    if res.exit_code == 3 or (res.exception is not None and not isinstance(res.exception, SystemExit)):
        out["traceback"] = 1
        return out
    with open_store(db, read_only=True) as store:
        out["stored"] = {rid for _, expect, rid, _ in lines if rid and store.get_report(rid) is not None}
        out["failures"] = [(f.report_id, f.code, f.message) for f in store.failures()]
    return out


def main_(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=10_000, help="hostile records in all (default 10,000)")
    ap.add_argument("--batch", type=int, default=40, help="hostile records per batch (plus one good per four)")
    ap.add_argument("--huge", type=int, default=6, help="batches that also hold a 1-4.5 MB single-line report")
    ap.add_argument("--timeout", type=float, default=600, help="seconds before a batch counts as a hang")
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)
    rng = random.Random(args.seed)
    stats = collections.Counter()
    reasons: collections.Counter = collections.Counter()
    categories: collections.Counter = collections.Counter()
    problems: list[str] = []
    internal: collections.Counter = collections.Counter()
    started = time.perf_counter()
    n_batches = -(-args.records // args.batch)
    for b in range(n_batches):
        lines: list[tuple[bytes, str, str, str]] = []  # (line, expect, id or "", category)
        for i in range(min(args.batch, args.records - b * args.batch)):
            if i % 4 == 0:
                rid = f"b{b}-good{i}"
                lines.append((json.dumps(good(rng, rid)).encode(), "good", rid, "good"))
            rid = f"b{b}-h{i}"
            line, expect, cat = huge(rng, rid) if b < args.huge and i == 0 else hostile(rng, rid)
            lines.append((line, expect, record_id(line) if expect == "any" else "", cat))
        with tempfile.TemporaryDirectory() as tmp:
            got = run_batch(lines, Path(tmp), args.timeout, twice=b % 10 == 0)
        stats["batches"] += 1
        stats["tracebacks"] += got["traceback"]
        stats["hangs"] += got["hang"]
        if got["traceback"] or got["hang"]:
            problems.append(f"batch {b}: {'hang' if got['hang'] else 'traceback'} {got['output'][-2000:]}")
            continue
        failures = got["failures"]
        messages = [m for _, _, m in failures]
        for f_id, code, msg in failures:
            if code == "internal_error":
                internal[msg.split("(", 1)[-1].split(")")[0][:120]] += 1
        for lineno, (line, expect, rid, cat) in enumerate(lines, 1):
            categories[cat] += 1
            where = f"batch.jsonl:{lineno}"
            refused = [(c, m) for f_id, c, m in failures
                       if m.startswith(where + ":") or m.startswith(where + " ") or rid and f_id == rid]
            if expect == "good":
                stats["good"] += 1
                if rid in got["stored"]:
                    stats["good_stored"] += 1
                else:
                    problems.append(f"batch {b}: good report {rid} not stored {refused}")
            elif expect == "refuse":
                stats["bad"] += 1
                if refused:
                    stats["bad_refused"] += 1
                    reasons[refused[0][0]] += 1
                else:
                    problems.append(f"batch {b} line {lineno} ({cat}) not refused: {line[:120]!r}")
            else:
                stats["odd"] += 1
                if rid and rid in got["stored"]:
                    stats["odd_stored"] += 1
                elif refused:
                    stats["odd_refused"] += 1
                    reasons[refused[0][0]] += 1
                else:
                    problems.append(f"batch {b} line {lineno} ({cat}): neither stored nor refused")
        if "again" in got and "0 new report(s)" not in got["again"]:
            problems.append(f"batch {b}: a second ingest stored something new: {got['again'][-300:]}")
        stats["failures_stored"] += len(messages)
        print(f"batch {b + 1}/{n_batches}: {dict(stats)}", file=sys.stderr, flush=True)
    summary = {
        "records": sum(v for k, v in categories.items() if k != "good"), "good_records": stats["good"],
        "batches": stats["batches"], "tracebacks": stats["tracebacks"], "hangs": stats["hangs"],
        "good_stored": f"{stats['good_stored']}/{stats['good']}",
        "bad_refused_with_reason": f"{stats['bad_refused']}/{stats['bad']}",
        "valid_hostile": {"stored": stats["odd_stored"], "refused": stats["odd_refused"], "of": stats["odd"]},
        "reasons": dict(reasons.most_common()), "internal_errors": dict(internal),
        "problems": len(problems), "seconds": round(time.perf_counter() - started, 1),
    }
    for p in problems[:30]:
        print("PROBLEM", p, file=sys.stderr)
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main_()
