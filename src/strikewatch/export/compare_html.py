"""The ``compare --html`` page: coverage, agreement per field, a map and the unmatched events.

One self-contained file that works offline: the vendored Leaflet, topojson-client and
world-atlas outlines (the same files the web UI serves) are inlined. Every value from the
reference or the events is escaped: the tables with ``html.escape``, the map's data as JSON
inside a ``<script type="application/json">`` with ``<``, ``>`` and ``&`` escaped, and the
popups are built with ``textContent``, never ``innerHTML``.
"""
from __future__ import annotations

import html
import json
from importlib import resources
from typing import Any

VENDOR = ("web", "static", "vendor")  # the files the web UI serves
ROWS_SHOWN = 300  # per table; the JSON output has every row

_SCRIPT = r"""
(function () {
  var data = JSON.parse(document.getElementById("sw-data").textContent);
  var map = L.map("map", {minZoom: 1, maxZoom: 12, zoomSnap: 0.5}).setView([20, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: Natural Earth via world-atlas");
  var topo = JSON.parse(document.getElementById("sw-world").textContent);
  L.geoJSON(topojson.feature(topo, topo.objects.countries), {interactive: false,
    style: {color: "#8d9aa8", weight: 0.6, fillColor: "#f3f0e8", fillOpacity: 1}}).addTo(map);
  var colours = {matched: "#1b7f3b", reference: "#d9480f", strikewatch: "#1c5fb8"};
  function popup(kind, rec, other) {
    var box = document.createElement("div");
    function line(label, value) {
      if (value === null || value === undefined || value === "") return;
      var p = document.createElement("div");
      var b = document.createElement("b");
      b.textContent = label + ": ";
      p.appendChild(b);
      p.appendChild(document.createTextNode(String(value)));
      box.appendChild(p);
    }
    line(kind, rec.id);
    line("date", rec.when);
    line("type", rec.sub_event_type || rec.type_of_violence);
    line("actors", [rec.actor1 || rec.side_a, rec.actor2 || rec.side_b].filter(Boolean).join(" / "));
    line("place", [rec.location, rec.country].filter(Boolean).join(", "));
    line("fatalities", rec.fatalities);
    if (other) { line("matched with", other.id); }
    return box;
  }
  var points = [];
  function dot(rec, kind, colour, other) {
    if (rec.lat === null || rec.lon === null) return;
    points.push([rec.lat, rec.lon]);
    L.circleMarker([rec.lat, rec.lon], {radius: 6, color: colour, weight: 1.5, fillColor: colour,
      fillOpacity: 0.55}).bindPopup(popup(kind, rec, other)).addTo(map);
  }
  data.matched.forEach(function (m) {
    var r = m.reference, s = m.strikewatch;
    if (r.lat !== null && s.lat !== null) {
      L.polyline([[r.lat, r.lon], [s.lat, s.lon]], {color: colours.matched, weight: 1, opacity: 0.7}).addTo(map);
    }
    dot(r, "reference", colours.matched, s);
    dot(s, "strikewatch", colours.matched, r);
  });
  data.unmatched_reference.forEach(function (r) { dot(r, "reference (not found)", colours.reference); });
  data.unmatched_strikewatch.forEach(function (s) { dot(s, "strikewatch (not in reference)", colours.strikewatch); });
  if (points.length) { map.fitBounds(L.latLngBounds(points).pad(0.3), {maxZoom: 7}); }
})();
"""

