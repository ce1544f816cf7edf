import { PRODUCT_TRANSITIONS, ProductStatus } from '@scenematch/contracts';
import { Actor } from '@scenematch/server-common';
import { canSeeProduct, mayActOnProduct, mayFilterProductsBy, productEditable } from './product-lifecycle';

const actor = (role: Actor['role'], organisationId: string): Actor => ({ userId: `u-${role}-${organisationId}`, email: `${role}@example.cn`, role, organisationId });
const vendor = actor('enterprise', 'org-vision');
const rival = actor('enterprise', 'org-rival');
const organiser = actor('organiser', 'org-centre');
const agency = actor('agency', 'org-health');
const product = (status: ProductStatus) => ({ status, organisation_id: 'org-vision' });

describe('who sees a product', () => {
  it('shows a listed product to everybody, signed in or not', () => {
    expect(canSeeProduct(undefined, product('listed'))).toBe(true);
    expect(canSeeProduct(rival, product('listed'))).toBe(true);
  });

  it('does not list a delisted, submitted or rejected product for others', () => {
    for (const status of ['draft', 'submitted', 'rejected', 'delisted'] as const) {
      expect(canSeeProduct(undefined, product(status))).toBe(false);
      expect(canSeeProduct(rival, product(status))).toBe(false);
      expect(canSeeProduct(agency, product(status))).toBe(false);
    }
  });

  it('shows an unlisted product to its own company and to staff', () => {
    expect(canSeeProduct(vendor, product('delisted'))).toBe(true);
    expect(canSeeProduct(organiser, product('submitted'))).toBe(true);
  });

  it('lets only staff filter the list by states other than listed', () => {
    expect(mayFilterProductsBy(undefined, ['listed'])).toBe(true);
    expect(mayFilterProductsBy(vendor, ['listed', 'submitted'])).toBe(false);
    expect(mayFilterProductsBy(organiser, ['submitted'])).toBe(true);
  });
});

describe('who may move a product through its lifecycle', () => {
  it('lets a company submit and delist its own product only', () => {
    expect(mayActOnProduct(vendor, product('draft'), 'submit')).toBe(true);
    expect(mayActOnProduct(vendor, product('listed'), 'delist')).toBe(true);
    expect(mayActOnProduct(rival, product('draft'), 'submit')).toBe(false);
    expect(mayActOnProduct(rival, product('listed'), 'delist')).toBe(false);
  });

  it('does not let a company list or reject its own product', () => {
    expect(mayActOnProduct(vendor, product('submitted'), 'list')).toBe(false);
    expect(mayActOnProduct(vendor, product('submitted'), 'reject')).toBe(false);
  });

  it('lets the service centre list, reject and delist, but not submit for the company', () => {
    for (const action of ['list', 'reject', 'delist'] as const) expect(mayActOnProduct(organiser, product('submitted'), action)).toBe(true);
    expect(mayActOnProduct(organiser, product('draft'), 'submit')).toBe(false);
  });

  it('gives an agency no action on a product', () => {
    for (const action of ['submit', 'list', 'reject', 'delist'] as const) expect(mayActOnProduct(agency, product('submitted'), action)).toBe(false);
  });

  it('follows draft → submitted → listed | rejected, listed → delisted', () => {
    expect(PRODUCT_TRANSITIONS.submit.from).toEqual(['draft', 'rejected']);
    expect(PRODUCT_TRANSITIONS.list.from).toEqual(['submitted']);
    expect(PRODUCT_TRANSITIONS.delist.from).toEqual(['listed']);
  });

  it('is edited as a draft, after a rejection or while listed, not under review nor once delisted', () => {
    expect(productEditable('draft')).toBe(true);
    expect(productEditable('rejected')).toBe(true);
    expect(productEditable('listed')).toBe(true);
    expect(productEditable('submitted')).toBe(false);
    expect(productEditable('delisted')).toBe(false);
  });
});
