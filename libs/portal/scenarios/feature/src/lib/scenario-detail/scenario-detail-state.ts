import {
  type ScenarioEventView,
  type ScenarioRevisionView,
  type ScenarioView,
  type UserView,
} from '@scenematch/contracts';
import { forkJoin, Observable, of } from 'rxjs';
import { catchError, map, switchMap } from 'rxjs/operators';
import type { ScenariosApi } from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import {
  isOwnScenario,
  isStaffUser,
} from '@scenematch/portal/shared/ui/scenario/scenario-actions';

export type DetailState =
  | { state: 'loading' }
  | { state: 'notFound' }
  | { state: 'failed'; message: string }
  | {
      state: 'done';
      scenario: ScenarioView;
      revisions: ScenarioRevisionView[];
      events: ScenarioEventView[] | null;
    };

/**
 * The scenario with its revisions and, for its unit and staff, its lifecycle events (a failure
 * of those two leaves them out); 404 and 403 both read as not found.
 */
export function loadScenarioDetail(
  api: ScenariosApi,
  user: UserView | null,
  id: string,
): Observable<DetailState> {
  return api.get(id).pipe(
    switchMap((scenario) => {
      const seesEvents = isOwnScenario(scenario, user) || isStaffUser(user);
      return forkJoin([
        api
          .revisions(id)
          .pipe(catchError(() => of([] as ScenarioRevisionView[]))),
        seesEvents
          ? api
              .events(id)
              .pipe(catchError(() => of(null as ScenarioEventView[] | null)))
          : of(null),
      ]).pipe(
        map(
          ([revisions, events]): DetailState => ({
            state: 'done',
            scenario,
            revisions,
            events,
          }),
        ),
      );
    }),
    catchError((error: unknown) => {
      const e = toApiError(error);
      return of<DetailState>(
        e.statusCode === 404 || e.statusCode === 403
          ? { state: 'notFound' }
          : { state: 'failed', message: e.message },
      );
    }),
  );
}
