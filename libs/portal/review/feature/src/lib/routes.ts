import type { Route } from '@angular/router';
import { guardedArea } from '@scenematch/portal/core/routing/route-areas';

export const reviewRoutes: Route[] = [
  guardedArea(
    ['expert'],
    [
      {
        path: '',
        pathMatch: 'full',
        title: 'layout.nav.review',
        loadComponent: () =>
          import('./review-list.page').then((m) => m.ReviewListPage),
      },
      {
        path: ':applicationId',
        title: 'layout.nav.reviewScore',
        loadComponent: () =>
          import('./review-score.page').then((m) => m.ReviewScorePage),
      },
    ],
    { styles: true },
  ),
];
