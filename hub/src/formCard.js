import { h, showFieldErrors } from './dom.js';
import { mapFieldErrors, describeError } from './lib/errors.js';

/**
 * A form card of fields that sends their values to `send` and shows the API's refusals at their fields (and the
 * others above them); `sent` gets what the API answered.
 */
export function formCard({ id, title, button, fields, send, sent }) {
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': `${id}-h`, id },
    h('h2', { id: `${id}-h` }, title), summary, h('div', { class: 'grid' }, fields.map((x) => x.wrap)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, button)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const values = Object.fromEntries(fields.map((f) => [f.name, f.input.type === 'checkbox' ? f.input.checked : f.input.value]));
      const answer = await send(values);
      showFieldErrors(fields, summary, { fields: {}, general: [] });
      await sent(answer, form);
    } catch (err) {
      showFieldErrors(fields, summary, err.body ? mapFieldErrors(err.body) : { fields: {}, general: [describeError(err)] });
    }
  });
  return form;
}
