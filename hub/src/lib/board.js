// Leaderboard data handling: recompute state, pagination, podium and chart series.
import { dayRange, minDay } from './dates.js';

/**
 * Whether a board is behind its metric: the metric is finalized through some day and the board reflects an
 * earlier cut-off (or none yet). A metric never finalized has nothing to compute.
 */
export function isRecomputing(computedThrough, finalizedThrough) {
  if (!finalizedThrough) return false;
  if (!computedThrough) return true;
  return computedThrough < finalizedThrough;
}

/** A short status line for a board. */
export function boardStatus(board, finalizedThrough) {
  if (isRecomputing(board.computedThrough, finalizedThrough)) {
    return `Recomputing… the board reflects ${board.computedThrough || 'no finalized day yet'}, the metric is finalized through ${finalizedThrough}.`;
  }
  if (!board.computedThrough) return 'No finalized scores yet: finalize the metric to fill this board.';
  if (board.complete) return `Complete (computed through ${board.computedThrough}).`;
  return `Up to date (computed through ${board.computedThrough}).`;
}

/** The top three entries for the podium, in the order 2nd, 1st, 3rd with their place (1-based). */
export function podium(entries) {
  const top = (entries || []).slice(0, 3);
  const order = [1, 0, 2];
  return order.filter((i) => top[i]).map((i) => ({ place: i + 1, ...top[i] }));
}

/**
 * Cursor pagination over the leaderboard. The API's cursors only go forward, so the pager keeps the cursors of
 * the pages it has seen. State: {stack: [cursor of each visited page], around: userxtid|null}.
 */
export function initialPager() {
  return { stack: [null], around: null };
}

/** After loading the next page (the current page's `next`). */
export function pagerNext(state, next) {
  if (!next) return state;
  return { stack: [...state.stack, next], around: null };
}

/** Back one page; from an around-me page, back to the first page. */
export function pagerPrev(state) {
  if (state.around) return { stack: state.stack.length > 1 ? state.stack : [null], around: null };
  if (state.stack.length <= 1) return state;
  return { stack: state.stack.slice(0, -1), around: null };
}

/** Jump to a driver's page (around-me); Previous then goes back to where the search started. */
export function pagerAround(state, userxtid) {
  return { stack: state.stack, around: userxtid };
}

/** The query for the pager's current page. */
export function pagerQuery(state, limit) {
  if (state.around) return { limit, around: state.around };
  const cursor = state.stack[state.stack.length - 1];
  return { limit, cursor };
}

export function pagerHasPrev(state) {
  return Boolean(state.around) || state.stack.length > 1;
}

/** "Ranks a–b of total" for a page of entries. */
export function pageLabel(entries, total) {
  if (!entries || entries.length === 0) return total ? `0 of ${total}` : 'No drivers ranked yet';
  return `Positions ${entries[0].rank}–${entries[entries.length - 1].rank} of ${total}`;
}

/** The finalized days a board covers: from startDate through min(endDate, computedThrough), last `max` only. */
export function finalizedDays(board, max = 62) {
  if (!board || !board.computedThrough) return [];
  const days = dayRange(board.startDate, minDay(board.endDate, board.computedThrough));
  return days.length > max ? days.slice(days.length - max) : days;
}

/**
 * Cumulative series for the line chart: for each leader, the running sum of their daily scores over `days`
 * (a day without a score adds 0). `scoresByDay` maps a day to [{userxtid, score}] (other drivers ignored).
 * Returns {labels: days, series: [{userxtid, data: [number per day]}]} in the leaders' order.
 */
export function cumulativeSeries(leaders, days, scoresByDay) {
  const series = leaders.map((userxtid) => ({ userxtid, data: [] }));
  const running = new Map(leaders.map((u) => [u, 0]));
  for (const day of days) {
    const daily = new Map();
    for (const item of (scoresByDay && scoresByDay[day]) || []) daily.set(item.userxtid, item.score);
    for (const s of series) {
      const total = running.get(s.userxtid) + (daily.get(s.userxtid) ?? 0);
      running.set(s.userxtid, total);
      s.data.push(total);
    }
  }
  return { labels: [...days], series };
}

/** Bar chart data: the first `n` entries' names and scores. */
export function barSeries(entries, n = 10) {
  const top = (entries || []).slice(0, n);
  return { labels: top.map((e) => e.userxtid), data: top.map((e) => e.score) };
}
