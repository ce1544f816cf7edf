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
import { TranslocoPipe } from '@jsverse/transloco';
import type { ScenarioBatchView, ScenarioView } from '@scenematch/contracts';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Observable, of } from 'rxjs';
import { catchError, switchMap } from 'rxjs/operators';
import { AuthStore } from '../../../core/auth/auth.store';
import { BatchesApi } from '../../../core/data-access/batches.api';
import { ScenariosApi } from '../../../core/data-access/scenarios.api';
import { LanguageService } from '../../../core/i18n/language.service';
import { ReasonModalComponent } from '../../../shared/reason-modal.component';
import { ActionButtonComponent } from '../../../shared/ui/action-button.component';
import { ItemActions } from '../../../shared/ui/item-actions';
import {
  isStaffUser,
  scenarioActions,
  type ScenarioUiAction,
} from '../../../shared/scenario/scenario-actions';
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
  imports: [ActionButtonComponent, ReasonModalComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    /* No box of its own: the buttons sit in the page head's row (nothing there when none). */
    :host {
      display: contents;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  template: `
    @if (buttons().length) {
      <div class="actions" data-testid="scenario-actions">
        @for (b of buttons(); track b.action) {
          <sm-action-button
            [type]="b.confirm ? (b.primary ? 'primary' : 'default') : null"
            [danger]="!b.confirm && b.action === 'cancel'"
            [icon]="b.icon"
            [testid]="'action-' + b.action"
            [question]="b.confirm?.title | transloco"
            [ok]="b.confirm?.ok | transloco"
            [busy]="busy() === b.action"
            (pressed)="trigger(b.action)"
          >
            {{ b.label | transloco }}
          </sm-action-button>
        }
      </div>
    }

    @let texts = reasonTexts[reasonAction() ?? 'cancel'];
    <sm-reason-modal
      [open]="reasonAction() !== null"
      [title]="texts.title | transloco"
      [label]="texts.label | transloco"
      [okText]="texts.ok | transloco"
      [placeholder]="texts.placeholder ? (texts.placeholder | transloco) : ''"
      [required]="reasonAction() === 'return'"
      [danger]="reasonAction() === 'cancel'"
      [busy]="busy() === 'return' || busy() === 'cancel'"
      [error]="reasonError()"
      (confirmed)="reasonGiven($event)"
      (cancelled)="reasonAction.set(null)"
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

  private readonly steps = new ItemActions<ScenarioUiAction, ReasonAction>();
  protected readonly busy = this.steps.busy;
  protected readonly reasonAction = this.steps.reasonFor;
  protected readonly reasonError = this.steps.reasonError;

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

  protected reasonGiven(reason: string): void {
    const action = this.reasonAction();
    if (action === 'return') {
      this.run(
        'return',
        (id) => this.api.returnToAgency(id, reason),
        () => this.lang.t('scenarios.done.return'),
      );
    } else if (action === 'cancel') {
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
        const details = e.errors?.map((f) => f.message).join('；');
        this.message.error(details ? `${e.message}：${details}` : e.message);
        if (e.statusCode === 409) this.changed.emit();
      },
    });
  }
}
