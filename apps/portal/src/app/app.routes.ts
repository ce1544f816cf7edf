import { Route } from '@angular/router';
import { startsWithOneOf } from './core/routing/route-areas';
import { ShellLayout } from './layout/shell.layout';

// Each area's pages, guards and titles are in its routes/<area>/<area>.routes.ts, loaded on first
// use. Route titles are catalogue keys (layout.nav.*); PageTitleStrategy and the breadcrumb
// translate them.

export const appRoutes: Route[] = [
  {
    path: '',
    component: ShellLayout,
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadChildren: () =>
          import('./routes/home/home.routes').then((m) => m.homeRoutes),
      },
      {
        path: '',
        // login, login/sso, mfa-setup, register: auth.routes is loaded for these only.
        canMatch: [startsWithOneOf(['login', 'mfa-setup', 'register'])],
        loadChildren: () =>
          import('./routes/auth/auth.routes').then((m) => m.authRoutes),
      },
      {
        path: 'privacy',
        loadChildren: () =>
          import('./routes/privacy/privacy.routes').then(
            (m) => m.privacyRoutes,
          ),
      },
      {
        path: 'open-data',
        loadChildren: () =>
          import('./routes/open-data/open-data.routes').then(
            (m) => m.openDataRoutes,
          ),
      },
      {
        path: 'scenarios',
        loadChildren: () =>
          import('./routes/scenarios/scenarios.routes').then(
            (m) => m.scenariosRoutes,
          ),
      },
      {
        path: 'products',
        loadChildren: () =>
          import('./routes/products/products.routes').then(
            (m) => m.productsRoutes,
          ),
      },
      {
        path: 'companies',
        loadChildren: () =>
          import('./routes/companies/companies.routes').then(
            (m) => m.companiesRoutes,
          ),
      },
      {
        path: 'notices',
        loadChildren: () =>
          import('./routes/notices/notices.routes').then(
            (m) => m.noticesRoutes,
          ),
      },
      {
        path: 'sessions',
        loadChildren: () =>
          import('./routes/sessions/sessions.routes').then(
            (m) => m.sessionsRoutes,
          ),
      },
      {
        path: 'me',
        loadChildren: () =>
          import('./routes/me/me.routes').then((m) => m.meRoutes),
      },
      {
        path: 'agency',
        loadChildren: () =>
          import('./routes/agency/agency.routes').then((m) => m.agencyRoutes),
      },
      {
        path: 'review',
        loadChildren: () =>
          import('./routes/review/review.routes').then((m) => m.reviewRoutes),
      },
      {
        path: 'admin',
        loadChildren: () =>
          import('./routes/admin/admin.routes').then((m) => m.adminRoutes),
      },
      // Last: its `**` takes every address the areas above did not.
      {
        path: '',
        loadChildren: () =>
          import('./routes/errors/errors.routes').then((m) => m.errorsRoutes),
      },
    ],
  },
];
