import type { Role } from '@scenematch/contracts';

/** Where each role lands after signing in or registering. */
export const ROLE_HOME: Record<Role, string> = {
  enterprise: '/me/recommendations',
  agency: '/agency/scenarios',
  expert: '/review',
  organiser: '/admin',
  admin: '/admin',
  financier: '/sessions',
};

export function roleHome(role: Role | null | undefined): string {
  return role ? (ROLE_HOME[role] ?? '/') : '/';
}

/**
 * A returnUrl is only followed when it is a path inside the portal: absolute URLs and
 * protocol-relative `//host` would turn the login page into an open redirect.
 */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (
    !value ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  )
    return null;
  if (value.startsWith('/login') || value.startsWith('/register')) return null;
  return value;
}
