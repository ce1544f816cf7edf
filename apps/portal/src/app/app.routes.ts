import { Route } from '@angular/router';
import type { Role } from '@scenematch/contracts';
import { roleGuard } from './core/auth/auth.guards';
import { TEXTS } from './core/i18n/zh-cn';
import { ShellLayout } from './layout/shell.layout';

const N = TEXTS.nav;

/** A routed page that is not built yet: the one shared placeholder, loaded lazily. */
function comingSoon(path: string, feature: string): Route {
  return {
    path,
    title: feature,
    data: { feature },
    loadComponent: () =>
      import('./shared/coming-soon.page').then((m) => m.ComingSoonPage),
  };
}

/** A guarded area: the guard runs on entering it and on every move between its pages. */
function area(path: string, roles: readonly Role[], children: Route[]): Route {
  const guard = roleGuard(roles);
  return { path, canActivate: [guard], canActivateChild: [guard], children };
}

export const appRoutes: Route[] = [
  {
    path: '',
    component: ShellLayout,
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: N.home,
        loadComponent: () =>
          import('./routes/home/home.page').then((m) => m.HomePage),
      },
      {
        path: 'login',
        title: N.login,
        loadComponent: () =>
          import('./routes/auth/login.page').then((m) => m.LoginPage),
      },
      {
        path: 'register',
        title: N.register,
        loadComponent: () =>
          import('./routes/auth/register.page').then((m) => m.RegisterPage),
      },
      comingSoon('scenarios', N.scenarios),
      comingSoon('scenarios/:id', '场景详情'),
      comingSoon('products', N.products),
      comingSoon('products/:id', '产品详情'),
      comingSoon('sessions/:id', N.sessions),
      area(
        'me',
        ['enterprise'],
        [
          { path: '', pathMatch: 'full', redirectTo: 'recommendations' },
          comingSoon('recommendations', N.recommendations),
          comingSoon('applications', N.myApplications),
          comingSoon('products', N.myProducts),
        ],
      ),
      area(
        'agency',
        ['agency'],
        [
          { path: '', pathMatch: 'full', redirectTo: 'scenarios' },
          comingSoon('scenarios', N.agencyScenarios),
        ],
      ),
      area('review', ['expert'], [comingSoon('', N.review)]),
      area(
        'admin',
        ['organiser', 'admin'],
        [
          { path: '', pathMatch: 'full', redirectTo: 'scenarios' },
          comingSoon('scenarios', N.adminScenarios),
          comingSoon('batches', N.adminBatches),
          comingSoon('import-export', N.adminImportExport),
          comingSoon('sessions', N.adminSessions),
          comingSoon('stats', N.adminStats),
          comingSoon('audit', N.adminAudit),
        ],
      ),
      {
        path: '403',
        title: TEXTS.errors.forbiddenTitle,
        loadComponent: () =>
          import('./routes/errors/forbidden.page').then((m) => m.ForbiddenPage),
      },
      {
        path: '**',
        title: TEXTS.errors.notFoundTitle,
        loadComponent: () =>
          import('./routes/errors/not-found.page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