_CSS = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5rem auto; max-width: 1100px; color: #1d2733; padding: 0 1rem; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 1.6rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: 13px; }
th, td { border-bottom: 1px solid #dde3ea; padding: 3px 6px; text-align: left; vertical-align: top; }
th.n { text-align: right; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
#map { height: 480px; border: 1px solid #c9d1da; margin: .5rem 0; background: #cfe0ee; }
.legend span { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin: 0 4px 0 12px; }
.note { color: #5b6875; }
"""


def _vendor(*parts: str) -> str:
    return resources.files("strikewatch").joinpath(*VENDOR, *parts).read_text(encoding="utf-8")


def _json_script(value: Any) -> str:
    """JSON that is safe inside a <script> element (no "</script>", no HTML-significant characters)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                       ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


def _cell(value: Any) -> str:
    return "" if value is None else html.escape(str(value))


def _table(rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> str:
    head = "".join(f"<th>{html.escape(label)}</th>" for _, label in columns)
    body = "".join("<tr>" + "".join(f"<td>{_cell(r.get(key))}</td>" for key, _ in columns) + "</tr>"
                   for r in rows[:ROWS_SHOWN])
    more = f'<p class="note">{len(rows) - ROWS_SHOWN} more in the JSON output.</p>' if len(rows) > ROWS_SHOWN else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


_EVENT_COLUMNS = [("id", "id"), ("when", "date"), ("sub_event_type", "type"), ("actor1", "actor 1"),
                  ("actor2", "actor 2"), ("location", "place"), ("country", "country"), ("fatalities", "fatalities")]
_UCDP_COLUMNS = [("id", "id"), ("when", "date"), ("type_of_violence", "violence"),
                 ("side_a", "side A"), ("side_b", "side B"), ("location", "place"), ("country", "country"),
                 ("fatalities", "best")]


def render_compare_html(result: dict[str, Any], *, reference_name: str) -> str:
    """The comparison (``compare.compare``'s result) as one offline HTML page."""
    ref, ours = result["reference"], result["strikewatch"]
    fields = "".join(
        f'<tr><td>{html.escape(name)}</td><td class="n">{v["agree"]}</td><td class="n">{v["compared"]}</td>'
        f'<td class="n">{v["agreement"]:.3f}</td><td class="n">{v["of_reference"]:.3f}</td></tr>'
        for name, v in result["fields"].items())
    cols = _UCDP_COLUMNS if result["format"] == "ucdp" else _EVENT_COLUMNS
    pairs = [{"reference": m["reference"]["id"], "strikewatch": m["strikewatch"]["id"], "how": m["how"],
              "km": m["km"], "days": m["days"], "disagree": ", ".join(m["disagree"])}
             for m in result["matched"]]
    s = result["settings"]
    data = {k: result[k] for k in ("matched", "unmatched_reference", "unmatched_strikewatch")}
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>strikewatch compared with {_cell(reference_name)}</title>
<style>{_vendor("leaflet-1.9.4", "leaflet.css")}</style><style>{_CSS}</style></head><body>
<h1>strikewatch compared with {_cell(reference_name)} ({_cell(result["format"].upper())})</h1>
<p>Reference events found by strikewatch: <b>{ref["matched"]} of {ref["events"]}</b> ({ref["coverage"]:.1%}).
strikewatch events found in the reference: <b>{ours["matched"]} of {ours["events"]}</b> ({ours["coverage"]:.1%}).</p>
<p class="note">Matched by report id: {result["matched_by"]["report"]}, by place and time:
{result["matched_by"]["place-time"]} (within {_cell(s["days"])} day(s) and {_cell(s["km"])} km, types:
{_cell(s["type_match"])}; passes: {_cell(s["match"])}).</p>
<h2>Agreement per field (matched pairs)</h2>
<table><thead><tr><th>field</th><th class="n">agree</th><th class="n">of pairs</th><th class="n">agreement</th><th class="n">of all reference events</th>
</tr></thead><tbody>{fields}</tbody></table>
<h2>Map</h2>
<p class="legend"><span style="background:#1b7f3b"></span>matched (line to its partner)
<span style="background:#d9480f"></span>reference only<span style="background:#1c5fb8"></span>strikewatch only</p>
<div id="map"></div>
<h2>Reference events strikewatch did not find ({len(result["unmatched_reference"])})</h2>
{_table(result["unmatched_reference"], cols)}
<h2>strikewatch events not in the reference ({len(result["unmatched_strikewatch"])})</h2>
{_table(result["unmatched_strikewatch"], _UCDP_COLUMNS if result["format"] == "ucdp" else _EVENT_COLUMNS)}
<h2>Matched pairs ({len(pairs)})</h2>
{_table(pairs, [("reference", "reference"), ("strikewatch", "strikewatch"), ("how", "how"), ("km", "km"),
                ("days", "days apart"), ("disagree", "fields that differ")])}
<script type="application/json" id="sw-data">{_json_script(data)}</script>
<script type="application/json" id="sw-world">{_vendor("world-atlas-2.0.2", "countries-50m.json")}</script>
<script>{_vendor("leaflet-1.9.4", "leaflet.js")}</script>
<script>{_vendor("topojson-client-3.1.0", "topojson-client.min.js")}</script>
<script>{_SCRIPT}</script>
</body></html>
"""
