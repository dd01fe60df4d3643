// Where the API lives, relative to where the Hub is served.

/**
 * Everything before the `/hub/` segment of a pathname: "" locally (`/hub/`), "/v1" on AWS (`/v1/hub/`).
 * A pathname without `/hub` (a dev server at `/`) gives "".
 */
export function apiBaseFromPathname(pathname) {
  const path = String(pathname || '/');
  const at = path.indexOf('/hub/');
  if (at >= 0) return path.slice(0, at);
  if (path.endsWith('/hub')) return path.slice(0, -'/hub'.length);
  return '';
}

/**
 * The API base to use: the `podium.apiBase` override from sessionStorage if one is set (an origin or a path,
 * trailing slash dropped), else the prefix computed from the pathname.
 */
export function resolveApiBase(pathname, override) {
  if (typeof override === 'string' && override.trim() !== '') return override.trim().replace(/\/+$/, '');
  return apiBaseFromPathname(pathname);
}

/** `${apiBase}/v3/igr/gamification/${copid}` with the copid escaped. */
export function companyPrefix(apiBase, copid) {
  return `${apiBase}/v3/igr/gamification/${encodeURIComponent(copid)}`;
}

/** A query string from an object, leaving out null, undefined and "" values. */
export function query(params) {
  const parts = [];
  for (const [key, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === '') continue;
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
