import { convertToParamMap } from '@angular/router';
import {
  auditFilterModel,
  auditFiltersOf,
  type AuditListFilters,
  auditQueryOf,
  filtersOfForm,
  formOfFilters,
} from './audit-filters';

const DEFAULTS = auditFilterModel.DEFAULT_FILTERS;

const empty = { action: '', actor: '', entityType: '', entityId: '', outcome: '', dates: [] };

describe('auditFiltersOf', () => {
  it('leaves out empty filters', () => {
    expect(auditFiltersOf(empty)).toEqual({ action: null, actor: null, entityType: null, entityId: null, outcome: null, from: null, to: null });
  });

  it('covers whole days in China time, the end day included', () => {
    // The picker's days (at any time of day): 1 and 5 March.
    const filters = auditFiltersOf({ ...empty, dates: [new Date(2026, 2, 1, 23, 30), new Date(2026, 2, 5, 10)] });
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

describe('audit filters in the URL', () => {
  it('reads the defaults from an empty URL and writes none back', () => {
    expect(auditFilterModel.filtersFromParams(convertToParamMap({}))).toEqual(DEFAULTS);
    expect(auditFilterModel.filtersToParams(DEFAULTS)).toEqual({});
  });

  it('round-trips every filter, and drops what is malformed', () => {
    const filters: AuditListFilters = {
      action: 'auth.',
      actor: 'admin@demo.scenematch.cn',
      entityType: 'scenario',
      entityId: '42',
      outcome: 'denied',
      from: '2026-03-01',
      to: '2026-03-05',
      page: 2,
      pageSize: 50,
    };
    expect(auditFilterModel.filtersFromParams(convertToParamMap(auditFilterModel.filtersToParams(filters)))).toEqual(filters);
    expect(
      auditFilterModel.filtersFromParams(convertToParamMap({ action: 'drop.table', outcome: 'maybe', from: '2026/03/01', pageSize: '7' })),
    ).toEqual(DEFAULTS);
  });

  it('gives the card its values back, and the API whole China days', () => {
    const values = filtersOfForm({ ...empty, actor: ' a@b.cn ', dates: [new Date(2026, 2, 1, 23, 30), new Date(2026, 2, 5, 10)] });
    expect(values).toMatchObject({ actor: 'a@b.cn', from: '2026-03-01', to: '2026-03-05' });
    expect(filtersOfForm(formOfFilters(values))).toEqual(values);
    expect(auditQueryOf(values)).toMatchObject({ from: '2026-03-01T00:00:00+08:00', to: '2026-03-06T00:00:00+08:00' });
  });
});
