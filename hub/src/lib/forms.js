// Reading forms into API bodies, and checks worth making before a round trip.
import { isDay } from './dates.js';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const METRIC = /^[a-zA-Z0-9_-]{1,64}$/;

/** A campaign body from form values (strings). Empty id and description are left out / null. */
export function campaignBody(values, { editing = false } = {}) {
  const body = {
    name: (values.name || '').trim(),
    metric: (values.metric || '').trim(),
    startDate: values.startDate || '',
    endDate: values.endDate || '',
    aggregation: values.aggregation || 'total',
    description: values.description && values.description.trim() ? values.description.trim() : null,
  };
  if (!editing && values.id && values.id.trim()) body.id = values.id.trim();
  return body;
}

/**
 * Checks the browser can make before sending (the API checks again and has the last word). Same shape as the
 * API's details: [{field, message}]. Deliberately lenient on dates order: the API names that one.
 */
export function campaignProblems(body) {
  const problems = [];
  if (body.id !== undefined && !ID.test(body.id)) problems.push({ field: 'id', message: 'must be lowercase letters, digits and hyphens (up to 64)' });
  if (!body.name) problems.push({ field: 'name', message: 'is required' });
  if (!METRIC.test(body.metric)) problems.push({ field: 'metric', message: 'must be 1–64 letters, digits, _ or -' });
  if (!isDay(body.startDate)) problems.push({ field: 'startDate', message: 'must be a date' });
  if (!isDay(body.endDate)) problems.push({ field: 'endDate', message: 'must be a date' });
  return problems;
}

/** The profile fields of a player beyond Playoff's seed, with their labels, in the order forms show them. */
export const PROFILE_FIELDS = [
  ['first_name', 'First name'], ['last_name', 'Last name'], ['email', 'Email'], ['phone_number', 'Phone number'],
  ['job_title', 'Job title'], ['profile_picture', 'Profile picture URL'],
];

/**
 * A player's body from a form's trimmed values. A new player sends only what is filled in (an empty alias means the
 * id); a change sends every field, an emptied one as null, which clears it.
 */
export function playerBody(values, { editing = false } = {}) {
  const body = {};
  if (!editing) body.id = (values.id || '').trim();
  const alias = (values.alias || '').trim();
  if (alias || editing) body.alias = alias || undefined;
  for (const [name] of PROFILE_FIELDS) {
    const value = (values[name] || '').trim();
    if (value) body[name] = value;
    else if (editing) body[name] = null;
  }
  if (body.alias === undefined) delete body.alias;
  return body;
}

/** A badge body from form values: the rule carries only the fields its type uses. */
export function badgeBody(values) {
  const type = values.ruleType;
  const rule = { type };
  const int = (v) => (v === '' || v === undefined || v === null ? undefined : Number(v));
  if (type === 'daily_score_at_least' || type === 'total_at_least' || type === 'streak') {
    rule.metric = (values.metric || '').trim();
    rule.threshold = int(values.threshold);
  }
  if (type === 'streak') rule.days = int(values.days);
  if (type === 'campaign_top') rule.n = int(values.n);
  if ((type === 'campaign_winner' || type === 'campaign_top') && values.campaign && values.campaign.trim()) {
    rule.campaign = values.campaign.trim();
  }
  return {
    name: (values.name || '').trim(),
    special: Boolean(values.special),
    points: values.points === '' || values.points === undefined ? 0 : Number(values.points),
    rule,
  };
}

