import { h, clear, field } from '../dom.js';
import { formCard } from '../formCard.js';
import { describeError } from '../lib/errors.js';
import { playerBody, PROFILE_FIELDS } from '../lib/forms.js';

const PER_PAGE = 20;
/** How long typing pauses before the search runs: one request per pause, not per key. */
const TYPING_PAUSE_MS = 250;

function profileFields(player) {
  return PROFILE_FIELDS.map(([name, label]) => field({ name, label, value: player ? player[name] || '' : '' }));
}

/** The players: searched as you type, or listed by id a page at a time; a new player; disable and enable. */
export async function playersView(ctx) {
  const { api, root } = ctx;
  const status = h('p', { role: 'status', class: 'muted', id: 'players-status' }, 'Loading players…');
  const search = field({ name: 'pattern', label: 'Search players', hint: 'A word of the alias, or the start of the id. Disabled players are not found.', attrs: { type: 'search', spellcheck: 'false', autocomplete: 'off' } });
  const tbody = h('tbody');
  const info = h('span', { class: 'muted', 'aria-live': 'polite' });
  const prev = h('button', { type: 'button' }, '← Previous');
  const next = h('button', { type: 'button' }, 'Next →');
  const pager = h('div', { class: 'pager' }, prev, info, next);
  let skip = 0;
  // What the last action did, shown until the next one or a new search.
  let notice = '';

  const id = field({ name: 'id', label: 'Id', required: true, hint: 'Letters, digits and _, not starting with a digit; at most 128. The driver id scores are submitted under.', attrs: { spellcheck: 'false' } });
  const alias = field({ name: 'alias', label: 'Alias (optional: the id)' });
  const form = formCard({
    id: 'player-form', title: 'New player', button: 'Create player', fields: [id, alias, ...profileFields(null)],
    send: (values) => api.createPlayer(playerBody(values)),
    sent: async (player, sentForm) => {
      notice = `Created player ${player.id}.`;
      sentForm.reset();
      await load();
    },
  });

  function row(player) {
    const enabled = player.enabled !== false;
    const toggle = h('button', { type: 'button' }, enabled ? 'Disable' : 'Enable');
    toggle.addEventListener('click', async () => {
      toggle.disabled = true;
      try {
        const changed = await api.setPlayerEnabled(player.id, !enabled);
        notice = `${changed.id} is ${changed.enabled ? 'enabled' : 'disabled'}.`;
        await load();
      } catch (err) {
        status.textContent = describeError(err);
        toggle.disabled = false;
      }
    });
    return h('tr', { dataset: { player: player.id } },
      h('th', { scope: 'row' }, h('a', { href: `#/players/${encodeURIComponent(player.id)}` }, player.id)),
      h('td', {}, player.alias),
      h('td', { class: 'state' }, enabled ? 'enabled' : 'disabled'),
      h('td', {}, toggle));
  }

  async function load() {
    const pattern = search.input.value.trim();
    let players;
    let total = null;
    try {
      if (pattern) {
        players = await api.searchPlayers({ pattern, skip, limit: PER_PAGE + 1 });
      } else {
        const page = await api.players({ skip, limit: PER_PAGE });
        players = page.data;
        total = page.total;
      }
    } catch (err) {
      status.textContent = describeError(err);
      return;
    }
    // A search has no total: one more than a page was asked for, to know whether there is a next page.
    const more = total === null ? players.length > PER_PAGE : skip + players.length < total;
    const shown = players.slice(0, PER_PAGE);
    clear(tbody).append(...shown.map(row));
    status.textContent = shown.length ? notice : pattern ? `No enabled player matches "${pattern}".` : 'No players yet.';
    info.textContent = !shown.length ? '' : total === null ? `${skip + 1}–${skip + shown.length} found`
      : `${skip + 1}–${skip + shown.length} of ${total} players`;
    prev.disabled = skip === 0;
    next.disabled = !more;
  }

  let typing = null;
  search.input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => { skip = 0; notice = ''; load(); }, TYPING_PAUSE_MS);
  });
  ctx.onCleanup(() => clearTimeout(typing));
  prev.addEventListener('click', () => { skip = Math.max(0, skip - PER_PAGE); load(); });
  next.addEventListener('click', () => { skip += PER_PAGE; load(); });

  root.append(h('h1', {}, 'Players'), search.wrap, status,
    h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'players-table' },
      h('caption', { class: 'sr-only' }, 'Players'),
      h('thead', {}, h('tr', {}, ['Id', 'Alias', 'State', 'Action'].map((t) => h('th', { scope: 'col' }, t)))), tbody)),
    pager, form);
  await load();
}

/** What an erasure removes, as the confirmation says it before it is sent. */
export const ERASURE_WARNING = 'Their scores on every day (finalized days too), their places on every leaderboard and '
  + 'rank, their badges, level and stream events with the high-fives on them and those they gave, their team '
  + 'memberships, their driver tokens and their profile are erased. This cannot be undone.';

/** One player: the profile to edit, their totals, and erasing them. */
export async function playerView(ctx, playerId) {
  const { api, root } = ctx;
  const player = await api.getPlayer(playerId);
  const status = h('p', { role: 'status', class: 'muted', id: 'player-status' }, player.enabled ? 'Enabled.' : 'Disabled: left out of searches.');
  const form = formCard({
    id: 'profile-form', title: 'Profile', button: 'Save profile',
    fields: [field({ name: 'alias', label: 'Alias', value: player.alias }), ...profileFields(player)],
    send: (values) => api.updatePlayer(playerId, playerBody(values, { editing: true })),
    sent: (saved) => { status.textContent = `Saved ${saved.alias}.`; },
  });
  const scores = h('table', { class: 'data', id: 'player-scores' },
    h('caption', {}, 'Finalized totals'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Metric'), h('th', { scope: 'col' }, 'Total'))),
    h('tbody', {}, player.scores.length ? player.scores.map((s) => h('tr', {}, h('th', { scope: 'row' }, s.metric.name), h('td', {}, s.value)))
      : h('tr', {}, h('td', { colspan: 2, class: 'muted' }, 'No metric yet.'))));
  const erase = h('button', { type: 'button', class: 'danger', id: 'erase-player' }, 'Delete player');
  erase.addEventListener('click', async () => {
    if (!window.confirm(`Delete ${player.alias} (${player.id})? ${ERASURE_WARNING}`)) return;
    erase.disabled = true;
    try {
      await api.erasePlayer(playerId);
      window.location.hash = '#/players';
    } catch (err) {
      status.textContent = describeError(err);
      erase.disabled = false;
    }
  });
  root.append(h('p', {}, h('a', { href: '#/players' }, '← Players')),
    h('h1', {}, `${player.alias} (${player.id})`), status, form, h('div', { class: 'table-wrap' }, scores),
    h('section', { class: 'card', 'aria-labelledby': 'erase-h' }, h('h2', { id: 'erase-h' }, 'Delete player'),
      h('p', {}, ERASURE_WARNING), h('div', { class: 'actions' }, erase)));
}
