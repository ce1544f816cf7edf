import type { Route } from '@angular/router';
import { featureStyles } from '@scenematch/portal/core/styles/feature-styles';

export const sessionsRoutes: Route[] = [
  {
    path: '',
    title: 'layout.nav.sessions',
    canActivate: [featureStyles],
    loadComponent: () =>
      import('./session-list.page').then((m) => m.SessionListPage),
  },
  {
    path: ':id',
    title: 'layout.nav.sessions',
    canActivate: [featureStyles],
    loadComponent: () =>
      import('./session-detail.page').then((m) => m.SessionDetailPage),
  },
];
