import { describe, it, expect } from 'vitest';
import { campaignBody, campaignProblems, badgeBody, parsePointWeights, formatPointWeights, levelThresholds, playerBody, teamBody, customBoardBody, periodText, requestedRoles, correctionScores, correctionBody, correctionDetails } from '../src/lib/forms.js';

describe('campaign form', () => {
  const values = { id: ' march-eco ', name: ' March ', metric: 'eco_score', startDate: '2026-03-01', endDate: '2026-03-31', aggregation: 'best_day', description: '  ' };
  it('builds the body, leaving an empty description null', () => {
    expect(campaignBody(values)).toEqual({ id: 'march-eco', name: 'March', metric: 'eco_score', startDate: '2026-03-01', endDate: '2026-03-31', aggregation: 'best_day', description: null });
  });
  it('leaves out the id when editing or empty', () => {
    expect(campaignBody(values, { editing: true }).id).toBeUndefined();
    expect(campaignBody({ ...values, id: '' }).id).toBeUndefined();
  });
  it('checks what the browser can, leaving date order to the API', () => {
    expect(campaignProblems(campaignBody(values))).toEqual([]);
    expect(campaignProblems(campaignBody({ ...values, startDate: '2026-04-30', endDate: '2026-04-01' }))).toEqual([]);
    const problems = campaignProblems(campaignBody({ ...values, id: 'Bad Id', name: '', metric: 'a b', startDate: '' }));
    expect(problems.map((p) => p.field)).toEqual(['id', 'name', 'metric', 'startDate']);
  });
});

describe('badge form', () => {
  it('keeps only the fields the rule type uses', () => {
    expect(badgeBody({ name: 'green', points: '2', special: false, ruleType: 'streak', metric: 'eco', threshold: '80', days: '5', n: '3', campaign: 'x' }))
      .toEqual({ name: 'green', special: false, points: 2, rule: { type: 'streak', metric: 'eco', threshold: 80, days: 5 } });
    expect(badgeBody({ name: 'top', points: '', ruleType: 'campaign_top', n: '3', campaign: '' }).rule).toEqual({ type: 'campaign_top', n: 3 });
    expect(badgeBody({ name: 'w', ruleType: 'campaign_winner', campaign: 'march' }).rule).toEqual({ type: 'campaign_winner', campaign: 'march' });
  });
});

describe('settings form', () => {
  it('parses point weights', () => {
    expect(parsePointWeights('')).toEqual({ value: null, problems: [] });
    expect(parsePointWeights('eco_score=1\n deliveries: 0.5 \n')).toEqual({ value: { eco_score: 1, deliveries: 0.5 }, problems: [] });
    expect(parsePointWeights('oops').problems[0].field).toBe('points');
    expect(formatPointWeights({ a: 1, b: 0.5 })).toBe('a=1\nb=0.5');
    expect(formatPointWeights(null)).toBe('');
  });
  it('computes level thresholds like the API', () => {
    const t = levelThresholds({ base: 0.030517578125, factor: 2, count: 30 });
    expect(t).toHaveLength(30);
    expect(t[7]).toEqual({ name: 'level_8', threshold: 3.90625 });
    expect(t[8].threshold).toBe(7.8125);
  });
});

describe('playerBody', () => {
  it('sends a new player only what is filled in, trimmed', () => {
    expect(playerBody({ id: ' rob ', alias: '', email: ' rob@example.com ', job_title: '' }))
      .toEqual({ id: 'rob', email: 'rob@example.com' });
  });
  it('sends a change every profile field, an emptied one as null, and keeps an alias left empty', () => {
    expect(playerBody({ alias: 'RVD', first_name: 'Rob' }, { editing: true })).toEqual({
      alias: 'RVD', first_name: 'Rob', last_name: null, email: null, phone_number: null, job_title: null, profile_picture: null,
    });
    expect(playerBody({ alias: ' ' }, { editing: true })).not.toHaveProperty('alias');
  });
});

