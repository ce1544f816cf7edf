import type { Route } from '@angular/router';
import { mfaSetupGuard } from '@scenematch/portal/core/auth/auth.guards';

// app.routes loads this file only for addresses starting with login, mfa-setup or register.
export const authRoutes: Route[] = [
  {
    path: 'login',
    title: 'layout.nav.login',
    loadComponent: () => import('./login.page').then((m) => m.LoginPage),
  },
  {
    path: 'login/sso',
    title: 'layout.nav.ssoCallback',
    loadComponent: () =>
      import('./sso-callback.page').then((m) => m.SsoCallbackPage),
  },
  {
    path: 'mfa-setup',
    title: 'layout.nav.mfaSetup',
    canActivate: [mfaSetupGuard],
    loadComponent: () => import('./mfa-setup.page').then((m) => m.MfaSetupPage),
  },
  {
    path: 'register',
    title: 'layout.nav.register',
    loadComponent: () => import('./register.page').then((m) => m.RegisterPage),
  },
];
