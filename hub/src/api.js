// The public API, as the Hub uses it. Every call carries the hub token in x-icmr-auth-1.
import { companyPrefix, query } from './lib/apiBase.js';
import { errorOf } from './lib/errors.js';

export class ApiError extends Error {
  constructor(status, body) {
    const error = errorOf(body);
    super(error ? error.message || error.code : `HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.code = error ? error.code : null;
  }
}

export function createApi({ apiBase, copid, token, fetchImpl = (...a) => fetch(...a) }) {
  const prefix = companyPrefix(apiBase, copid);
  // Playoff's admin routes name no company: the token's is the game.
  const game = `${apiBase}/v2/admin`;

  async function call(method, url, body) {
    const headers = { 'x-icmr-auth-1': token, Accept: 'application/json' };
    const init = { method, headers };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await fetchImpl(url, init);
    if (res.status === 204) return null;
    const text = await res.text();
    let parsed = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (!res.ok) throw new ApiError(res.status, parsed);
    return parsed;
  }

  const request = (method, path, body) => call(method, `${prefix}${path}`, body);
  const inGame = (method, path, body) => call(method, `${game}${path}`, body);
  const id = (v) => encodeURIComponent(v);
  return {
    request,
    listCampaigns: (params) => request('GET', `/campaigns${query(params)}`),
    getCampaign: (cid) => request('GET', `/campaigns/${id(cid)}`),
    createCampaign: (body) => request('POST', '/campaigns', body),
    replaceCampaign: (cid, body) => request('PUT', `/campaigns/${id(cid)}`, body),
    deleteCampaign: (cid) => request('DELETE', `/campaigns/${id(cid)}`),
    leaderboard: (cid, params) => request('GET', `/campaigns/${id(cid)}/leaderboard${query(params)}`),
    metrics: () => request('GET', '/metrics'),
    finalize: (metric, date) => request('POST', '/scores/finalize', { metric, date }),
    correctScores: (body) => request('POST', '/scores/corrections', body),
    corrections: (params) => request('GET', `/scores/corrections${query(params)}`),
    scores: (params) => request('GET', `/scores${query(params)}`),
    getSettings: () => request('GET', '/settings'),
    putSettings: (body) => request('PUT', '/settings', body),
    badges: () => request('GET', '/badges'),
    createBadge: (body) => request('POST', '/badges', body),
    stream: (params) => request('GET', `/stream${query(params)}`),
    players: (params) => inGame('GET', `/players${query(params)}`),
    searchPlayers: (params) => inGame('GET', `/query/players${query(params)}`),
    getPlayer: (pid) => inGame('GET', `/players/${id(pid)}`),
    createPlayer: (body) => inGame('POST', '/players', body),
    updatePlayer: (pid, body) => inGame('PUT', `/players/${id(pid)}`, body),
    setPlayerEnabled: (pid, enabled) => inGame('PUT', `/players/${id(pid)}/${enabled ? 'enable' : 'disable'}`),
    erasePlayer: (pid) => inGame('DELETE', `/players/${id(pid)}`),
    teamDefinitions: () => inGame('GET', '/definitions/teams'),
    teams: (params) => inGame('GET', `/teams${query(params)}`),
    getTeam: (tid) => inGame('GET', `/teams/${id(tid)}`),
    createTeam: (body) => inGame('POST', '/teams', body),
    deleteTeam: (tid) => inGame('DELETE', `/teams/${id(tid)}`),
    teamMembers: (tid, params) => inGame('GET', `/teams/${id(tid)}/members${query(params)}`),
    joinTeam: (tid, body) => inGame('POST', `/teams/${id(tid)}/join`, body),
    leaveTeam: (tid, pid) => inGame('POST', `/teams/${id(tid)}/leave`, { player_id: pid }),
    setTeamRoles: (tid, body) => inGame('POST', `/teams/${id(tid)}/roles`, body),
    transferTeam: (tid, body) => inGame('POST', `/teams/${id(tid)}/transfer`, body),
    metricDefinitions: () => inGame('GET', '/definitions/metrics'),
    customBoards: () => inGame('GET', '/definitions/leaderboards'),
    putCustomBoard: (bid, body) => inGame('PUT', `/definitions/leaderboards/${id(bid)}`, body),
    customBoard: (bid, params) => inGame('GET', `/leaderboards/${id(bid)}${query(params)}`),
  };
}

/** Every campaign, following `next`. */
export async function allCampaigns(api) {
  const out = [];
  let cursor = null;
  for (let i = 0; i < 50; i++) {
    const page = await api.listCampaigns({ limit: 100, cursor });
    out.push(...page.data);
    if (!page.next) break;
    cursor = page.next;
  }
  return out;
}

/** One day's scores of the given drivers (all pages of the day, keeping only `wanted`). */
export async function dayScores(api, metric, date, wanted) {
  const keep = new Set(wanted);
  const out = [];
  let cursor = null;
  for (let i = 0; i < 100; i++) {
    const page = await api.scores({ metric, date, limit: 1000, cursor });
    for (const s of page.scores) if (keep.has(s.userxtid)) out.push({ userxtid: s.userxtid, score: s.score });
    if (!page.next || out.length >= keep.size) break;
    cursor = page.next;
  }
  return out;
}

/** Runs `fn` over `items` with at most `limit` in flight (the API throttles each token). */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
