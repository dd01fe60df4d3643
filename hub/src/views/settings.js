import { h, clear, field, showFieldErrors } from '../dom.js';
import { mapFieldErrors, describeError } from '../lib/errors.js';
import { parsePointWeights, formatPointWeights, levelThresholds } from '../lib/forms.js';

export async function settingsView(ctx) {
  const { api, root } = ctx;
  const settings = await api.getSettings();
  const f = {
    base: field({ name: 'levels.base', label: 'Level 1 at (points)', type: 'number', value: settings.levels.base, attrs: { step: 'any', min: 0 } }),
    factor: field({ name: 'levels.factor', label: 'Factor between levels', type: 'number', value: settings.levels.factor, attrs: { step: 'any', min: 1.0001, max: 100 } }),
    count: field({ name: 'levels.count', label: 'Number of levels', type: 'number', value: settings.levels.count, attrs: { step: 1, min: 1, max: 100 } }),
    points: field({
      name: 'points', label: 'Points per metric', control: 'textarea', value: formatPointWeights(settings.points),
      hint: 'One metric=weight per line; a metric not named counts 0. Empty: every metric counts once.',
    }),
    auto: field({
      name: 'autoFinalizeAfterDays', label: 'Auto-finalize after days', type: 'number',
      value: settings.autoFinalizeAfterDays ?? '', attrs: { min: 0, max: 365, step: 1 }, hint: 'Empty: off.',
    }),
  };
  const all = Object.values(f);
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const status = h('p', { role: 'status', class: 'muted' }, settings.updatedAt ? `Last saved ${settings.updatedAt}.` : 'Defaults: never saved.');
  const preview = h('ol', { class: 'levels' });
  function drawPreview() {
    clear(preview);
    const levels = { base: Number(f.base.input.value), factor: Number(f.factor.input.value), count: Number(f.count.input.value) };
    if (!(levels.base > 0 && levels.factor > 1 && levels.count >= 1)) return;
    for (const l of levelThresholds(levels, 100)) preview.append(h('li', {}, `${l.name}: ${Number(l.threshold.toPrecision(6))}`));
  }
  [f.base, f.factor, f.count].forEach((x) => x.input.addEventListener('input', drawPreview));
  drawPreview();
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'settings-h' },
    h('h1', { id: 'settings-h' }, 'Levels and points'), status, summary,
    h('div', { class: 'grid' }, all.map((x) => x.wrap)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save settings')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const points = parsePointWeights(f.points.input.value);
    if (points.problems.length) return showFieldErrors(all, summary, mapFieldErrors({ error: { details: points.problems } }));
    const num = (v) => (v === '' ? undefined : Number(v));
    // PUT replaces the whole document: send every field, the auto-finalize setting included.
    const body = {
      autoFinalizeAfterDays: f.auto.input.value === '' ? null : Number(f.auto.input.value),
      levels: { base: num(f.base.input.value), factor: num(f.factor.input.value), count: num(f.count.input.value) },
      points: points.value,
      // Set through the API only: sent back as read, so that saving here never resets them.
      rankRules: settings.rankRules,
      invitesNeedApproval: settings.invitesNeedApproval,
    };
    try {
      const saved = await api.putSettings(body);
      showFieldErrors(all, summary, { fields: {}, general: [] });
      status.textContent = `Saved ${saved.updatedAt}.`;
    } catch (err) {
      showFieldErrors(all, summary, err.body ? mapFieldErrors(err.body) : { fields: {}, general: [describeError(err)] });
    }
  });
  root.append(form, h('section', { class: 'card', 'aria-labelledby': 'levels-h' }, h('h2', { id: 'levels-h' }, 'Level thresholds'), preview),
    h('section', { class: 'card', 'aria-labelledby': 'rank-rules-h' }, h('h2', { id: 'rank-rules-h' }, "EASI'R's rank rules"),
      h('p', { class: 'muted' }, 'How a rank created with one of these rules is computed (set through the API: rankRules).'),
      h('ul', { id: 'rank-rules' }, Object.entries(settings.rankRules).map(([name, basis]) => h('li', { 'data-rule': name },
        `${name}: ${describeBasis(basis)}`)))));
}

/** "total of total_sales", "ratio of conversions to leads (at least 0)". */
export function describeBasis(basis) {
  const { metric, denominator_metric: denominator, min_volume: minVolume } = basis.settings;
  return denominator ? `${basis.rule} of ${metric} to ${denominator} (at least ${minVolume})` : `${basis.rule} of ${metric}`;
}
