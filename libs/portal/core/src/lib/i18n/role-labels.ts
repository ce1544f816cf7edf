import type { Role } from '@scenematch/contracts';

/** Catalogue keys of the role names (the user menu's tag): every role has one, by type. */
export const ROLE_LABEL_KEYS: Record<Role, string> = {
  organiser: 'layout.roles.organiser',
  agency: 'layout.roles.agency',
  enterprise: 'layout.roles.enterprise',
  expert: 'layout.roles.expert',
  admin: 'layout.roles.admin',
  financier: 'layout.roles.financier',
};
