import { relation } from './relation';
import { ORGANISATIONS, SCENARIOS, USERS } from '../index';

describe('relation', () => {
  it('renders the published columns as a subquery that stands where a table would', () => {
    const r = relation('organisations', { id: 'id', is_verified: 'verified_at IS NOT NULL' });
    expect(r.columns).toEqual(['id', 'is_verified']);
    expect(`JOIN ${r} o`).toBe('JOIN (SELECT id, verified_at IS NOT NULL AS is_verified FROM organisations) o');
  });

  it('refuses names that are not identifiers', () => {
    expect(() => relation('users; DROP TABLE users', ['id'])).toThrow(/not a table name/);
    expect(() => relation('users', { 'id, password_hash': 'id' })).toThrow(/not a column name/);
    expect(() => relation('users', [])).toThrow(/no columns/);
  });

  it('publishes no secret of an account', () => {
    expect(USERS.columns.filter((c) => /password|mfa|session/.test(c))).toEqual([]);
    expect(ORGANISATIONS.sql).toMatch(/^\(SELECT id, .* FROM organisations\)$/);
    expect(SCENARIOS.columns).not.toContain('search_tokens');
  });
});
