import { beijingTime } from '../../../shared/text/beijing-time';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import type {
  AdminOrganisationView,
  AdminUserView,
  OrganisationType,
  VerificationStatus,
} from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import {
  AccountsApi,
  type AdminOrganisationQuery,
} from '../../../core/data-access/accounts.api';
import { toApiError } from '../../../core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../../core/i18n/language.service';
import { ADMIN_ROLE_KEYS, USER_STATUS_KEYS } from './account-keys';
import { ReasonModalComponent } from '../../../shared/reason-modal.component';
import {
  DATA_TABLE,
  type TableColumn,
} from '../../../shared/ui/data-table.component';
import { PagedQuery } from '../../../shared/list/paged-query';
import { RowActions } from '../../../shared/ui/row-actions';

const PAGE_SIZE = 20;
type Tab = VerificationStatus | 'all';
const TAB_KEYS: Record<Tab, string> = {
  pending: 'admin.organisations.tabs.pending',
  verified: 'admin.organisations.tabs.verified',
  rejected: 'admin.organisations.tabs.rejected',
  all: 'admin.organisations.tabs.all',
};
const VERIFICATION_KEYS: Record<VerificationStatus, string> = {
  pending: 'admin.organisations.statuses.pending',
  verified: 'admin.organisations.statuses.verified',
  rejected: 'admin.organisations.statuses.rejected',
};
const TYPE_KEYS: Record<OrganisationType, string> = {
  enterprise: 'admin.organisations.types.enterprise',
  agency: 'admin.organisations.types.agency',
  organiser: 'admin.organisations.types.organiser',
  expert_pool: 'admin.organisations.types.expert_pool',
  financier: 'admin.organisations.types.financier',
};
const VERIFICATION_COLORS: Record<VerificationStatus, string> = {
  verified: 'success',
  rejected: 'error',
  pending: 'processing',
};

/**
 * 机构认证 (admin console; organisers work the queue too): organisations awaiting verification,
 * oldest first, with their USCC and whether its GB 32100 check character is right; 认证通过 or
 * 驳回 with a reason (the organisation is told); the users of each organisation on demand.
 */
@Component({
  selector: 'sm-admin-organisations-page',
  imports: [
    DATA_TABLE,
    FormsModule,
    NzButtonModule,
    NzInputModule,
    NzPopconfirmModule,
    NzRadioModule,
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
  protected readonly tabKeys = TAB_KEYS;
  protected readonly roleKeys = ADMIN_ROLE_KEYS;
  protected readonly userStatusKeys = USER_STATUS_KEYS;
  protected readonly totalText = (n: number) => this.i18n.t('admin.organisations.total', { n });
  protected readonly tabs: Tab[] = ['pending', 'verified', 'rejected', 'all'];

  protected readonly columns = computed((): TableColumn<AdminOrganisationView>[] => [
    { key: 'name', title: this.i18n.t('admin.organisations.columns.name') },
    {
      key: 'type',
      title: this.i18n.t('admin.organisations.columns.type'),
      width: '90px',
      value: (o) => (TYPE_KEYS[o.type] ? this.i18n.t(TYPE_KEYS[o.type]) : o.type),
    },
    {
      key: 'uscc',
      title: this.i18n.t('admin.organisations.columns.uscc'),
      width: '230px',
      testId: 'org-uscc',
    },
    {
      key: 'members',
      title: this.i18n.t('admin.organisations.columns.members'),
      width: '60px',
      value: (o) => o.members,
    },
    {
      key: 'status',
      title: this.i18n.t('admin.organisations.columns.status'),
      width: '90px',
      tag: (o) => ({
        text: this.i18n.t(VERIFICATION_KEYS[o.verificationStatus]),
        color: VERIFICATION_COLORS[o.verificationStatus],
      }),
      testId: 'org-status',
    },
    {
      key: 'registeredAt',
      title: this.i18n.t('admin.organisations.columns.registeredAt'),
      width: '140px',
      value: (r) => beijingTime(r.createdAt),
    },
    { key: 'actions', title: this.i18n.t('common.actions'), width: '170px' },
  ]);
  protected readonly rowAttrs = (o: AdminOrganisationView) => ({
    'data-id': o.id,
    'data-name': o.name,
  });
  protected readonly isExpanded = (o: AdminOrganisationView) =>
    this.expanded().has(o.id);

  protected qDraft = '';
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

  protected search(): void {
    this.list.set({ q: this.qDraft.trim() });
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
    this.actions.run(row.id, this.api.verify(row.id), this.i18n.t('admin.organisations.verified'));
  }

  protected confirmReject(reason: string): void {
    this.actions.confirm(
      (row, why) => this.api.reject(row.id, why),
      reason,
      this.i18n.t('admin.organisations.rejected'),
    );
  }
}
