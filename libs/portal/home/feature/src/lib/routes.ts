import type { Route } from '@angular/router';

export const homeRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'layout.nav.home',
    loadComponent: () => import('./home.page').then((m) => m.HomePage),
  },
];
