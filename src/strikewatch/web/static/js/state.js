// Filters live in the URL hash, so a view can be shared: #since=2024-04-01&country=Iraq&event=ev-...

export const FILTER_KEYS = ["since", "until", "country", "admin1", "event_type", "sub_event_type", "actor",
  "q", "min_confidence", "disputed", "status"];
const VIEW_KEYS = ["sort", "order", "offset", "event"];

export function readState() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  const state = {};
  for (const key of [...FILTER_KEYS, ...VIEW_KEYS]) {
    const v = params.get(key);
    if (v !== null && v !== "") state[key] = v;
  }
  return state;
}

export function writeState(state, { replace = false } = {}) {
  const params = new URLSearchParams();
  for (const key of [...FILTER_KEYS, ...VIEW_KEYS]) {
    if (state[key] !== undefined && state[key] !== null && state[key] !== "") params.set(key, state[key]);
  }
  const hash = `#${params.toString()}`;
  if (hash === location.hash) return false;
  if (replace) history.replaceState(null, "", hash); else history.pushState(null, "", hash);
  return true;
}

export function filtersOf(state) {
  const out = {};
  for (const key of FILTER_KEYS) if (state[key]) out[key] = state[key];
  return out;
}
