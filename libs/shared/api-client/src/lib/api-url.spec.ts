import { apiUrl, queryEntries } from './api-url';

describe('apiUrl', () => {
  it('fills in the path parameters, percent-encoded', () => {
    expect(
      apiUrl('/api/scenarios/{id}/applications', {
        id: '6b0e1c2a-0000-4000-8000-000000000001',
      }),
    ).toBe('/api/scenarios/6b0e1c2a-0000-4000-8000-000000000001/applications');
    expect(
      apiUrl('/api/admin/jobs/{queue}/{id}/retry', {
        queue: 'notifications',
        id: 'repeat:digest/1 2',
      }),
    ).toBe('/api/admin/jobs/notifications/repeat%3Adigest%2F1%202/retry');
    expect(apiUrl('/api/i18n/{language}', { language: 'zh-CN' })).toBe(
      '/api/i18n/zh-CN',
    );
    expect(apiUrl('/api/sessions/{id}/agenda', { id: 42 })).toBe(
      '/api/sessions/42/agenda',
    );
  });

  it('leaves a template without parameters as it is', () => {
    expect(apiUrl('/api/me')).toBe('/api/me');
  });

  it('refuses a template whose parameter has no value (no request to /api/scenarios/undefined)', () => {
    expect(() => apiUrl('/api/scenarios/{id}', {})).toThrow(
      '/api/scenarios/{id}: no value for {id}',
    );
    expect(() => apiUrl('/api/scenarios/{id}', { id: '' })).toThrow(
      'no value for {id}',
    );
  });
});

describe('queryEntries', () => {
  it('keeps the order given, lists comma-joined, numbers and booleans as text', () => {
    expect(
      queryEntries({
        pageSize: 100,
        status: ['submitted', 'shortlisted'],
        mine: true,
        dryRun: false,
      }),
    ).toEqual([
      ['pageSize', '100'],
      ['status', 'submitted,shortlisted'],
      ['mine', 'true'],
      ['dryRun', 'false'],
    ]);
  });

  it('leaves out undefined, null, empty strings and empty lists', () => {
    expect(
      queryEntries({
        q: '',
        domain: [],
        batch: undefined,
        agency: null,
        page: 0,
      }),
    ).toEqual([['page', '0']]);
    expect(queryEntries(undefined)).toEqual([]);
  });
});
