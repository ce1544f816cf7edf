/**
 * The accounts of the local OpenID Connect provider the e2e run starts (see global-setup.ts):
 * a civil servant whose verified e-mail is the demo agency user's (linked on first sign-in), and
 * a newcomer the platform does not know (waits for the admin's approval).
 */
export const E2E_OIDC_CLIENT_ID = 'scenematch-e2e';
export const E2E_OIDC_CLIENT_SECRET = 'scenematch-e2e-secret-0123456789';

export const E2E_OIDC_ACCOUNTS = {
  'gov-staff-001': {
    email: 'agency@demo.scenematch.cn',
    email_verified: true,
    name: '李静',
  },
  'gov-newcomer-002': {
    email: 'newcomer.e2e@gov.example.cn',
    email_verified: true,
    name: '陈新来',
    staff_id: 'WJ-2026-0318',
  },
} as const;
