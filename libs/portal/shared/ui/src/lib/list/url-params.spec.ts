import { convertToParamMap } from '@angular/router';
import { listParams, narrowsList, nonEmptyParams } from './url-params';

describe('reading a list from its URL', () => {
  const read = listParams(
    convertToParamMap({
      domain: ' health ',
      sort: 'popularity',
      capability: ['cv,llm', ' cv ', '<b>'],
    }),
  );

  it('keeps a value of the expected form, trimmed, and drops the rest', () => {
    expect(read.matching('domain', /^[a-z]+$/)).toBe('health');
    expect(read.matching('domain', /^\d+$/)).toBeNull();
    expect(read.matching('missing', /.*/)).toBeNull();
    expect(read.oneOf('sort', ['newest', 'name'])).toBeNull();
  });

  it('reads repeated and comma-joined values once each', () => {
    expect(read.list('capability', /^[a-z]+$/)).toEqual(['cv', 'llm']);
  });
});

describe('writing a list to its URL', () => {
  it('leaves out empty values and joins lists', () => {
    expect(
      nonEmptyParams({
        q: '  ',
        domain: null,
        capability: ['cv', 'llm'],
        sort: 'name',
      }),
    ).toEqual({ capability: 'cv,llm', sort: 'name' });
  });

  it('counts only what narrows the list as a filter, not the sort or the page', () => {
    expect(narrowsList({ sort: 'name', page: '2', pageSize: '24' })).toBe(
      false,
    );
    expect(narrowsList({ sort: 'name', domain: 'health' })).toBe(true);
  });
});
