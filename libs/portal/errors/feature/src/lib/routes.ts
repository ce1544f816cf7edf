import type { Route } from '@angular/router';

/** Mounted last: `**` catches every address no other area took. */
export const errorsRoutes: Route[] = [
  {
    path: '403',
    title: 'layout.nav.forbidden',
    loadComponent: () =>
      import('./forbidden.page').then((m) => m.ForbiddenPage),
  },
  {
    path: '**',
    title: 'layout.nav.notFound',
    loadComponent: () => import('./not-found.page').then((m) => m.NotFoundPage),
  },
];
