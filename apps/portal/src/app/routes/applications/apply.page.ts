import type { ApplicationView } from '@scenematch/contracts';
import { Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  APPLICATION_STATUS_LABELS,
  CONSORTIUM_MEMBER_STATE_LABELS,
  type ApplicationStatus,
  type ConsortiumMemberState,
} from '@scenematch/contracts';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { firstValueFrom, of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';
import { AuthStore } from '../../core/auth/auth.store';
import {
  type ApplicationFileView,
  type ApplicationRequest,
  ApplicationsApi,
} from '../../core/data-access/applications.api';
import { ProductsApi } from '../../core/data-access/products.api';
import { ScenariosApi } from '../../core/data-access/scenarios.api';
import { toApiError } from '../../core/http/api-error';
import { APPLICATION_TEXTS } from '../../core/i18n/zh-cn.applications';
import { TEXTS } from '../../core/i18n/zh-cn';
import { ApplicationFilesComponent } from '../../shared/application/application-files.component';
import { ApplicationStatusTagComponent } from '../../shared/application/application-status-tag.component';
import { beforeDeadline } from '../../shared/application/application-format';
import {
  applyServerErrors,
  revealErrors,
  SERVER_ERROR,
} from '../../shared/forms/server-errors';
import { toWan } from '../../shared/scenario/scenario-format';
import {
  APPLICATION_ERROR_ALIASES,
  APPLICATION_RULES,
  changedApplicationFields,
  createApplicationForm,
  fromApplicationView,
  toApplicationRequest,
} from './application-form';
import { BeijingTimePipe } from '../../shared/text/beijing-time';

type LoadState = 'loading' | 'ready' | 'notFound' | 'locked';

/** The API's limit on an attachment (it checks the content too). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A client-side check of a chosen attachment: null when fine, else the message. */
export function attachmentProblem(
  file: Pick<File, 'name' | 'type' | 'size'>,
): string | null {
  const t = APPLICATION_TEXTS.files;
  const pdf =
    file.type === 'application/pdf' || /\.pdf$/i.test(file.name.trim());
  if (!pdf) return t.notPdf;
  if (file.size > MAX_FILE_BYTES) return t.tooLarge;
  return null;
}
type Saving = 'save' | 'submit' | null;

interface ScenarioInfo {
  id: string;
  title: string;
  deadline: string | null;
}

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
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzPopconfirmModule,
    NzResultModule,
    NzSelectModule,
    NzSkeletonModule,
    NzTagModule,
    ApplicationFilesComponent,
    ApplicationStatusTagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './apply.page.html',
  styleUrl: './apply.page.less',
})
export class ApplyPage {
  private readonly api = inject(ApplicationsApi);
  private readonly scenarios = inject(ScenariosApi);
  private readonly products = inject(ProductsApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly message = inject(NzMessageService);

  /** Scenario id of /scenarios/:id/apply. */
  readonly id = input<string | undefined>();
  /** Application id of /me/applications/:applicationId/edit. */
  readonly applicationId = input<string | undefined>();

  protected readonly t = APPLICATION_TEXTS.apply;
  protected readonly f = APPLICATION_TEXTS.apply.fields;
  protected readonly e = APPLICATION_TEXTS.apply.errors;
  protected readonly common = TEXTS.common;
  protected readonly rules = APPLICATION_RULES;
  protected readonly SERVER_ERROR = SERVER_ERROR;

  readonly form = createApplicationForm(inject(FormBuilder));

  protected readonly loadState = signal<LoadState>('loading');
  protected readonly scenario = signal<ScenarioInfo | null>(null);
  protected readonly savedId = signal<string | null>(null);
  protected readonly status = signal<ApplicationStatus>('draft');
  protected readonly saving = signal<Saving>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly eligibility = signal<string[]>([]);
  protected readonly files = signal<readonly ApplicationFileView[]>([]);
  protected readonly uploading = signal(false);
  protected readonly removingFile = signal<string | null>(null);
  protected readonly fileError = signal<string | null>(null);
  protected readonly ft = APPLICATION_TEXTS.files;
  private saved: ApplicationRequest | null = null;

  protected readonly productOptions = toSignal(
    this.products.list({ mine: true, status: ['listed'], pageSize: 100 }).pipe(
      map((page) => page.items.map((p) => ({ label: p.name, value: p.id }))),
      catchError(() => of([] as Array<{ label: string; value: string }>)),
    ),
    { initialValue: [] as Array<{ label: string; value: string }> },
  );

  /** Members of the loaded application: kept as options even when they list no products. */
  private readonly currentMembers = signal<
    Array<{ id: string; name: string; state?: ConsortiumMemberState }>
  >([]);
  protected readonly c = APPLICATION_TEXTS.consortium;
  protected readonly stateLabels = CONSORTIUM_MEMBER_STATE_LABELS;
  /** Each saved member's answer to the invitation (new picks are invited when the draft is saved). */
  protected readonly memberStates = computed(() =>
    this.currentMembers().filter(
      (m): m is { id: string; name: string; state: ConsortiumMemberState } =>
        !!m.state,
    ),
  );
  protected readonly membersPending = computed(() =>
    this.memberStates().some((m) => m.state !== 'accepted'),
  );
  protected stateColor(state: ConsortiumMemberState): string {
    return state === 'accepted' ? 'green' : state === 'declined' ? 'red' : 'gold';
  }

  /**
   * 联合体成员 options. STOP-GAP: there is no company search endpoint yet, so the candidates are
   * the distinct companies of listed products (`GET /api/products?pageSize=100`), without the
   * user's own organisation. Replace with a company search once the API offers one.
   */
  private readonly productCompanies = toSignal(
    this.products.list({ pageSize: 100 }).pipe(
      map((page) => page.items.map((p) => p.company)),
      catchError(() => of([] as Array<{ id: string; name: string }>)),
    ),
    { initialValue: [] as Array<{ id: string; name: string }> },
  );
  protected readonly memberOptions = computed(() => {
    const own = this.auth.user()?.organisation?.id;
    const seen = new Map<string, string>();
    for (const c of [...this.currentMembers(), ...this.productCompanies()])
      if (c.id !== own && !seen.has(c.id)) seen.set(c.id, c.name);
    return [...seen].map(([value, label]) => ({ label, value }));
  });

  protected readonly quoteValue = toSignal(
    this.form.controls.quote.valueChanges,
    {
      initialValue: null,
    },
  );
  protected readonly quoteHint = computed(() => {
    const q = this.quoteValue();
    return typeof q === 'number' && q >= 0 ? this.t.quoteHint(toWan(q)) : '';
  });
  protected readonly title = computed(() => {
    const s = this.scenario();
    if (!s) return '';
    return this.savedId()
      ? this.t.editTitle(s.title)
      : this.t.createTitle(s.title);
  });
  protected readonly isDraft = computed(() => this.status() === 'draft');
  protected readonly statusLabel = computed(
    () => APPLICATION_STATUS_LABELS[this.status()],
  );

  constructor() {
    effect(() => {
      const scenarioId = this.id();
      const applicationId = this.applicationId();
      untracked(() => void this.load(scenarioId, applicationId));
    });
  }

  private async load(
    scenarioId: string | undefined,
    applicationId: string | undefined,
  ): Promise<void> {
    this.loadState.set('loading');
    try {
      await this.auth.whenReady();
      if (applicationId) {
        this.fill(await firstValueFrom(this.api.get(applicationId)));
        return;
      }
      if (!scenarioId) {
        this.loadState.set('notFound');
        return;
      }
      const [scenario, mine] = await Promise.all([
        firstValueFrom(this.scenarios.get(scenarioId)),
        firstValueFrom(this.api.mine()),
      ]);
      const own = this.auth.user()?.organisation?.id;
      const existing = mine.items.find(
        (a) => a.scenario.id === scenarioId && a.company.id === own,
      );
      if (existing) {
        // One application per company and scenario: reopen the one there is.
        this.location.replaceState(`/me/applications/${existing.id}/edit`);
        this.fill(existing);
        return;
      }
      this.scenario.set({
        id: scenario.id,
        title: scenario.title,
        deadline: scenario.deadline ?? null,
      });
      this.setEditable(
        scenario.status === 'published' &&
          beforeDeadline(scenario.deadline ?? null),
      );
    } catch {
      this.loadState.set('notFound');
    }
  }

  private fill(view: ApplicationView): void {
    this.savedId.set(view.id);
    this.files.set(view.files ?? []);
    this.currentMembers.set(view.members ?? []);
    this.status.set(view.status);
    this.scenario.set({
      id: view.scenario.id,
      title: view.scenario.title,
      deadline: view.scenario.deadline,
    });
    this.form.reset(fromApplicationView(view));
    this.saved = toApplicationRequest(this.form.getRawValue());
    const editable =
      (view.status === 'draft' || view.status === 'submitted') &&
      beforeDeadline(view.scenario.deadline);
    this.setEditable(editable);
  }

  private setEditable(editable: boolean): void {
    if (editable) this.form.enable();
    else this.form.disable();
    this.loadState.set(editable ? 'ready' : 'locked');
  }

  /** Uploads the PDF chosen in the (hidden) file input, then clears it. */
  protected upload(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    const id = this.savedId();
    if (!file || !id || this.uploading()) return;
    this.fileError.set(null);
    const problem = attachmentProblem(file);
    if (problem) {
      this.fileError.set(problem);
      return;
    }
    this.uploading.set(true);
    this.api.uploadFile(id, file).subscribe({
      next: (saved) => {
        this.uploading.set(false);
        this.files.update((list) => [...list, saved]);
        this.message.success(this.ft.uploaded(saved.filename));
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        const e = toApiError(error);
        this.fileError.set(
          e.errors?.find((f) => f.field === 'file')?.message ||
            e.message ||
            this.ft.uploadFailed,
        );
      },
    });
  }

  protected removeFile(file: ApplicationFileView): void {
    const id = this.savedId();
    if (!id || this.removingFile()) return;
    this.removingFile.set(file.id);
    this.api.removeFile(id, file.id).subscribe({
      next: () => {
        this.removingFile.set(null);
        this.files.update((list) => list.filter((f) => f.id !== file.id));
        this.message.success(this.ft.removed);
      },
      error: (error: unknown) => {
        this.removingFile.set(null);
        this.message.error(toApiError(error).message);
      },
    });
  }

  protected async save(intent: 'save' | 'submit'): Promise<void> {
    if (this.saving()) return;
    this.formError.set(null);
    this.eligibility.set([]);
    const truthful = this.form.controls.truthful;
    if (intent === 'submit' && !truthful.value) {
      truthful.setErrors({ required: true });
      truthful.markAsDirty();
      truthful.markAsTouched();
    }
    if (this.form.invalid) {
      revealErrors(this.form);
      if (intent === 'submit' && !truthful.value)
        truthful.setErrors({ required: true });
      return;
    }
    const scenario = this.scenario();
    if (!scenario) return;
    const request = toApplicationRequest(this.form.getRawValue());
    this.saving.set(intent);
    try {
      let id = this.savedId();
      if (!id) {
        const created = await firstValueFrom(
          this.api.create(scenario.id, request),
        );
        id = created.id;
        this.savedId.set(id);
        this.currentMembers.set(created.members ?? []);
        this.status.set(created.status);
        this.location.replaceState(`/me/applications/${id}/edit`);
      } else {
        const changes = this.saved
          ? changedApplicationFields(this.saved, request)
          : request;
        if (Object.keys(changes).length) {
          const updated = await firstValueFrom(this.api.update(id, changes));
          this.status.set(updated.status);
          this.currentMembers.set(updated.members ?? []);
        }
      }
      this.saved = request;
      this.form.markAsPristine();
      if (intent === 'submit' && this.status() === 'draft') {
        await firstValueFrom(this.api.submit(id));
        this.message.success(this.t.submitted);
        await this.router.navigateByUrl('/me/applications');
        return;
      }
      this.message.success(
        this.status() === 'draft' ? this.t.saved : this.t.changesSaved,
      );
    } catch (error) {
      const e = toApiError(error);
      const eligibility = (e.errors ?? []).filter(
        (x) => x.field === 'eligibility',
      );
      this.eligibility.set(eligibility.map((x) => x.message));
      const others = (e.errors ?? []).filter((x) => x.field !== 'eligibility');
      const unmatched = applyServerErrors(
        this.form,
        others,
        APPLICATION_ERROR_ALIASES,
      );
      if (!e.errors?.length || unmatched.length)
        this.formError.set(
          unmatched.map((u) => u.message).join('；') ||
            e.message ||
            this.e.saveFailed,
        );
    } finally {
      this.saving.set(null);
    }
  }
}
