import { canTransition, ScenarioStatus } from '@scenematch/contracts';
import { Actor } from '@scenematch/server-common';
import { batchEditRefusal, batchTransitionRefusal } from './batch-lifecycle';
import { mayActOnScenario, publicationTarget, scenarioEditRefusal } from './scenario-lifecycle';
import { canSee } from './scenario-view';

const actor = (role: Actor['role'], organisationId: string): Actor => ({ userId: `u-${role}-${organisationId}`, email: `${role}@example.cn`, role, organisationId });
const healthCommission = actor('agency', 'org-health');
const educationBureau = actor('agency', 'org-education');
const organiser = actor('organiser', 'org-centre');
const enterprise = actor('enterprise', 'org-ai');
const scenario = { agency_id: 'org-health' };

describe('who may move a scenario through its lifecycle', () => {
  it('lets the owning agency submit and cancel its own scenario', () => {
    expect(mayActOnScenario(healthCommission, scenario, 'submit')).toBe(true);
    expect(mayActOnScenario(healthCommission, scenario, 'cancel')).toBe(true);
  });

  it('does not let an agency submit or cancel a scenario of another organisation', () => {
    expect(mayActOnScenario(educationBureau, scenario, 'submit')).toBe(false);
    expect(mayActOnScenario(educationBureau, scenario, 'cancel')).toBe(false);
  });

  it('does not let the owning agency publish, return or close its own scenario', () => {
    for (const action of ['approve', 'publish', 'return', 'close'] as const) expect(mayActOnScenario(healthCommission, scenario, action)).toBe(false);
  });

  it('lets the service centre review, publish, close and cancel, but not submit for the agency', () => {
    for (const action of ['approve', 'publish', 'return', 'close', 'cancel'] as const) expect(mayActOnScenario(organiser, scenario, action)).toBe(true);
    expect(mayActOnScenario(organiser, scenario, 'submit')).toBe(false);
  });

  it('gives an enterprise no action on a scenario', () => {
    for (const action of ['submit', 'approve', 'publish', 'return', 'close', 'cancel'] as const) expect(mayActOnScenario(enterprise, scenario, action)).toBe(false);
  });
});

describe('what a scenario state may become', () => {
  it('is submitted from a draft or after being returned, not once published', () => {
    expect(canTransition('submit', 'draft')).toBe(true);
    expect(canTransition('submit', 'returned')).toBe(true);
    expect(canTransition('submit', 'published')).toBe(false);
  });

  it('is closed only while published, and never cancelled once awarded', () => {
    expect(canTransition('close', 'published')).toBe(true);
    expect(canTransition('close', 'submitted')).toBe(false);
    const finalStates: ScenarioStatus[] = ['awarded', 'piloting', 'accepted', 'cancelled'];
    for (const status of finalStates) expect(canTransition('cancel', status)).toBe(false);
  });

  it('goes live when published outside a batch or in a released batch', () => {
    expect(publicationTarget('publish', undefined)).toBe('published');
    expect(publicationTarget('publish', 'published')).toBe('published');
  });

  it('waits for its batch when the batch is not yet released, and when only approved', () => {
    expect(publicationTarget('publish', 'draft')).toBe('approved');
    expect(publicationTarget('approve', undefined)).toBe('approved');
    expect(publicationTarget('approve', 'published')).toBe('approved');
  });

  it('is not published or approved into a closed batch', () => {
    expect(publicationTarget('publish', 'closed')).toBe('batch-closed');
    expect(publicationTarget('approve', 'closed')).toBe('batch-closed');
  });
});

describe('editing a scenario', () => {
  it('is free in a draft or a returned scenario, batch included', () => {
    expect(scenarioEditRefusal('draft', true)).toBeNull();
    expect(scenarioEditRefusal('returned', true)).toBeNull();
  });

  it('is a revision once approved or published, and keeps the batch', () => {
    expect(scenarioEditRefusal('published', false)).toBeNull();
    expect(scenarioEditRefusal('approved', false)).toBeNull();
    expect(scenarioEditRefusal('published', true)).toBe('batch-fixed');
  });

  it('is refused while under review and once closed', () => {
    expect(scenarioEditRefusal('submitted', false)).toBe('locked');
    expect(scenarioEditRefusal('closed', false)).toBe('locked');
    expect(scenarioEditRefusal('cancelled', false)).toBe('locked');
  });
});

describe('who sees a scenario', () => {
  it('shows a published scenario to anyone, signed in or not', () => {
    expect(canSee(undefined, { status: 'published', agency_id: 'org-health' })).toBe(true);
    expect(canSee(enterprise, { status: 'closed', agency_id: 'org-health' })).toBe(true);
  });

  it('shows a draft only to its own agency and to staff', () => {
    const draft = { status: 'draft' as const, agency_id: 'org-health' };
    expect(canSee(healthCommission, draft)).toBe(true);
    expect(canSee(organiser, draft)).toBe(true);
    expect(canSee(educationBureau, draft)).toBe(false);
    expect(canSee(enterprise, draft)).toBe(false);
    expect(canSee(undefined, draft)).toBe(false);
  });
});

describe('scenario batches', () => {
  it('are released once and closed only after release', () => {
    expect(batchTransitionRefusal('publish', 'draft')).toBeNull();
    expect(batchTransitionRefusal('publish', 'published')).toBe('already-published');
    expect(batchTransitionRefusal('close', 'published')).toBeNull();
    expect(batchTransitionRefusal('close', 'draft')).toBe('not-published');
    expect(batchTransitionRefusal('close', 'closed')).toBe('closed');
  });

  it('are not edited once closed, and keep their number once released', () => {
    expect(batchEditRefusal('draft', true)).toBeNull();
    expect(batchEditRefusal('published', false)).toBeNull();
    expect(batchEditRefusal('published', true)).toBe('number-fixed');
    expect(batchEditRefusal('closed', false)).toBe('closed');
  });
});
