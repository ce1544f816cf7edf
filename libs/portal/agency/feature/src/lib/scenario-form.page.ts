import { Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import {
  canTransition,
  type ScenarioStatus,
  type ScenarioView,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import { injectBatchList } from '@scenematch/portal/shared/ui/scenario/batch-list';
import { TaxonomyStore } from '@scenematch/portal/scenarios/data-access/taxonomy.store';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import {
  ScenariosApi,
  type ScenarioRequest,
} from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  addErrors,
  revealErrors,
  scrollToFirstError,
  serverFormError,
} from '@scenematch/portal/shared/ui/forms/server-errors';
import { EditPageComponent } from '@scenematch/portal/shared/ui/forms/edit-page.component';
import { isOwnScenario } from '@scenematch/portal/shared/ui/scenario/scenario-actions';
import {
  batchChoices,
  createScenarioForm,
  fromScenarioView,
  scenarioFormButtons,
  scenarioFormMode,
  scenarioNotices,
  type ScenarioSaveIntent,
  submitProblems,
  toScenarioRequest,
} from './scenario-form';
import { ScenarioBasicsFieldsComponent } from './scenario-basics-fields.component';
import { ScenarioTermsFieldsComponent } from './scenario-terms-fields.component';
import { FormActionsComponent } from '@scenematch/portal/shared/ui/forms/form-actions.component';
import {
  loadOwnItemOnId,
  type OwnItemLoadState,
  saveDraft,
} from '@scenematch/portal/shared/ui/forms/load-own-item';

/**
 * Creating and editing a scenario (its unit): drafts and returned ones in place (and submitted);
 * approved and published ones revised (only changed fields are sent); others read-only.
 */
@Component({
  selector: 'sm-scenario-form-page',
  imports: [
    ReactiveFormsModule,
    ScenarioBasicsFieldsComponent,
    FormActionsComponent,
    ScenarioTermsFieldsComponent,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    EditPageComponent,
    TranslocoPipe,
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
  /** The form is long: the first field with a problem is brought into view. */
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Route parameter of /agency/scenarios/:id/edit; absent on /agency/scenarios/new. */
  readonly id = input<string | undefined>();

  private readonly lang = inject(LanguageService);
  private readonly translate = (
    key: string,
    params?: Record<string, unknown>,
  ): string => this.lang.t(key, params);
  readonly form = createScenarioForm(inject(FormBuilder));

  protected readonly loadState = signal<OwnItemLoadState>('loading');
  /** The saved scenario (null until the first save of a new one). */
  protected readonly scenarioId = signal<string | null>(null);
  protected readonly status = signal<ScenarioStatus>('draft');
  protected readonly returnReason = signal<string | null>(null);
  protected readonly saving = signal<ScenarioSaveIntent | null>(null);
  protected readonly formError = signal<string | null>(null);
  /** The batch the saved scenario is in (offered even when it has closed since). */
  private readonly savedBatchId = signal<string | null>(null);
  /** What the server holds, to send only the changes. */
  private saved: ScenarioRequest | null = null;

  protected readonly mode = computed(() => scenarioFormMode(this.status()));
  protected readonly notices = computed(() =>
    scenarioNotices(this.status(), this.returnReason(), this.translate),
  );
  protected readonly canSubmit = computed(() =>
    canTransition('submit', this.status()),
  );
  protected readonly buttons = computed(() =>
    scenarioFormButtons(this.mode(), this.canSubmit()),
  );
  protected readonly title = computed(() =>
    this.lang.t(this.id() ? 'agency.formEditTitle' : 'agency.formCreateTitle'),
  );

  private readonly allBatches = injectBatchList();
  protected readonly batchOptions = computed(() =>
    batchChoices(this.allBatches(), this.savedBatchId(), this.translate),
  );

  constructor() {
    inject(TaxonomyStore).load();
    loadOwnItemOnId(this.id, this.loadState, {
      request: (id) => this.api.get(id),
      isOwn: (item) => isOwnScenario(item, this.auth.user()),
      fill: (item) => this.fill(item),
      starting: () => this.formError.set(null),
    });
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

  protected async save(intent: ScenarioSaveIntent): Promise<void> {
    if (this.saving()) return;
    this.formError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      scrollToFirstError(this.host.nativeElement);
      return;
    }
    const value = this.form.getRawValue();
    if (intent === 'submit') {
      const problems = submitProblems(value);
      if (addErrors(this.form, problems)) {
        scrollToFirstError(this.host.nativeElement);
        return;
      }
    }

    const request = toScenarioRequest(value);
    this.saving.set(intent);
    try {
      const { id, item, created } = await saveDraft(
        this.scenarioId,
        request,
        this.saved,
        this.api,
        this.location,
        (id) => `/agency/scenarios/${id}/edit`,
        (changes) => {
          if (this.mode() === 'revise') delete changes.batchId;
        },
      );
      if (created && item) this.status.set(item.status);
      this.saved = request;
      if (intent === 'submit') await firstValueFrom(this.api.submit(id));
      const done = {
        submit: 'agency.submitted',
        revision: 'agency.savedRevision',
        draft: 'agency.saved',
      }[intent];
      this.message.success(this.lang.t(done));
      await this.router.navigateByUrl('/agency/scenarios');
    } catch (error) {
      this.showServerError(error);
    } finally {
      this.saving.set(null);
    }
  }

  /** Field errors go onto their fields; the API's summary is said above the buttons. */
  private showServerError(error: unknown): void {
    if (toApiError(error).errors?.length)
      scrollToFirstError(this.host.nativeElement);
    this.formError.set(
      serverFormError(this.form, error, {
        fallback: this.lang.t('agency.errors.saveFailed'),
        always: true,
      }),
    );
  }
}
