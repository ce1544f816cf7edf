import { beijingTime } from '../../../shared/text/beijing-time';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  ROLES,
  USER_STATUSES,
  type AdminUserView,
  type Role,
  type UserStatus,
} from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { AuthStore } from '../../../core/auth/auth.store';
import {
  AccountsApi,
  type AdminUserQuery,
} from '../../../core/data-access/accounts.api';
import { TEXTS } from '../../../core/i18n/zh-cn';
import { ACCOUNT_TEXTS } from '../../../core/i18n/zh-cn.accounts';
import { ReasonModalComponent } from '../../../shared/reason-modal.component';
import {
  DATA_TABLE,
  type TableColumn,
} from '../../../shared/ui/data-table.component';
import { PagedQuery } from '../../../shared/list/paged-query';
import { RowActions } from '../../../shared/ui/row-actions';

const PAGE_SIZE = 20;
const STATUS_COLORS: Record<UserStatus, string> = {
  active: 'success',
  locked: 'warning',
  disabled: 'default',
  erased: 'default',
};

/**
 * 用户管理 (admin only): users by e-mail or name, role and status; 停用 (with a reason) and 启用,
 * 重置双因素. Disabling and resetting end the user's sessions at once (the API's session version).
 */
@Component({
  selector: 'sm-admin-users-page',
  imports: [
    FormsModule,
    NzButtonModule,
    DATA_TABLE,
    NzInputModule,
    NzPopconfirmModule,
    NzSelectModule,
    ReasonModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-users.page.html',
  styleUrl: './admin-accounts.less',
})
export class AdminUsersPage {
  private readonly api = inject(AccountsApi);
  private readonly auth = inject(AuthStore);

  protected readonly t = ACCOUNT_TEXTS.users;
  protected readonly common = TEXTS.common;
  protected readonly roleOptions = ROLES;
  protected readonly statusOptions = USER_STATUSES;

  protected readonly columns: TableColumn<AdminUserView>[] = [
    {
      key: 'name',
      title: this.t.columns.name,
      value: (u) => u.displayName,
      sub: (u) => u.email,
    },
    {
      key: 'organisation',
      title: this.t.columns.organisation,
      value: (u) => u.organisation.name,
      hideOnPhone: true,
    },
    {
      key: 'role',
      title: this.t.columns.role,
      width: '90px',
      tag: (u) => ({ text: this.t.roles[u.role] ?? u.role }),
      testId: 'user-role',
    },
    {
      key: 'status',
      title: this.t.columns.status,
      width: '90px',
      tag: (u) => ({
        text: this.t.statuses[u.status],
        color: STATUS_COLORS[u.status],
      }),
      sub: (u) => (u.status === 'disabled' ? u.disabledReason : null),
      testId: 'user-status',
    },
    {
      key: 'mfa',
      title: this.t.columns.mfa,
      width: '80px',
      value: (u) => (u.mfaEnabled ? this.t.mfaOn : this.t.mfaOff),
      hideOnPhone: true,
    },
    {
      key: 'lastLogin',
      title: this.t.columns.lastLogin,
      width: '140px',
      value: (u) => beijingTime(u.lastLoginAt),
      sub: (u) => (u.lastLoginAt ? null : this.t.never),
      hideOnPhone: true,
    },
    { key: 'actions', title: this.common.actions, width: '190px' },
  ];
  protected readonly rowAttrs = (u: AdminUserView) => ({
    'data-email': u.email,
  });

  protected qDraft = '';
  protected readonly myId = computed(() => this.auth.user()?.id ?? null);

  protected readonly list = new PagedQuery(
    (query: AdminUserQuery) => this.api.users(query),
    { q: '', role: null as Role | null, status: null as UserStatus | null },
    PAGE_SIZE,
  );
  /** 停用 asks a reason; 启用 and 重置双因素 are confirmed in place. */
  protected readonly actions = new RowActions<AdminUserView>(() =>
    this.list.reload(),
  );

  protected search(): void {
    this.list.set({ q: this.qDraft.trim() });
  }

  protected confirmDisable(reason: string): void {
    this.actions.confirm(
      (user, why) => this.api.disable(user.id, why),
      reason,
      this.t.disabled,
    );
  }

  protected enable(user: AdminUserView): void {
    this.actions.run(user.id, this.api.enable(user.id), this.t.enabled);
  }

  protected resetSecondFactor(user: AdminUserView): void {
    this.actions.run(
      user.id,
      this.api.resetSecondFactor(user.id),
      this.t.mfaReset,
    );
  }
}
