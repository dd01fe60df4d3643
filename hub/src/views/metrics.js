import { h, clear, field } from '../dom.js';
import { formCard } from '../formCard.js';
import { describeError } from '../lib/errors.js';
import { isDay, todayUtc, addDays } from '../lib/dates.js';
import { correctionBody, correctionDetails } from '../lib/forms.js';

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

  const corrections = correctionsSection(ctx);
  root.append(corrections.section);

  async function load() {
    const { data } = await api.metrics();
    clear(tbody);
    status.textContent = data.length ? `${data.length} metric${data.length > 1 ? 's' : ''}.` : 'No metrics yet: a metric is created by its first scores.';
    for (const m of data) tbody.append(row(m));
    corrections.metricsLoaded(data);
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

/**
 * Corrections of finalized days, on the record: a form that corrects scores of one day after a confirmation, and the
 * record of a metric's corrections (`GET …/scores/corrections`), the latest day first.
 */
function correctionsSection({ api }) {
  const status = h('p', { role: 'status', id: 'corrections-status', class: 'muted' });
  const fields = {
    metric: field({ name: 'metric', label: 'Metric', control: 'select', options: [], required: true }),
    date: field({ name: 'date', label: 'Day', type: 'date', required: true, value: addDays(todayUtc(), -1) }),
    scores: field({ name: 'scores', label: 'Scores', control: 'textarea', required: true,
      hint: 'One driver a line: the userxtid, then the score it should have (up to 50).', attrs: { spellcheck: 'false' } }),
    reason: field({ name: 'reason', label: 'Reason', control: 'textarea', required: true,
      hint: 'Kept on the record with each change (up to 500 characters).', attrs: { maxlength: 500 } }),
  };
  const form = formCard({
    id: 'correction-form',
    title: 'Correct a finalized day',
    button: 'Correct…',
    fields: Object.values(fields),
    async send(values) {
      const { body, problems } = correctionBody(values);
      if (problems.length) throw { body: { error: { code: 'validation_failed', message: 'Check the form.', details: problems } } };
      const n = body.scores.length;
      const ok = await confirmDialog({
        title: `Correct ${body.metric} on ${body.date}?`,
        body: `${n} score${n > 1 ? 's' : ''} of a finalized day change, each kept on the record with its old value, the reason and your token. `
          + 'The leaderboards that counted the day are recomputed, ended campaigns\' too: their winners may change.',
        confirmLabel: `Correct ${n} score${n > 1 ? 's' : ''}`,
      });
      if (!ok) return null;
      try {
        return await api.correctScores(body);
      } catch (e) {
        if (e.body && e.body.error) e.body.error.details = correctionDetails(e.body.error.details);
        throw e;
      }
    },
    async sent(answer) {
      if (!answer) {
        status.textContent = 'Correction cancelled: nothing changed.';
        return;
      }
      const n = answer.data.length;
      status.textContent = n
        ? `${n} score${n > 1 ? 's' : ''} changed on ${answer.date}; the leaderboards of ${answer.metric} are recomputing.`
        : 'Every score already had that value: nothing changed.';
      fields.scores.input.value = '';
      await showRecord(answer.metric, answer.date);
    },
  });

  const recordMetric = h('select', { id: 'record-metric' });
  const from = h('input', { type: 'date', id: 'record-from', value: addDays(todayUtc(), -365) });
  const to = h('input', { type: 'date', id: 'record-to', value: todayUtc() });
  const recordStatus = h('p', { role: 'status', id: 'record-status', class: 'muted' });
  const tbody = h('tbody');
  const more = h('button', { type: 'button', class: 'more', id: 'corrections-more', hidden: true }, 'More');
  let next = null;
  const filter = h('form', { class: 'inline', novalidate: true },
    h('label', { for: 'record-metric' }, 'Metric'), recordMetric,
    h('label', { for: 'record-from' }, 'From'), from,
    h('label', { for: 'record-to' }, 'To'), to,
    h('button', { type: 'submit' }, 'Show'));
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    load(false);
  });
  more.addEventListener('click', () => load(true));

  async function load(append) {
    if (!recordMetric.value || !isDay(from.value) || !isDay(to.value)) {
      recordStatus.textContent = 'Pick a metric and two days.';
      return;
    }
    try {
      const page = await api.corrections({ metric: recordMetric.value, from: from.value, to: to.value, limit: 50, cursor: append ? next : null });
      if (!append) clear(tbody);
      for (const c of page.data) {
        tbody.append(h('tr', { dataset: { user: c.userxtid, date: c.date } },
          h('td', {}, c.date), h('th', { scope: 'row' }, c.userxtid),
          h('td', { class: 'old' }, c.old === null ? '—' : String(c.old)), h('td', { class: 'new' }, String(c.new)),
          h('td', {}, c.reason), h('td', {}, c.by), h('td', {}, c.at.replace('T', ' ').slice(0, 19))));
      }
      next = page.next;
      more.hidden = !next;
      recordStatus.textContent = tbody.children.length ? '' : 'No corrections of these days.';
    } catch (e) {
      recordStatus.textContent = describeError(e);
    }
  }

  async function showRecord(metric, date) {
    recordMetric.value = metric;
    if (from.value > date) from.value = date;
    if (to.value < date) to.value = date;
    await load(false);
  }

  const section = h('section', { 'aria-labelledby': 'corrections-h' },
    h('h2', { id: 'corrections-h' }, 'Corrections'),
    h('p', { class: 'muted' }, 'A finalized day stays read-only to new scores, but can be corrected on the record: every change keeps its old and new value, the reason, the token that made it and when.'),
    form, status,
    h('h3', {}, 'The record'), filter, recordStatus,
    h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'corrections-table' },
      h('caption', { class: 'sr-only' }, 'Corrections'),
      h('thead', {}, h('tr', {}, ['Day', 'Driver', 'Old', 'New', 'Reason', 'By', 'At'].map((t) => h('th', { scope: 'col' }, t)))),
      tbody)),
    more);

  return {
    section,
    /** The metrics that have finalized days are the ones a correction can name. */
    metricsLoaded(metrics) {
      const finalized = metrics.filter((m) => m.finalizedThrough).map((m) => m.metric);
      for (const select of [fields.metric.input, recordMetric]) {
        const chosen = select.value;
        clear(select);
        for (const name of finalized) select.append(h('option', { value: name, selected: name === chosen }, name));
      }
      if (!finalized.length) status.textContent = 'No metric is finalized yet: there is nothing to correct.';
      else if (!tbody.children.length) load(false);
    },
  };
}
