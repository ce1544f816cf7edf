import { Role } from '@scenematch/contracts';
import { AppConfig } from '@scenematch/server-config';

/** Roles that must use a second factor when MFA_REQUIRED is on: they see and change everything. */
export const MFA_MANDATORY_ROLES: readonly Role[] = ['organiser', 'admin'];

/** A second factor is mandatory for this role under the configuration. */
export function mfaMandatoryFor(role: Role, config: AppConfig): boolean {
  return config.mfaRequired && MFA_MANDATORY_ROLES.includes(role);
}
