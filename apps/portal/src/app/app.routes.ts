import { Route } from '@angular/router';
import type { Role } from '@scenematch/contracts';
import { authGuard, mfaSetupGuard, roleGuard } from './core/auth/auth.guards';
import { featureStyles } from './core/styles/feature-styles';
import { ShellLayout } from './layout/shell.layout';

// Route titles are catalogue keys (layout.nav.*); PageTitleStrategy and the breadcrumb translate them.

/** A guarded area: the guard runs on entering it and on every move between its pages. */
function area(
  path: string,
  roles: readonly Role[],
  children: Route[],
  options: { styles?: boolean } = {},
): Route {
  const guard = roleGuard(roles);
  return {
    path,
    canActivate: options.styles ? [guard, featureStyles] : [guard],
    canActivateChild: [guard],
    children,
  };
}

export const appRoutes: Route[] = [
  {
    path: '',
    component: ShellLayout,
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'layout.nav.home',
        loadComponent: () =>
          import('./routes/home/home.page').then((m) => m.HomePage),
      },
      {
        path: 'login',
        title: 'layout.nav.login',
        loadComponent: () =>
          import('./routes/auth/login.page').then((m) => m.LoginPage),
      },
      {
        path: 'login/sso',
        title: 'layout.nav.ssoCallback',
        loadComponent: () =>
          import('./routes/auth/sso-callback.page').then(
            (m) => m.SsoCallbackPage,
          ),
      },
      {
        path: 'mfa-setup',
        title: 'layout.nav.mfaSetup',
        canActivate: [mfaSetupGuard],
        loadComponent: () =>
          import('./routes/auth/mfa-setup.page').then((m) => m.MfaSetupPage),
      },
      {
        path: 'register',
        title: 'layout.nav.register',
        loadComponent: () =>
          import('./routes/auth/register.page').then((m) => m.RegisterPage),
      },
      {
        path: 'privacy',
        title: 'layout.nav.privacy',
        loadComponent: () =>
          import('./routes/privacy/privacy.page').then((m) => m.PrivacyPage),
      },
      {
        path: 'open-data',
        title: 'layout.nav.openData',
        loadComponent: () =>
          import('./routes/open-data/open-data.page').then(
            (m) => m.OpenDataPage,
          ),
      },
      {
        path: 'scenarios',
        title: 'layout.nav.scenarios',
        canActivate: [featureStyles],
        loadComponent: () =>
          import('./routes/scenarios/scenario-list.page').then(
            (m) => m.ScenarioListPage,
          ),
      },
      {
        path: 'scenarios/:id',
        title: 'layout.nav.scenarioDetail',
        canActivate: [featureStyles],
        loadComponent: () =>
          import('./routes/scenarios/scenario-detail.page').then(
            (m) => m.ScenarioDetailPage,
          ),
      },
      {
        path: 'products',
        title: 'layout.nav.products',
        canActivate: [featureStyles],
        loadComponent: () =>
          import('./routes/products/product-list.page').then(
            (m) => m.ProductListPage,
          ),
      },
      {
        path: 'products/:id',
        title: 'layout.nav.productDetail',
        canActivate: [featureStyles],
        loadComponent: () =>
          import('./routes/products/product-detail.page').then(
            (m) => m.ProductDetailPage,
          ),
      },
      {
        path: 'companies/:id',
        title: 'layout.nav.company',
        canActivate: [featureStyles],
        loadComponent: () =>
          import('./routes/companies/company.page').then((m) => m.CompanyPage),
      },
      {
        path: 'scenarios/:id/apply',
        title: 'layout.nav.apply',
        canActivate: [roleGuard(['enterprise']), featureStyles],
        loadComponent: () =>
          import('./routes/applications/apply.page').then((m) => m.ApplyPage),
      },
      {
        path: 'notices',
        title: 'layout.nav.notices',
        canActivate: [featureStyles],
        loadComponent: () =>
          import('./routes/notices/notices.page').then((m) => m.NoticesPage),
      },
      {
        path: 'sessions',
        title: 'layout.nav.sessions',
        canActivate: [featureStyles],
        loadComponent: () =>
          import('./routes/sessions/session-list.page').then(
            (m) => m.SessionListPage,
          ),
      },
      {
        path: 'sessions/:id',
        title: 'layout.nav.sessions',
        canActivate: [featureStyles],
        loadComponent: () =>
          import('./routes/sessions/session-detail.page').then(
            (m) => m.SessionDetailPage,
          ),
      },
      // Every signed-in role has 账号安全 too: before the enterprise-only `me` area.
      {
        path: 'me/security',
        title: 'layout.nav.security',
        canActivate: [authGuard, featureStyles],
        loadComponent: () =>
          import('./routes/me/security/security.page').then(
            (m) => m.SecurityPage,
          ),
      },
      // Every signed-in role has notifications: before the enterprise-only `me` area.
      {
        path: 'me/notifications/settings',
        title: 'layout.nav.notificationSettings',
        canActivate: [authGuard, featureStyles],
        loadComponent: () =>
          import('./routes/me/notifications/notification-settings.page').then(
            (m) => m.NotificationSettingsPage,
          ),
      },
      {
        path: 'me/notifications',
        title: 'layout.nav.notifications',
        canActivate: [authGuard, featureStyles],
        loadComponent: () =>
          import('./routes/me/notifications/notifications.page').then(
            (m) => m.NotificationsPage,
          ),
      },
      area(
        'me',
        ['enterprise'],
        [
          { path: '', pathMatch: 'full', redirectTo: 'recommendations' },
          {
            path: 'recommendations',
            title: 'layout.nav.recommendations',
            loadComponent: () =>
              import('./routes/me/recommendations/recommendations.page').then(
                (m) => m.RecommendationsPage,
              ),
          },
          {
            path: 'applications',
            title: 'layout.nav.myApplications',
            loadComponent: () =>
              import('./routes/me/applications/my-applications.page').then(
                (m) => m.MyApplicationsPage,
              ),
          },
          {
            path: 'applications/:applicationId/edit',
            title: 'layout.nav.applicationEdit',
            loadComponent: () =>
              import('./routes/applications/apply.page').then(
                (m) => m.ApplyPage,
              ),
          },
          {
            path: 'products',
            title: 'layout.nav.myProducts',
            loadComponent: () =>
              import('./routes/me/my-products.page').then(
                (m) => m.MyProductsPage,
              ),
          },
          {
            path: 'products/new',
            title: 'layout.nav.productCreate',
            loadComponent: () =>
              import('./routes/me/product-form.page').then(
                (m) => m.ProductFormPage,
              ),
          },
          {
            path: 'products/:id/edit',
            title: 'layout.nav.productEdit',
            loadComponent: () =>
              import('./routes/me/product-form.page').then(
                (m) => m.ProductFormPage,
              ),
          },
          {
            path: 'profile',
            title: 'layout.nav.companyProfile',
            loadComponent: () =>
              import('./routes/me/profile.page').then((m) => m.ProfilePage),
          },
        ],
        { styles: true },
      ),
      area(
        'agency',
        ['agency'],
        [
          { path: '', pathMatch: 'full', redirectTo: 'scenarios' },
          {
            path: 'scenarios',
            title: 'layout.nav.agencyScenarios',
            loadComponent: () =>
              import('./routes/agency/agency-scenarios.page').then(
                (m) => m.AgencyScenariosPage,
              ),
          },
          {
            path: 'scenarios/new',
            title: 'layout.nav.scenarioCreate',
            loadComponent: () =>
              import('./routes/agency/scenario-form.page').then(
                (m) => m.ScenarioFormPage,
              ),
          },
          {
            path: 'scenarios/:id/edit',
            title: 'layout.nav.scenarioEdit',
            loadComponent: () =>
              import('./routes/agency/scenario-form.page').then(
                (m) => m.ScenarioFormPage,
              ),
          },
        ],
        { styles: true },
      ),
      area(
        'review',
        ['expert'],
        [
          {
            path: '',
            pathMatch: 'full',
            title: 'layout.nav.review',
            loadComponent: () =>
              import('./routes/review/review-list.page').then(
                (m) => m.ReviewListPage,
              ),
          },
          {
            path: ':applicationId',
            title: 'layout.nav.reviewScore',
            loadComponent: () =>
              import('./routes/review/review-score.page').then(
                (m) => m.ReviewScorePage,
              ),
          },
        ],
        { styles: true },
      ),
      area(
        'admin',
        ['organiser', 'admin'],
        [
          { path: '', pathMatch: 'full', redirectTo: 'scenarios' },
          {
            path: 'scenarios',
            title: 'layout.nav.adminScenarios',
            loadComponent: () =>
              import('./routes/admin/review-queue.page').then(
                (m) => m.ReviewQueuePage,
              ),
          },
          {
            path: 'batches',
            title: 'layout.nav.adminBatches',
            loadComponent: () =>
              import('./routes/admin/batches.page').then((m) => m.BatchesPage),
          },
          {
            path: 'import',
            title: 'layout.nav.adminImportExport',
            loadComponent: () =>
              import('./routes/admin/import.page').then((m) => m.ImportPage),
          },
          // The menu's first address for this page; kept so that old links still work.
          { path: 'import-export', redirectTo: 'import' },
          {
            path: 'products',
            title: 'layout.nav.adminProducts',
            loadComponent: () =>
              import('./routes/admin/products/product-review.page').then(
                (m) => m.ProductReviewPage,
              ),
          },
          {
            path: 'launch-events',
            title: 'layout.nav.adminLaunchEvents',
            loadComponent: () =>
              import('./routes/admin/launch-events/launch-events.page').then(
                (m) => m.LaunchEventsPage,
              ),
          },
          {
            path: 'matching',
            title: 'layout.nav.adminMatching',
            loadComponent: () =>
              import('./routes/admin/matching/matching-admin.page').then(
                (m) => m.MatchingAdminPage,
              ),
          },
          {
            path: 'evaluation/:scenarioId',
            title: 'layout.nav.adminEvaluation',
            loadComponent: () =>
              import('./routes/admin/evaluation/evaluation.page').then(
                (m) => m.EvaluationPage,
              ),
          },
          {
            path: 'sessions',
            title: 'layout.nav.adminSessions',
            loadComponent: () =>
              import('./routes/admin/sessions/sessions-admin.page').then(
                (m) => m.SessionsAdminPage,
              ),
          },
          {
            path: 'sessions/:id',
            title: 'layout.nav.adminSessions',
            loadComponent: () =>
              import('./routes/admin/sessions/session-admin.page').then(
                (m) => m.SessionAdminPage,
              ),
          },
          {
            path: 'stats',
            title: 'layout.nav.adminStats',
            loadComponent: () =>
              import('./routes/admin/stats/stats.page').then(
                (m) => m.StatsPage,
              ),
          },
          {
            path: 'stats/batch-health',
            title: 'layout.nav.adminBatchHealth',
            loadComponent: () =>
              import('./routes/admin/stats/batch-health.page').then(
                (m) => m.BatchHealthPage,
              ),
          },
          {
            path: 'organisations',
            title: 'layout.nav.adminOrganisations',
            loadComponent: () =>
              import('./routes/admin/accounts/admin-organisations.page').then(
                (m) => m.AdminOrganisationsPage,
              ),
          },
          {
            path: 'users',
            title: 'layout.nav.adminUsers',
            canActivate: [roleGuard(['admin'])],
            loadComponent: () =>
              import('./routes/admin/accounts/admin-users.page').then(
                (m) => m.AdminUsersPage,
              ),
          },
          {
            path: 'sso-requests',
            title: 'layout.nav.adminSsoRequests',
            canActivate: [roleGuard(['admin'])],
            loadComponent: () =>
              import('./routes/admin/accounts/admin-sso-requests.page').then(
                (m) => m.AdminSsoRequestsPage,
              ),
          },
          {
            path: 'jobs',
            title: 'layout.nav.adminJobs',
            canActivate: [roleGuard(['admin'])],
            loadComponent: () =>
              import('./routes/admin/jobs/jobs.page').then((m) => m.JobsPage),
          },
          {
            path: 'audit',
            title: 'layout.nav.adminAudit',
            loadComponent: () =>
              import('./routes/admin/audit/audit.page').then(
                (m) => m.AuditPage,
              ),
          },
        ],
        { styles: true },
      ),
      {
        path: '403',
        title: 'layout.nav.forbidden',
        loadComponent: () =>
          import('./routes/errors/forbidden.page').then((m) => m.ForbiddenPage),
      },
      {
        path: '**',
        title: 'layout.nav.notFound',
        loadComponent: () =>
          import('./routes/errors/not-found.page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
