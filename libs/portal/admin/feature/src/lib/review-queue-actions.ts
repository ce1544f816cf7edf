import { inject, signal } from '@angular/core';
import type { ScenarioView } from '@scenematch/contracts';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { Observable } from 'rxjs';
import { ScenariosApi } from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { inTurn } from './review-queue-table';

/**
 * 发布 and 退回 (with a reason) of the review queue, one row or the ticked ones; each success or
 * failure reloads the queue. Create it in an injection context (a page's field).
 */
export class ReviewQueueActions {
  private readonly api = inject(ScenariosApi);
  private readonly message = inject(NzMessageService);
  private readonly lang = inject(LanguageService);

  /** The row id under way, or 'bulk'. */
  readonly busy = signal<string | null>(null);
  readonly returning = signal<ScenarioView | null>(null);
  /** The rows 批量退回 is asking a reason for. */
  readonly returningMany = signal<ScenarioView[] | null>(null);
  readonly reasonError = signal<string | null>(null);

  constructor(
    private readonly reload: () => void,
    private readonly clearSelection: () => void,
  ) {}

  publishAll(rows: ScenarioView[]): void {
    this.runBulk(rows, (r) => this.api.publish(r.id));
  }

  askReturnAll(rows: ScenarioView[]): void {
    this.reasonError.set(null);
    this.returningMany.set(rows);
  }

  cancel(): void {
    this.returning.set(null);
    this.returningMany.set(null);
  }

  /** One row after the other (each is its own audited transition); failures are counted, not fatal. */
  private runBulk(
    rows: ScenarioView[],
    act: (row: ScenarioView) => Observable<unknown>,
    done?: () => void,
  ): void {
    if (this.busy() || !rows.length) return;
    this.busy.set('bulk');
    inTurn(rows, act).subscribe((results) => {
      const ok = results.filter(Boolean).length;
      this.busy.set(null);
      this.clearSelection();
      done?.();
      (ok === results.length
        ? this.message.success
        : this.message.warning
      ).call(
        this.message,
        ok === results.length
          ? this.lang.t('scenarios.admin.bulkDone', { ok })
          : this.lang.t('scenarios.admin.bulkDoneWithFailures', {
              ok,
              failed: results.length - ok,
            }),
      );
      this.reload();
    });
  }

  publish(scenario: ScenarioView): void {
    if (this.busy()) return;
    this.busy.set(scenario.id);
    this.api.publish(scenario.id).subscribe({
      next: (result) => {
        this.busy.set(null);
        this.message.success(
          result.status === 'published'
            ? this.lang.t('scenarios.done.published')
            : this.lang.t('scenarios.done.approved'),
        );
        this.reload();
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  askReturn(scenario: ScenarioView): void {
    this.reasonError.set(null);
    this.returning.set(scenario);
  }

  confirmReturn(reason: string): void {
    const many = this.returningMany();
    if (many) {
      this.runBulk(
        many,
        (r) => this.api.returnToAgency(r.id, reason),
        () => this.returningMany.set(null),
      );
      return;
    }
    const scenario = this.returning();
    if (!scenario || this.busy()) return;
    this.busy.set(scenario.id);
    this.api.returnToAgency(scenario.id, reason).subscribe({
      next: () => {
        this.busy.set(null);
        this.returning.set(null);
        this.message.success(this.lang.t('scenarios.done.return'));
        this.reload();
      },
      error: (error: unknown) => {
        const e = toApiError(error);
        const problem = e.errors?.find((f) => f.field === 'reason');
        if (problem) {
          this.busy.set(null);
          this.reasonError.set(problem.message);
          return;
        }
        this.returning.set(null);
        this.failed(error);
      },
    });
  }

  private failed(error: unknown): void {
    this.busy.set(null);
    this.message.error(toApiError(error).message);
    this.reload();
  }
}
