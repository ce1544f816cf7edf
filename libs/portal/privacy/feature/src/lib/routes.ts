import type { Route } from '@angular/router';

export const privacyRoutes: Route[] = [
  {
    path: '',
    title: 'layout.nav.privacy',
    loadComponent: () => import('./privacy.page').then((m) => m.PrivacyPage),
  },
];
