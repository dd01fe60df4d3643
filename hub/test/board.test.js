import { describe, it, expect } from 'vitest';
import {
  isRecomputing, boardStatus, podium, initialPager, pagerNext, pagerPrev, pagerAround, pagerQuery, pagerHasPrev,
  pageLabel, finalizedDays, cumulativeSeries, barSeries,
} from '../src/lib/board.js';
import { dayRange, isDay, addDays } from '../src/lib/dates.js';

describe('isRecomputing', () => {
  it('is false while the metric was never finalized', () => {
    expect(isRecomputing(null, null)).toBe(false);
  });
  it('is true while the board has no cut-off yet but the metric has', () => {
    expect(isRecomputing(null, '2026-03-03')).toBe(true);
  });
  it('is true while the board is behind, false once it caught up', () => {
    expect(isRecomputing('2026-03-01', '2026-03-03')).toBe(true);
    expect(isRecomputing('2026-03-03', '2026-03-03')).toBe(false);
    expect(isRecomputing('2026-03-04', '2026-03-03')).toBe(false);
  });
  it('says so in the status line', () => {
    expect(boardStatus({ computedThrough: '2026-03-01' }, '2026-03-03')).toMatch(/^Recomputing…/);
    expect(boardStatus({ computedThrough: null }, null)).toMatch(/No finalized/);
    expect(boardStatus({ computedThrough: '2026-03-31', complete: true }, '2026-03-31')).toMatch(/Complete/);
  });
});

describe('podium', () => {
  it('orders 2nd, 1st, 3rd', () => {
    const entries = [{ rank: 1, userxtid: 'a', score: 9 }, { rank: 2, userxtid: 'b', score: 8 }, { rank: 2, userxtid: 'c', score: 8 }, { rank: 4, userxtid: 'd', score: 1 }];
    expect(podium(entries).map((p) => [p.place, p.userxtid])).toEqual([[2, 'b'], [1, 'a'], [3, 'c']]);
  });
  it('copes with fewer than three', () => {
    expect(podium([{ rank: 1, userxtid: 'a', score: 1 }]).map((p) => p.place)).toEqual([1]);
    expect(podium([])).toEqual([]);
  });
});

describe('pager', () => {
  it('walks forward and back over cursors', () => {
    let p = initialPager();
    expect(pagerQuery(p, 25)).toEqual({ limit: 25, cursor: null });
    expect(pagerHasPrev(p)).toBe(false);
    p = pagerNext(p, 'MjU');
    p = pagerNext(p, 'NTA');
    expect(pagerQuery(p, 25)).toEqual({ limit: 25, cursor: 'NTA' });
    p = pagerPrev(p);
    expect(pagerQuery(p, 25)).toEqual({ limit: 25, cursor: 'MjU' });
    p = pagerPrev(p);
    p = pagerPrev(p);
    expect(pagerQuery(p, 25)).toEqual({ limit: 25, cursor: null });
  });
  it('ignores a missing next', () => {
    const p = initialPager();
    expect(pagerNext(p, null)).toBe(p);
  });
  it('jumps around a driver and comes back to where it was', () => {
    let p = pagerNext(initialPager(), 'MjU');
    p = pagerAround(p, 'driver-7');
    expect(pagerQuery(p, 10)).toEqual({ limit: 10, around: 'driver-7' });
    expect(pagerHasPrev(p)).toBe(true);
    p = pagerPrev(p);
    expect(pagerQuery(p, 10)).toEqual({ limit: 10, cursor: 'MjU' });
  });
  it('labels a page', () => {
    expect(pageLabel([{ rank: 1 }, { rank: 3 }], 7)).toBe('Positions 1–3 of 7');
    expect(pageLabel([], 0)).toBe('No drivers ranked yet');
  });
});

describe('days', () => {
  it('checks and ranges days', () => {
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-02-28')).toBe(true);
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(dayRange('2026-03-30', '2026-04-02')).toEqual(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02']);
    expect(dayRange('2026-03-02', '2026-03-01')).toEqual([]);
  });
  it('finalizedDays stops at computedThrough or endDate and keeps the last max', () => {
    const board = { startDate: '2026-03-01', endDate: '2026-03-31', computedThrough: '2026-03-03' };
    expect(finalizedDays(board)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(finalizedDays({ ...board, computedThrough: '2026-05-01' })).toHaveLength(31);
    expect(finalizedDays({ ...board, computedThrough: '2026-05-01' }, 5)[0]).toBe('2026-03-27');
    expect(finalizedDays({ ...board, computedThrough: null })).toEqual([]);
    expect(finalizedDays({ ...board, computedThrough: '2026-02-10' })).toEqual([]);
  });
});

describe('cumulativeSeries', () => {
  it('sums each leader day by day, a missing day adding 0, other drivers ignored', () => {
    const days = ['2026-03-01', '2026-03-02', '2026-03-03'];
    const scoresByDay = {
      '2026-03-01': [{ userxtid: 'a', score: 10 }, { userxtid: 'b', score: 5 }, { userxtid: 'z', score: 99 }],
      '2026-03-02': [{ userxtid: 'b', score: 7 }],
      '2026-03-03': [{ userxtid: 'a', score: -2 }, { userxtid: 'b', score: 1 }],
    };
    expect(cumulativeSeries(['a', 'b'], days, scoresByDay)).toEqual({
      labels: days,
      series: [{ userxtid: 'a', data: [10, 10, 8] }, { userxtid: 'b', data: [5, 12, 13] }],
    });
  });
  it('handles no days and unknown days', () => {
    expect(cumulativeSeries(['a'], [], {})).toEqual({ labels: [], series: [{ userxtid: 'a', data: [] }] });
    expect(cumulativeSeries(['a'], ['2026-01-01'], undefined).series[0].data).toEqual([0]);
  });
  it('bar series takes the top n', () => {
    const entries = [{ userxtid: 'a', score: 3 }, { userxtid: 'b', score: 2 }, { userxtid: 'c', score: 1 }];
    expect(barSeries(entries, 2)).toEqual({ labels: ['a', 'b'], data: [3, 2] });
  });
});
