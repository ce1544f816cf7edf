import type { Route } from '@angular/router';
import { featureStyles } from '../../core/styles/feature-styles';
import { roleGuard } from '../../core/auth/auth.guards';

// The application form has no address of its own: it is mounted under /scenarios and /me.

const loadApplyPage = () => import('./apply.page').then((m) => m.ApplyPage);

/** /scenarios/:id/apply (in scenarios.routes). */
export const applyRoute: Route = {
  path: ':id/apply',
  title: 'layout.nav.apply',
  canActivate: [roleGuard(['enterprise']), featureStyles],
  loadComponent: loadApplyPage,
};

/** /me/applications/:applicationId/edit (in me.routes, inside the enterprise area). */
export const applicationEditRoute: Route = {
  path: 'applications/:applicationId/edit',
  title: 'layout.nav.applicationEdit',
  loadComponent: loadApplyPage,
};
