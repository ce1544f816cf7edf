import type { ScenarioStatus } from '@scenematch/contracts';
import { userView } from '@scenematch/portal/testing/fixtures';
import { scenarioActions } from './scenario-actions';

const scenario = (status: ScenarioStatus, agencyId = 'org-agency') => ({
  status,
  agency: { id: agencyId, name: '市卫生健康委' },
  batch: { id: 'b1', number: 1, name: '第一批' },
});

describe('scenarioActions', () => {
  const agency = userView('agency');
  const organiser = userView('organiser');

  it('lets the owning unit edit, submit and cancel a draft', () => {
    expect(scenarioActions(scenario('draft'), agency)).toEqual([
      'edit',
      'submit',
      'cancel',
    ]);
    expect(scenarioActions(scenario('returned'), agency)).toEqual([
      'edit',
      'submit',
      'cancel',
    ]);
  });

  it('lets the unit revise a published scenario but not submit it again', () => {
    expect(scenarioActions(scenario('published'), agency)).toEqual([
      'edit',
      'cancel',
    ]);
    expect(scenarioActions(scenario('submitted'), agency)).toEqual(['cancel']);
  });

  it('gives another unit and anonymous visitors nothing', () => {
    expect(scenarioActions(scenario('draft', 'other'), agency)).toEqual([]);
    expect(scenarioActions(scenario('published'), null)).toEqual([]);
    expect(
      scenarioActions(scenario('published'), userView('enterprise')),
    ).toEqual([]);
  });

  it('gives staff the review actions the state machine allows', () => {
    expect(scenarioActions(scenario('submitted'), organiser)).toEqual([
      'publish',
      'return',
      'cancel',
    ]);
    expect(scenarioActions(scenario('published'), organiser)).toEqual([
      'close',
      'cancel',
    ]);
    expect(scenarioActions(scenario('accepted'), userView('admin'))).toEqual(
      [],
    );
  });

  it('leaves an approved scenario of an unreleased batch to the batch release', () => {
    expect(scenarioActions(scenario('approved'), organiser, 'draft')).toEqual([
      'return',
      'cancel',
    ]);
    expect(
      scenarioActions(scenario('approved'), organiser, 'published'),
    ).toEqual(['publish', 'return', 'cancel']);
  });
});
