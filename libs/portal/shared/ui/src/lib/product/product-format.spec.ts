import type { ProductStatus } from '@scenematch/contracts';
import { userView } from '@scenematch/portal/testing/fixtures';
import { formatFileSize, isExpired, productActions } from './product-format';

const owner = userView('enterprise'); // organisation org-enterprise
const other = userView('enterprise', {
  organisation: { ...owner.organisation, id: 'org-other' },
});
const organiser = userView('organiser');
const product = (status: ProductStatus) => ({
  status,
  company: { id: 'org-enterprise', name: '鹏知', verified: true },
});

describe('productActions', () => {
  it('lets the company edit and submit drafts and rejected products, and delist listed ones', () => {
    expect(productActions(product('draft'), owner)).toEqual(['edit', 'submit']);
    expect(productActions(product('rejected'), owner)).toEqual(['edit', 'submit']);
    expect(productActions(product('submitted'), owner)).toEqual([]);
    expect(productActions(product('listed'), owner)).toEqual(['edit', 'delist']);
    expect(productActions(product('delisted'), owner)).toEqual([]);
  });

  it('lets staff list or reject what was submitted and delist what is listed', () => {
    expect(productActions(product('submitted'), organiser)).toEqual(['list', 'reject']);
    expect(productActions(product('listed'), organiser)).toEqual(['delist']);
    expect(productActions(product('draft'), organiser)).toEqual([]);
  });

  it('gives other companies and visitors nothing', () => {
    expect(productActions(product('listed'), other)).toEqual([]);
    expect(productActions(product('submitted'), null)).toEqual([]);
    expect(productActions(product('submitted'), userView('agency'))).toEqual([]);
  });
});

describe('isExpired', () => {
  const today = new Date(2026, 5, 10, 18, 0);
  it('counts a certificate valid through its last day', () => {
    expect(isExpired('2026-06-10', today)).toBe(false);
    expect(isExpired('2026-06-09', today)).toBe(true);
    expect(isExpired(null, today)).toBe(false);
    expect(isExpired('长期', today)).toBe(false);
  });
});

describe('formatFileSize', () => {
  it('speaks in B, KB and MB', () => {
    expect(formatFileSize(812)).toBe('812 B');
    expect(formatFileSize(35_328)).toBe('34.5 KB');
    expect(formatFileSize(2.1 * 1024 * 1024)).toBe('2.1 MB');
  });
});
