import { agencyNameClaim, financierKindAllowed, rejectionRefusal, verificationRefusal } from './organisation-verification';

const VALID_USCC = '91110000600037341L';
const awaiting = { uscc: VALID_USCC, verified: false, rejectedAt: null };

describe('organisation verification by staff', () => {
  it('verifies an organisation awaiting verification with a valid code', () => {
    expect(verificationRefusal(awaiting)).toBeNull();
  });

  it('verifies an organisation that was rejected and corrected its details', () => {
    expect(verificationRefusal({ ...awaiting, rejectedAt: new Date() })).toBeNull();
  });

  it('refuses an organisation without a code or with a code failing the GB 32100 check', () => {
    expect(verificationRefusal({ ...awaiting, uscc: null })).toBe('invalid-uscc');
    expect(verificationRefusal({ ...awaiting, uscc: '91110000600037341A' })).toBe('invalid-uscc');
  });

  it('does not verify an organisation twice', () => {
    expect(verificationRefusal({ ...awaiting, verified: true })).toBe('already-verified');
  });
});

describe('organisation rejection by staff', () => {
  it('rejects an organisation awaiting verification', () => {
    expect(rejectionRefusal(awaiting)).toBeNull();
  });

  it('cannot reject a verified organisation', () => {
    expect(rejectionRefusal({ ...awaiting, verified: true })).toBe('already-verified');
  });

  it('cannot reject an organisation twice', () => {
    expect(rejectionRefusal({ ...awaiting, rejectedAt: new Date() })).toBe('already-rejected');
  });
});

describe('registration of an organisation', () => {
  it('lets an agency claim a unit imported from a list without a code', () => {
    expect(agencyNameClaim({ uscc: null })).toBe('claim');
  });

  it('refuses an agency name already registered with a code', () => {
    expect(agencyNameClaim({ uscc: VALID_USCC })).toBe('taken');
  });

  it('lets only financiers name a financier kind', () => {
    expect(financierKindAllowed('financier', 'bank')).toBe(true);
    expect(financierKindAllowed('financier', null)).toBe(true);
    expect(financierKindAllowed('enterprise', undefined)).toBe(true);
    expect(financierKindAllowed('enterprise', 'bank')).toBe(false);
    expect(financierKindAllowed('agency', 'investor')).toBe(false);
  });
});
