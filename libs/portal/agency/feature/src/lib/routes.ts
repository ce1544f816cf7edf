import type { Route } from '@angular/router';
import { guardedArea } from '@scenematch/portal/core/routing/route-areas';

export const agencyRoutes: Route[] = [
  guardedArea(
    ['agency'],
    [
      { path: '', pathMatch: 'full', redirectTo: 'scenarios' },
      {
        path: 'scenarios',
        title: 'layout.nav.agencyScenarios',
        loadComponent: () =>
          import('./agency-scenarios.page').then((m) => m.AgencyScenariosPage),
      },
      {
        path: 'scenarios/new',
        title: 'layout.nav.scenarioCreate',
        loadComponent: () =>
          import('./scenario-form.page').then((m) => m.ScenarioFormPage),
      },
      {
        path: 'scenarios/:id/edit',
        title: 'layout.nav.scenarioEdit',
        loadComponent: () =>
          import('./scenario-form.page').then((m) => m.ScenarioFormPage),
      },
    ],
    { styles: true },
  ),
];
