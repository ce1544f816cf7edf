import { Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  canTransition,
  EDITABLE_SCENARIO_STATUSES,
  REVISABLE_SCENARIO_STATUSES,
  SCENARIO_STATUS_LABELS,
  type ScenarioBatchView,
  type ScenarioStatus,
  type ScenarioView,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { firstValueFrom, of } from 'rxjs';
import { catchError } from 'rxjs/operators';
import { AuthStore } from '../../core/auth/auth.store';
import { BatchesApi } from '../../core/data-access/batches.api';
import {
  ScenariosApi,
  type ScenarioRequest,
} from '../../core/data-access/scenarios.api';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import { toApiError } from '../../core/http/api-error';
import { TEXTS } from '../../core/i18n/zh-cn';
import { SCENARIO_TEXTS } from '../../core/i18n/zh-cn.scenarios';
import { defaultDeadlineTime, isBeforeToday } from '../../shared/forms/dates';
import {
  applyServerErrors,
  revealErrors,
  SERVER_ERROR,
} from '../../shared/forms/server-errors';
import { isOwnScenario } from '../../shared/scenario/scenario-actions';
import {
  batchChoices,
  changedFields,
  createScenarioForm,
  fromScenarioView,
  SCENARIO_RULES,
  submitProblems,
  toScenarioRequest,
} from './scenario-form';

type Mode = 'edit' | 'revise' | 'locked';
type LoadState = 'loading' | 'ready' | 'notFound';

/**
 * Creating and editing a scenario (its unit). Drafts and returned scenarios are edited in place
 * and can be submitted; approved and published ones can be revised (each change is a public
 * revision, so only changed fields are sent); others are read-only here.
 */
@Component({
  selector: 'sm-scenario-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzResultModule,
    NzSelectModule,
    NzSkeletonModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenario-form.page.html',
  styleUrl: './scenario-form.page.less',
})
export class ScenarioFormPage {
  private readonly api = inject(ScenariosApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly message = inject(NzMessageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly taxonomy = inject(TaxonomyStore);

  /** Route parameter of /agency/scenarios/:id/edit; absent on /agency/scenarios/new. */
  readonly id = input<string | undefined>();

  protected readonly t = SCENARIO_TEXTS.agency;
  protected readonly s = SCENARIO_TEXTS.scenarios;
  protected readonly common = TEXTS.common;
  protected readonly f = SCENARIO_TEXTS.agency.fields;
  protected readonly e = SCENARIO_TEXTS.agency.errors;
  protected readonly rules = SCENARIO_RULES;
  protected readonly SERVER_ERROR = SERVER_ERROR;
  protected readonly isPast = (date: Date) => isBeforeToday(date);
  /** A deadline picked as a day closes at 17:00 (Beijing time) unless another time is chosen. */
  protected readonly deadlineTime = defaultDeadlineTime();

  readonly form = createScenarioForm(inject(FormBuilder));

  protected readonly loadState = signal<LoadState>('loading');
  /** The saved scenario (null until the first save of a new one). */
  protected readonly scenarioId = signal<string | null>(null);
  protected readonly status = signal<ScenarioStatus>('draft');
  protected readonly returnReason = signal<string | null>(null);
  protected readonly saving = signal<'draft' | 'submit' | 'revision' | null>(
    null,
  );
  protected readonly formError = signal<string | null>(null);
  /** The batch the saved scenario is in (offered even when it has closed since). */
  private readonly savedBatchId = signal<string | null>(null);
  /** What the server holds, to send only the changes. */
  private saved: ScenarioRequest | null = null;

  protected readonly mode = computed<Mode>(() => {
    const status = this.status();
    if (EDITABLE_SCENARIO_STATUSES.includes(status)) return 'edit';
    if (REVISABLE_SCENARIO_STATUSES.includes(status)) return 'revise';
    return 'locked';
  });
  protected readonly canSubmit = computed(() =>
    canTransition('submit', this.status()),
  );
  protected readonly statusLabel = computed(
    () => SCENARIO_STATUS_LABELS[this.status()],
  );
  protected readonly title = computed(() =>
    this.id() ? this.t.formEditTitle : this.t.formCreateTitle,
  );

  private readonly allBatches = toSignal(
    inject(BatchesApi)
      .list()
      .pipe(catchError(() => of([] as ScenarioBatchView[]))),
    { initialValue: [] as ScenarioBatchView[] },
  );
  protected readonly batchOptions = computed(() =>
    batchChoices(this.allBatches(), this.savedBatchId()),
  );

  constructor() {
    this.taxonomy.load();
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string | undefined): Promise<void> {
    this.formError.set(null);
    if (!id) {
      this.loadState.set('ready');
      return;
    }
    this.loadState.set('loading');
    try {
      const scenario = await firstValueFrom(this.api.get(id));
      if (!isOwnScenario(scenario, this.auth.user())) {
        this.loadState.set('notFound');
        return;
      }
      this.fill(scenario);
      this.loadState.set('ready');
    } catch {
      this.loadState.set('notFound');
    }
  }

  private fill(scenario: ScenarioView): void {
    this.scenarioId.set(scenario.id);
    this.status.set(scenario.status);
    this.savedBatchId.set(scenario.batch?.id ?? null);
    this.returnReason.set(
      scenario.status === 'returned' ? scenario.returnReason : null,
    );
    this.form.reset(fromScenarioView(scenario));
    this.saved = toScenarioRequest(this.form.getRawValue());
    if (this.mode() === 'revise') this.form.controls.batchId.disable();
    if (this.mode() === 'locked') this.form.disable();
  }

  protected async save(intent: 'draft' | 'submit' | 'revision'): Promise<void> {
    if (this.saving()) return;
    this.formError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      this.scrollToFirstError();
      return;
    }
    const value = this.form.getRawValue();
    if (intent === 'submit') {
      const problems = submitProblems(value);
      for (const [name, errors] of Object.entries(problems)) {
        const control = this.form.get(name);
        // Dirty before the errors: the field redraws on the status change and shows them.
        control?.markAsDirty();
        control?.markAsTouched();
        control?.setErrors({ ...(control.errors ?? {}), ...errors });
      }
      if (Object.keys(problems).length) {
        this.scrollToFirstError();
        return;
      }
    }

    const request = toScenarioRequest(value);
    this.saving.set(intent);
    try {
      let id = this.scenarioId();
      if (!id) {
        const created = await firstValueFrom(this.api.create(request));
        id = created.id;
        this.scenarioId.set(id);
        this.status.set(created.status);
        // From now on this page edits the saved draft (also after a reload).
        this.location.replaceState(`/agency/scenarios/${id}/edit`);
      } else {
        const changes = this.saved
          ? changedFields(this.saved, request)
          : request;
        if (this.mode() === 'revise') delete changes.batchId;
        if (Object.keys(changes).length)
          await firstValueFrom(this.api.update(id, changes));
      }
      this.saved = request;
      if (intent === 'submit') await firstValueFrom(this.api.submit(id));
      this.message.success(
        intent === 'submit'
          ? this.t.submitted
          : intent === 'revision'
            ? this.t.savedRevision
            : this.t.saved,
      );
      await this.router.navigateByUrl('/agency/scenarios');
    } catch (error) {
      this.showServerError(error);
    } finally {
      this.saving.set(null);
    }
  }

  /** The form is long: bring the first field with a problem into view once it is drawn. */
  private scrollToFirstError(): void {
    setTimeout(() =>
      this.host.nativeElement
        .querySelector('.ant-form-item-has-error')
        ?.scrollIntoView?.({ behavior: 'smooth', block: 'center' }),
    );
  }

  /**
   * Field errors go onto their controls; what matches no control, or the API's message when there
   * are no field errors (a 409 about the state), is said above the buttons.
   */
  private showServerError(error: unknown): void {
    const apiError = toApiError(error);
    const unmatched = applyServerErrors(this.form, apiError.errors);
    if (apiError.errors?.length) this.scrollToFirstError();
    this.formError.set(
      unmatched.length
        ? unmatched.map((e) => e.message).join('；')
        : apiError.message || this.e.saveFailed,
    );
  }
}
