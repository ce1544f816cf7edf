import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { SESSION_STATUS_LABELS, type SessionView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { map } from 'rxjs/operators';
import { SessionsApi } from '../../../core/data-access/sessions.api';
import { toApiError } from '../../../core/http/api-error';
import { TEXTS } from '../../../core/i18n/zh-cn';
import { SESSIONS_ADMIN_TEXTS } from '../../../core/i18n/zh-cn.sessions-admin';
import {
  applyServerErrors,
  revealErrors,
} from '../../../shared/forms/server-errors';
import { ReloadableList } from '../../../shared/ui/reloadable-list';
import {
  createSessionForm,
  SESSION_DEFAULTS,
  toSessionRequest,
} from './session-form';
import { SessionFormComponent } from './session-form.component';
import { beijingTime } from '../../../shared/text/beijing-time';
import {
  DATA_TABLE,
  type TableColumn,
} from '../../../shared/ui/data-table.component';

/** The API's largest page: a centre runs a handful of sessions a year. */
const PAGE_SIZE = 100;

/**
 * 供需对接会 (organisers): every session with its status, date, venue and counts, and the form that
 * creates a new one in planning; a session opens on its own page (/admin/sessions/:id).
 */
@Component({
  selector: 'sm-sessions-admin-page',
  imports: [
    DATA_TABLE,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzModalModule,
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

  protected readonly t = SESSIONS_ADMIN_TEXTS.list;
  protected readonly f = SESSIONS_ADMIN_TEXTS.form;
  protected readonly common = TEXTS.common;
  protected readonly statusLabels = SESSION_STATUS_LABELS;
  protected readonly statusColors = SESSIONS_ADMIN_TEXTS.statusColors;

  protected readonly list = new ReloadableList(() =>
    this.api.list(undefined, 1, PAGE_SIZE).pipe(map((page) => page.items)),
  );
  protected readonly columns: TableColumn<SessionView>[] = [
    {
      key: 'title',
      title: this.t.name,
      value: (r) => r.title,
      link: (r) => ['/admin/sessions', r.id],
      testId: 'session-title',
    },
    {
      key: 'startsAt',
      title: this.t.startsAt,
      width: '150px',
      value: (r) => beijingTime(r.startsAt),
    },
    {
      key: 'venue',
      title: this.t.venue,
      value: (r) => r.venue || this.common.notFilled,
    },
    {
      key: 'status',
      title: this.t.status,
      width: '110px',
      tag: (r) => ({
        text: this.statusLabels[r.status],
        color: this.statusColors[r.status],
      }),
      testId: 'session-status',
    },
    {
      key: 'participants',
      title: this.t.participants,
      width: '170px',
      value: (r) =>
        this.t.participantsValue(r.counts.enterprises, r.counts.agencies),
      testId: 'session-participants',
    },
    {
      key: 'requests',
      title: this.t.requests,
      width: '90px',
      align: 'right',
      value: (r) => r.counts.requests,
    },
    {
      key: 'meetings',
      title: this.t.meetings,
      width: '90px',
      align: 'right',
      value: (r) => r.counts.meetings,
    },
    { key: 'actions', title: this.common.actions, width: '90px' },
  ];
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
    if (this.saving()) return;
    this.createError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    this.saving.set(true);
    try {
      const session = await firstValueFrom(
        this.api.create(toSessionRequest(this.form.getRawValue())),
      );
      this.creating.set(false);
      this.message.success(this.t.created);
      void this.router.navigate(['/admin/sessions', session.id]);
    } catch (error) {
      const e = toApiError(error);
      const unmatched = applyServerErrors(this.form, e.errors);
      if (!e.errors?.length || unmatched.length)
        this.createError.set(
          unmatched.map((u) => u.message).join('；') || e.message,
        );
    } finally {
      this.saving.set(false);
    }
  }
}
