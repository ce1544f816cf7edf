import type { Route } from '@angular/router';
import { featureStyles } from '@scenematch/portal/core/styles/feature-styles';

export const scenariosRoutes: Route[] = [
  {
    path: '',
    title: 'layout.nav.scenarios',
    canActivate: [featureStyles],
    loadComponent: () =>
      import('./scenario-list.page').then((m) => m.ScenarioListPage),
  },
  {
    path: ':id',
    title: 'layout.nav.scenarioDetail',
    canActivate: [featureStyles],
    loadComponent: () =>
      import('./scenario-detail.page').then((m) => m.ScenarioDetailPage),
  },
  // :id/apply: the application form, mounted by the app (app.routes.ts).
];
