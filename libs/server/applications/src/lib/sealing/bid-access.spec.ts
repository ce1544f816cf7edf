import type { Actor } from '@scenematch/server-common';
import { BidAccessFacts, canReadBid } from './bid-access';

const actor = (role: Actor['role'], organisationId: string): Actor => ({ userId: `${role}-${organisationId}`, email: `${role}@example.com`, role, organisationId });

const lead = actor('enterprise', 'lead');
const member = actor('enterprise', 'member');
const rival = actor('enterprise', 'rival');
const organiser = actor('organiser', 'centre');
const admin = actor('admin', 'centre');
const agency = actor('agency', 'agency');
const otherAgency = actor('agency', 'other-agency');
const expert = actor('expert', 'university');

const bid = (status: string, opened: boolean): BidAccessFacts => ({ organisationId: 'lead', memberIds: ['member'], status, scenarioAgencyId: 'agency', opened });

describe('who may read a sealed bid (canReadBid)', () => {
  it('before the opening: its company and its consortium only — not staff, the owning agency or any expert', () => {
    const sealed = bid('submitted', false);
    expect(canReadBid(lead, sealed)).toBe(true);
    expect(canReadBid(member, sealed)).toBe(true);
    for (const other of [rival, organiser, admin, agency, otherAgency]) expect(canReadBid(other, sealed)).toBe(false);
    expect(canReadBid(expert, sealed, true)).toBe(false);
    expect(canReadBid(undefined, sealed)).toBe(false);
  });

  it('a draft is the lead company’s alone, even after the opening', () => {
    for (const opened of [false, true]) {
      const draft = bid('draft', opened);
      expect(canReadBid(lead, draft)).toBe(true);
      for (const other of [member, organiser, admin, agency]) expect(canReadBid(other, draft)).toBe(false);
      expect(canReadBid(expert, draft, true)).toBe(false);
    }
  });

  it('after the opening: staff, the owning agency and assigned experts too; never another company or agency', () => {
    const open = bid('under_review', true);
    for (const reader of [lead, member, organiser, admin, agency]) expect(canReadBid(reader, open)).toBe(true);
    expect(canReadBid(expert, open, true)).toBe(true);
    expect(canReadBid(expert, open, false)).toBe(false);
    for (const other of [rival, otherAgency]) expect(canReadBid(other, open)).toBe(false);
  });

  it('a consortium member reads as a company only (an expert of that organisation does not)', () => {
    expect(canReadBid(actor('expert', 'member'), bid('submitted', false))).toBe(false);
    expect(canReadBid(actor('agency', 'lead'), bid('submitted', false))).toBe(false);
  });
});
