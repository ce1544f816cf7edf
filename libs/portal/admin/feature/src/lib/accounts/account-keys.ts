import type { Role, UserStatus } from '@scenematch/contracts';

/** Role names as the admin pages word them (shorter than the header's), as catalogue keys. */
export const ADMIN_ROLE_KEYS: Record<Role, string> = {
  organiser: 'admin.users.roles.organiser',
  admin: 'admin.users.roles.admin',
  agency: 'admin.users.roles.agency',
  enterprise: 'admin.users.roles.enterprise',
  expert: 'admin.users.roles.expert',
  financier: 'admin.users.roles.financier',
};
export const USER_STATUS_KEYS: Record<UserStatus, string> = {
  active: 'admin.users.statuses.active',
  disabled: 'admin.users.statuses.disabled',
  locked: 'admin.users.statuses.locked',
  erased: 'admin.users.statuses.erased',
};
