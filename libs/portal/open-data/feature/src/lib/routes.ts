import type { Route } from '@angular/router';

export const openDataRoutes: Route[] = [
  {
    path: '',
    title: 'layout.nav.openData',
    loadComponent: () => import('./open-data.page').then((m) => m.OpenDataPage),
  },
];
