import { EDITABLE_SCENARIO_STATUSES, REVISABLE_SCENARIO_STATUSES, ScenarioAction, ScenarioBatchView, ScenarioStatus } from '@scenematch/contracts';
import { Actor, isStaff } from '@scenematch/server-common';
import { isOwnUnit } from './scenario-view';

/** What the owning agency may do with its scenario, and what the service centre may do. */
const OWNER_ACTIONS: ScenarioAction[] = ['submit', 'cancel'];
const STAFF_ACTIONS: ScenarioAction[] = ['approve', 'publish', 'return', 'close', 'cancel'];

/** Whether the actor may take the action on a scenario it can see (the state is checked apart). */
export function mayActOnScenario(actor: Actor, scenario: { agency_id: string }, action: ScenarioAction): boolean {
  return (isStaff(actor) && STAFF_ACTIONS.includes(action)) || (isOwnUnit(actor, scenario) && OWNER_ACTIONS.includes(action));
}

/**
 * Where approving or publishing a scenario leads, by the state of its batch: nowhere once the
 * batch is closed; approval waits in a batch not yet released; otherwise it goes live.
 */
export function publicationTarget(action: 'approve' | 'publish', batchStatus: ScenarioBatchView['status'] | undefined): 'approved' | 'published' | 'batch-closed' {
  if (batchStatus === 'closed') return 'batch-closed';
  return action === 'approve' || batchStatus === 'draft' ? 'approved' : 'published';
}

/**
 * Why the owner may not edit the scenario in its state, or null: drafts and returned scenarios
 * are edited freely, approved and published ones only as recorded revisions that keep their batch.
 */
export function scenarioEditRefusal(status: ScenarioStatus, changesBatch: boolean): 'locked' | 'batch-fixed' | null {
  const editable = EDITABLE_SCENARIO_STATUSES.includes(status);
  if (!editable && !REVISABLE_SCENARIO_STATUSES.includes(status)) return 'locked';
  if (!editable && changesBatch) return 'batch-fixed';
  return null;
}
