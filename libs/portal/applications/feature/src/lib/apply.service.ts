import { inject, Injectable } from '@angular/core';
import type { ApplicationView } from '@scenematch/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import {
  type ApplicationRequest,
  ApplicationsApi,
} from '@scenematch/portal/applications/data-access/applications.api';
import { ScenariosApi } from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { beforeDeadline } from '@scenematch/portal/shared/ui/application/application-format';
import { changedApplicationFields } from './application-form';

export interface ApplyScenario {
  id: string;
  title: string;
  deadline: string | null;
}

/**
 * What 揭榜申报 opens: a saved application (`reopened` when the scenario page was the way in and
 * the company had applied already), or a new one for a scenario (`open` while it takes bids).
 */
export type ApplyTarget = { open: boolean } & (
  | { application: ApplicationView; reopened: boolean }
  | { scenario: ApplyScenario }
);

/** A saved application can be changed while it is a draft or submitted, until the deadline. */
function editable(view: ApplicationView): boolean {
  return (
    (view.status === 'draft' || view.status === 'submitted') &&
    beforeDeadline(view.scenario.deadline)
  );
}

@Injectable({ providedIn: 'root' })
/** Loads and saves 揭榜申报's application. */
export class ApplyService {
  private readonly api = inject(ApplicationsApi);
  private readonly scenarios = inject(ScenariosApi);
  private readonly auth = inject(AuthStore);

  /** The target of /me/applications/:applicationId/edit or /scenarios/:id/apply; null if none. */
  async load(
    scenarioId: string | undefined,
    applicationId: string | undefined,
  ): Promise<ApplyTarget | null> {
    await this.auth.whenReady();
    if (applicationId) {
      const application = await firstValueFrom(this.api.get(applicationId));
      return { application, reopened: false, open: editable(application) };
    }
    if (!scenarioId) return null;
    const [scenario, mine] = await Promise.all([
      firstValueFrom(this.scenarios.get(scenarioId)),
      firstValueFrom(this.api.mine()),
    ]);
    const own = this.auth.user()?.organisation?.id;
    // One application per company and scenario: reopen the one there is.
    const existing = mine.items.find(
      (a) => a.scenario.id === scenarioId && a.company.id === own,
    );
    if (existing)
      return {
        application: existing,
        reopened: true,
        open: editable(existing),
      };
    const deadline = scenario.deadline ?? null;
    return {
      scenario: { id: scenario.id, title: scenario.title, deadline },
      open: scenario.status === 'published' && beforeDeadline(deadline),
    };
  }

  /**
   * Creates the application, or sends what changed since `saved`; the saved application, or null
   * when nothing changed.
   */
  async save(
    id: string | null,
    scenarioId: string,
    saved: ApplicationRequest | null,
    request: ApplicationRequest,
  ): Promise<ApplicationView | null> {
    if (!id) return firstValueFrom(this.api.create(scenarioId, request));
    const changes = saved ? changedApplicationFields(saved, request) : request;
    return Object.keys(changes).length
      ? firstValueFrom(this.api.update(id, changes))
      : null;
  }
}