/** Level settings from form values; `points` is parsed from "metric=weight" lines (empty → null). */
export function parsePointWeights(text) {
  const lines = String(text || '').split(/\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return { value: null, problems: [] };
  const value = {};
  const problems = [];
  for (const line of lines) {
    const m = /^([^=\s]+)\s*[=:]\s*(\S+)$/.exec(line);
    if (!m || Number.isNaN(Number(m[2]))) {
      problems.push({ field: 'points', message: `"${line}" is not metric=weight` });
      continue;
    }
    value[m[1]] = Number(m[2]);
  }
  return { value, problems };
}

export function formatPointWeights(points) {
  if (!points) return '';
  return Object.entries(points).map(([k, v]) => `${k}=${v}`).join('\n');
}

/** Level thresholds of a scale: level_n at base × factor^(n-1). */
export function levelThresholds(levels, max = 100) {
  const out = [];
  if (!levels) return out;
  for (let n = 1; n <= Math.min(levels.count, max); n++) out.push({ name: `level_${n}`, threshold: levels.base * levels.factor ** (n - 1) });
  return out;
}

/** A new team's body from form values: the id and access only when chosen (else generated, and the definition's). */
export function teamBody(values) {
  const body = { name: (values.name || '').trim(), definition: values.definition || '' };
  const id = (values.id || '').trim();
  if (id) body.id = id;
  if (values.access) body.access = values.access;
  return body;
}

/** A custom leaderboard's definition from its form: a team's aggregation only for a board of teams. */
export function customBoardBody(values) {
  const body = { name: (values.name || '').trim(), entity: values.entity || 'players', metric: values.metric || '',
    custom: Boolean(values.custom) };
  if (body.entity === 'teams' && values.aggregation) body.aggregation = values.aggregation;
  // Both dates or neither: one alone is sent as it is, and the API says which is missing.
  if (values.periodStart || values.periodEnd) {
    body.period = { startDate: values.periodStart || '', endDate: values.periodEnd || '' };
  }
  return body;
}

/** What a board ranks over: its window, or all time. */
export function periodText(board) {
  return board.period ? `${board.period.startDate} – ${board.period.endDate}` : 'All time';
}

/** Playoff's `requested_roles` from the roles a form offers and those ticked: `{"<role>": true|false}`. */
export function requestedRoles(offered, ticked) {
  const chosen = new Set(ticked);
  return Object.fromEntries(offered.map((role) => [role, chosen.has(role)]));
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/**
 * The scores of a correction form's lines, one driver a line: the userxtid, then the score after the last space, comma,
 * tab or `=` (a userxtid may hold spaces). Empty lines are skipped; `problems` names the lines that are no score.
 */
export function correctionScores(text) {
  const scores = [];
  const problems = [];
  String(text || '').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const m = /^(.+?)\s*[\s,=]\s*(-?\d+)$/.exec(line);
    const score = m ? Number(m[2]) : NaN;
    if (!m || !Number.isSafeInteger(score) || score < INT32_MIN || score > INT32_MAX) {
      problems.push(`line ${i + 1}: write the driver's userxtid, then a whole score`);
    } else {
      scores.push({ userxtid: m[1].trim(), score });
    }
  });
  return { scores, problems };
}

/** A correction's body from form values, and what the browser can check before sending ([{field, message}]). */
export function correctionBody(values) {
  const { scores, problems: lines } = correctionScores(values.scores);
  const body = { metric: (values.metric || '').trim(), date: values.date || '', reason: (values.reason || '').trim(), scores };
  const problems = [];
  if (!METRIC.test(body.metric)) problems.push({ field: 'metric', message: 'pick a finalized metric' });
  if (!isDay(body.date)) problems.push({ field: 'date', message: 'must be a date' });
  lines.forEach((message) => problems.push({ field: 'scores', message }));
  if (!lines.length && !scores.length) problems.push({ field: 'scores', message: 'write at least one driver and score' });
  if (scores.length > 50) problems.push({ field: 'scores', message: 'at most 50 drivers a correction' });
  if (!body.reason) problems.push({ field: 'reason', message: 'say why the scores are corrected' });
  else if (body.reason.length > 500) problems.push({ field: 'reason', message: 'at most 500 characters' });
  return { body, problems };
}

/**
 * The API's details of a refused correction, as the form shows them: an item's (`index` of the batch) on the scores
 * field, by its line among the scores sent.
 */
export function correctionDetails(details) {
  return (details || []).map((d) => (Number.isInteger(d.index)
    ? { field: 'scores', message: `driver ${d.index + 1}: ${d.field} ${d.message}` }
    : d));
}
