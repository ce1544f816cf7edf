import { BeijingTimePipe } from '../../../shared/text/beijing-time';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
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
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthStore } from '../../../core/auth/auth.store';
import {
  AccountsApi,
  type AdminUserQuery,
} from '../../../core/data-access/accounts.api';
import { toApiError } from '../../../core/http/api-error';
import { TEXTS } from '../../../core/i18n/zh-cn';
import { ACCOUNT_TEXTS } from '../../../core/i18n/zh-cn.accounts';
import { ReasonModalComponent } from '../../../shared/reason-modal.component';
import {
  DATA_TABLE,
  type TableColumn,
} from '../../../shared/ui/data-table.component';
import { PageStateComponent } from '../../../shared/ui/page-state.component';
import { Reloadable } from '../../../shared/ui/reloadable-list';

const PAGE_SIZE = 20;

/**
 * 用户管理 (admin only): users by e-mail or name, role and status; 停用 (with a reason) and 启用,
 * 重置双因素. Disabling and resetting end the user's sessions at once (the API's session version).
 */
@Component({
  selector: 'sm-admin-users-page',
  imports: [
    BeijingTimePipe,
    FormsModule,
    NzButtonModule,
    DATA_TABLE,
    NzInputModule,
    NzPopconfirmModule,
    NzSelectModule,
    NzTagModule,
    PageStateComponent,
    ReasonModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-users.page.html',
  styleUrl: './admin-accounts.less',
})
export class AdminUsersPage {
  private readonly api = inject(AccountsApi);
  private readonly message = inject(NzMessageService);
  private readonly auth = inject(AuthStore);

  protected readonly t = ACCOUNT_TEXTS.users;
  protected readonly common = TEXTS.common;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly roleOptions = ROLES;
  protected readonly statusOptions = USER_STATUSES;

  protected readonly columns: TableColumn<AdminUserView>[] = [
    { key: 'name', title: this.t.columns.name },
    {
      key: 'organisation',
      title: this.t.columns.organisation,
      value: (u) => u.organisation.name,
      hideOnPhone: true,
    },
    { key: 'role', title: this.t.columns.role, width: '90px' },
    { key: 'status', title: this.t.columns.status, width: '90px' },
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
      hideOnPhone: true,
    },
    { key: 'actions', title: this.common.actions, width: '190px' },
  ];
  protected readonly rowAttrs = (u: AdminUserView) => ({
    'data-email': u.email,
  });

  protected readonly q = signal('');
  protected qDraft = '';
  protected readonly role = signal<Role | null>(null);
  protected readonly status = signal<UserStatus | null>(null);
  protected readonly pageIndex = signal(1);
  protected readonly busy = signal<string | null>(null);
  protected readonly disabling = signal<AdminUserView | null>(null);
  protected readonly reasonError = signal<string | null>(null);
  protected readonly myId = computed(() => this.auth.user()?.id ?? null);

  private readonly query = computed<AdminUserQuery>(() => ({
    q: this.q(),
    role: this.role(),
    status: this.status(),
    page: this.pageIndex(),
    pageSize: PAGE_SIZE,
  }));
  private readonly list = new Reloadable(
    (query: AdminUserQuery) => this.api.users(query),
    toObservable(this.query),
  );
  protected readonly page = this.list.value;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;

  protected search(): void {
    this.q.set(this.qDraft.trim());
    this.pageIndex.set(1);
  }

  protected setRole(role: Role | null): void {
    this.role.set(role);
    this.pageIndex.set(1);
  }

  protected setStatus(status: UserStatus | null): void {
    this.status.set(status);
    this.pageIndex.set(1);
  }

  protected askDisable(user: AdminUserView): void {
    this.reasonError.set(null);
    this.disabling.set(user);
  }

  protected confirmDisable(reason: string): void {
    const user = this.disabling();
    if (!user || this.busy()) return;
    this.busy.set(user.id);
    this.api.disable(user.id, reason).subscribe({
      next: () => {
        this.busy.set(null);
        this.disabling.set(null);
        this.message.success(this.t.disabled);
        this.list.reload();
      },
      error: (error: unknown) => {
        const problem = toApiError(error).errors?.find(
          (f) => f.field === 'reason',
        );
        if (problem) {
          this.busy.set(null);
          this.reasonError.set(problem.message);
          return;
        }
        this.disabling.set(null);
        this.failed(error);
      },
    });
  }

  protected enable(user: AdminUserView): void {
    this.run(user, this.api.enable(user.id), this.t.enabled);
  }

  protected resetSecondFactor(user: AdminUserView): void {
    this.run(user, this.api.resetSecondFactor(user.id), this.t.mfaReset);
  }

  protected retry(): void {
    this.list.reload();
  }

  private run(
    user: AdminUserView,
    action: ReturnType<AccountsApi['enable']>,
    done: string,
  ): void {
    if (this.busy()) return;
    this.busy.set(user.id);
    action.subscribe({
      next: () => {
        this.busy.set(null);
        this.message.success(done);
        this.list.reload();
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  private failed(error: unknown): void {
    this.busy.set(null);
    this.message.error(toApiError(error).message);
    this.list.reload();
  }
}
