import type { Route } from '@angular/router';
import { featureStyles } from '@scenematch/portal/core/styles/feature-styles';

export const companiesRoutes: Route[] = [
  {
    path: ':id',
    title: 'layout.nav.company',
    canActivate: [featureStyles],
    loadComponent: () => import('./company.page').then((m) => m.CompanyPage),
  },
];
