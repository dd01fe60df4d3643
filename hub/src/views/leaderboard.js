import { h, clear } from '../dom.js';
import { dayScores, mapLimit } from '../api.js';
import { describeError } from '../lib/errors.js';
import {
  isRecomputing, boardStatus, podium, initialPager, pagerNext, pagerPrev, pagerAround, pagerQuery, pagerHasPrev,
  pageLabel, finalizedDays, cumulativeSeries, barSeries,
} from '../lib/board.js';
import { barChart, lineChart } from '../charts.js';

const POLL_MS = 2000;
const LEADERS = 5;

export async function leaderboardView(ctx, id) {
  const { api, root } = ctx;
  const campaign = await api.getCampaign(id);
  let alive = true;
  let timer = null;
  const charts = [];
  ctx.onCleanup(() => {
    alive = false;
    clearTimeout(timer);
    charts.forEach((c) => c.destroy());
  });

  const statusEl = h('p', { id: 'board-status', role: 'status', class: 'board-status' }, 'Loading…');
  const podiumEl = h('ol', { class: 'podium', 'aria-label': 'Top three' });
  const search = h('input', { id: 'driver-search', name: 'driver', type: 'search', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'driver-search-msg' });
  const searchMsg = h('p', { id: 'driver-search-msg', class: 'field-error', 'aria-live': 'polite' });
  const searchForm = h('form', { class: 'search', role: 'search' },
    h('label', { for: 'driver-search' }, 'Find a driver (userxtid)'), h('div', { class: 'inline' }, search, h('button', { type: 'submit' }, 'Find')), searchMsg);
  const pageSize = h('select', { id: 'page-size' }, [10, 25, 50, 100].map((n) => h('option', { value: n, selected: n === 25 }, n)));
  const tbody = h('tbody');
  const table = h('table', { class: 'data', id: 'board-table' },
    h('caption', { class: 'sr-only' }, `Leaderboard of ${campaign.name}`),
    h('thead', {}, h('tr', {}, ['Rank', 'Driver', 'Score', 'Days'].map((t) => h('th', { scope: 'col' }, t)))), tbody);
  const pageInfo = h('span', { class: 'muted', 'aria-live': 'polite' });
  const prev = h('button', { type: 'button', disabled: true }, '← Previous');
  const next = h('button', { type: 'button', disabled: true }, 'Next →');
  const topN = h('select', { id: 'top-n' }, [5, 10, 20, 50].map((n) => h('option', { value: n, selected: n === 10 }, n)));
  const barCanvas = h('canvas', { id: 'bar-chart', role: 'img', 'aria-label': 'Bar chart of the top drivers’ scores' });
  const lineCanvas = h('canvas', { id: 'line-chart', role: 'img', 'aria-label': 'Line chart of the leaders’ cumulative scores by finalized day' });
  const lineNote = h('p', { class: 'muted small' });

  root.append(
    h('p', {}, h('a', { href: '#/campaigns' }, '← Campaigns')),
    h('div', { class: 'page-head' }, h('h1', {}, campaign.name),
      h('a', { href: `#/campaigns/${encodeURIComponent(id)}/edit`, class: 'button' }, 'Edit')),
    h('p', { class: 'muted' }, `${campaign.metric} · ${campaign.aggregation} · ${campaign.startDate} → ${campaign.endDate} · `,
      h('span', { class: `badge status-${campaign.status}` }, campaign.status)),
    statusEl,
    h('section', { 'aria-labelledby': 'podium-h' }, h('h2', { id: 'podium-h' }, 'Podium'), podiumEl),
    h('section', { 'aria-labelledby': 'table-h', class: 'card' }, h('h2', { id: 'table-h' }, 'Standings'),
      searchForm,
      h('div', { class: 'toolbar' }, h('label', { for: 'page-size' }, 'Per page '), pageSize),
      h('div', { class: 'table-wrap' }, table),
      h('div', { class: 'pager' }, prev, pageInfo, next)),
    h('div', { class: 'charts' },
      h('section', { 'aria-labelledby': 'bar-h', class: 'card' }, h('h2', { id: 'bar-h' }, 'Top drivers'),
        h('div', { class: 'toolbar' }, h('label', { for: 'top-n' }, 'Show top '), topN),
        h('div', { class: 'chart-box' }, barCanvas)),
      h('section', { 'aria-labelledby': 'line-h', class: 'card' }, h('h2', { id: 'line-h' }, 'Leaders over the finalized days'),
        h('div', { class: 'chart-box' }, lineCanvas), lineNote)));

  let pager = initialPager();
  let lastPage = null;
  let shownThrough;

  async function finalizedThrough() {
    const metrics = await api.metrics();
    const m = metrics.data.find((x) => x.metric === campaign.metric);
    return m ? m.finalizedThrough : null;
  }

  async function refresh() {
    if (!alive) return;
    let board;
    let cutOff;
    try {
      [board, cutOff] = await Promise.all([api.leaderboard(id, { limit: Math.max(3, Number(topN.value)) }), finalizedThrough()]);
    } catch (err) {
      statusEl.textContent = `Could not load the leaderboard: ${describeError(err)}`;
      return;
    }
    if (!alive) return;
    const recomputing = isRecomputing(board.computedThrough, cutOff);
    statusEl.textContent = boardStatus(board, cutOff);
    statusEl.classList.toggle('recomputing', recomputing);
    statusEl.dataset.state = recomputing ? 'recomputing' : board.computedThrough ? 'ready' : 'empty';
    if (board.computedThrough !== shownThrough) {
      shownThrough = board.computedThrough;
      drawPodium(board.entries);
      drawBar(board.entries);
      await Promise.all([loadPage(), drawLine(board)]);
    }
    if (recomputing && alive) timer = setTimeout(refresh, POLL_MS);
  }

  function drawPodium(entries) {
    clear(podiumEl);
    const places = podium(entries);
    if (!places.length) podiumEl.append(h('li', { class: 'muted' }, 'Nobody ranked yet.'));
    for (const p of places) {
      podiumEl.append(h('li', { class: `place place-${p.place}`, dataset: { place: p.place } },
        h('span', { class: 'medal', 'aria-hidden': 'true' }, String(p.place)),
        h('span', { class: 'sr-only' }, `Place ${p.place}: `),
        h('strong', { class: 'who' }, p.userxtid),
        h('span', { class: 'score' }, `${p.score} (rank ${p.rank})`)));
    }
  }

  function drawBar(entries) {
    charts.filter((c) => c.canvas === barCanvas).forEach((c) => c.destroy());
    const data = barSeries(entries, Number(topN.value));
    charts.push(barChart(barCanvas, { ...data, label: `Score (${campaign.aggregation})` }));
  }

  async function drawLine(board) {
    charts.filter((c) => c.canvas === lineCanvas).forEach((c) => c.destroy());
    const leaders = board.entries.slice(0, LEADERS).map((e) => e.userxtid);
    const days = finalizedDays(board);
    if (!leaders.length || !days.length) {
      lineNote.textContent = 'No finalized days to show yet.';
      return;
    }
    lineNote.textContent = `Daily scores of the top ${leaders.length}, summed day by day (${days[0]} → ${days[days.length - 1]}).`;
    const perDay = await mapLimit(days, 4, (day) => dayScores(api, campaign.metric, day, leaders).catch(() => []));
    if (!alive) return;
    const scoresByDay = Object.fromEntries(days.map((d, i) => [d, perDay[i]]));
    charts.push(lineChart(lineCanvas, cumulativeSeries(leaders, days, scoresByDay)));
  }

  async function loadPage(focusUser) {
    let page;
    try {
      page = await api.leaderboard(id, pagerQuery(pager, Number(pageSize.value)));
      searchMsg.textContent = '';
    } catch (err) {
      if (err.code === 'driver_not_ranked') {
        searchMsg.textContent = `${pager.around} is not on this leaderboard.`;
        pager = pagerPrev(pager);
        return;
      }
      if (err.code === 'validation_failed' && pager.around) {
        searchMsg.textContent = 'That is not a valid driver id.';
        pager = pagerPrev(pager);
        return;
      }
      pageInfo.textContent = describeError(err);
      return;
    }
    lastPage = page;
    clear(tbody);
    for (const e of page.entries) {
      const mine = focusUser && e.userxtid === focusUser;
      tbody.append(h('tr', { class: mine ? 'highlight' : null, dataset: { user: e.userxtid }, 'aria-current': mine ? 'true' : null },
        h('td', {}, e.rank), h('th', { scope: 'row' }, e.userxtid), h('td', {}, e.score), h('td', {}, e.days)));
    }
    if (!page.entries.length) tbody.append(h('tr', {}, h('td', { colspan: 4, class: 'muted' }, 'No entries.')));
    pageInfo.textContent = pageLabel(page.entries, page.total);
    prev.disabled = !pagerHasPrev(pager);
    next.disabled = !page.next;
    if (focusUser) {
      const row = tbody.querySelector('tr.highlight');
      if (row) row.scrollIntoView({ block: 'nearest' });
      searchMsg.textContent = '';
    }
  }

  prev.addEventListener('click', () => { pager = pagerPrev(pager); loadPage(); });
  next.addEventListener('click', () => {
    if (!lastPage || !lastPage.next) return;
    pager = pagerNext(pager, lastPage.next);
    loadPage();
  });
  pageSize.addEventListener('change', () => { pager = initialPager(); loadPage(); });
  topN.addEventListener('change', async () => {
    const board = await api.leaderboard(id, { limit: Number(topN.value) });
    drawBar(board.entries);
  });
  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const who = search.value.trim();
    if (!who) {
      searchMsg.textContent = 'Type a driver id.';
      return;
    }
    pager = pagerAround(pager, who);
    loadPage(who);
  });

  await refresh();
}
