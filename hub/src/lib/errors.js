// Turning the API's error answers into messages a form can show.

/**
 * The error of an answer's body as {code, message, details}: Podium's envelope ({error: {code, message, details}}),
 * or Playoff's body on /v2/ routes ({error: "code", error_description, data}); null when there is none.
 */
export function errorOf(body) {
  if (!body || !body.error) return null;
  if (typeof body.error === 'string') {
    return { code: body.error, message: body.error_description, details: Array.isArray(body.data) ? body.data : [] };
  }
  return body.error;
}

/**
 * Maps an error body's details to form fields: {field: [messages]} for details naming a field, and `general`
 * for the rest (and for the message of an error without details). Nested fields (`rule.threshold`) keep their
 * dotted name; items of a batch (`index`) are named `field[index]`.
 */
export function mapFieldErrors(body) {
  const fields = {};
  const general = [];
  const error = errorOf(body);
  if (!error) return { fields, general: ['Unexpected answer from the API.'] };
  const details = Array.isArray(error.details) ? error.details : [];
  for (const detail of details) {
    if (!detail || typeof detail !== 'object') continue;
    const message = String(detail.message ?? 'is invalid');
    if (typeof detail.field === 'string' && detail.field) {
      const name = Number.isInteger(detail.index) ? `${detail.field}[${detail.index}]` : detail.field;
      (fields[name] ||= []).push(message);
    } else {
      general.push(message);
    }
  }
  if (Object.keys(fields).length === 0 && general.length === 0 && error.message) general.push(String(error.message));
  return { fields, general };
}

/** One line for an error: the API's message, or the HTTP status. */
export function describeError(err) {
  if (!err) return 'Unknown error';
  const error = err.body ? errorOf(err.body) : null;
  if (error) return `${error.message || error.code} (${err.status} ${error.code})`;
  if (err.status) return `HTTP ${err.status}`;
  return err.message || String(err);
}
