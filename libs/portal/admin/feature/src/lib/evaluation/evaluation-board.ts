import { type ApplicationView, type ScenarioView } from '@scenematch/contracts';
import { forkJoin, Observable, of } from 'rxjs';
import { catchError, map, startWith } from 'rxjs/operators';
import {
  type ApplicationFileView,
  ApplicationsApi,
  type EvaluationView,
} from '@scenematch/portal/applications/data-access/applications.api';
import { ScenariosApi } from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';

export type BoardState =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | {
      state: 'done';
      scenario: ScenarioView;
      /** Before the opening (开标): how many sealed bids, and when they open; nothing else is known. */
      sealed: { count: number; opensAt: string | null } | null;
      submitted: ApplicationView[];
      evaluation: EvaluationView | null;
      /** Attachments by application id. */
      files: ReadonlyMap<string, ApplicationFileView[]>;
    };

/** The board of a scenario: the scenario, its sealed count or submitted applications, the evaluation. */
export function loadBoard(
  api: ApplicationsApi,
  scenarios: ScenariosApi,
  id: string,
): Observable<BoardState> {
  return forkJoin([
    scenarios.get(id),
    api.forScenario(id).pipe(catchError(() => of(null))),
    api
      .evaluation(id)
      .pipe(catchError(() => of(null as EvaluationView | null))),
  ]).pipe(
    map(
      ([scenario, page, evaluation]): BoardState => ({
        state: 'done',
        scenario,
        sealed: page?.sealed
          ? {
              count: page.sealed.count,
              opensAt: page.sealed.opensAt,
            }
          : null,
        submitted: (page?.items ?? []).filter((a) => a.status === 'submitted'),
        evaluation,
        files: new Map((page?.items ?? []).map((a) => [a.id, a.files])),
      }),
    ),
    catchError((error: unknown) =>
      of<BoardState>({ state: 'failed', message: toApiError(error).message }),
    ),
    startWith<BoardState>({ state: 'loading' }),
  );
}
