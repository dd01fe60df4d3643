import { describe, it, expect } from 'vitest';
import { mapFieldErrors, describeError } from '../src/lib/errors.js';

describe('mapFieldErrors', () => {
  it('maps the API validation details to fields', () => {
    const body = { error: { code: 'validation_failed', message: 'The request has invalid fields; see details.', details: [
      { field: 'endDate', message: 'must be on or after startDate' },
      { field: 'aggregation', message: 'must be one of total, best_day, average, active_days' },
    ] } };
    expect(mapFieldErrors(body)).toEqual({
      fields: { endDate: ['must be on or after startDate'], aggregation: ['must be one of total, best_day, average, active_days'] },
      general: [],
    });
  });
  it('keeps nested names, indexes items and collects several messages per field', () => {
    const body = { error: { code: 'validation_failed', message: 'm', details: [
      { field: 'rule.threshold', message: 'is required' },
      { index: 0, field: 'score', message: 'must be a JSON integer' },
      { field: 'name', message: 'a' }, { field: 'name', message: 'b' },
    ] } };
    const { fields } = mapFieldErrors(body);
    expect(fields['rule.threshold']).toEqual(['is required']);
    expect(fields['score[0]']).toEqual(['must be a JSON integer']);
    expect(fields.name).toEqual(['a', 'b']);
  });
  it('puts an error without details in general', () => {
    expect(mapFieldErrors({ error: { code: 'campaign_exists', message: 'The company already has a campaign x.', details: [] } }))
      .toEqual({ fields: {}, general: ['The company already has a campaign x.'] });
    expect(mapFieldErrors(null).general).toHaveLength(1);
    expect(mapFieldErrors({ error: { code: 'x', details: [{ message: 'no field' }] } }).general).toEqual(['no field']);
  });
});

describe('describeError', () => {
  it('prefers the API message', () => {
    expect(describeError({ status: 403, body: { error: { code: 'insufficient_scope', message: 'This token lacks the scope hub.' } } }))
      .toBe('This token lacks the scope hub. (403 insufficient_scope)');
    expect(describeError({ status: 502 })).toBe('HTTP 502');
    expect(describeError(new Error('offline'))).toBe('offline');
  });
});

describe('Playoff error bodies', () => {
  it('map like Podium envelopes', () => {
    const body = { error: 'validation_exception', error_description: 'The request has invalid fields; see data.',
      data: [{ field: 'id', message: 'must not start with a digit' }] };
    expect(mapFieldErrors(body)).toEqual({ fields: { id: ['must not start with a digit'] }, general: [] });
    expect(mapFieldErrors({ error: 'player_exists', error_description: 'A player with the id \'rob\' exists already.' }))
      .toEqual({ fields: {}, general: ['A player with the id \'rob\' exists already.'] });
    expect(describeError({ status: 404, body: { error: 'player_not_found', error_description: 'No player has the id \'x\'.' } }))
      .toBe('No player has the id \'x\'. (404 player_not_found)');
  });
});
