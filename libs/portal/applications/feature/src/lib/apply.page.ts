import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApplicationStatus, ApplicationView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import { type ApplicationFileView, type ApplicationRequest, ApplicationsApi } from '@scenematch/portal/applications/data-access/applications.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { ApplicationStatusTagComponent } from '@scenematch/portal/shared/ui/application/application-status-tag.component';
import { EditPageComponent } from '@scenematch/portal/shared/ui/forms/edit-page.component';
import { addErrors, revealErrors, serverFormError } from '@scenematch/portal/shared/ui/forms/server-errors';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';
import {
  APPLICATION_ERROR_ALIASES,
  applyButtons,
  applyNotices,
  type ApplySaveIntent,
  createApplicationForm,
  fromApplicationView,
  toApplicationRequest,
} from './application-form';
import { IntentButtonsComponent } from '@scenematch/portal/shared/ui/forms/intent-buttons.component';
import { ApplyAttachmentsComponent } from './apply-attachments.component';
import { ApplyService, type ApplyScenario } from './apply.service';
import { ApplyFieldsComponent, type ApplicationMember } from './apply-fields.component';

type LoadState = 'loading' | 'ready' | 'notFound' | 'locked';

/**
 * 揭榜申报: a company's application to one scenario, started from the scenario page
 * (/scenarios/:id/apply) or reopened from 我的申报 (/me/applications/:applicationId/edit). Drafts
 * are saved as they are; submitting checks the declaration and the batch's eligibility rules.
 */
@Component({
  selector: 'sm-apply-page',
  imports: [
    BeijingTimePipe,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    NzButtonModule,
    NzFormModule,
    EditPageComponent,
    ApplicationStatusTagComponent,
    IntentButtonsComponent,
    ApplyAttachmentsComponent,
    ApplyFieldsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './apply.page.html',
  styleUrl: './apply.page.less',
})
export class ApplyPage {
  private readonly api = inject(ApplicationsApi);
  private readonly service = inject(ApplyService);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly message = inject(NzMessageService);

  /** Scenario id of /scenarios/:id/apply. */
  readonly id = input<string | undefined>();
  /** Application id of /me/applications/:applicationId/edit. */
  readonly applicationId = input<string | undefined>();

  private readonly i18n = inject(LanguageService);

  readonly form = createApplicationForm(inject(FormBuilder));

  protected readonly loadState = signal<LoadState>('loading');
  protected readonly scenario = signal<ApplyScenario | null>(null);
  protected readonly savedId = signal<string | null>(null);
  protected readonly status = signal<ApplicationStatus>('draft');
  protected readonly saving = signal<ApplySaveIntent | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly eligibility = signal<string[]>([]);
  protected readonly files = signal<readonly ApplicationFileView[]>([]);
  private saved: ApplicationRequest | null = null;
  /** Members of the loaded application, with their answers to the invitation. */
  protected readonly currentMembers = signal<readonly ApplicationMember[]>([]);

  protected readonly isDraft = computed(() => this.status() === 'draft');
  protected readonly buttons = computed(() => applyButtons(this.isDraft()));
  protected readonly notices = computed(() =>
    applyNotices(
      {
        locked: this.loadState() === 'locked',
        saved: !!this.savedId(),
        status: this.status(),
        eligibility: this.eligibility(),
        error: this.formError(),
      },
      (key, params) => this.i18n.t(key, params),
    ),
  );

  constructor() {
    effect(() => {
      const scenarioId = this.id();
      const applicationId = this.applicationId();
      untracked(() => void this.load(scenarioId, applicationId));
    });
  }

  private async load(scenarioId: string | undefined, applicationId: string | undefined): Promise<void> {
    this.loadState.set('loading');
    const target = await this.service.load(scenarioId, applicationId).catch(() => null);
    if (!target) {
      this.loadState.set('notFound');
    } else if ('application' in target) {
      const { application, reopened } = target;
      if (reopened) this.location.replaceState(`/me/applications/${application.id}/edit`);
      this.fill(application);
    } else {
      this.scenario.set(target.scenario);
    }
    if (target) {
      if (target.open) this.form.enable();
      else this.form.disable();
      this.loadState.set(target.open ? 'ready' : 'locked');
    }
  }

  private applyView(view: ApplicationView): void {
    this.savedId.set(view.id);
    this.currentMembers.set(view.members ?? []);
    this.status.set(view.status);
  }

  private fill(view: ApplicationView): void {
    this.applyView(view);
    this.files.set(view.files ?? []);
    const { id, title, deadline } = view.scenario;
    this.scenario.set({ id, title, deadline });
    this.form.reset(fromApplicationView(view));
    this.saved = toApplicationRequest(this.form.getRawValue());
  }

  protected async save(intent: 'save' | 'submit'): Promise<void> {
    if (this.saving()) return;
    this.formError.set(null);
    this.eligibility.set([]);
    // The declaration is needed to submit only: a draft may be saved without it.
    const undeclared = intent === 'submit' && !this.form.controls.truthful.value;
    if (this.form.invalid || undeclared) {
      revealErrors(this.form);
      if (undeclared) addErrors(this.form, { truthful: { required: true } });
      return;
    }
    const scenario = this.scenario();
    if (!scenario) return;
    const request = toApplicationRequest(this.form.getRawValue());
    this.saving.set(intent);
    try {
      const view = await this.service.save(this.savedId(), scenario.id, this.saved, request);
      if (view && !this.savedId()) this.location.replaceState(`/me/applications/${view.id}/edit`);
      if (view) this.applyView(view);
      const id = view?.id ?? (this.savedId() as string);
      this.saved = request;
      this.form.markAsPristine();
      if (intent === 'submit' && this.status() === 'draft') {
        await firstValueFrom(this.api.submit(id));
        this.message.success(this.i18n.t('applications.apply.submitted'));
        await this.router.navigateByUrl('/me/applications');
        return;
      }
      this.message.success(this.i18n.t(this.status() === 'draft' ? 'applications.apply.saved' : 'applications.apply.changesSaved'));
    } catch (error) {
      const errors = toApiError(error).errors ?? [];
      this.eligibility.set(errors.filter((x) => x.field === 'eligibility').map((x) => x.message));
      this.formError.set(
        serverFormError(this.form, error, {
          fallback: this.i18n.t('applications.apply.errors.saveFailed'),
          aliases: APPLICATION_ERROR_ALIASES,
          except: ['eligibility'],
        }),
      );
    } finally {
      this.saving.set(null);
    }
  }
}
