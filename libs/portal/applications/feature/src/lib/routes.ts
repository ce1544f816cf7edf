import type { Route } from '@angular/router';
import { featureStyles } from '@scenematch/portal/core/styles/feature-styles';
import { roleGuard } from '@scenematch/portal/core/auth/auth.guards';

// The application form has no address of its own: the app mounts it at /scenarios/:id/apply and
// /me/applications/:applicationId/edit (app.routes.ts, before the scenarios and me areas), each
// route below taking its parameter from there.

const loadApplyPage = () => import('./apply.page').then((m) => m.ApplyPage);

/** /scenarios/:id/apply. */
export const applyRoutes: Route[] = [
  {
    path: '',
    title: 'layout.nav.apply',
    canActivate: [roleGuard(['enterprise']), featureStyles],
    loadComponent: loadApplyPage,
  },
];

/** /me/applications/:applicationId/edit (an enterprise's page, as the rest of its /me area). */
export const applicationEditRoutes: Route[] = [
  {
    path: '',
    title: 'layout.nav.applicationEdit',
    canActivate: [roleGuard(['enterprise']), featureStyles],
    loadComponent: loadApplyPage,
  },
];
