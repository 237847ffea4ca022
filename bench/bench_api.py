"""API latency over a large synthetic store; prints one JSON line.

Fills a DuckDB store with N synthetic merged events (default 1M) in SQL (no
Python objects per row), with two evidence spans each, then times the typical
API reads: ``Store.events(EventFilter(..., limit=100))`` and ``Store.count``
for country, date range, bbox, actor, full-text ``q`` and combined filters.
Reports p50/p95 in ms per query and ``p95_over_target`` (p95 / 50 ms, < 1 is
good). The baseline measured in the same run is a bare ``SELECT 1`` round trip.

    python bench/bench_api.py [--events 1000000] [--repeat 30] [--db /tmp/sw_api.duckdb]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from strikewatch.store import EventFilter, open_store

COUNTRIES = ["Iraq", "Syria", "Yemen", "Libya", "Somalia", "Afghanistan", "Nigeria", "Mali", "Ukraine", "Sudan",
             "Pakistan", "Myanmar", "Ethiopia", "Burkina Faso", "Niger", "Cameroon", "Mozambique", "Colombia",
             "Mexico", "Palestine"]
LATS = [33.2, 35.0, 15.5, 27.0, 5.2, 33.9, 9.1, 17.6, 49.0, 15.6, 30.4, 21.9, 9.1, 12.2, 17.6, 7.4, -18.7,
        4.6, 23.6, 31.9]
LONS = [43.7, 38.5, 48.5, 17.2, 46.2, 67.7, 8.7, -4.0, 31.4, 32.5, 69.3, 95.9, 40.5, -1.6, 8.1, 12.4, 35.5,
        -74.3, -102.5, 35.2]
ACTORS = ["Military Forces of Iraq", "Islamic State", "Military Forces of Russia", "Military Forces of Ukraine",
          "Houthi Movement", "Al Shabaab", "Boko Haram", "JNIM", "Taliban", "Rapid Support Forces",
          "Military Forces of Sudan", "Unidentified Armed Group", "Coalition Forces", "Wagner Group",
          "Police Forces of Nigeria"]
SUBS = ["Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Armed clash",
        "Attack", "Suicide bomb"]
WORDS = ["warplanes", "struck", "shelled", "convoy", "village", "market", "checkpoint", "bridge", "depot",
         "artillery", "drone", "militants", "soldiers", "civilians", "killed", "wounded", "mortar", "rockets"]


def _list(values: list[object]) -> str:
    return "[" + ", ".join(repr(v) if isinstance(v, str) else str(v) for v in values) + "]"


def fill(store, n: int) -> None:
    """Insert ``n`` merged events and ``2n`` evidence rows with one SQL statement each."""
    pick = "list_extract({lst}, (hash(i * {salt}) % {k})::INTEGER + 1)"
    store.execute(f"""
        CREATE TEMP TABLE gen AS SELECT
          i, 'ev-' || lpad(CAST(i AS VARCHAR), 8, '0') AS id,
          (hash(i * 3) % 20)::INTEGER + 1 AS c,
          DATE '2014-01-01' + CAST(hash(i * 5) % 4000 AS INTEGER) AS d,
          {pick.format(lst=_list(SUBS), salt=7, k=len(SUBS))} AS sub,
          {pick.format(lst=_list(ACTORS), salt=11, k=len(ACTORS))} AS a1,
          CASE WHEN hash(i * 13) % 3 = 0 THEN NULL
               ELSE {pick.format(lst=_list(ACTORS), salt=17, k=len(ACTORS))} END AS a2,
          (hash(i * 19) % 2000) / 1000.0 - 1.0 AS dlat, (hash(i * 23) % 2000) / 1000.0 - 1.0 AS dlon,
          CAST(hash(i * 29) % 12 AS INTEGER) AS deaths, CAST(hash(i * 31) % 9 AS INTEGER) + 1 AS strikes,
          {pick.format(lst=_list(WORDS), salt=37, k=len(WORDS))} || ' ' ||
          {pick.format(lst=_list(WORDS), salt=41, k=len(WORDS))} || ' ' ||
          {pick.format(lst=_list(WORDS), salt=43, k=len(WORDS))} AS phrase
        FROM range({n}) t(i)""")
    store.execute(f"""
        INSERT INTO events (id, event_type, sub_event_type, date, date_first, date_last, date_precision,
            location_name, country, admin1, lat, lon, geo_precision, actor1, actor2, strikes, fatalities_best,
            disputed, confidence, n_sources, status, data, actors_lc, search_plain)
        SELECT id, CASE WHEN sub IN ('Armed clash', 'Attack') THEN 'Battles' ELSE 'Explosions/Remote violence' END,
            sub, CAST(d AS VARCHAR), d, d, 'day', 'Place ' || CAST(i % 5000 AS VARCHAR),
            list_extract({_list(COUNTRIES)}, c), NULL, list_extract({_list(LATS)}, c) + dlat,
            list_extract({_list(LONS)}, c) + dlon, 1, a1, a2, strikes, deaths, i % 17 = 0, 0.5 + (i % 50) / 100.0,
            1 + CAST(i % 3 AS INTEGER), 'machine',
            CAST(json_object('id', id, 'event_type', 'Explosions/Remote violence', 'sub_event_type', sub,
              'date', CAST(d AS VARCHAR), 'date_precision', 'day', 'date_range', [CAST(d AS VARCHAR), CAST(d AS VARCHAR)],
              'location', json_object('name', 'Place ' || CAST(i % 5000 AS VARCHAR),
                  'country', list_extract({_list(COUNTRIES)}, c), 'admin1', NULL,
                  'lat', list_extract({_list(LATS)}, c) + dlat, 'lon', list_extract({_list(LONS)}, c) + dlon,
                  'precision', 'city', 'geonameid', NULL, 'geo_precision', 1),
              'actor1', a1, 'actor2', a2, 'strikes', strikes,
              'targets', [json_object('type', 'vehicle', 'count', 1)],
              'fatalities', json_object('best', deaths, 'low', deaths, 'high', NULL),
              'civilian_fatalities', NULL, 'injured', NULL,
              'sources', [json_object('report', 'rep-' || CAST(i AS VARCHAR), 'outlet', 'Synthetic Wire',
                  'url', NULL, 'published', CAST(d + 1 AS VARCHAR),
                  'evidence', json_object('sub_event_type', [json_object('start', 0, 'end', length(phrase),
                      'text', phrase)]))],
              'disputed', CAST('[]' AS JSON), 'confidence', 0.5 + (i % 50) / 100.0,
              'field_confidence', CAST('{{}}' AS JSON), 'note', NULL, 'members', [id || '#0']) AS VARCHAR),
            lower(a1) || chr(10) || lower(coalesce(a2, '')),
            lower(phrase) || chr(10) || lower('Place ' || CAST(i % 5000 AS VARCHAR))
        FROM gen ORDER BY d, id""")
    store.execute("""
        INSERT INTO evidence (event_id, report_id, field, span_start, span_end, text)
        SELECT id, 'rep-' || CAST(i AS VARCHAR), 'sub_event_type', 0, length(phrase), phrase FROM gen
        UNION ALL
        SELECT id, 'rep-' || CAST(i AS VARCHAR), 'location', 40, 50, 'Place ' || CAST(i % 5000 AS VARCHAR) FROM gen""")
    store.execute("DROP TABLE gen")
    store.execute("CHECKPOINT")


QUERIES = {
    "all_by_date": EventFilter(),
    "country": EventFilter(country="Yemen"),
    "date_range": EventFilter(date_from=dt.date(2018, 3, 1), date_to=dt.date(2018, 3, 31)),
    "bbox": EventFilter(bbox=(42.0, 32.0, 45.0, 35.0)),
    "actor": EventFilter(actor="houthi"),
    "q": EventFilter(q="convoy struck"),
    "country_date_desc": EventFilter(country="Iraq", date_from=dt.date(2016, 1, 1), date_to=dt.date(2016, 12, 31),
                                     sort="date", descending=True),
    "type_confidence": EventFilter(sub_event_type="Air/drone strike", min_confidence=0.9, sort="confidence",
                                   descending=True),
}


# The same queries as HTTP requests to GET /api/events (a page of 100 plus the total).
HTTP_QUERIES = {
    "all_by_date": {},
    "country": {"country": "Yemen"},
    "date_range": {"since": "2018-03-01", "until": "2018-03-31"},
    "bbox": {"bbox": "42,32,45,35"},
    "actor": {"actor": "houthi"},
    "q": {"q": "convoy struck"},
    "country_date_desc": {"country": "Iraq", "since": "2016-01-01", "until": "2016-12-31", "order": "desc"},
    "type_confidence": {"sub_event_type": "Air/drone strike", "min_confidence": 0.9, "sort": "confidence",
                        "order": "desc"},
}


def _http(store, repeat: int) -> dict[str, object]:
    """p50/p95 of full API requests (routing, validation, store, JSON) in process via ASGI."""
    from fastapi.testclient import TestClient

    from strikewatch.api.app import create_app

    out: dict[str, object] = {}
    with TestClient(create_app(store)) as client:
        for name, params in HTTP_QUERIES.items():
            def call(params=params) -> None:
                r = client.get("/api/events", params={**params, "limit": 100})
                assert r.status_code == 200, r.text
            out[name] = _time(call, repeat)
    out["worst_p95_ms"] = max(v["p95"] for v in out.values())
    return out


def _time(fn, repeat: int) -> dict[str, float]:
    fn()  # warm
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"p50": round(statistics.median(times), 2), "p95": round(times[int(0.95 * (len(times) - 1))], 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--db", help="DuckDB file (default: a temporary file, removed afterwards)")
    ap.add_argument("--target-ms", type=float, default=50.0)
    ap.add_argument("--http", action="store_true", help="also time GET /api/events through the FastAPI app")
    args = ap.parse_args()
    tmp = None if args.db else tempfile.TemporaryDirectory()
    path = args.db or str(Path(tmp.name) / "api.duckdb")
    result: dict[str, object] = {"events": args.events}
    with open_store(path) as store:
        if store.count() != args.events:
            store.execute("DELETE FROM evidence")
            store.execute("DELETE FROM events")
            t0 = time.perf_counter()
            fill(store, args.events)
            result["fill_seconds"] = round(time.perf_counter() - t0, 1)
        baseline = _time(lambda: store.query("SELECT 1"), args.repeat)
        result["baseline_select1_ms"] = baseline
        worst = 0.0
        for name, flt in QUERIES.items():
            page = EventFilter(**{**{f: getattr(flt, f) for f in flt.__slots__}, "limit": 100})
            ev = _time(lambda: store.events(page), args.repeat)
            cnt = _time(lambda: store.count(flt), args.repeat)
            worst = max(worst, ev["p95"], cnt["p95"])
            result[name] = {"matches": store.count(flt), "events_page": ev, "count": cnt}
        result["worst_p95_ms"] = worst
        if args.http:
            result["http"] = _http(store, args.repeat)
        result["p95_over_target"] = round(worst / args.target_ms, 3)
        result["db_mb"] = round(os.path.getsize(path) / 1e6, 1)
        result["load_avg_1m"] = round(os.getloadavg()[0], 2)  # other processes on the machine skew latency
    if tmp:
        tmp.cleanup()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
