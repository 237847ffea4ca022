// The sortable event table (sorting and paging are done by the API).
import { el, clear, typeClass, placeName, fmtCount } from "./dom.js";

export function drawTable(tbody, events, onSelect) {
  clear(tbody);
  if (!events.length) {
    tbody.append(el("tr", {}, el("td", { colspan: 8, class: "empty", text: "No events match these filters." })));
    return;
  }
  for (const ev of events) {
    const open = el("button", { type: "button", class: "link", "data-event-id": ev.id,
      onclick: () => onSelect(ev.id) }, ev.date || "undated");
    tbody.append(el("tr", { "data-event-id": ev.id },
      el("td", {}, open),
      el("td", {}, el("span", { class: `swatch ${typeClass(ev.event_type)}`, "aria-hidden": "true" }), ev.sub_event_type),
      el("td", { text: placeName(ev) }),
      el("td", { text: [ev.actor1, ev.actor2].filter(Boolean).join(" vs ") || "–" }),
      el("td", { class: "num", text: fmtCount(ev.fatalities) }),
      el("td", { class: "num", text: String((ev.sources || []).length) }),
      el("td", { class: "num", text: ev.confidence.toFixed(2) }),
      el("td", {}, el("span", { class: `badge s-${ev.status}`, text: ev.status }),
        ev.disputed && ev.disputed.length ? el("span", { class: "badge disputed", text: "disputed" }) : null),
    ));
  }
}

export function markSort(thead, sort, order) {
  for (const btn of thead.querySelectorAll("button[data-sort]")) {
    const th = btn.parentElement;
    const active = btn.dataset.sort === (sort || "date");
    th.setAttribute("aria-sort", active ? (order === "desc" ? "descending" : "ascending") : "none");
  }
}
