import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import type { ScenarioBatchView, ScenarioView } from '@scenematch/contracts';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Observable, of } from 'rxjs';
import { catchError, switchMap } from 'rxjs/operators';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { BatchesApi } from '@scenematch/portal/scenarios/data-access/batches.api';
import { ScenariosApi } from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  ItemActionBarComponent,
  type ReasonGiven,
} from '@scenematch/portal/shared/ui/ui/item-action-bar.component';
import { apiErrorText } from '@scenematch/portal/shared/ui/ui/api-actions';
import { ItemActions } from '@scenematch/portal/shared/ui/ui/item-actions';
import {
  isStaffUser,
  scenarioActions,
  type ScenarioUiAction,
} from '@scenematch/portal/shared/ui/scenario/scenario-actions';
import {
  buttonsOf,
  REASON_TEXTS,
  type ReasonAction,
} from './lifecycle-buttons';

/**
 * A scenario's lifecycle buttons for the signed-in user (编辑, 提交审核, 发布, 退回, 截止, 撤销;
 * 退回 and 撤销 ask for a reason). Tells the result and emits `changed` (the page reloads);
 * a refusal is shown as the API words it.
 */
@Component({
  selector: 'sm-scenario-lifecycle-actions',
  imports: [ItemActionBarComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // No box of its own: the buttons sit in the page head's row (nothing there when none).
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    <sm-item-action-bar
      [buttons]="buttons()"
      [steps]="steps"
      [reasons]="reasonTexts"
      testid="scenario-actions"
      [hideWhenEmpty]="true"
      (pressed)="trigger($event)"
      (reasonGiven)="reasonGiven($event)"
    />
  `,
})
export class ScenarioLifecycleActionsComponent {
  private readonly api = inject(ScenariosApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly lang = inject(LanguageService);
  private readonly batchesApi = inject(BatchesApi);

  readonly scenario = input.required<ScenarioView>();
  /** The scenario changed (or was found changed): reload it. */
  readonly changed = output<void>();

  protected readonly steps = new ItemActions<ScenarioUiAction, ReasonAction>();

  /** Staff need the batch's state to know whether 发布 or the batch release publishes. */
  private readonly batches = toSignal(
    toObservable(this.auth.user).pipe(
      switchMap((user) =>
        isStaffUser(user)
          ? this.batchesApi
              .list()
              .pipe(catchError(() => of([] as ScenarioBatchView[])))
          : of([] as ScenarioBatchView[]),
      ),
    ),
    { initialValue: [] as ScenarioBatchView[] },
  );
  private readonly batchStatus = computed(() => {
    const batch = this.scenario().batch;
    return batch ? this.batches().find((b) => b.id === batch.id)?.status : null;
  });

  protected readonly buttons = computed(() => {
    const approvesOnly = this.batchStatus() === 'draft';
    const buttons = buttonsOf(approvesOnly);
    return scenarioActions(
      this.scenario(),
      this.auth.user(),
      this.batchStatus(),
    ).map((action) => buttons[action]);
  });
  protected readonly reasonTexts = REASON_TEXTS;

  protected trigger(action: ScenarioUiAction): void {
    if (action === 'edit') this.edit();
    else if (action === 'submit') this.submit();
    else if (action === 'publish') this.publish();
    else if (action === 'close') this.close();
    else this.steps.ask(action);
  }

  private edit(): void {
    void this.router.navigate([
      '/agency/scenarios',
      this.scenario().id,
      'edit',
    ]);
  }

  private submit(): void {
    this.run(
      'submit',
      (id) => this.api.submit(id),
      () => this.lang.t('scenarios.done.submit'),
    );
  }

  private publish(): void {
    this.run(
      'publish',
      (id) => this.api.publish(id),
      (s) =>
        this.lang.t(
          s.status === 'published'
            ? 'scenarios.done.published'
            : 'scenarios.done.approved',
        ),
    );
  }

  private close(): void {
    this.run(
      'close',
      (id) => this.api.close(id),
      () => this.lang.t('scenarios.done.close'),
    );
  }

  protected reasonGiven({ action, reason }: ReasonGiven<ReasonAction>): void {
    if (action === 'return') {
      this.run(
        'return',
        (id) => this.api.returnToAgency(id, reason),
        () => this.lang.t('scenarios.done.return'),
      );
    } else {
      this.run(
        'cancel',
        (id) => this.api.cancel(id, reason || undefined),
        () => this.lang.t('scenarios.done.cancel'),
      );
    }
  }

  /** Performs an action, tells the result and reloads; a refusal is shown as the API words it. */
  private run(
    action: ScenarioUiAction,
    call: (id: string) => Observable<ScenarioView>,
    done: (result: ScenarioView) => string,
  ): void {
    this.steps.run(action, call(this.scenario().id), {
      done: (result) => {
        this.message.success(done(result));
        this.changed.emit();
      },
      failed: (e) => {
        this.message.error(apiErrorText(e));
        if (e.statusCode === 409) this.changed.emit();
      },
    });
  }
}
