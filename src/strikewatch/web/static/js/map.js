// The map: country outlines from world-atlas (no tile server), events in a simple pixel-grid clustering.
import { el, typeClass, placeName, fmtCount } from "./dom.js";

const CELL = 44; // px: events closer than this at the current zoom share a cluster

export function createMap(container, onSelect) {
  const map = L.map(container, { worldCopyJump: false, minZoom: 1, maxZoom: 12, zoomSnap: 0.5,
    attributionControl: true, preferCanvas: false }).setView([20, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: Natural Earth via world-atlas");
  const layer = L.layerGroup().addTo(map);
  const view = { map, layer, events: [], onSelect, fitted: false };
  loadOutlines(map);
  map.on("zoomend", () => draw(view));
  return view;
}

async function loadOutlines(map) {
  try {
    const res = await fetch("/static/vendor/world-atlas-2.0.2/countries-50m.json");
    const topo = await res.json();
    const world = topojson.feature(topo, topo.objects.countries);
    world.features = world.features.filter((f) => f.id !== "010").map(unwrapFeature); // no Antarctica
    const outlines = L.geoJSON(world, { interactive: false, renderer: L.canvas({ padding: 0.5 }),
      style: { color: "#8d9aa8", weight: 0.6, fillColor: "#f3f0e8", fillOpacity: 1 } });
    outlines.addTo(map);
    outlines.bringToBack();
  } catch (err) {
    container_note(map, "Country outlines could not be loaded.");
  }
}

function container_note(map, text) {
  map.getContainer().append(el("p", { class: "map-note", text }));
}

// Rings that cross the antimeridian jump by ~360° in longitude; unwrap them so polygons stay whole.
function unwrapRing(ring) {
  let shift = 0;
  return ring.map(([lon, lat], i) => {
    if (i > 0) {
      const prev = ring[i - 1][0];
      if (lon - prev > 180) shift -= 360;
      else if (prev - lon > 180) shift += 360;
    }
    return [lon + shift, lat];
  });
}

function unwrapFeature(f) {
  const g = f.geometry;
  if (!g) return f;
  if (g.type === "Polygon") g.coordinates = g.coordinates.map(unwrapRing);
  if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map((p) => p.map(unwrapRing));
  return f;
}

export function showEvents(view, events) {
  view.events = events.filter((e) => e.location && e.location.lat !== null && e.location.lon !== null);
  if (!view.fitted && view.events.length) {
    view.map.invalidateSize();
    const bounds = L.latLngBounds(view.events.map((e) => [e.location.lat, e.location.lon]));
    view.map.fitBounds(bounds.pad(0.4), { maxZoom: 6 });
    view.fitted = true;
  }
  draw(view);
  return view.events.length;
}

function cluster(view) {
  const zoom = view.map.getZoom();
  const cells = new Map();
  for (const ev of view.events) {
    const p = view.map.project([ev.location.lat, ev.location.lon], zoom);
    const key = `${Math.floor(p.x / CELL)}:${Math.floor(p.y / CELL)}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(ev);
  }
  return [...cells.values()];
}

function radius(fatalities) {
  return Math.min(34, 14 + 4 * Math.sqrt(fatalities || 0));
}

function dominantType(events) {
  const counts = new Map();
  for (const e of events) counts.set(e.event_type, (counts.get(e.event_type) || 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

function keyboardable(marker, label, action) {
  marker.on("add", () => {
    const node = marker.getElement();
    node.setAttribute("aria-label", label);
    node.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); action(); }
    });
  });
}

function draw(view) {
  view.layer.clearLayers();
  for (const group of cluster(view)) {
    const lat = group.reduce((s, e) => s + e.location.lat, 0) / group.length;
    const lon = group.reduce((s, e) => s + e.location.lon, 0) / group.length;
    const deaths = group.reduce((s, e) => s + ((e.fatalities && e.fatalities.best) || 0), 0);
    const size = Math.round(radius(deaths) + (group.length > 1 ? 6 : 0));
    const single = group.length === 1;
    const dot = el("div", { class: `dot ${typeClass(dominantType(group))}${single ? "" : " cluster"}` },
      single ? "" : String(group.length));
    const icon = L.divIcon({ className: "sw-marker", html: dot, iconSize: [size, size] });
    const ev = group[0];
    const label = single
      ? `${ev.sub_event_type} in ${placeName(ev)} on ${ev.date || "unknown date"}, fatalities ${fmtCount(ev.fatalities)}`
      : `${group.length} events near ${placeName(ev)}; press Enter to zoom in`;
    const marker = L.marker([lat, lon], { icon, keyboard: true, riseOnHover: true });
    const tip = el("div", {}, el("strong", { text: single ? ev.sub_event_type : `${group.length} events` }),
      el("br"), single ? `${placeName(ev)} · ${ev.date || "undated"}` : `${deaths} fatalities in all`);
    marker.bindTooltip(tip, { direction: "top", offset: [0, -size / 2] });
    const action = single
      ? () => view.onSelect(ev.id)
      : () => view.map.fitBounds(L.latLngBounds(group.map((e) => [e.location.lat, e.location.lon])).pad(0.5),
        { maxZoom: Math.min(view.map.getZoom() + 3, 12) });
    marker.on("click", action);
    keyboardable(marker, label, action);
    marker.addTo(view.layer);
    if (single) marker.getElement().dataset.eventId = ev.id;
  }
}
