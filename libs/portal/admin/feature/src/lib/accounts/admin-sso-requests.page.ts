import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type {
  SsoLinkRequestStatus,
  SsoLinkRequestView,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { catchError, map, of } from 'rxjs';
import { AuthApi } from '@scenematch/portal/core/auth/auth.api';
import { SsoApi } from '@scenematch/portal/accounts/data-access/sso.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { ReasonModalComponent } from '@scenematch/portal/shared/ui/reason-modal.component';
import {
  tabsOf,
  ToolbarTabsComponent,
} from '@scenematch/portal/shared/ui/admin-forms/toolbar-tabs.component';
import { DATA_TABLE } from '@scenematch/portal/shared/ui/ui/data-table.component';
import { PagedQuery, type PageRequest } from '@scenematch/portal/shared/ui/list/paged-query';
import { SsoApproveDialogComponent } from './sso-approve-dialog.component';
import { ssoRequestColumns } from './sso-request-columns';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

const PAGE_SIZE = 20;

/**
 * 统一认证审核 (admin): people the unified identity service vouched for whom the platform could
 * not link by a verified e-mail. 通过 links them to an existing user (the one with the same
 * e-mail is offered first) or creates a user in an organisation; 驳回 needs a reason. Audited.
 */
@Component({
  selector: 'sm-admin-sso-requests-page',
  imports: [
    PageHeadComponent,
    DATA_TABLE,
    NzAlertModule,
    ToolbarTabsComponent,
    NzTagModule,
    ReasonModalComponent,
    SsoApproveDialogComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-sso-requests.page.html',
  styleUrl: './admin-accounts.less',
})
export class AdminSsoRequestsPage {
  private readonly api = inject(SsoApi);
  private readonly message = inject(NzMessageService);

  private readonly i18n = inject(LanguageService);
  protected readonly tabKeys: Record<SsoLinkRequestStatus, string> = {
    pending: 'admin.ssoRequests.tabs.pending',
    approved: 'admin.ssoRequests.tabs.approved',
    rejected: 'admin.ssoRequests.tabs.rejected',
  };
  protected readonly totalText = (n: number) =>
    this.i18n.t('admin.ssoRequests.total', { n });
  protected readonly tabs = tabsOf(this.tabKeys);
  protected readonly enabled = toSignal(
    inject(AuthApi)
      .ssoConfig()
      .pipe(
        map((c) => c.enabled),
        catchError(() => of(true)),
      ),
    { initialValue: true },
  );

  protected readonly columns = computed(() => {
    const t = (key: string) => this.i18n.t(key);
    const pending = (r: SsoLinkRequestView) => r.status === 'pending';
    return ssoRequestColumns(t, this.list.filters().status === 'pending', [
      {
        label: t('admin.ssoRequests.approve'),
        testid: 'sso-approve',
        type: 'primary',
        shown: pending,
        busy: (r) => this.busy() === r.id,
        pressed: (r) => this.askApprove(r),
      },
      {
        label: t('admin.ssoRequests.reject'),
        testid: 'sso-reject',
        danger: true,
        shown: pending,
        pressed: (r) => this.askReject(r),
      },
    ]);
  });
  protected readonly rowAttrs = (r: SsoLinkRequestView) => ({
    'data-subject': r.subject,
  });
  protected readonly busy = signal<string | null>(null);
  protected readonly rejecting = signal<SsoLinkRequestView | null>(null);
  protected readonly reasonError = signal<string | null>(null);

  private readonly dialog = viewChild.required(SsoApproveDialogComponent);

  protected readonly list = new PagedQuery(
    (query: { status: SsoLinkRequestStatus } & PageRequest) =>
      this.api.requests(query),
    { status: 'pending' as SsoLinkRequestStatus },
    PAGE_SIZE,
  );
  protected readonly tab = computed(() => this.list.filters().status);

  protected setTab(tab: SsoLinkRequestStatus): void {
    this.list.set({ status: tab });
  }

  protected askApprove(row: SsoLinkRequestView): void {
    this.dialog().open(row);
  }

  protected askReject(row: SsoLinkRequestView): void {
    this.reasonError.set(null);
    this.rejecting.set(row);
  }

  protected confirmReject(reason: string): void {
    const row = this.rejecting();
    if (!row || this.busy()) return;
    this.busy.set(row.id);
    this.api.reject(row.id, reason).subscribe({
      next: () => {
        this.busy.set(null);
        this.rejecting.set(null);
        this.message.success(this.i18n.t('admin.ssoRequests.rejected'));
        this.list.reload();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const problem = toApiError(error);
        this.reasonError.set(
          problem.errors?.find((f) => f.field === 'reason')?.message ??
            problem.message,
        );
      },
    });
  }
}
