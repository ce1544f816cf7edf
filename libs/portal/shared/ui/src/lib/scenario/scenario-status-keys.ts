import type { ScenarioBatchView, ScenarioStatus } from '@scenematch/contracts';

/** Catalogue keys of the scenario states (the status tag, the lifecycle): every state has one. */
export const SCENARIO_STATUS_KEYS: Record<ScenarioStatus, string> = {
  draft: 'scenarios.statuses.draft',
  submitted: 'scenarios.statuses.submitted',
  returned: 'scenarios.statuses.returned',
  approved: 'scenarios.statuses.approved',
  published: 'scenarios.statuses.published',
  closed: 'scenarios.statuses.closed',
  evaluating: 'scenarios.statuses.evaluating',
  awarded: 'scenarios.statuses.awarded',
  piloting: 'scenarios.statuses.piloting',
  accepted: 'scenarios.statuses.accepted',
  cancelled: 'scenarios.statuses.cancelled',
};

/** Catalogue keys of the batch (榜单) states. */
export const BATCH_STATUS_KEYS: Record<ScenarioBatchView['status'], string> = {
  draft: 'scenarios.admin.batchStatuses.draft',
  published: 'scenarios.admin.batchStatuses.published',
  closed: 'scenarios.admin.batchStatuses.closed',
};
