// strikewatch web UI: wires the filter panel, map, timeline, table and event detail to the URL state.
import { el, clear, TYPE_CLASS, setTypeClasses } from "./dom.js";
import { auth, get, query } from "./api.js";
import { readState, writeState, filtersOf, FILTER_KEYS } from "./state.js";
import { createMap, showEvents } from "./map.js";
import { drawTimeline } from "./timeline.js";
import { drawTable, markSort } from "./table.js";
import { renderDetail } from "./detail.js";
import { setTaxonomy } from "./review.js";
import { showOrphans } from "./orphans.js";

const PAGE = 50;
const $ = (id) => document.getElementById(id);
const ui = { map: null, lastDetail: null, seq: 0, message: null };

function say(text, error = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", error);
}

function setState(patch, opts) {
  const state = { ...readState(), ...patch };
  for (const k of Object.keys(state)) if (state[k] === "" || state[k] === null) delete state[k];
  writeState(state, opts);
  render();
}

function fillForm(state) {
  const form = $("filter-form");
  for (const key of FILTER_KEYS) {
    const input = form.elements[key];
    if (!input) continue;
    if (input.type === "checkbox") input.checked = state[key] === "true";
    else input.value = state[key] || "";
  }
}

function readForm() {
  const form = $("filter-form");
  const out = {};
  for (const key of FILTER_KEYS) {
    const input = form.elements[key];
    out[key] = input.type === "checkbox" ? (input.checked ? "true" : "") : input.value.trim();
  }
  return out;
}

function exportLinks(filters, state) {
  const base = { ...filters, sort: state.sort, order: state.order, limit: 1000 };
  $("export-csv").href = `/api/events?${query({ ...base, format: "csv" })}`;
  $("export-geojson").href = `/api/events?${query({ ...base, format: "geojson" })}`;
}

async function render() {
  const seq = ++ui.seq;
  const state = readState();
  const filters = filtersOf(state);
  fillForm(state);
  exportLinks(filters, state);
  markSort(document.querySelector("#events-table thead"), state.sort, state.order);
  say("Loading events…");
  document.body.setAttribute("aria-busy", "true");
  try {
    const offset = Number(state.offset || 0);
    const { since, until, ...undated } = filters;
    const [mapPage, tablePage, stats] = await Promise.all([
      get("/api/events", { ...filters, limit: 1000 }),
      get("/api/events", { ...filters, sort: state.sort, order: state.order, limit: PAGE, offset }),
      get("/api/stats", undated),
    ]);
    if (seq !== ui.seq) return;
    const onMap = showEvents(ui.map, mapPage.events);
    drawTimeline($("timeline"), stats.per_day, { since, until }, (a, b) => setState({ since: a, until: b, offset: "" }));
    drawTable(document.querySelector("#events-table tbody"), tablePage.events, openEvent);
    $("count").textContent = `(${tablePage.total})`;
    $("page-info").textContent = tablePage.total
      ? `${offset + 1}–${Math.min(offset + PAGE, tablePage.total)} of ${tablePage.total}` : "";
    $("prev").disabled = offset <= 0;
    $("next").disabled = offset + PAGE >= tablePage.total;
    fillLists(stats);
    say(mapPage.total ? `${mapPage.total} events, ${onMap} on the map${mapPage.total > 1000 ? " (first 1000)" : ""}.`
      : "No events match these filters.");
  } catch (err) {
    say(`Could not load events: ${err.message}`, true);
  } finally {
    document.body.removeAttribute("aria-busy");
  }
  syncDetail(state.event);
  showOrphans($("orphans-section"), $("orphans"), $("orphans-count"), $("orphans-link"));
}

function fillLists(stats) {
  const fill = (id, rows) => clear($(id)).append(...rows.filter((r) => r.key).map((r) => el("option", { value: r.key })));
  fill("countries", stats.per_country);
  fill("actors", stats.per_actor);
}

function openEvent(id) {
  setState({ event: id });
}

