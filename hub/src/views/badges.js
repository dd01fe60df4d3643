import { h, clear, field, showFieldErrors } from '../dom.js';
import { mapFieldErrors, describeError } from '../lib/errors.js';
import { badgeBody } from '../lib/forms.js';

const RULES = [
  ['daily_score_at_least', 'A finalized day at or above a threshold'],
  ['streak', 'Consecutive finalized days at or above a threshold'],
  ['total_at_least', 'Finalized total at or above a threshold'],
  ['campaign_winner', 'Winner of a completed campaign'],
  ['campaign_top', 'Top N of a completed campaign'],
];
const USES = {
  daily_score_at_least: ['metric', 'threshold'],
  streak: ['metric', 'threshold', 'days'],
  total_at_least: ['metric', 'threshold'],
  campaign_winner: ['campaign'],
  campaign_top: ['n', 'campaign'],
};

export function describeRule(rule) {
  switch (rule.type) {
    case 'daily_score_at_least': return `${rule.metric} ≥ ${rule.threshold} on some finalized day`;
    case 'streak': return `${rule.metric} ≥ ${rule.threshold} for ${rule.days} days in a row`;
    case 'total_at_least': return `${rule.metric} total ≥ ${rule.threshold}`;
    case 'campaign_winner': return `wins ${rule.campaign || 'any campaign'}`;
    case 'campaign_top': return `top ${rule.n} of ${rule.campaign || 'any campaign'}`;
    default: return rule.type;
  }
}

export async function badgesView(ctx) {
  const { api, root } = ctx;
  const status = h('p', { role: 'status', class: 'muted' }, 'Loading badges…');
  const tbody = h('tbody');
  const f = {
    name: field({ name: 'name', label: 'Name', required: true }),
    points: field({ name: 'points', label: 'Points', type: 'number', value: '0', attrs: { min: 0, max: 1000000, step: 1 } }),
    special: field({ name: 'special', label: 'Special badge (listed apart)', type: 'checkbox' }),
    ruleType: field({ name: 'rule.type', label: 'Rule', control: 'select', options: RULES, value: 'daily_score_at_least' }),
    metric: field({ name: 'rule.metric', label: 'Metric', attrs: { spellcheck: 'false' } }),
    threshold: field({ name: 'rule.threshold', label: 'Threshold', type: 'number', attrs: { step: 1 } }),
    days: field({ name: 'rule.days', label: 'Days in a row', type: 'number', attrs: { min: 1, max: 3660, step: 1 } }),
    n: field({ name: 'rule.n', label: 'Top N', type: 'number', attrs: { min: 1, max: 1000, step: 1 } }),
    campaign: field({ name: 'rule.campaign', label: 'Campaign id (optional: any)', attrs: { spellcheck: 'false' } }),
  };
  const all = Object.values(f);
  function showRuleFields() {
    const uses = USES[f.ruleType.input.value] || [];
    for (const key of ['metric', 'threshold', 'days', 'n', 'campaign']) f[key].wrap.hidden = !uses.includes(key);
  }
  f.ruleType.input.addEventListener('change', showRuleFields);
  showRuleFields();
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'badge-form-h', id: 'badge-form' },
    h('h2', { id: 'badge-form-h' }, 'New badge'), summary, h('div', { class: 'grid' }, all.map((x) => x.wrap)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Create badge')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = badgeBody({
      name: f.name.input.value, points: f.points.input.value, special: f.special.input.checked, ruleType: f.ruleType.input.value,
      metric: f.metric.input.value, threshold: f.threshold.input.value, days: f.days.input.value, n: f.n.input.value, campaign: f.campaign.input.value,
    });
    try {
      const badge = await api.createBadge(body);
      showFieldErrors(all, summary, { fields: {}, general: [] });
      status.textContent = `Created badge ${badge.name}.`;
      form.reset();
      showRuleFields();
      await load();
    } catch (err) {
      showFieldErrors(all, summary, err.body ? mapFieldErrors(err.body) : { fields: {}, general: [describeError(err)] });
    }
  });

  root.append(h('h1', {}, 'Badges'), status,
    h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'badges-table' },
      h('caption', { class: 'sr-only' }, 'Badges'),
      h('thead', {}, h('tr', {}, ['Id', 'Name', 'Rule', 'Points', 'Special'].map((t) => h('th', { scope: 'col' }, t)))), tbody)),
    form);

  async function load() {
    const { data } = await api.badges();
    clear(tbody);
    if (!data.length) status.textContent = 'No badges yet.';
    for (const b of data) {
      tbody.append(h('tr', {}, h('td', {}, b.id), h('th', { scope: 'row' }, b.name), h('td', {}, describeRule(b.rule)),
        h('td', {}, b.points), h('td', {}, b.special ? 'yes' : 'no')));
    }
  }
  await load();
}
