import { inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { ScenarioBatchView } from '@scenematch/contracts';
import { of } from 'rxjs';
import { catchError } from 'rxjs/operators';
import { BatchesApi } from '@scenematch/portal/scenarios/data-access/batches.api';

/**
 * Every 榜单批次, for a page's batch choice: none while they load, and none when they fail to load
 * (the choice is then simply empty). Call it in an injection context.
 */
export function injectBatchList(): Signal<ScenarioBatchView[]> {
  return toSignal(
    inject(BatchesApi)
      .list()
      .pipe(catchError(() => of([] as ScenarioBatchView[]))),
    { initialValue: [] as ScenarioBatchView[] },
  );
}
