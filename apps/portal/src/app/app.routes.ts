import { Route } from '@angular/router';
import { startsWithOneOf } from '@scenematch/portal/core/routing/route-areas';
import { ShellLayout } from './layout/shell.layout';

// Each area's pages, guards and titles are in its library's routes.ts
// (libs/portal/<area>/feature/src/lib/routes.ts), loaded on first use. Route titles are catalogue
// keys (layout.nav.*); PageTitleStrategy and the breadcrumb translate them.

export const appRoutes: Route[] = [
  {
    path: '',
    component: ShellLayout,
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadChildren: () =>
          import('@scenematch/portal/home/feature').then((m) => m.homeRoutes),
      },
      {
        path: '',
        // login, login/sso, mfa-setup, register: auth.routes is loaded for these only.
        canMatch: [startsWithOneOf(['login', 'mfa-setup', 'register'])],
        loadChildren: () =>
          import('@scenematch/portal/auth/feature').then((m) => m.authRoutes),
      },
      {
        path: 'privacy',
        loadChildren: () =>
          import('@scenematch/portal/privacy/feature').then(
            (m) => m.privacyRoutes,
          ),
      },
      {
        path: 'open-data',
        loadChildren: () =>
          import('@scenematch/portal/open-data/feature').then(
            (m) => m.openDataRoutes,
          ),
      },
      // The application form of the applications area, at two addresses inside the scenarios and
      // me areas: before them, so that those areas' route files are not loaded for it.
      {
        path: 'scenarios/:id/apply',
        loadChildren: () =>
          import('@scenematch/portal/applications/feature').then(
            (m) => m.applyRoutes,
          ),
      },
      {
        path: 'me/applications/:applicationId/edit',
        loadChildren: () =>
          import('@scenematch/portal/applications/feature').then(
            (m) => m.applicationEditRoutes,
          ),
      },
      {
        path: 'scenarios',
        loadChildren: () =>
          import('@scenematch/portal/scenarios/feature').then(
            (m) => m.scenariosRoutes,
          ),
      },
      {
        path: 'products',
        loadChildren: () =>
          import('@scenematch/portal/products/feature').then(
            (m) => m.productsRoutes,
          ),
      },
      {
        path: 'companies',
        loadChildren: () =>
          import('@scenematch/portal/companies/feature').then(
            (m) => m.companiesRoutes,
          ),
      },
      {
        path: 'notices',
        loadChildren: () =>
          import('@scenematch/portal/notices/feature').then(
            (m) => m.noticesRoutes,
          ),
      },
      {
        path: 'sessions',
        loadChildren: () =>
          import('@scenematch/portal/sessions/feature').then(
            (m) => m.sessionsRoutes,
          ),
      },
      {
        path: 'me',
        loadChildren: () =>
          import('@scenematch/portal/me/feature').then((m) => m.meRoutes),
      },
      {
        path: 'agency',
        loadChildren: () =>
          import('@scenematch/portal/agency/feature').then((m) => m.agencyRoutes),
      },
      {
        path: 'review',
        loadChildren: () =>
          import('@scenematch/portal/review/feature').then((m) => m.reviewRoutes),
      },
      {
        path: 'admin',
        loadChildren: () =>
          import('@scenematch/portal/admin/feature').then((m) => m.adminRoutes),
      },
      // Last: its `**` takes every address the areas above did not.
      {
        path: '',
        loadChildren: () =>
          import('@scenematch/portal/errors/feature').then((m) => m.errorsRoutes),
      },
    ],
  },
];
