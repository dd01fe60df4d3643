import { describe, it, expect } from 'vitest';
import { apiBaseFromPathname, resolveApiBase, companyPrefix, query } from '../src/lib/apiBase.js';

describe('apiBaseFromPathname', () => {
  it('is empty when the Hub is served at /hub/', () => {
    expect(apiBaseFromPathname('/hub/')).toBe('');
    expect(apiBaseFromPathname('/hub/index.html')).toBe('');
  });
  it('is the stage prefix on AWS', () => {
    expect(apiBaseFromPathname('/v1/hub/')).toBe('/v1');
    expect(apiBaseFromPathname('/prod/api/hub/index.html')).toBe('/prod/api');
  });
  it('handles /hub without its slash, and a page not under /hub/', () => {
    expect(apiBaseFromPathname('/v1/hub')).toBe('/v1');
    expect(apiBaseFromPathname('/')).toBe('');
    expect(apiBaseFromPathname('')).toBe('');
  });
  it('takes the first /hub/ segment', () => {
    expect(apiBaseFromPathname('/a/hub/hub/')).toBe('/a');
  });
});

describe('resolveApiBase', () => {
  it('honours the podium.apiBase override, without a trailing slash', () => {
    expect(resolveApiBase('/hub/', 'http://127.0.0.1:3210/')).toBe('http://127.0.0.1:3210');
    expect(resolveApiBase('/v1/hub/', '/other')).toBe('/other');
  });
  it('falls back to the pathname when the override is empty', () => {
    expect(resolveApiBase('/v1/hub/', null)).toBe('/v1');
    expect(resolveApiBase('/v1/hub/', '  ')).toBe('/v1');
  });
});

describe('companyPrefix and query', () => {
  it('builds the company prefix', () => {
    expect(companyPrefix('/v1', 'acme')).toBe('/v1/v3/igr/gamification/acme');
    expect(companyPrefix('', 'a b')).toBe('/v3/igr/gamification/a%20b');
  });
  it('leaves out empty parameters and escapes values', () => {
    expect(query({ limit: 10, cursor: null, around: 'driver 1', x: '' })).toBe('?limit=10&around=driver%201');
    expect(query({})).toBe('');
  });
});
