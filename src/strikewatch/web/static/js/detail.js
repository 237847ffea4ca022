// Event detail: every field with its evidence highlighted in the report text, sources, disputes,
// review history, and review actions when a token is set. Report text is untrusted: it is only
// ever placed with textContent, split by offsets into text nodes and <mark> elements.
import { el, clear, fmtValue, placeName } from "./dom.js";
import { auth, get, post } from "./api.js";
import { reviewPanel, act } from "./review.js";

const FIELDS = ["event_type", "sub_event_type", "date", "location", "actor1", "actor2", "strikes", "targets",
  "fatalities", "civilian_fatalities", "injured"];

// Split text into segments at every span boundary; each segment knows the fields covering it.
export function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const fields = [...new Set(spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.field))];
    out.push({ start: a, end: b, text: text.slice(a, b), fields });
  }
  return out;
}

function reportText(reportId, text, spans) {
  const body = el("div", { class: "report-text", id: `report-${reportId}` });
  for (const seg of segments(text, spans)) {
    if (!seg.fields.length) { body.append(document.createTextNode(seg.text)); continue; }
    body.append(el("mark", { "data-fields": seg.fields.join(" "), "data-start": seg.start,
      title: seg.fields.join(", "), id: `m-${reportId}-${seg.start}` }, seg.text));
  }
  return body;
}

function evidenceOf(ev, field) {
  const out = [];
  for (const s of ev.sources || []) for (const e of (s.evidence || {})[field] || []) out.push({ report: s.report, ...e });
  return out;
}

function fieldsTable(ev) {
  const rows = FIELDS.filter((f) => ev[f] !== null && ev[f] !== undefined && !(Array.isArray(ev[f]) && !ev[f].length));
  const tbody = el("tbody");
  for (const f of rows) {
    const evid = evidenceOf(ev, f);
    const conf = ev.field_confidence ? ev.field_confidence[f] : undefined;
    tbody.append(el("tr", {},
      el("th", { scope: "row", text: f.replace(/_/g, " ") }),
      el("td", { text: fmtValue(f, ev[f]) }),
      el("td", { class: "num", text: conf !== undefined ? conf.toFixed(2) : "–" }),
      el("td", {}, evid.length ? evid.map((e) => el("a", { href: `#`, class: "evidence",
        onclick: (x) => { x.preventDefault(); focusMark(e.report, e.start); } }, `“${e.text}” (${e.report})`))
        : el("span", { class: "muted", text: "no evidence" }))));
  }
  return el("table", { class: "fields" }, el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Field" }),
    el("th", { scope: "col", text: "Value" }), el("th", { scope: "col", text: "Conf." }),
    el("th", { scope: "col", text: "Evidence" }))), tbody);
}

function focusMark(report, start) {
  const marks = document.querySelectorAll(`#report-${CSS.escape(report)} mark`);
  for (const m of marks) {
    if (Number(m.dataset.start) >= start) {
      m.scrollIntoView({ block: "center" });
      m.classList.add("flash");
      setTimeout(() => m.classList.remove("flash"), 1200);
      return;
    }
  }
}

function disputesTable(ev) {
  if (!ev.disputed || !ev.disputed.length) return null;
  return el("div", { class: "disputes" }, el("h3", { text: "Disputes" }), ev.disputed.map((d) =>
    el("div", { class: "dispute" }, el("h4", { text: d.field.replace(/_/g, " ") }),
      el("div", { class: "side-by-side" }, d.values.map((v, i) => el("div", { class: "claim" },
        el("div", { class: "claim-value", text: fmtValue(d.field, v) }),
        el("div", { class: "muted", text: `according to ${(d.sources[i] || []).join(", ") || "?"}` })))))));
}

function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

async function sourcesSection(ev, onChanged) {
  const box = el("div", { class: "sources" }, el("h3", { text: `Sources (${ev.sources.length})` }));
  for (const s of ev.sources) {
    const spans = Object.entries(s.evidence || {}).flatMap(([field, list]) => list.map((e) => ({ field, ...e })));
    const head = el("div", { class: "source-head" },
      el("strong", { text: s.outlet || s.report }), ` · ${s.published || "undated"} · report ${s.report}`,
      safeUrl(s.url) ? [" · ", el("a", { href: safeUrl(s.url), rel: "noopener noreferrer", target: "_blank", text: "original" })] : null);
    const card = el("article", { class: "source" }, head);
    if (auth.token && ev.sources.length > 1) {
      card.append(el("button", { type: "button", class: "small", onclick: () => act(async () => {
        const out = await post(`/api/events/${encodeURIComponent(ev.id)}/split`, { report: s.report });
        onChanged(out.kept.id, `Split ${s.report} off into ${out.split.id}.`);
      }) }, `Split ${s.report} off`));
    }
    try {
      const rep = await get(`/api/reports/${encodeURIComponent(s.report)}`);
      if (rep.title && !rep.text.startsWith(rep.title)) card.append(el("div", { class: "report-title", text: rep.title }));
      card.append(reportText(s.report, rep.text, spans));
    } catch (err) {
      card.append(el("p", { class: "error", text: `Report text unavailable: ${err.message}` }));
    }
    box.append(card);
  }
  return box;
}

function historyList(ev) {
  const box = el("div", { class: "history" }, el("h3", { text: "Review history" }));
  if (!ev.reviews || !ev.reviews.length) {
    box.append(el("p", { class: "muted", text: "Not reviewed yet." }));
    return box;
  }
  box.append(el("ol", {}, ev.reviews.map((r) => el("li", {},
    el("time", { datetime: r.at, text: r.at.replace("T", " ") }), ` ${r.reviewer}: ${r.action}`,
    r.action === "edit" ? ` ${r.field} ${fmtValue(r.field, r.before)} → ${fmtValue(r.field, r.after)}` : "",
    r.field === "status" ? ` (${r.before} → ${r.after})` : "",
    r.comment ? el("q", { text: r.comment }) : null))));
  return box;
}

export async function renderDetail(container, titleNode, id, onChanged) {
  clear(container).append(el("p", { class: "muted", text: "Loading event…" }));
  const ev = await get(`/api/events/${encodeURIComponent(id)}`);
  titleNode.textContent = `${ev.sub_event_type} — ${placeName(ev)}`;
  const summary = el("p", { class: "summary" },
    el("span", { class: `badge s-${ev.status}`, text: ev.status }), " ",
    `${ev.date || "undated"} · confidence ${ev.confidence.toFixed(2)} · ${ev.sources.length} source(s) · `,
    el("code", { text: ev.id }));
  const parts = [summary, ev.note ? el("p", { class: "note", text: ev.note }) : null, fieldsTable(ev), disputesTable(ev)];
  if (auth.token) parts.push(reviewPanel(ev, onChanged));
  else parts.push(el("p", { class: "muted", text: "Set a review token (top right) to confirm, edit, reject, merge or split." }));
  parts.push(historyList(ev));
  clear(container).append(...parts.filter(Boolean));
  container.append(await sourcesSection(ev, onChanged));
  return ev;
}