describe('teamBody', () => {
  it('sends the id and the access only when chosen', () => {
    expect(teamBody({ name: ' Navi ', definition: 'international', id: '', access: '' }))
      .toEqual({ name: 'Navi', definition: 'international' });
    expect(teamBody({ name: 'Navi', definition: 'international', id: ' navi ', access: 'PRIVATE' }))
      .toEqual({ name: 'Navi', definition: 'international', id: 'navi', access: 'PRIVATE' });
  });
});

describe('customBoardBody', () => {
  it('sends a team board its aggregation, and a board of players none', () => {
    expect(customBoardBody({ name: ' Crews ', entity: 'teams', metric: 'km', aggregation: 'average', custom: false }))
      .toEqual({ name: 'Crews', entity: 'teams', metric: 'km', aggregation: 'average', custom: false });
    expect(customBoardBody({ name: 'Course', entity: 'players', metric: 'km', aggregation: 'average', custom: true }))
      .toEqual({ name: 'Course', entity: 'players', metric: 'km', custom: true });
  });

  it('sends a window when a date is given, and all time when none is', () => {
    expect(customBoardBody({ name: 'July', entity: 'players', metric: 'km', periodStart: '2026-07-01', periodEnd: '2026-07-31' }))
      .toEqual({ name: 'July', entity: 'players', metric: 'km', custom: false,
        period: { startDate: '2026-07-01', endDate: '2026-07-31' } });
    expect(customBoardBody({ name: 'July', entity: 'players', metric: 'km', periodStart: '2026-07-01', periodEnd: '' }).period)
      .toEqual({ startDate: '2026-07-01', endDate: '' });
    expect(customBoardBody({ name: 'Ever', entity: 'players', metric: 'km', periodStart: '', periodEnd: '' }).period)
      .toBeUndefined();
  });
});

describe('periodText', () => {
  it('names the window, or all time', () => {
    expect(periodText({ period: { startDate: '2026-07-01', endDate: '2026-07-31' } })).toBe('2026-07-01 – 2026-07-31');
    expect(periodText({})).toBe('All time');
  });
});

describe('requestedRoles', () => {
  it('names every role offered, true for those ticked', () => {
    expect(requestedRoles(['admin', 'member', 'owner'], ['member'])).toEqual({ admin: false, member: true, owner: false });
  });
});

describe('correction form', () => {
  it('reads one driver a line, the score after the last separator', () => {
    expect(correctionScores('driver-001 91\n\n Jane Doe 17 , -3 \nx=0\n')).toEqual({
      scores: [{ userxtid: 'driver-001', score: 91 }, { userxtid: 'Jane Doe 17', score: -3 }, { userxtid: 'x', score: 0 }],
      problems: [],
    });
    expect(correctionScores('driver-001\n d 1.5\nd 2147483648').problems).toEqual([
      "line 1: write the driver's userxtid, then a whole score",
      "line 2: write the driver's userxtid, then a whole score",
      "line 3: write the driver's userxtid, then a whole score",
    ]);
  });
  it('builds the body and says what is missing before a round trip', () => {
    const values = { metric: 'eco_score', date: '2026-03-02', scores: 'driver-001 91', reason: ' Re-imported. ' };
    expect(correctionBody(values)).toEqual({
      body: { metric: 'eco_score', date: '2026-03-02', reason: 'Re-imported.', scores: [{ userxtid: 'driver-001', score: 91 }] },
      problems: [],
    });
    const { problems } = correctionBody({ metric: '', date: '', scores: '', reason: ' ' });
    expect(problems.map((p) => p.field)).toEqual(['metric', 'date', 'scores', 'reason']);
  });
  it('shows an item the API refused on the scores field', () => {
    expect(correctionDetails([{ index: 1, field: 'score', message: 'must be a JSON integer' }, { field: 'reason', message: 'is required' }]))
      .toEqual([{ field: 'scores', message: 'driver 2: score must be a JSON integer' }, { field: 'reason', message: 'is required' }]);
  });
});
