// The timeline: daily counts as SVG bars; dragging across it brushes the date filter.
import { clear } from "./dom.js";

const NS = "http://www.w3.org/2000/svg";
const DAY = 86400000;

function svg(tag, attrs = {}) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const toDay = (iso) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms) => new Date(ms).toISOString().slice(0, 10);

export function drawTimeline(container, perDay, selection, onBrush) {
  clear(container);
  const rows = perDay.filter((r) => r.key);
  if (!rows.length) {
    const p = document.createElement("p");
    p.className = "muted";
    p.textContent = "No dated events.";
    container.append(p);
    return;
  }
  const first = toDay(rows[0].key) - DAY;
  const last = toDay(rows[rows.length - 1].key) + DAY;
  const days = Math.round((last - first) / DAY) + 1;
  const width = Math.max(container.clientWidth || 600, 240);
  const height = 90;
  const pad = { l: 28, r: 8, t: 6, b: 18 };
  const iw = width - pad.l - pad.r;
  const ih = height - pad.t - pad.b;
  const max = Math.max(...rows.map((r) => r.events));
  const x = (ms) => pad.l + ((ms - first) / DAY) * (iw / days);
  const bw = Math.max(1, iw / days - 1);
  const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": `Events per day from ${toIso(first + DAY)} to ${toIso(last - DAY)}; at most ${max} a day` });
  root.append(svg("line", { x1: pad.l, x2: width - pad.r, y1: pad.t + ih, y2: pad.t + ih, class: "axis" }));
  const maxLabel = svg("text", { x: pad.l - 4, y: pad.t + 8, "text-anchor": "end", class: "tick" });
  maxLabel.textContent = String(max);
  root.append(maxLabel);
  for (const [ms, anchor] of [[first + DAY, "start"], [last - DAY, "end"]]) {
    const t = svg("text", { x: anchor === "start" ? x(ms) : x(ms) + bw, y: height - 4, "text-anchor": anchor, class: "tick" });
    t.textContent = toIso(ms);
    root.append(t);
  }
  for (const r of rows) {
    const h = Math.max(2, (r.events / max) * ih);
    const bar = svg("rect", { x: x(toDay(r.key)), y: pad.t + ih - h, width: bw, height: h, class: "bar" });
    const title = svg("title");
    title.textContent = `${r.key}: ${r.events} event(s), ${r.fatalities} fatalities`;
    bar.append(title);
    root.append(bar);
  }
  const brush = svg("rect", { y: pad.t, height: ih, class: "brush", x: 0, width: 0 });
  root.append(brush);
  const showSel = (a, b) => {
    if (a === null) { brush.setAttribute("width", 0); return; }
    const x0 = x(Math.min(a, b)), x1 = x(Math.max(a, b)) + bw;
    brush.setAttribute("x", x0);
    brush.setAttribute("width", Math.max(1, x1 - x0));
  };
  if (selection.since || selection.until) {
    showSel(selection.since ? toDay(selection.since) : first, selection.until ? toDay(selection.until) : last);
  }
  const dayAt = (evt) => {
    const box = root.getBoundingClientRect();
    const px = ((evt.clientX - box.left) / box.width) * width;
    const d = Math.floor((px - pad.l) / (iw / days));
    return first + Math.min(days - 1, Math.max(0, d)) * DAY;
  };
  let start = null;
  root.addEventListener("pointerdown", (e) => {
    start = dayAt(e);
    root.setPointerCapture(e.pointerId);
    showSel(start, start);
  });
  root.addEventListener("pointermove", (e) => { if (start !== null) showSel(start, dayAt(e)); });
  root.addEventListener("pointerup", (e) => {
    if (start === null) return;
    const end = dayAt(e);
    const a = Math.min(start, end), b = Math.max(start, end);
    start = null;
    onBrush(toIso(a), toIso(b));
  });
  container.append(root);
}
