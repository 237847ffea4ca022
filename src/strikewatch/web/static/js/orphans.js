// Orphaned reviews (GET /api/reviews/orphans): reviews whose event an updated report no longer tells.
// They are kept, never moved to another event; this list shows what each was about. Every text
// (values, reviewers, comments) is set with textContent (dom.js), never parsed as HTML.
import { el, clear, fmtValue } from "./dom.js";
import { get } from "./api.js";

function told(o) {
  const e = o.event || {};
  return [e.sub_event_type, e.date, e.location].filter(Boolean).join(", ") || "unknown event";
}

function entry(h) {
  const what = h.action === "edit" ? ` ${h.field} ${fmtValue(h.field, h.before)} → ${fmtValue(h.field, h.after)}`
    : h.field === "status" ? ` (${fmtValue("status", h.before)} → ${fmtValue("status", h.after)})` : "";
  return el("li", {}, el("time", { datetime: h.at, text: h.at.replace("T", " ") }), ` ${h.reviewer}: ${h.action}${what}`,
    h.comment ? el("q", { text: h.comment }) : null);
}

function item(o) {
  const values = Object.entries(o.values || {}).sort(([a], [b]) => a.localeCompare(b));
  return el("li", { class: "orphan", "data-anchor": o.anchor },
    el("div", { class: "orphan-head" }, el("strong", { class: "orphan-event", text: told(o) }),
      el("span", { class: "muted", text: ` report ${o.report} · review key ${o.anchor} · event ${o.event_id || "–"}` })),
    el("dl", { class: "orphan-values" }, values.map(([k, v]) => el("div", {},
      el("dt", { text: k.replace(/_/g, " ") }), el("dd", { text: fmtValue(k, v) })))),
    el("details", { class: "orphan-history" },
      el("summary", { text: `Reviewed by ${(o.reviewers || []).join(", ")}, last ${String(o.updated_at).replace("T", " ")}` }),
      el("ol", {}, (o.history || []).map(entry))));
}

// Fill the section (hidden when there is nothing to show or the list cannot be read).
export async function showOrphans(section, list, count, link) {
  let found = [];
  try {
    found = await get("/api/reviews/orphans");
  } catch (err) {
    found = [];
  }
  clear(list).append(...found.map(item));
  count.textContent = `(${found.length})`;
  section.hidden = found.length === 0;
  link.hidden = section.hidden;
  link.textContent = `${found.length} orphaned review${found.length === 1 ? "" : "s"}`;
  return found.length;
}
