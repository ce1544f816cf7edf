import type { Route } from '@angular/router';
import { featureStyles } from '@scenematch/portal/core/styles/feature-styles';

export const productsRoutes: Route[] = [
  {
    path: '',
    title: 'layout.nav.products',
    canActivate: [featureStyles],
    loadComponent: () =>
      import('./product-list.page').then((m) => m.ProductListPage),
  },
  {
    path: ':id',
    title: 'layout.nav.productDetail',
    canActivate: [featureStyles],
    loadComponent: () =>
      import('./product-detail.page').then((m) => m.ProductDetailPage),
  },
];
