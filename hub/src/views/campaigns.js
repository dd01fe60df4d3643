import { h, field, showFieldErrors, clear } from '../dom.js';
import { allCampaigns, mapLimit } from '../api.js';
import { mapFieldErrors, describeError } from '../lib/errors.js';
import { campaignBody, campaignProblems } from '../lib/forms.js';
import { isRecomputing } from '../lib/board.js';

const AGGREGATIONS = [['total', 'Total'], ['best_day', 'Best day'], ['average', 'Average'], ['active_days', 'Active days']];

export async function campaignsView(ctx) {
  const { api, root } = ctx;
  const status = h('p', { role: 'status', class: 'muted' }, 'Loading campaigns…');
  const filter = h('select', { id: 'status-filter' },
    [['', 'All'], ['scheduled', 'Scheduled'], ['running', 'Running'], ['ended', 'Ended']].map(([v, l]) => h('option', { value: v }, l)));
  const body = h('tbody');
  const table = h('table', { class: 'data' },
    h('caption', { class: 'sr-only' }, 'Campaigns'),
    h('thead', {}, h('tr', {}, ['Campaign', 'Status', 'Metric', 'Aggregation', 'Start', 'End', 'Computed through', 'Actions'].map((t) => h('th', { scope: 'col' }, t)))),
    body);
  root.append(
    h('div', { class: 'page-head' }, h('h1', {}, 'Campaigns'),
      h('a', { href: '#/campaigns/new', class: 'button primary' }, 'New campaign')),
    h('div', { class: 'toolbar' }, h('label', { for: 'status-filter' }, 'Status '), filter),
    status, h('div', { class: 'table-wrap' }, table));

  let campaigns = [];
  let finalized = new Map();
  async function load() {
    status.textContent = 'Loading campaigns…';
    const [list, metrics] = await Promise.all([allCampaigns(api), api.metrics().catch(() => ({ data: [] }))]);
    campaigns = list;
    finalized = new Map(metrics.data.map((m) => [m.metric, m.finalizedThrough]));
    draw();
    // computedThrough is the leaderboard's; one small read per campaign, a few at a time.
    await mapLimit(campaigns, 4, async (c) => {
      try {
        const board = await api.leaderboard(c.id, { limit: 1 });
        c.computedThrough = board.computedThrough;
        c.recomputing = isRecomputing(board.computedThrough, finalized.get(c.metric));
      } catch {
        c.computedThrough = undefined;
      }
      const cell = body.querySelector(`[data-computed="${CSS.escape(c.id)}"]`);
      if (cell) cell.replaceWith(computedCell(c));
    });
  }

  function computedCell(c) {
    let text = '…';
    if (c.computedThrough === null) text = c.recomputing ? 'recomputing…' : 'not yet';
    else if (c.computedThrough) text = c.recomputing ? `${c.computedThrough} (recomputing…)` : c.computedThrough;
    return h('td', { dataset: { computed: c.id } }, text);
  }

  function draw() {
    clear(body);
    const shown = campaigns.filter((c) => !filter.value || c.status === filter.value);
    status.textContent = shown.length ? `${shown.length} campaign${shown.length > 1 ? 's' : ''}.` : 'No campaigns yet.';
    for (const c of shown) {
      body.append(h('tr', { dataset: { campaign: c.id } },
        h('th', { scope: 'row' }, h('a', { href: `#/campaigns/${encodeURIComponent(c.id)}` }, c.name), h('div', { class: 'muted small' }, c.id)),
        h('td', {}, h('span', { class: `badge status-${c.status}` }, c.status)),
        h('td', {}, c.metric),
        h('td', {}, c.aggregation),
        h('td', {}, c.startDate),
        h('td', {}, c.endDate),
        computedCell(c),
        h('td', { class: 'row-actions' },
          h('a', { href: `#/campaigns/${encodeURIComponent(c.id)}`, 'aria-label': `Leaderboard of ${c.name}` }, 'Leaderboard'),
          h('a', { href: `#/campaigns/${encodeURIComponent(c.id)}/edit`, 'aria-label': `Edit ${c.name}` }, 'Edit'),
          h('button', { type: 'button', class: 'link danger', 'aria-label': `Delete ${c.name}`, onclick: () => remove(c) }, 'Delete'))));
    }
  }

  async function remove(c) {
    if (!window.confirm(`Delete campaign "${c.name}" (${c.id}) and its leaderboard? This cannot be undone.`)) return;
    try {
      await api.deleteCampaign(c.id);
      campaigns = campaigns.filter((x) => x.id !== c.id);
      draw();
      status.textContent = `Deleted ${c.name}.`;
    } catch (err) {
      status.textContent = `Could not delete: ${describeError(err)}`;
    }
  }

  filter.addEventListener('change', draw);
  await load();
}

export async function campaignFormView(ctx, id) {
  const { api, root } = ctx;
  const editing = Boolean(id);
  let existing = {};
  if (editing) existing = await api.getCampaign(id);
  const metrics = await api.metrics().catch(() => ({ data: [] }));
  const fields = [
    editing ? null : field({ name: 'id', label: 'Id (optional)', hint: 'Lowercase letters, digits and hyphens; left empty, one is made from the name.', attrs: { spellcheck: 'false' } }),
    field({ name: 'name', label: 'Name', required: true, value: existing.name, attrs: { maxlength: 255 } }),
    field({ name: 'metric', label: 'Metric', required: true, value: existing.metric, hint: 'An existing metric or a new name.', attrs: { list: 'metric-options', spellcheck: 'false' } }),
    field({ name: 'startDate', label: 'Start date', type: 'date', required: true, value: existing.startDate }),
    field({ name: 'endDate', label: 'End date', type: 'date', required: true, value: existing.endDate, hint: 'Inclusive, UTC.' }),
    field({ name: 'aggregation', label: 'Aggregation', control: 'select', options: AGGREGATIONS, value: existing.aggregation || 'total' }),
    field({ name: 'description', label: 'Description', control: 'textarea', value: existing.description || '', attrs: { maxlength: 2000 } }),
  ].filter(Boolean);
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, editing ? 'Save changes' : 'Create campaign');
  const title = editing ? `Edit campaign ${existing.name}` : 'New campaign';
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'form-title', id: 'campaign-form' },
    h('h1', { id: 'form-title' }, title), summary,
    h('datalist', { id: 'metric-options' }, metrics.data.map((m) => h('option', { value: m.metric }))),
    h('div', { class: 'grid' }, fields.map((f) => f.wrap)),
    h('div', { class: 'actions' }, submit, h('a', { href: '#/campaigns', class: 'button' }, 'Cancel')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(fields.map((f) => [f.name, f.input.value]));
    const body = campaignBody(values, { editing });
    const problems = campaignProblems(body);
    if (problems.length) {
      showFieldErrors(fields, summary, mapFieldErrors({ error: { details: problems } }));
      return;
    }
    submit.disabled = true;
    try {
      const saved = editing ? await api.replaceCampaign(id, body) : await api.createCampaign(body);
      ctx.navigate(`#/campaigns/${encodeURIComponent(saved.id)}`);
    } catch (err) {
      if (err.body && err.body.error) {
        const mapped = mapFieldErrors(err.body);
        if (err.code === 'campaign_exists') mapped.fields.id = [err.body.error.message];
        showFieldErrors(fields, summary, mapped);
      } else {
        showFieldErrors(fields, summary, { fields: {}, general: [describeError(err)] });
      }
    } finally {
      submit.disabled = false;
    }
  });
  root.append(h('p', {}, h('a', { href: '#/campaigns' }, '← Campaigns')), form);
  fields[0].input.focus();
}
