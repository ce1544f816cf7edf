import type { Route } from '@angular/router';
import { featureStyles } from '@scenematch/portal/core/styles/feature-styles';

export const noticesRoutes: Route[] = [
  {
    path: '',
    title: 'layout.nav.notices',
    canActivate: [featureStyles],
    loadComponent: () => import('./notices.page').then((m) => m.NoticesPage),
  },
];
