import type { AdminUserView, UserStatus } from '@scenematch/contracts';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import type {
  TableButton,
  TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import { keyedTag } from '@scenematch/portal/shared/ui/ui/keyed-tag';
import { ADMIN_ROLE_KEYS, USER_STATUS_KEYS } from './account-keys';

const STATUS_COLORS: Record<UserStatus, string> = {
  active: 'success',
  locked: 'warning',
  disabled: 'default',
  erased: 'default',
};

/** The columns of 用户管理, with the page's row `buttons`. */
export function userColumns(
  t: (key: string) => string,
  buttons: TableButton<AdminUserView>[],
): TableColumn<AdminUserView>[] {
  return [
    {
      key: 'name',
      title: t('admin.users.columns.name'),
      value: (u) => u.displayName,
      sub: (u) => u.email,
      data: true,
    },
    {
      key: 'organisation',
      title: t('admin.users.columns.organisation'),
      value: (u) => u.organisation.name,
      hideOnPhone: true,
      data: true,
    },
    {
      key: 'role',
      title: t('admin.users.columns.role'),
      // The longest role (金融/投资机构, "Bank / investor") as one tag that keeps clear of the status.
      width: '120px',
      tag: (u) => ({ text: t(ADMIN_ROLE_KEYS[u.role]) }),
      testId: 'user-role',
    },
    {
      key: 'status',
      title: t('admin.users.columns.status'),
      width: '90px',
      tag: keyedTag(t, USER_STATUS_KEYS, STATUS_COLORS, (u) => u.status),
      sub: (u) => (u.status === 'disabled' ? u.disabledReason : null),
      subData: true,
      testId: 'user-status',
    },
    {
      key: 'mfa',
      title: t('admin.users.columns.mfa'),
      width: '80px',
      value: (u) =>
        u.mfaEnabled ? t('admin.users.mfaOn') : t('admin.users.mfaOff'),
      hideOnPhone: true,
    },
    {
      key: 'lastLogin',
      title: t('admin.users.columns.lastLogin'),
      width: '140px',
      value: (u) => beijingTime(u.lastLoginAt),
      sub: (u) => (u.lastLoginAt ? null : t('admin.users.never')),
      hideOnPhone: true,
    },
    { key: 'actions', title: t('common.actions'), width: '190px', buttons },
  ];
}
