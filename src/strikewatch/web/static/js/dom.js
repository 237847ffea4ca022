// Building DOM safely: every text goes through textContent, never innerHTML.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// Event type -> colour class ("t-<key>"), filled from GET /api/taxonomy (setTypeClasses): the
// server's taxonomy is the one list of types; app.css colours each key.
export const TYPE_CLASS = {};

export function setTypeClasses(taxonomy) {
  for (const entry of taxonomy) TYPE_CLASS[entry.event_type] = `t-${entry.key}`;
}

export function typeClass(type) {
  return TYPE_CLASS[type] || "t-other";
}

export function fmtCount(f) {
  if (!f || f.best === null || f.best === undefined) return "–";
  if (f.low !== null && f.high !== null && f.low !== f.high) return `${f.best} (${f.low}–${f.high})`;
  return String(f.best);
}

export function fmtValue(field, value) {
  if (value === null || value === undefined) return "–";
  if (["fatalities", "civilian_fatalities", "injured"].includes(field)) return fmtCount(value);
  if (field === "location") {
    const parts = [value.name, value.admin1, value.country].filter((x, i, a) => x && a.indexOf(x) === i);
    const where = parts.join(", ");
    return value.lat !== null && value.lat !== undefined ? `${where} (${value.lat}, ${value.lon})` : where;
  }
  if (field === "targets") return value.map((t) => `${t.count ?? "?"} ${t.type}`).join("; ") || "–";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function placeName(ev) {
  const loc = ev.location;
  if (!loc) return "unknown place";
  return loc.country && loc.country !== loc.name ? `${loc.name}, ${loc.country}` : loc.name;
}
