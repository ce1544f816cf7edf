import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SessionView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { map } from 'rxjs/operators';
import { SessionsApi } from '@scenematch/portal/sessions/data-access/sessions.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { SESSION_STATUS_KEYS } from '@scenematch/portal/sessions/ui/session-keys';
import { ADMIN_STATUS_COLORS } from './session-admin-keys';
import { submitForm } from '@scenematch/portal/shared/ui/admin-forms/submit-form';
import { ReloadableList } from '@scenematch/portal/shared/ui/ui/reloadable-list';
import {
  createSessionForm,
  SESSION_DEFAULTS,
  toSessionRequest,
} from './session-form';
import { SessionFormComponent } from './session-form.component';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import {
  DATA_TABLE,
  type TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import { FormModalComponent } from '@scenematch/portal/shared/ui/forms/form-modal.component';
import { keyedTag } from '@scenematch/portal/shared/ui/ui/keyed-tag';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

/** The API's largest page: a centre runs a handful of sessions a year. */
const PAGE_SIZE = 100;

/**
 * 供需对接会 (organisers): every session with its status, date, venue and counts, and the form that
 * creates a new one in planning; a session opens on its own page (/admin/sessions/:id).
 */
@Component({
  selector: 'sm-sessions-admin-page',
  imports: [
    PageHeadComponent,
    FormModalComponent,
    TranslocoPipe,
    DATA_TABLE,
    RouterLink,
    NzButtonModule,
    NzIconModule,
    NzTagModule,
    SessionFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sessions-admin.page.html',
  styleUrl: './sessions-admin.page.less',
})
export class SessionsAdminPage {
  private readonly api = inject(SessionsApi);
  private readonly message = inject(NzMessageService);
  private readonly router = inject(Router);
  private readonly fb = inject(FormBuilder);

  private readonly i18n = inject(LanguageService);

  protected readonly list = new ReloadableList(() =>
    this.api.list(undefined, 1, PAGE_SIZE).pipe(map((page) => page.items)),
  );
  /** The columns in the reader's language (recomputed on a switch). */
  protected readonly columns = computed<TableColumn<SessionView>[]>(() => {
    const t = (key: string, params?: Record<string, unknown>) =>
      this.i18n.t(key, params);
    return [
      {
        key: 'title',
        title: t('sessionsAdmin.list.name'),
        value: (r) => r.title,
        link: (r) => ['/admin/sessions', r.id],
        testId: 'session-title',
        data: true,
      },
      {
        key: 'startsAt',
        title: t('sessionsAdmin.list.startsAt'),
        width: '150px',
        value: (r) => beijingTime(r.startsAt),
      },
      {
        key: 'venue',
        title: t('sessionsAdmin.list.venue'),
        value: (r) => r.venue,
        empty: t('common.notFilled'),
        data: true,
      },
      {
        key: 'status',
        title: t('sessionsAdmin.list.status'),
        width: '110px',
        tag: keyedTag(
          t,
          SESSION_STATUS_KEYS,
          ADMIN_STATUS_COLORS,
          (r) => r.status,
        ),
        testId: 'session-status',
      },
      {
        key: 'participants',
        title: t('sessionsAdmin.list.participants'),
        width: '170px',
        value: (r) =>
          t('sessionsAdmin.list.participantsValue', {
            enterprises: r.counts.enterprises,
            agencies: r.counts.agencies,
          }),
        testId: 'session-participants',
      },
      {
        key: 'requests',
        title: t('sessionsAdmin.list.requests'),
        width: '90px',
        align: 'right',
        value: (r) => r.counts.requests,
      },
      {
        key: 'meetings',
        title: t('sessionsAdmin.list.meetings'),
        width: '90px',
        align: 'right',
        value: (r) => r.counts.meetings,
      },
      { key: 'actions', title: t('common.actions'), width: '90px' },
    ];
  });
  protected readonly rowAttrs = (r: SessionView) => ({
    'data-id': r.id,
    'data-status': r.status,
  });

  protected readonly form = createSessionForm(this.fb);
  protected readonly creating = signal(false);
  protected readonly saving = signal(false);
  protected readonly createError = signal<string | null>(null);

  protected retry(): void {
    this.list.reload();
  }

  protected openCreate(): void {
    this.form.controls.breaks.clear();
    this.form.reset({ ...SESSION_DEFAULTS });
    this.createError.set(null);
    this.creating.set(true);
  }

  protected async create(): Promise<void> {
    const state = { saving: this.saving, error: this.createError };
    const separator = this.i18n.t('sessions.register.errorSeparator');
    await submitForm(
      this.form,
      state,
      async () => {
        const session = await firstValueFrom(
          this.api.create(toSessionRequest(this.form.getRawValue())),
        );
        this.creating.set(false);
        this.message.success(this.i18n.t('sessionsAdmin.list.created'));
        void this.router.navigate(['/admin/sessions', session.id]);
      },
      { separator },
    );
  }
}
