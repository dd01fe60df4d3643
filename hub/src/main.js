import './style.css';
import { createApi } from './api.js';
import { resolveApiBase } from './lib/apiBase.js';
import { readSession, saveSession, clearSession } from './session.js';
import { h, clear, field, showFieldErrors } from './dom.js';
import { campaignsView, campaignFormView } from './views/campaigns.js';
import { leaderboardView } from './views/leaderboard.js';
import { metricsView } from './views/metrics.js';
import { badgesView } from './views/badges.js';
import { settingsView } from './views/settings.js';
import { streamView } from './views/stream.js';
import { playersView, playerView } from './views/players.js';
import { teamsView, teamView } from './views/teams.js';
import { customBoardsView, customBoardView } from './views/customBoards.js';
import { describeError } from './lib/errors.js';

const root = document.getElementById('app');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
let cleanup = [];

const ROUTES = [
  [/^#\/campaigns\/new$/, (ctx) => campaignFormView(ctx, null)],
  [/^#\/campaigns\/([^/]+)\/edit$/, (ctx, id) => campaignFormView(ctx, decodeURIComponent(id))],
  [/^#\/campaigns\/([^/]+)$/, (ctx, id) => leaderboardView(ctx, decodeURIComponent(id))],
  [/^#\/metrics$/, (ctx) => metricsView(ctx)],
  [/^#\/badges$/, (ctx) => badgesView(ctx)],
  [/^#\/settings$/, (ctx) => settingsView(ctx)],
  [/^#\/stream$/, (ctx) => streamView(ctx)],
  [/^#\/players\/([^/]+)$/, (ctx, id) => playerView(ctx, decodeURIComponent(id))],
  [/^#\/players$/, (ctx) => playersView(ctx)],
  [/^#\/teams\/([^/]+)$/, (ctx, id) => teamView(ctx, decodeURIComponent(id))],
  [/^#\/teams$/, (ctx) => teamsView(ctx)],
  [/^#\/campaigns$/, (ctx) => campaignsView(ctx)],
  [/^#\/leaderboards\/([^/]+)$/, (ctx, id) => customBoardView(ctx, decodeURIComponent(id))],
  [/^#\/leaderboards$/, (ctx) => customBoardsView(ctx)],
];

function apiBase(session) {
  return resolveApiBase(window.location.pathname, session.apiBase);
}

function signInView() {
  nav.hidden = true;
  who.textContent = '';
  const copid = field({ name: 'copid', label: 'Company id (copid)', required: true, attrs: { autocomplete: 'organization', spellcheck: 'false' } });
  const token = field({
    name: 'token', label: 'Hub token', type: 'password', required: true,
    hint: 'A company token with the hub scope. It is kept in this tab only (sessionStorage) and forgotten when the tab closes.',
    attrs: { autocomplete: 'off', spellcheck: 'false' },
  });
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  const form = h('form', { class: 'card narrow', 'aria-labelledby': 'signin-title', novalidate: true },
    h('h1', { id: 'signin-title' }, 'Sign in to the Hub'), summary, copid.wrap, token.wrap, h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = { copid: copid.input.value.trim(), token: token.input.value.trim() };
    const fields = {};
    if (!/^[a-zA-Z0-9_-]{1,64}$/.test(values.copid)) fields.copid = ['must be 1–64 letters, digits, _ or -'];
    if (!values.token) fields.token = ['is required'];
    if (Object.keys(fields).length) return showFieldErrors([copid, token], summary, { fields, general: [] });
    submit.disabled = true;
    try {
      const api = createApi({ apiBase: apiBase(readSession()), ...values });
      await api.listCampaigns({ limit: 1 });
      saveSession(values);
      if (!window.location.hash || window.location.hash === '#/') window.location.hash = '#/campaigns';
      render();
    } catch (err) {
      const msg = err.status === 401 ? 'This token is unknown or revoked.'
        : err.status === 403 ? 'This token may not administer this company (it needs the hub scope and this copid).'
          : `Could not reach the API: ${describeError(err)}`;
      showFieldErrors([copid, token], summary, { fields: {}, general: [msg] });
    } finally {
      submit.disabled = false;
    }
  });
  clear(root).append(form);
  copid.input.focus();
}

function render() {
  for (const fn of cleanup) fn();
  cleanup = [];
  const session = readSession();
  if (!session.token || !session.copid) return signInView();
  nav.hidden = false;
  who.textContent = `Company: ${session.copid}`;
  const hash = window.location.hash || '#/campaigns';
  for (const link of nav.querySelectorAll('a[data-route]')) {
    const active = hash.startsWith(link.getAttribute('href'));
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const ctx = {
    api: createApi({ apiBase: apiBase(session), copid: session.copid, token: session.token }),
    copid: session.copid,
    root: clear(root),
    onCleanup: (fn) => cleanup.push(fn),
    navigate: (to) => { window.location.hash = to; },
    signOut,
  };
  for (const [pattern, view] of ROUTES) {
    const m = pattern.exec(hash);
    if (m) {
      Promise.resolve(view(ctx, ...m.slice(1))).catch((err) => handleFatal(ctx, err));
      return;
    }
  }
  window.location.hash = '#/campaigns';
}

function handleFatal(ctx, err) {
  if (err && err.status === 401) {
    clearSession();
    render();
    return;
  }
  ctx.root.append(h('div', { class: 'error-summary', role: 'alert' }, describeError(err)));
}

function signOut() {
  clearSession();
  window.location.hash = '#/';
  render();
}

document.getElementById('signout').addEventListener('click', signOut);
window.addEventListener('hashchange', render);
// Move focus to the main content after navigation, for keyboard and screen reader users.
window.addEventListener('hashchange', () => root.focus({ preventScroll: true }));
render();