async function syncDetail(id) {
  const panel = $("detail");
  if (!id) {
    panel.hidden = true;
    ui.lastDetail = null;
    return;
  }
  if (ui.lastDetail === id) return;
  ui.lastDetail = id;
  panel.style.top = `${document.querySelector(".top").offsetHeight}px`; // keep the token form reachable
  panel.hidden = false;
  try {
    await renderDetail($("detail-body"), $("detail-title"), id, onReviewed);
    $("detail-title").focus();
    if (ui.message) say(ui.message);
    ui.message = null;
  } catch (err) {
    clear($("detail-body")).append(el("p", { class: "error", text: `Could not load event: ${err.message}` }));
  }
}

function onReviewed(id, message) {
  ui.lastDetail = null;
  ui.message = message;
  const state = readState();
  if (state.event !== id) writeState({ ...state, event: id });
  render();
}

function setupFilters(tax) {
  const types = $("filter-form").elements.event_type;
  const subs = $("filter-form").elements.sub_event_type;
  for (const [type, list] of Object.entries(tax)) {
    types.append(el("option", { value: type }, type));
    subs.append(el("optgroup", { label: type }, list.map((s) => el("option", { value: s }, s))));
  }
  $("legend").append(...Object.entries(TYPE_CLASS).map(([type, cls]) =>
    el("li", {}, el("span", { class: `swatch ${cls}`, "aria-hidden": "true" }), type)));
}

function setupToken() {
  const show = () => {
    $("token-state").textContent = auth.token ? "review on" : "read only";
    $("reviewer").value = auth.reviewer;
  };
  $("token-form").addEventListener("submit", (e) => {
    e.preventDefault();
    auth.set($("token").value.trim() || auth.token, $("reviewer").value.trim());
    $("token").value = "";
    show();
    ui.lastDetail = null;
    render();
  });
  $("token-clear").addEventListener("click", () => { auth.set("", ""); show(); ui.lastDetail = null; render(); });
  show();
}

function setupEvents() {
  $("filter-form").addEventListener("submit", (e) => { e.preventDefault(); setState({ ...readForm(), offset: "" }); });
  $("filter-reset").addEventListener("click", () => {
    const blank = Object.fromEntries(FILTER_KEYS.map((k) => [k, ""]));
    setState({ ...blank, offset: "" });
  });
  $("clear-dates").addEventListener("click", () => setState({ since: "", until: "", offset: "" }));
  for (const btn of document.querySelectorAll("#events-table thead button[data-sort]")) {
    btn.addEventListener("click", () => {
      const s = readState();
      const same = (s.sort || "date") === btn.dataset.sort;
      setState({ sort: btn.dataset.sort, order: same && s.order !== "desc" ? "desc" : "", offset: "" });
    });
  }
  $("prev").addEventListener("click", () => setState({ offset: Math.max(0, Number(readState().offset || 0) - PAGE) || "" }));
  $("next").addEventListener("click", () => setState({ offset: Number(readState().offset || 0) + PAGE }));
  $("detail-close").addEventListener("click", () => setState({ event: "" }));
  $("orphans-link").addEventListener("click", () => {
    $("orphans-section").scrollIntoView({ block: "start" });
    $("orphans-title").focus({ preventScroll: true });
  });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("detail").hidden) setState({ event: "" }); });
  window.addEventListener("popstate", render);
  window.addEventListener("hashchange", render);
  let resize = null;
  window.addEventListener("resize", () => { clearTimeout(resize); resize = setTimeout(render, 300); });
}

async function main() {
  if (window.matchMedia("(max-width: 800px)").matches) $("filters-box").open = false; // phones: map first
  ui.map = createMap($("map"), openEvent);
  setupToken();
  setupEvents();
  try {
    const list = await get("/api/taxonomy");  // [{event_type, key, sub_event_types}]
    setTypeClasses(list);
    const tax = Object.fromEntries(list.map((t) => [t.event_type, t.sub_event_types]));
    setTaxonomy(tax);
    setupFilters(tax);
  } catch (err) {
    say(`Could not load the taxonomy: ${err.message}`, true);
  }
  await render();
}

main();
