import type { Route } from '@angular/router';
import { roleGuard } from '@scenematch/portal/core/auth/auth.guards';
import { guardedArea } from '@scenematch/portal/core/routing/route-areas';

export const adminRoutes: Route[] = [
  guardedArea(
    ['organiser', 'admin'],
    [
      { path: '', pathMatch: 'full', redirectTo: 'scenarios' },
      {
        path: 'scenarios',
        title: 'layout.nav.adminScenarios',
        loadComponent: () =>
          import('./review-queue.page').then((m) => m.ReviewQueuePage),
      },
      {
        path: 'batches',
        title: 'layout.nav.adminBatches',
        loadComponent: () =>
          import('./batches.page').then((m) => m.BatchesPage),
      },
      {
        path: 'import',
        title: 'layout.nav.adminImportExport',
        loadComponent: () => import('./import.page').then((m) => m.ImportPage),
      },
      // The menu's first address for this page; kept so that old links still work.
      { path: 'import-export', redirectTo: 'import' },
      {
        path: 'products',
        title: 'layout.nav.adminProducts',
        loadComponent: () =>
          import('./products/product-review.page').then(
            (m) => m.ProductReviewPage,
          ),
      },
      {
        path: 'launch-events',
        title: 'layout.nav.adminLaunchEvents',
        loadComponent: () =>
          import('./launch-events/launch-events.page').then(
            (m) => m.LaunchEventsPage,
          ),
      },
      {
        path: 'matching',
        title: 'layout.nav.adminMatching',
        loadComponent: () =>
          import('./matching/matching-admin.page').then(
            (m) => m.MatchingAdminPage,
          ),
      },
      {
        path: 'evaluation/:scenarioId',
        title: 'layout.nav.adminEvaluation',
        loadComponent: () =>
          import('./evaluation/evaluation.page').then((m) => m.EvaluationPage),
      },
      {
        path: 'sessions',
        title: 'layout.nav.adminSessions',
        loadComponent: () =>
          import('./sessions/sessions-admin.page').then(
            (m) => m.SessionsAdminPage,
          ),
      },
      {
        path: 'sessions/:id',
        title: 'layout.nav.adminSessions',
        loadComponent: () =>
          import('./sessions/session-admin.page').then(
            (m) => m.SessionAdminPage,
          ),
      },
      {
        path: 'stats',
        title: 'layout.nav.adminStats',
        loadComponent: () =>
          import('./stats/stats.page').then((m) => m.StatsPage),
      },
      {
        path: 'stats/batch-health',
        title: 'layout.nav.adminBatchHealth',
        loadComponent: () =>
          import('./stats/batch-health.page').then((m) => m.BatchHealthPage),
      },
      {
        path: 'organisations',
        title: 'layout.nav.adminOrganisations',
        loadComponent: () =>
          import('./accounts/admin-organisations.page').then(
            (m) => m.AdminOrganisationsPage,
          ),
      },
      {
        path: 'users',
        title: 'layout.nav.adminUsers',
        canActivate: [roleGuard(['admin'])],
        loadComponent: () =>
          import('./accounts/admin-users.page').then((m) => m.AdminUsersPage),
      },
      {
        path: 'sso-requests',
        title: 'layout.nav.adminSsoRequests',
        canActivate: [roleGuard(['admin'])],
        loadComponent: () =>
          import('./accounts/admin-sso-requests.page').then(
            (m) => m.AdminSsoRequestsPage,
          ),
      },
      {
        path: 'jobs',
        title: 'layout.nav.adminJobs',
        canActivate: [roleGuard(['admin'])],
        loadComponent: () => import('./jobs/jobs.page').then((m) => m.JobsPage),
      },
      {
        path: 'audit',
        title: 'layout.nav.adminAudit',
        loadComponent: () =>
          import('./audit/audit.page').then((m) => m.AuditPage),
      },
    ],
    { styles: true },
  ),
];
