import {
  canTransition,
  EDITABLE_SCENARIO_STATUSES,
  REVISABLE_SCENARIO_STATUSES,
  type ScenarioBatchView,
  type ScenarioView,
  type UserView,
} from '@scenematch/contracts';

export type ScenarioUiAction =
  | 'edit'
  | 'submit'
  | 'publish'
  | 'return'
  | 'close'
  | 'cancel';

/** The owning unit's user (agency role, same organisation). */
export function isOwnScenario(
  scenario: Pick<ScenarioView, 'agency'>,
  user: UserView | null,
): boolean {
  return (
    !!user &&
    user.role === 'agency' &&
    user.organisation.id === scenario.agency.id
  );
}

export function isStaffUser(user: UserView | null): boolean {
  return user?.role === 'organiser' || user?.role === 'admin';
}

/**
 * The buttons a user gets on a scenario, from the shared state machine: its unit may edit, submit
 * and cancel; staff publish, return, close and cancel. An approved scenario in a batch that is
 * not released yet is published by releasing the batch, so staff get no 发布 for it.
 */
export function scenarioActions(
  scenario: Pick<ScenarioView, 'agency' | 'status' | 'batch'>,
  user: UserView | null,
  batchStatus?: ScenarioBatchView['status'] | null,
): ScenarioUiAction[] {
  const actions: ScenarioUiAction[] = [];
  const status = scenario.status;
  if (isOwnScenario(scenario, user)) {
    if (
      EDITABLE_SCENARIO_STATUSES.includes(status) ||
      REVISABLE_SCENARIO_STATUSES.includes(status)
    )
      actions.push('edit');
    if (canTransition('submit', status)) actions.push('submit');
    if (canTransition('cancel', status)) actions.push('cancel');
  } else if (isStaffUser(user)) {
    const waitsForBatch = status === 'approved' && batchStatus === 'draft';
    if (canTransition('publish', status) && !waitsForBatch)
      actions.push('publish');
    if (canTransition('return', status)) actions.push('return');
    if (canTransition('close', status)) actions.push('close');
    if (canTransition('cancel', status)) actions.push('cancel');
  }
  return actions;
}
