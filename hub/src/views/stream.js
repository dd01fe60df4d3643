import { h, clear } from '../dom.js';
import { describeError } from '../lib/errors.js';

export function describeEvent(e) {
  const who = e.user ? e.user.alias : 'The company';
  switch (e.event_type) {
    case 'badge_achieved': return `${who} earned the badge ${e.event_data.badge.name}`;
    case 'new_level': return `${who} reached ${e.event_data.level.name}`;
    case 'campaign_won': return `${who} won ${e.event_data.campaign.name}`;
    case 'campaign_completed': {
      const winners = (e.event_data.winners || []).map((w) => w.alias).join(', ') || 'nobody';
      return `${e.event_data.campaign.name} completed; winners: ${winners}`;
    }
    default: return e.event_type;
  }
}

export async function streamView(ctx) {
  const { api, root } = ctx;
  const list = h('ol', { class: 'stream', id: 'stream-list' });
  const info = h('span', { class: 'muted', 'aria-live': 'polite' });
  const prev = h('button', { type: 'button' }, '← Newer');
  const next = h('button', { type: 'button' }, 'Older →');
  let page = 1;
  const perPage = 20;
  root.append(h('h1', {}, 'Social stream'), list, h('div', { class: 'pager' }, prev, info, next));
  async function load() {
    let answer;
    try {
      answer = await api.stream({ page, per_page: perPage });
    } catch (err) {
      info.textContent = describeError(err);
      return;
    }
    clear(list);
    if (!answer.data.length) list.append(h('li', { class: 'muted' }, 'Nothing yet.'));
    for (const e of answer.data) {
      list.append(h('li', { class: `event event-${e.event_type}` },
        h('span', { class: 'what' }, describeEvent(e)),
        h('span', { class: 'high-fives', 'aria-label': `${e.high_fives} high-fives` }, `✋ ${e.high_fives}`),
        h('time', { class: 'muted small', datetime: e.created_at.replace(' ', 'T') + 'Z' }, `${e.created_at} UTC`)));
    }
    const p = answer.pagination;
    info.textContent = `Page ${p.page} of ${Math.max(1, Math.ceil(p.total / p.per_page))} (${p.total} events)`;
    prev.disabled = !p.urls.previous;
    next.disabled = !p.urls.next;
  }
  prev.addEventListener('click', () => { page = Math.max(1, page - 1); load(); });
  next.addEventListener('click', () => { page += 1; load(); });
  await load();
}
