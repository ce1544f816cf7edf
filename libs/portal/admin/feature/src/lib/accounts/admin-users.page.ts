import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import {
  ROLES,
  USER_STATUSES,
  type AdminUserView,
  type Role,
  type UserStatus,
} from '@scenematch/contracts';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import {
  AccountsApi,
  type AdminUserQuery,
} from '@scenematch/portal/accounts/data-access/accounts.api';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { ADMIN_ROLE_KEYS, USER_STATUS_KEYS } from './account-keys';
import { userColumns } from './user-columns';
import { ReasonModalComponent } from '@scenematch/portal/shared/ui/reason-modal.component';
import {
  DATA_TABLE,
  type TableButton,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import {
  type FilterChange,
  filterSelect,
  FilterSelectsComponent,
} from '@scenematch/portal/shared/ui/list/filter-selects.component';
import { PagedQuery } from '@scenematch/portal/shared/ui/list/paged-query';
import { RowActions } from '@scenematch/portal/shared/ui/ui/row-actions';
import { ToolbarSearchComponent } from '@scenematch/portal/shared/ui/admin-forms/toolbar-search.component';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

const PAGE_SIZE = 20;

/** The actions confirmed in place: test id, label and question. */
type ConfirmedAction = 'enable' | 'resetMfa';
const CONFIRMED: Record<
  ConfirmedAction,
  { testId: string; label: string; confirm: string }
> = {
  enable: {
    testId: 'user-enable',
    label: 'admin.users.enable',
    confirm: 'admin.users.enableConfirm',
  },
  resetMfa: {
    testId: 'user-reset-mfa',
    label: 'admin.users.resetMfa',
    confirm: 'admin.users.resetMfaConfirm',
  },
};

/**
 * 用户管理 (admin only): users by e-mail or name, role and status; 停用 (with a reason) and 启用,
 * 重置双因素. Disabling and resetting end the user's sessions at once (the API's session version).
 */
@Component({
  selector: 'sm-admin-users-page',
  imports: [
    PageHeadComponent,
    DATA_TABLE,
    ToolbarSearchComponent,
    FilterSelectsComponent,
    ReasonModalComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-users.page.html',
  styleUrl: './admin-accounts.less',
})
export class AdminUsersPage {
  private readonly api = inject(AccountsApi);
  private readonly auth = inject(AuthStore);

  private readonly i18n = inject(LanguageService);
  protected readonly totalText = (n: number) =>
    this.i18n.t('admin.users.total', { n });
  /** The toolbar's filters by role and by status (their options in the reader's language). */
  protected readonly filterSelects = computed(() => {
    const options = <C extends string>(
      codes: readonly C[],
      keys: Readonly<Record<C, string>>,
    ) => codes.map((value) => ({ value, label: this.i18n.t(keys[value]) }));
    const translated = { translated: true };
    return [
      filterSelect(
        'role',
        ['admin.users.rolePlaceholder', 'admin.users.role'],
        'user-filter-role',
        options(ROLES, ADMIN_ROLE_KEYS),
        translated,
      ),
      filterSelect(
        'status',
        ['admin.users.statusPlaceholder', 'admin.users.status'],
        'user-filter-status',
        options(USER_STATUSES, USER_STATUS_KEYS),
        translated,
      ),
    ];
  });

  protected readonly columns = computed(() => {
    const t = (key: string) => this.i18n.t(key);
    // Not on one's own row (it says 当前账号) nor on an erased user's.
    const offered = (u: AdminUserView) =>
      u.id !== this.myId() && u.status !== 'erased';
    return userColumns(t, [
      {
        label: t('admin.users.disable'),
        testid: 'user-disable',
        danger: true,
        shown: (u) => offered(u) && u.status !== 'disabled',
        pressed: (u) => this.actions.ask(u),
      },
      ...(Object.keys(CONFIRMED) as ConfirmedAction[]).map(
        (a): TableButton<AdminUserView> => ({
          label: t(CONFIRMED[a].label),
          testid: CONFIRMED[a].testId,
          question: t(CONFIRMED[a].confirm),
          shown: (u) => offered(u) && this.confirmedActions(u).includes(a),
          busy: (u) => this.actions.busy() === u.id,
          pressed: (u) => this.confirmed(a, u),
        }),
      ),
    ]);
  });
  protected readonly rowAttrs = (u: AdminUserView) => ({
    'data-email': u.email,
  });

  protected readonly myId = computed(() => this.auth.user()?.id ?? null);

  protected readonly list = new PagedQuery(
    (query: AdminUserQuery) => this.api.users(query),
    { q: '', role: null as Role | null, status: null as UserStatus | null },
    PAGE_SIZE,
  );
  protected setFilter({ key, value }: FilterChange<'role' | 'status'>): void {
    this.list.set({ [key]: value });
  }
  /** 停用 asks a reason; 启用 and 重置双因素 are confirmed in place. */
  protected readonly actions = new RowActions<AdminUserView>(() =>
    this.list.reload(),
  );

  /**
   * The row's actions confirmed in place, after 停用 if it is offered: 启用 for a disabled user,
   * 重置双因素 for one with a second factor.
   */
  protected confirmedActions(user: AdminUserView): ConfirmedAction[] {
    const all: ConfirmedAction[] = [];
    if (user.status === 'disabled') all.push('enable');
    if (user.mfaEnabled) all.push('resetMfa');
    return all;
  }

  protected confirmed(action: ConfirmedAction, user: AdminUserView): void {
    if (action === 'enable') this.enable(user);
    else this.resetSecondFactor(user);
  }

  protected confirmDisable(reason: string): void {
    this.actions.confirm(
      (user, why) => this.api.disable(user.id, why),
      reason,
      this.i18n.t('admin.users.disabled'),
    );
  }

  protected enable(user: AdminUserView): void {
    this.actions.run(
      user.id,
      this.api.enable(user.id),
      this.i18n.t('admin.users.enabled'),
    );
  }

  protected resetSecondFactor(user: AdminUserView): void {
    this.actions.run(
      user.id,
      this.api.resetSecondFactor(user.id),
      this.i18n.t('admin.users.mfaReset'),
    );
  }
}
