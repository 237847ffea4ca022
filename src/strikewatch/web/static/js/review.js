// Review actions for one event: confirm, reject, edit a field, merge with another event.
import { el } from "./dom.js";
import { post } from "./api.js";

const EDITABLE = ["sub_event_type", "date", "location", "actor1", "actor2", "strikes", "fatalities",
  "civilian_fatalities", "injured", "note"];
const NUMBERS = ["strikes", "fatalities", "civilian_fatalities", "injured"];
let taxonomy = null;

export function setTaxonomy(tax) { taxonomy = tax; }

export async function act(fn) {
  const status = document.getElementById("status");
  try {
    await fn();
  } catch (err) {
    status.textContent = `Review failed: ${err.message}`;
    status.classList.add("error");
  }
}

function valueInputs(field, ev) {
  const current = ev[field];
  if (field === "location") {
    const loc = current || {};
    return el("div", { class: "loc-inputs" },
      ["name", "admin1", "country", "lat", "lon"].map((k) => el("label", {}, k,
        el("input", { name: `loc-${k}`, type: ["lat", "lon"].includes(k) ? "number" : "text", step: "any",
          value: loc[k] ?? "" }))));
  }
  if (field === "sub_event_type" && taxonomy) {
    const select = el("select", { name: "value" });
    for (const [type, subs] of Object.entries(taxonomy)) {
      select.append(el("optgroup", { label: type }, subs.map((s) => el("option", { value: s, selected: s === current }, s))));
    }
    return el("label", {}, "New value ", select);
  }
  if (NUMBERS.includes(field)) {
    const n = current && typeof current === "object" ? current.best : current;
    return el("label", {}, "New value ", el("input", { name: "value", type: "number", min: 0, step: 1, value: n ?? "" }));
  }
  if (field === "date") {
    return el("label", {}, "New value ", el("input", { name: "value", type: "text", pattern: "\\d{4}-\\d{2}(-\\d{2})?",
      placeholder: "YYYY-MM-DD", value: current ?? "" }));
  }
  return el("label", {}, "New value ", el("input", { name: "value", type: "text", maxlength: 500, value: current ?? "" }));
}

function readValue(form, field) {
  if (field === "location") {
    const v = (k) => form.elements[`loc-${k}`].value.trim();
    const num = (k) => (v(k) === "" ? null : Number(v(k)));
    return { name: v("name"), admin1: v("admin1") || null, country: v("country") || null, lat: num("lat"), lon: num("lon") };
  }
  const raw = form.elements.value.value.trim();
  if (NUMBERS.includes(field)) return raw === "" ? null : Number(raw);
  return raw === "" ? null : raw;
}

function editForm(ev, onChanged) {
  const holder = el("div", { class: "value-holder" });
  const select = el("select", { name: "field", "aria-label": "Field to edit" }, EDITABLE.map((f) => el("option", { value: f }, f.replace(/_/g, " "))));
  const form = el("form", { class: "edit-form", "aria-label": "Edit a field" },
    el("label", {}, "Field ", select), holder,
    el("label", {}, "Comment ", el("input", { name: "comment", type: "text", maxlength: 1000 })),
    el("button", { type: "submit" }, "Save edit"));
  const refresh = () => holder.replaceChildren(valueInputs(select.value, ev));
  select.addEventListener("change", refresh);
  refresh();
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const field = select.value;
    act(async () => {
      const body = { field, value: readValue(form, field) };
      if (form.elements.comment.value.trim()) body.comment = form.elements.comment.value.trim();
      const out = await post(`/api/events/${encodeURIComponent(ev.id)}/edit`, body);
      onChanged(out.id, `Saved ${field}.`);
    });
  });
  return form;
}

function mergeForm(ev, onChanged) {
  const input = el("input", { name: "other", type: "text", placeholder: "ev-…", required: true });
  const form = el("form", { class: "merge-form", "aria-label": "Merge with another event" },
    el("label", {}, "Merge with event id ", input), el("button", { type: "submit" }, "Merge"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    act(async () => {
      const out = await post("/api/events/merge", { ids: [ev.id, input.value.trim()] });
      onChanged(out.id, `Merged into ${out.id}.`);
    });
  });
  return form;
}

export function reviewPanel(ev, onChanged) {
  const simple = (action, label, done) => el("button", { type: "button", class: `action-${action}`, onclick: () => act(async () => {
    const out = await post(`/api/events/${encodeURIComponent(ev.id)}/${action}`, {});
    onChanged(out.id, `${done} ${out.id}.`);
  }) }, label);
  return el("section", { class: "review", "aria-label": "Review" }, el("h3", { text: "Review" }),
    el("div", { class: "row buttons" }, simple("confirm", "Confirm", "Confirmed"), simple("reject", "Reject", "Rejected")),
    editForm(ev, onChanged), mergeForm(ev, onChanged));
}
