import { SessionStatus } from '@scenematch/contracts';
import { Actor } from '@scenematch/server-common';
import { answerRefusal, MEETING_REQUEST_STATUSES, participantSide, registrantRefusal, registrationStatuses, sessionTransitionAllowed, withdrawalRefusal } from './session-lifecycle';
import { canSeeSession } from './session-rows';

const actor = (role: Actor['role'], organisationId: string): Actor => ({ userId: `u-${role}-${organisationId}`, email: `${role}@example.cn`, role, organisationId });
const company = actor('enterprise', 'org-ai');
const hospital = actor('agency', 'org-hospital');
const bank = actor('financier', 'org-bank');
const organiser = actor('organiser', 'org-centre');
const expert = actor('expert', 'org-university');

describe('matchmaking session lifecycle', () => {
  it('moves forward planning → open → scheduled → running → closed', () => {
    expect(sessionTransitionAllowed('planning', 'open_for_registration')).toBe(true);
    expect(sessionTransitionAllowed('open_for_registration', 'scheduled')).toBe(true);
    expect(sessionTransitionAllowed('scheduled', 'running')).toBe(true);
    expect(sessionTransitionAllowed('running', 'closed')).toBe(true);
  });

  it('lets the agenda be withdrawn before the session runs, but not once it runs', () => {
    expect(sessionTransitionAllowed('scheduled', 'open_for_registration')).toBe(true);
    expect(sessionTransitionAllowed('running', 'scheduled')).toBe(false);
  });

  it('does not skip the agenda, and a closed session stays closed', () => {
    expect(sessionTransitionAllowed('open_for_registration', 'running')).toBe(false);
    for (const to of ['planning', 'open_for_registration', 'scheduled', 'running'] as SessionStatus[]) expect(sessionTransitionAllowed('closed', to)).toBe(false);
  });

  it('is hidden from participants while being planned', () => {
    expect(canSeeSession(company, { status: 'planning' })).toBe(false);
    expect(canSeeSession(undefined, { status: 'planning' })).toBe(false);
    expect(canSeeSession(organiser, { status: 'planning' })).toBe(true);
    expect(canSeeSession(company, { status: 'open_for_registration' })).toBe(true);
  });
});

describe('registration for a session', () => {
  it('is open to participants only while registration is open', () => {
    expect(registrationStatuses(false)).toEqual(['open_for_registration']);
  });

  it('lets staff add participants before registration opens and after the agenda is out, not once it runs', () => {
    const staff = registrationStatuses(true);
    expect(staff).toEqual(expect.arrayContaining(['planning', 'open_for_registration', 'scheduled']));
    expect(staff).not.toContain('running');
    expect(staff).not.toContain('closed');
  });

  it('lets companies, agencies and financiers register their own organisation only', () => {
    expect(registrantRefusal(company, undefined)).toBeNull();
    expect(registrantRefusal(hospital, 'org-hospital')).toBeNull();
    expect(registrantRefusal(bank, undefined)).toBeNull();
    expect(registrantRefusal(company, 'org-rival')).toBe('other-organisation');
  });

  it('does not let an expert register', () => {
    expect(registrantRefusal(expert, undefined)).toBe('role');
  });

  it('lets staff register any organisation', () => {
    expect(registrantRefusal(organiser, 'org-ai')).toBeNull();
  });

  it('seats banks and investors on the demand side, facing companies', () => {
    expect(participantSide('enterprise')).toBe('enterprise');
    expect(participantSide('agency')).toBe('agency');
    expect(participantSide('financier')).toBe('agency');
  });
});

describe('meeting requests', () => {
  const pending = { from_organisation_id: 'org-ai', to_organisation_id: 'org-hospital', status: 'pending' };

  it('are taken while registration is open and until the agenda is published, not by a closed session', () => {
    expect(MEETING_REQUEST_STATUSES).toEqual(['open_for_registration', 'scheduled']);
    for (const status of ['planning', 'running', 'closed'] as SessionStatus[]) expect(MEETING_REQUEST_STATUSES).not.toContain(status);
  });

  it('are answered by the invited organisation only, once', () => {
    expect(answerRefusal(pending, 'org-hospital')).toBeNull();
    expect(answerRefusal(pending, 'org-ai')).toBe('not-invited');
    expect(answerRefusal({ ...pending, status: 'accepted' }, 'org-hospital')).toBe('answered');
    expect(answerRefusal({ ...pending, status: 'withdrawn' }, 'org-hospital')).toBe('answered');
  });

  it('are withdrawn by the requester only, while pending or accepted', () => {
    expect(withdrawalRefusal(pending, 'org-ai')).toBeNull();
    expect(withdrawalRefusal({ ...pending, status: 'accepted' }, 'org-ai')).toBeNull();
    expect(withdrawalRefusal(pending, 'org-hospital')).toBe('not-requester');
    expect(withdrawalRefusal({ ...pending, status: 'declined' }, 'org-ai')).toBe('ended');
  });
});
