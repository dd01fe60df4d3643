// The Hub's credentials live in sessionStorage only (never localStorage, never the URL).
export const KEYS = Object.freeze({
  token: 'podium.token',
  copid: 'podium.copid',
  apiBase: 'podium.apiBase', // optional override of the API base, e.g. "http://127.0.0.1:3210" (dev and e2e)
});

function store() {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function readSession() {
  const s = store();
  if (!s) return { token: null, copid: null, apiBase: null };
  return { token: s.getItem(KEYS.token), copid: s.getItem(KEYS.copid), apiBase: s.getItem(KEYS.apiBase) };
}

export function saveSession({ token, copid }) {
  const s = store();
  s.setItem(KEYS.token, token);
  s.setItem(KEYS.copid, copid);
}

export function clearSession() {
  const s = store();
  if (!s) return;
  s.removeItem(KEYS.token);
  s.removeItem(KEYS.copid);
}
