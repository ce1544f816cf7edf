import { confirmationRefusal, decisionRefusal, mayPropose, objectionRefusal, stageFrom, visibleObjections } from './award-rules';

describe('proposing an award', () => {
  const now = Date.parse('2026-04-01T00:00:00Z');

  it('waits until the scenario stops taking bids', () => {
    expect(mayPropose({ status: 'closed', deadline_at: null }, now)).toBe(true);
    expect(mayPropose({ status: 'evaluating', deadline_at: null }, now)).toBe(true);
    expect(mayPropose({ status: 'published', deadline_at: new Date(now) }, now)).toBe(true);
    expect(mayPropose({ status: 'published', deadline_at: new Date(now + 1) }, now)).toBe(false);
    expect(mayPropose({ status: 'published', deadline_at: null }, now)).toBe(false);
  });

  it('never for a scenario already awarded or not yet published', () => {
    for (const status of ['draft', 'approved', 'awarded', 'piloting', 'accepted', 'cancelled']) {
      expect(mayPropose({ status, deadline_at: new Date(now - 1) }, now)).toBe(false);
    }
  });
});

describe('objections during the notice (公示)', () => {
  it('are taken while the notice runs, refused after it, and an overturned award is gone', () => {
    expect(objectionRefusal({ status: 'in_notice', open: true })).toBeNull();
    expect(objectionRefusal({ status: 'in_notice', open: false })).toBe('notice_over');
    expect(objectionRefusal({ status: 'confirmed', open: true })).toBe('notice_over');
    expect(objectionRefusal({ status: 'overturned', open: true })).toBe('not_found');
    expect(objectionRefusal(undefined)).toBe('not_found');
  });

  it('are decided once, while the notice is on', () => {
    expect(decisionRefusal({ status: 'pending', award_status: 'in_notice' })).toBeNull();
    expect(decisionRefusal({ status: 'upheld', award_status: 'in_notice' })).toBe('decided');
    expect(decisionRefusal({ status: 'dismissed', award_status: 'overturned' })).toBe('decided');
    expect(decisionRefusal({ status: 'pending', award_status: 'confirmed' })).toBe('notice_over');
  });

  it('are shown to staff all, to an organisation its own', () => {
    const rows = [{ id: '1', organisation_id: 'a' }, { id: '2', organisation_id: 'b' }];
    expect(visibleObjections(rows, { staff: true, organisationId: 'centre' }).map((r) => r.id)).toEqual(['1', '2']);
    expect(visibleObjections(rows, { staff: false, organisationId: 'b' }).map((r) => r.id)).toEqual(['2']);
    expect(visibleObjections(rows, { staff: false, organisationId: 'c' })).toEqual([]);
  });
});

describe('confirming the award', () => {
  it('only after the notice, with no objection pending', () => {
    expect(confirmationRefusal({ status: 'in_notice', over: true, pending: 0 })).toBeNull();
    expect(confirmationRefusal({ status: 'in_notice', over: false, pending: 0 })).toBe('notice_running');
    expect(confirmationRefusal({ status: 'in_notice', over: true, pending: 1 })).toBe('objections_pending');
    expect(confirmationRefusal({ status: 'confirmed', over: true, pending: 0 })).toBe('not_in_notice');
    expect(confirmationRefusal({ status: 'overturned', over: true, pending: 0 })).toBe('not_in_notice');
  });

  it('then the scenario goes awarded → piloting → accepted, one stage at a time', () => {
    expect(stageFrom('piloting')).toBe('awarded');
    expect(stageFrom('accepted')).toBe('piloting');
  });
});
