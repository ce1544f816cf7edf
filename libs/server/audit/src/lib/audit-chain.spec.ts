import { auditHash, AuditFields, canonicalJson, GENESIS_HASH } from './audit-chain';

const record: AuditFields = {
  at: '2026-01-01T00:00:00.000Z',
  actorUserId: null,
  actorRole: null,
  actorOrganisationId: null,
  action: 'auth.login',
  entityType: 'user',
  entityId: 'u1',
  outcome: 'failure',
  ip: '127.0.0.1',
  userAgent: null,
  requestId: 'r1',
  details: { b: 1, a: [2, { d: 1, c: 2 }] },
};

describe('audit hash chain', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });
  it('changes when any field or the previous hash changes', () => {
    const h = auditHash(GENESIS_HASH, record);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash(GENESIS_HASH, { ...record, outcome: 'success' })).not.toBe(h);
    expect(auditHash('1'.repeat(64), record)).not.toBe(h);
  });
  it('hashes with SM3 under the 国密 suite, and the two algorithms never agree', () => {
    const sm3 = auditHash(GENESIS_HASH, record, 'sm3');
    expect(sm3).toMatch(/^[0-9a-f]{64}$/);
    expect(sm3).not.toBe(auditHash(GENESIS_HASH, record, 'sha256'));
    expect(auditHash(GENESIS_HASH, record)).toBe(auditHash(GENESIS_HASH, record, 'sha256'));
  });
});
