import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import type {
  AdminOrganisationView,
  AdminUserView,
  VerificationStatus,
} from '@scenematch/contracts';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import {
  AccountsApi,
  type AdminOrganisationQuery,
} from '@scenematch/portal/accounts/data-access/accounts.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { organisationColumns } from './organisation-columns';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';
import { ADMIN_ROLE_KEYS, USER_STATUS_KEYS } from './account-keys';
import { ReasonModalComponent } from '@scenematch/portal/shared/ui/reason-modal.component';
import { DATA_TABLE } from '@scenematch/portal/shared/ui/ui/data-table.component';
import { PagedQuery } from '@scenematch/portal/shared/ui/list/paged-query';
import { RowActions } from '@scenematch/portal/shared/ui/ui/row-actions';
import { ToolbarSearchComponent } from '@scenematch/portal/shared/ui/admin-forms/toolbar-search.component';
import {
  tabsOf,
  ToolbarTabsComponent,
} from '@scenematch/portal/shared/ui/admin-forms/toolbar-tabs.component';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

const PAGE_SIZE = 20;
type Tab = VerificationStatus | 'all';
const TAB_KEYS: Record<Tab, string> = {
  pending: 'admin.organisations.tabs.pending',
  verified: 'admin.organisations.tabs.verified',
  rejected: 'admin.organisations.tabs.rejected',
  all: 'admin.organisations.tabs.all',
};
/**
 * 机构认证 (admin console; organisers work the queue too): organisations awaiting verification,
 * oldest first, with their USCC and whether its GB 32100 check character is right; 认证通过 or
 * 驳回 with a reason (the organisation is told); the users of each organisation on demand.
 */
@Component({
  selector: 'sm-admin-organisations-page',
  imports: [
    PageHeadComponent,
    DATA_TABLE,
    ToolbarSearchComponent,
    ActionButtonComponent,
    ToolbarTabsComponent,
    NzTagModule,
    NzTooltipModule,
    ReasonModalComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-organisations.page.html',
  styleUrl: './admin-accounts.less',
})
export class AdminOrganisationsPage {
  private readonly api = inject(AccountsApi);
  private readonly message = inject(NzMessageService);

  private readonly i18n = inject(LanguageService);
  protected readonly roleKeys = ADMIN_ROLE_KEYS;
  protected readonly userStatusKeys = USER_STATUS_KEYS;
  protected readonly totalText = (n: number) =>
    this.i18n.t('admin.organisations.total', { n });
  protected readonly tabs = tabsOf(TAB_KEYS);

  protected readonly columns = computed(() =>
    organisationColumns((key) => this.i18n.t(key)),
  );
  protected readonly rowAttrs = (o: AdminOrganisationView) => ({
    'data-id': o.id,
    'data-name': o.name,
  });
  protected readonly isExpanded = (o: AdminOrganisationView) =>
    this.expanded().has(o.id);

  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly members = signal<Record<string, AdminUserView[]>>({});

  protected readonly list = new PagedQuery(
    (query: AdminOrganisationQuery) => this.api.organisations(query),
    { status: 'pending' as VerificationStatus | null, q: '' },
    PAGE_SIZE,
  );
  /** 驳回 asks a reason; 认证通过 is confirmed in place. */
  protected readonly actions = new RowActions<AdminOrganisationView>(() =>
    this.list.reload(),
  );
  protected readonly tab = computed<Tab>(
    () => this.list.filters().status ?? 'all',
  );

  protected setTab(tab: Tab): void {
    this.list.set({ status: tab === 'all' ? null : tab });
  }

  protected toggleMembers(row: AdminOrganisationView, open: boolean): void {
    const next = new Set(this.expanded());
    if (open) next.add(row.id);
    else next.delete(row.id);
    this.expanded.set(next);
    if (open && !this.members()[row.id]) {
      this.api.members(row.id).subscribe({
        next: (page) =>
          this.members.set({ ...this.members(), [row.id]: page.items }),
        error: (error: unknown) =>
          this.message.error(toApiError(error).message),
      });
    }
  }

  protected verify(row: AdminOrganisationView): void {
    this.actions.run(
      row.id,
      this.api.verify(row.id),
      this.i18n.t('admin.organisations.verified'),
    );
  }

  protected confirmReject(reason: string): void {
    this.actions.confirm(
      (row, why) => this.api.reject(row.id, why),
      reason,
      this.i18n.t('admin.organisations.rejected'),
    );
  }
}
