import { h, clear } from '../dom.js';
import { describeError } from '../lib/errors.js';
import { isDay, todayUtc, addDays } from '../lib/dates.js';

/** A modal confirmation (a native <dialog>: focus is kept inside, Escape cancels). Resolves true on confirm. */
export function confirmDialog({ title, body, confirmLabel }) {
  return new Promise((resolve) => {
    const confirm = h('button', { type: 'button', class: 'primary', value: 'confirm' }, confirmLabel);
    const cancel = h('button', { type: 'button', value: 'cancel' }, 'Cancel');
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-body' },
      h('h2', { id: 'confirm-title' }, title), h('p', { id: 'confirm-body' }, body), h('div', { class: 'actions' }, confirm, cancel));
    const done = (ok) => { dialog.close(); dialog.remove(); resolve(ok); };
    confirm.addEventListener('click', () => done(true));
    cancel.addEventListener('click', () => done(false));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); done(false); });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}

export async function metricsView(ctx) {
  const { api, root } = ctx;
  const status = h('p', { role: 'status', id: 'metrics-status', class: 'muted' }, 'Loading metrics…');
  const tbody = h('tbody');
  root.append(h('h1', {}, 'Metrics'),
    h('p', { class: 'muted' }, 'Finalizing a metric through a day makes every day up to it read-only and recomputes the leaderboards of every campaign on it. The cut-off only moves forward.'),
    status,
    h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'metrics-table' },
      h('caption', { class: 'sr-only' }, 'Metrics'),
      h('thead', {}, h('tr', {}, ['Metric', 'Finalized through', 'Created', 'Finalize'].map((t) => h('th', { scope: 'col' }, t)))),
      tbody)));

  async function load() {
    const { data } = await api.metrics();
    clear(tbody);
    status.textContent = data.length ? `${data.length} metric${data.length > 1 ? 's' : ''}.` : 'No metrics yet: a metric is created by its first scores.';
    for (const m of data) tbody.append(row(m));
  }

  function row(m) {
    const inputId = `finalize-${m.metric}`;
    const date = h('input', { type: 'date', id: inputId, name: 'date', required: true, value: addDays(todayUtc(), -1), 'aria-describedby': `${inputId}-err` });
    const err = h('p', { class: 'field-error', id: `${inputId}-err` });
    const form = h('form', { class: 'inline', novalidate: true, dataset: { metric: m.metric } },
      h('label', { for: inputId, class: 'sr-only' }, `Finalize ${m.metric} through`), date,
      h('button', { type: 'submit' }, 'Finalize…'), err);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      err.textContent = '';
      if (!isDay(date.value)) {
        err.textContent = 'Pick a date.';
        date.focus();
        return;
      }
      if (m.finalizedThrough && date.value <= m.finalizedThrough) {
        err.textContent = `Already finalized through ${m.finalizedThrough}; pick a later day.`;
        date.focus();
        return;
      }
      const ok = await confirmDialog({
        title: `Finalize ${m.metric}?`,
        body: `Scores of ${m.metric} through ${date.value} become read-only, and the leaderboards on this metric are recomputed. This cannot be undone.`,
        confirmLabel: `Finalize through ${date.value}`,
      });
      if (!ok) {
        status.textContent = 'Finalize cancelled.';
        return;
      }
      try {
        const saved = await api.finalize(m.metric, date.value);
        status.textContent = `${saved.metric} is finalized through ${saved.finalizedThrough}; its leaderboards are recomputing.`;
        await load();
      } catch (e) {
        err.textContent = describeError(e);
      }
    });
    return h('tr', { dataset: { metric: m.metric } },
      h('th', { scope: 'row' }, m.metric),
      h('td', { class: 'finalized' }, m.finalizedThrough || 'not finalized'),
      h('td', {}, m.createdAt ? m.createdAt.slice(0, 10) : ''),
      h('td', {}, form));
  }

  await load();
}
