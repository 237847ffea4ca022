// The JSON API client: token handling (sessionStorage) and one error shape.

const TOKEN_KEY = "strikewatch.token";
const REVIEWER_KEY = "strikewatch.reviewer";

export const auth = {
  get token() { return sessionStorage.getItem(TOKEN_KEY) || ""; },
  get reviewer() { return sessionStorage.getItem(REVIEWER_KEY) || ""; },
  set(token, reviewer) {
    if (token) sessionStorage.setItem(TOKEN_KEY, token); else sessionStorage.removeItem(TOKEN_KEY);
    if (reviewer) sessionStorage.setItem(REVIEWER_KEY, reviewer); else sessionStorage.removeItem(REVIEWER_KEY);
  },
};

export class ApiError extends Error {
  constructor(body, status) {
    super((body && body.error) || `request failed (${status})`);
    this.status = status;
    this.errors = (body && body.errors) || [this.message];
  }
}

function headers(extra = {}) {
  const h = { Accept: "application/json", ...extra };
  if (auth.token) h.Authorization = `Bearer ${auth.token}`;
  if (auth.reviewer) h["X-Reviewer"] = auth.reviewer;
  return h;
}

async function parse(res) {
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new ApiError(body, res.status);
  return body;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) q.set(k, v);
  return q.toString();
}

export async function get(path, params = {}) {
  const q = query(params);
  return parse(await fetch(q ? `${path}?${q}` : path, { headers: headers() }));
}

export async function post(path, body = {}) {
  return parse(await fetch(path, {
    method: "POST", headers: headers({ "Content-Type": "application/json" }), body: JSON.stringify(body),
  }));
}
