import { h, clear, field } from '../dom.js';
import { formCard } from '../formCard.js';
import { describeError } from '../lib/errors.js';
import { customBoardBody, periodText } from '../lib/forms.js';

const PER_PAGE = 25;
const POLL_MS = 3000;

/** Playoff's custom leaderboards of players and teams, beside the campaigns: the list, and a new one. */
export async function customBoardsView(ctx) {
  const { api, root } = ctx;
  const status = h('p', { role: 'status', class: 'muted', id: 'boards-status' }, 'Loading leaderboards…');
  const tbody = h('tbody');
  const metrics = (await api.metricDefinitions()).data.filter((m) => m.type === 'point' && m.id !== 'level_points');
  const form = formCard({
    id: 'board-form', title: 'New leaderboard', button: 'Save leaderboard',
    fields: [field({ name: 'id', label: 'Id', required: true, attrs: { spellcheck: 'false' } }),
      field({ name: 'name', label: 'Name', required: true }),
      field({ name: 'entity', label: 'Ranks', control: 'select', options: [['players', 'Players'], ['teams', 'Teams']] }),
      field({ name: 'metric', label: 'By the metric', control: 'select', required: true,
        options: metrics.map((m) => [m.id, m.name]) }),
      field({ name: 'aggregation', label: 'A team’s score', control: 'select',
        options: [['sum', 'Sum of its members’ values'], ['average', 'Average of its members’ values']],
        hint: 'For a leaderboard of teams.' }),
      field({ name: 'periodStart', label: 'From', type: 'date', hint: 'Leave both dates empty for all time.' }),
      field({ name: 'periodEnd', label: 'Until', type: 'date', hint: 'Inclusive, UTC; at most 92 days.' }),
      field({ name: 'custom', label: 'Custom: only registered players or teams, by scope', type: 'checkbox' })],
    send: (values) => api.putCustomBoard(values.id.trim(), customBoardBody(values)),
    sent: async (board, sentForm) => {
      status.textContent = `Saved leaderboard ${board.name} (${board.id}).`;
      sentForm.reset();
      await load();
    },
  });

  async function load() {
    let listed;
    try {
      listed = await api.customBoards();
    } catch (err) {
      status.textContent = describeError(err);
      return;
    }
    clear(tbody).append(...listed.data.map((board) => h('tr', { dataset: { board: board.id } },
      h('th', { scope: 'row' }, h('a', { href: `#/leaderboards/${encodeURIComponent(board.id)}` }, board.name)),
      h('td', {}, board.id), h('td', {}, board.entity), h('td', {}, board.metric),
      h('td', {}, board.entity === 'teams' ? board.aggregation : '—'), h('td', {}, periodText(board)),
      h('td', {}, board.custom ? 'yes' : 'no'))));
    if (!listed.data.length) status.textContent = 'No leaderboards yet.';
    else if (/^Loading/.test(status.textContent)) status.textContent = '';
  }

  root.append(h('h1', {}, 'Leaderboards'), status,
    h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'boards-table' },
      h('caption', { class: 'sr-only' }, 'Leaderboards'),
      h('thead', {}, h('tr', {}, ['Name', 'Id', 'Ranks', 'Metric', 'Team score', 'Period', 'Custom'].map((t) => h('th', { scope: 'col' }, t)))),
      tbody)), form);
  await load();
}

/** One leaderboard as last computed, a scope at a time for a custom one, read again while it is shown. */
export async function customBoardView(ctx, id) {
  const { api, root } = ctx;
  const board = (await api.customBoards()).data.find((b) => b.id === id);
  if (!board) {
    root.append(h('h1', {}, 'No such leaderboard'), h('p', {}, h('a', { href: '#/leaderboards' }, '← Leaderboards')));
    return;
  }
  let alive = true;
  let timer = null;
  let skip = 0;
  ctx.onCleanup(() => { alive = false; clearTimeout(timer); });
  const status = h('p', { role: 'status', class: 'board-status', id: 'custom-board-status' });
  const tbody = h('tbody');
  const info = h('span', { class: 'muted', 'aria-live': 'polite' });
  const prev = h('button', { type: 'button' }, '← Previous');
  const next = h('button', { type: 'button' }, 'Next →');
  const scope = h('input', { id: 'board-scope', name: 'scope', type: 'text', spellcheck: 'false' });
  const scopeForm = h('form', { class: 'search' }, h('label', { for: 'board-scope' }, 'Scope'),
    h('div', { class: 'inline' }, scope, h('button', { type: 'submit' }, 'Show')));
  const label = board.entity === 'teams' ? 'name' : 'alias';

  async function load() {
    clearTimeout(timer);
    if (board.custom && !scope.value.trim()) {
      status.textContent = 'A custom leaderboard is shown by scope: name one.';
      return;
    }
    let page;
    try {
      page = await api.customBoard(id, { scope: board.custom ? scope.value.trim() : undefined, skip, limit: PER_PAGE });
    } catch (err) {
      status.textContent = describeError(err);
      return;
    }
    if (!alive) return;
    clear(tbody).append(...page.data.map((row) => h('tr', { dataset: { entity: row.entity.id } },
      h('td', {}, String(row.rank)), h('th', { scope: 'row' }, `${row.entity[label]} (${row.entity.id})`),
      h('td', { class: 'num' }, String(row.score)))));
    status.textContent = page.computedAt ? `Computed at ${page.computedAt}.` : 'Not computed yet: it is, some seconds after a change.';
    info.textContent = page.data.length ? `${skip + 1}–${skip + page.data.length} of ${page.total}` : 'Nobody on this board yet.';
    prev.disabled = skip === 0;
    next.disabled = skip + page.data.length >= page.total;
    timer = setTimeout(() => { if (alive) load(); }, POLL_MS);
  }
  scopeForm.addEventListener('submit', (event) => { event.preventDefault(); skip = 0; load(); });
  prev.addEventListener('click', () => { skip = Math.max(0, skip - PER_PAGE); load(); });
  next.addEventListener('click', () => { skip += PER_PAGE; load(); });

  root.append(h('p', {}, h('a', { href: '#/leaderboards' }, '← Leaderboards')), h('h1', {}, board.name),
    h('p', { class: 'muted' }, `${board.entity} · ${board.metric}${board.entity === 'teams' ? ` · ${board.aggregation}` : ''}`
      + ` · ${periodText(board)}` + (board.custom ? ' · custom' : '')),
    board.custom ? scopeForm : null, status,
    h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'custom-board-table' },
      h('caption', { class: 'sr-only' }, `Leaderboard ${board.name}`),
      h('thead', {}, h('tr', {}, ['Rank', board.entity === 'teams' ? 'Team' : 'Player', 'Score'].map((t) => h('th', { scope: 'col' }, t)))),
      tbody)),
    h('div', { class: 'pager' }, prev, info, next));
  await load();
}
