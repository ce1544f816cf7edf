import { inject } from '@angular/core';
import {
  ActivatedRouteSnapshot,
  CanActivateFn,
  Router,
  RouterStateSnapshot,
  UrlTree,
} from '@angular/router';
import type { Role } from '@scenematch/contracts';
import { AuthStore } from './auth.store';

type Guard = (
  route: ActivatedRouteSnapshot,
  state: RouterStateSnapshot,
) => Promise<boolean | UrlTree>;

function loginRedirect(router: Router, url: string): UrlTree {
  return router.createUrlTree(['/login'], { queryParams: { returnUrl: url } });
}

/**
 * Signed-in users only; others go to /login?returnUrl=<the page they wanted>. Waits for the
 * startup session restore so that a reload on a protected page does not bounce to the login.
 * Usable as canActivate and canActivateChild.
 */
export const authGuard: Guard & CanActivateFn = async (_route, state) => {
  const store = inject(AuthStore);
  const router = inject(Router);
  await store.whenReady();
  return store.isSignedIn() ? true : loginRedirect(router, state.url);
};

/** Signed-in users with one of `roles`; anonymous users go to the login page, others to /403. */
export function roleGuard(roles: readonly Role[]): Guard & CanActivateFn {
  return async (_route, state) => {
    const store = inject(AuthStore);
    const router = inject(Router);
    await store.whenReady();
    if (!store.isSignedIn()) return loginRedirect(router, state.url);
    const role = store.role();
    return role && roles.includes(role) ? true : router.createUrlTree(['/403']);
  };
}
