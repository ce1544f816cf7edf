import { auditFiltersOf } from './audit-filters';

describe('auditFiltersOf', () => {
  const empty = { action: '', actor: '', entityType: '', entityId: '', outcome: '', dates: [] };

  it('leaves out empty filters', () => {
    expect(auditFiltersOf(empty)).toEqual({ action: null, actor: null, entityType: null, entityId: null, outcome: null, from: null, to: null });
  });

  it('covers whole days in China time, the end day included', () => {
    // 2026-03-01 23:30 in Beijing is 15:30 UTC the same day.
    const filters = auditFiltersOf({ ...empty, dates: [new Date('2026-03-01T15:30:00Z'), new Date('2026-03-05T02:00:00Z')] });
    expect(filters.from).toBe('2026-03-01T00:00:00+08:00');
    expect(filters.to).toBe('2026-03-06T00:00:00+08:00');
  });

  it('trims the actor and keeps the action prefix and outcome', () => {
    expect(auditFiltersOf({ ...empty, actor: '  admin@demo.scenematch.cn ', action: 'auth.', outcome: 'denied' })).toMatchObject({
      actor: 'admin@demo.scenematch.cn',
      action: 'auth.',
      outcome: 'denied',
    });
  });
});
