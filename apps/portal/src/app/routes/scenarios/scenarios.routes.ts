import type { Route } from '@angular/router';
import { featureStyles } from '../../core/styles/feature-styles';
import { applyRoute } from '../applications/applications.routes';

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
  applyRoute,
];
