import type { Route } from '@angular/router';
import { authGuard } from '@scenematch/portal/core/auth/auth.guards';
import { guardedArea } from '@scenematch/portal/core/routing/route-areas';
import { featureStyles } from '@scenematch/portal/core/styles/feature-styles';

export const meRoutes: Route[] = [
  // Every signed-in role has 账号安全 too: before the enterprise-only area.
  {
    path: 'security',
    title: 'layout.nav.security',
    canActivate: [authGuard, featureStyles],
    loadComponent: () =>
      import('./security/security.page').then((m) => m.SecurityPage),
  },
  // Every signed-in role has notifications: before the enterprise-only area.
  {
    path: 'notifications/settings',
    title: 'layout.nav.notificationSettings',
    canActivate: [authGuard, featureStyles],
    loadComponent: () =>
      import('./notifications/notification-settings.page').then(
        (m) => m.NotificationSettingsPage,
      ),
  },
  {
    path: 'notifications',
    title: 'layout.nav.notifications',
    canActivate: [authGuard, featureStyles],
    loadComponent: () =>
      import('./notifications/notifications.page').then(
        (m) => m.NotificationsPage,
      ),
  },
  guardedArea(
    ['enterprise'],
    [
      { path: '', pathMatch: 'full', redirectTo: 'recommendations' },
      {
        path: 'recommendations',
        title: 'layout.nav.recommendations',
        loadComponent: () =>
          import('./recommendations/recommendations.page').then(
            (m) => m.RecommendationsPage,
          ),
      },
      {
        path: 'applications',
        title: 'layout.nav.myApplications',
        loadComponent: () =>
          import('./applications/my-applications.page').then(
            (m) => m.MyApplicationsPage,
          ),
      },
      // applications/:applicationId/edit: the application form, mounted by the app (app.routes.ts).
      {
        path: 'products',
        title: 'layout.nav.myProducts',
        loadComponent: () =>
          import('./my-products.page').then((m) => m.MyProductsPage),
      },
      {
        path: 'products/new',
        title: 'layout.nav.productCreate',
        loadComponent: () =>
          import('./product-form.page').then((m) => m.ProductFormPage),
      },
      {
        path: 'products/:id/edit',
        title: 'layout.nav.productEdit',
        loadComponent: () =>
          import('./product-form.page').then((m) => m.ProductFormPage),
      },
      {
        path: 'profile',
        title: 'layout.nav.companyProfile',
        loadComponent: () =>
          import('./profile.page').then((m) => m.ProfilePage),
      },
    ],
    { styles: true },
  ),
];
