"""A small hand-made store for API and browser tests (invented reports, no pipeline run).

Five reports: two on one strike in Kirkuk (merged, disputing the toll), one on
shelling in Kharkiv, one on an attack in Mogadishu whose text is hostile HTML,
and one on a protest in Khartoum.
"""
from __future__ import annotations

import datetime as dt

from strikewatch.models import Event, Evidence, Fatalities, Location, Report, RunResult, Source

HOSTILE = ("Gunmen attacked a checkpoint in Mogadishu <script>window.__pwned=1</script> at dawn, "
           "<img src=x onerror=\"window.__pwned=2\"> killing five soldiers, officials said.")
REPORTS = {
    "r1": ("Rockets struck Kirkuk on Monday, killing two people near the market.", "2024-04-02"),
    "r2": ("Four people died when rockets hit a market in Kirkuk on Monday.", "2024-04-02"),
    "r3": ("Artillery shelled Kharkiv overnight; three civilians were killed.", "2024-04-06"),
    "r4": (HOSTILE, "2024-04-10"),
    "r5": ("Hundreds marched peacefully through Khartoum on Friday demanding bread.", "2024-04-13"),
}
PLACES = {
    "kirkuk": ("Kirkuk", "Iraq", "Kirkuk", 35.47, 44.39),
    "kharkiv": ("Kharkiv", "Ukraine", "Kharkiv", 49.99, 36.23),
    "mogadishu": ("Mogadishu", "Somalia", "Banaadir", 2.04, 45.34),
    "khartoum": ("Khartoum", "Sudan", "Khartoum", 15.55, 32.53),
}


def _event(rid: str, spans: dict[str, str], *, date: str, place: str, sub: str, etype: str,
           actor1: str | None, fat: int | None) -> Event:
    text = REPORTS[rid][0]
    evidence = {f: [Evidence(rid, text.index(w), text.index(w) + len(w), w)] for f, w in spans.items()}
    return Event(id=f"{rid}#0", event_type=etype, sub_event_type=sub, date=date, date_precision="day",
                 location=Location(*PLACES[place], "city"), actor1=actor1,
                 fatalities=Fatalities(fat, fat, fat) if fat is not None else None,
                 sources=[Source(rid, evidence, f"Outlet {rid}", dt.date.fromisoformat(REPORTS[rid][1]))],
                 confidence=0.6, members=[f"{rid}#0"])


SHELLING = ("Shelling/artillery/missile attack", "Explosions/Remote violence")


def build_run() -> RunResult:
    reports = [Report(id=r, text=t, published=dt.date.fromisoformat(p), outlet=f"Outlet {r}", title=f"Report {r}")
               for r, (t, p) in REPORTS.items()]
    events = [
        _event("r1", {"sub_event_type": "Rockets struck", "location": "Kirkuk", "fatalities": "killing two"},
               date="2024-04-01", place="kirkuk", sub=SHELLING[0], etype=SHELLING[1],
               actor1="Unidentified Armed Group", fat=2),
        _event("r2", {"sub_event_type": "rockets hit", "location": "Kirkuk", "fatalities": "Four people died"},
               date="2024-04-01", place="kirkuk", sub=SHELLING[0], etype=SHELLING[1],
               actor1="Unidentified Armed Group", fat=4),
        _event("r3", {"sub_event_type": "Artillery shelled", "location": "Kharkiv",
                      "fatalities": "three civilians were killed"},
               date="2024-04-05", place="kharkiv", sub=SHELLING[0], etype=SHELLING[1],
               actor1="Military Forces of Russia", fat=3),
        _event("r4", {"sub_event_type": "Gunmen attacked", "location": "Mogadishu", "fatalities": "killing five"},
               date="2024-04-09", place="mogadishu", sub="Armed clash", etype="Battles",
               actor1="Al Shabaab", fat=5),
        _event("r5", {"sub_event_type": "marched peacefully", "location": "Khartoum"},
               date="2024-04-12", place="khartoum", sub="Peaceful protest", etype="Protests",
               actor1="Protesters (Sudan)", fat=None),
    ]
    return RunResult(reports=reports, report_events=events)


HOSTILE_VALUE = "<img src=x onerror=\"window.__pwned=3\">Al <b>Shabaab</b>"


def orphan_a_review(store) -> str:
    """Edit the Mogadishu event (a hostile actor name), then store an updated r4 that no longer
    tells it: its review becomes orphaned (``GET /api/reviews/orphans``). Returns the anchor."""
    from strikewatch.curate import review, save_run

    (ev,) = [e for e in store.events() if e.members == ["r4#0"]]
    review.edit(store, ev.id, {"actor1": HOSTILE_VALUE}, reviewer="Ana <i>Analyst</i>",
                comment="checked <script>window.__pwned=4</script>")
    text = "Update: the <b>checkpoint</b> report was withdrawn <script>window.__pwned=5</script>."
    save_run(store, RunResult(reports=[Report(id="r4", text=text, published=dt.date(2024, 4, 11),
                                              outlet="Outlet r4", title="Report r4 (updated)")]))
    return "r4#0"
