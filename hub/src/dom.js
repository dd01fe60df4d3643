// A tiny DOM builder: h('button', {type: 'button', onclick}, 'Text').
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

let uid = 0;
export function nextId(prefix) {
  uid += 1;
  return `${prefix}-${uid}`;
}

/**
 * A labelled field with an error slot: returns {wrap, input, setErrors(messages)}. `control` is 'input',
 * 'select' or 'textarea'; `options` for selects are [value, label] pairs.
 */
export function field({ name, label, control = 'input', type = 'text', value = '', options, hint, required, attrs = {} }) {
  const id = nextId(`f-${name.replace(/[^a-z0-9]/gi, '')}`);
  const errId = `${id}-err`;
  const hintId = hint ? `${id}-hint` : null;
  let input;
  if (control === 'select') {
    input = h('select', { id, name, ...attrs }, (options || []).map(([v, l]) => h('option', { value: v, selected: v === value }, l)));
  } else if (control === 'textarea') {
    input = h('textarea', { id, name, rows: 3, ...attrs });
    input.value = value ?? '';
  } else {
    input = h('input', { id, name, type, ...attrs });
    if (type === 'checkbox') input.checked = Boolean(value);
    else input.value = value ?? '';
  }
  if (required) input.required = true;
  const describedBy = [hintId, errId].filter(Boolean).join(' ');
  input.setAttribute('aria-describedby', describedBy);
  const error = h('p', { class: 'field-error', id: errId, dataset: { errorFor: name } });
  const wrap = h('div', { class: `field field-${control} ${type === 'checkbox' ? 'field-check' : ''}` },
    h('label', { for: id }, label, required ? h('span', { 'aria-hidden': 'true', class: 'req' }, ' *') : null),
    input,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    error);
  function setErrors(messages) {
    const list = messages || [];
    error.textContent = list.join('; ');
    if (list.length) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  return { wrap, input, setErrors, name };
}

/** Shows API validation errors on a set of fields; returns true if any field got one. */
export function showFieldErrors(fields, summary, mapped) {
  let first = null;
  for (const f of fields) {
    const msgs = mapped.fields[f.name] || [];
    f.setErrors(msgs);
    if (msgs.length && !first) first = f.input;
  }
  const unplaced = Object.entries(mapped.fields)
    .filter(([name]) => !fields.some((f) => f.name === name))
    .map(([name, msgs]) => `${name}: ${msgs.join('; ')}`);
  const general = [...mapped.general, ...unplaced];
  clear(summary);
  const count = Object.values(mapped.fields).reduce((n, m) => n + m.length, 0);
  if (count || general.length) {
    summary.append(h('p', {}, count ? `Please correct ${count} field${count > 1 ? 's' : ''}.` : 'The request was refused.'));
    if (general.length) summary.append(h('ul', {}, general.map((g) => h('li', {}, g))));
    summary.hidden = false;
  } else {
    summary.hidden = true;
  }
  if (first) first.focus();
  else if (!summary.hidden) summary.focus();
  return Boolean(first);
}
