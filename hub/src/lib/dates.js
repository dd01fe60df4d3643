// Inclusive UTC days as YYYY-MM-DD strings.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(value) {
  const m = DAY.exec(String(value || ''));
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function addDays(day, n) {
  const m = DAY.exec(day);
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + n));
  return d.toISOString().slice(0, 10);
}

/** The days from `from` to `to`, both included; [] when `to` is before `from`. */
export function dayRange(from, to) {
  const days = [];
  if (!isDay(from) || !isDay(to)) return days;
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

export function minDay(a, b) {
  if (!a) return b;
  if (!b) return a;
  return a <= b ? a : b;
}

export function todayUtc(now = new Date()) {
  return now.toISOString().slice(0, 10);
}
