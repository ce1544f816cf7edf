import { inject, type Signal } from '@angular/core';
import type { ScenarioBatchView } from '@scenematch/contracts';
import { BatchesApi } from '@scenematch/portal/scenarios/data-access/batches.api';
import { softSignal } from '../ui/soft-signal';

/**
 * Every 榜单批次, for a page's batch choice: none while they load, and none when they fail to load
 * (the choice is then simply empty). Call it in an injection context.
 */
export function injectBatchList(): Signal<ScenarioBatchView[]> {
  return softSignal(inject(BatchesApi).list(), [] as ScenarioBatchView[]);
}
