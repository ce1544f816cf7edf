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

/**
 * Where someone not signed in goes: the login page, or — halfway through a sign-in that must set
 * up its second factor first — the set-up page.
 */
function loginRedirect(store: AuthStore, router: Router, url: string): UrlTree {
  if (store.enrolment()) return router.createUrlTree(['/mfa-setup']);
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
  return store.isSignedIn() ? true : loginRedirect(store, router, state.url);
};

/** Signed-in users with one of `roles`; anonymous users go to the login page, others to /403. */
export function roleGuard(roles: readonly Role[]): Guard & CanActivateFn {
  return async (_route, state) => {
    const store = inject(AuthStore);
    const router = inject(Router);
    await store.whenReady();
    if (!store.isSignedIn()) return loginRedirect(store, router, state.url);
    const role = store.role();
    return role && roles.includes(role) ? true : router.createUrlTree(['/403']);
  };
}

/** The second-factor set-up: a sign-in that must enrol first, or a signed-in user switching it on. */
export const mfaSetupGuard: Guard & CanActivateFn = async () => {
  const store = inject(AuthStore);
  const router = inject(Router);
  await store.whenReady();
  return store.enrolment() || store.isSignedIn()
    ? true
    : router.createUrlTree(['/login']);
};
