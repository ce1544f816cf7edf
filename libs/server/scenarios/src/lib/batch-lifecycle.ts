import { ScenarioBatchView } from '@scenematch/contracts';

type BatchStatus = ScenarioBatchView['status'];

/** A batch goes `draft → published → closed`: released once, closed once, never reopened. */
export function batchTransitionRefusal(action: 'publish' | 'close', status: BatchStatus): 'already-published' | 'not-published' | 'closed' | null {
  if (action === 'publish') return status === 'draft' ? null : 'already-published';
  if (status === 'published') return null;
  return status === 'draft' ? 'not-published' : 'closed';
}

/** Why the batch may not be edited, or null: a closed batch is final, a released one keeps its number. */
export function batchEditRefusal(status: BatchStatus, renumbers: boolean): 'closed' | 'number-fixed' | null {
  if (status === 'closed') return 'closed';
  if (renumbers && status !== 'draft') return 'number-fixed';
  return null;
}
