import type { CanMatchFn, Route } from '@angular/router';
import type { Role } from '@scenematch/contracts';
import { roleGuard } from '../auth/auth.guards';
import { featureStyles } from '../styles/feature-styles';

/**
 * A guarded area (the `''` route of an area's route file): the guard runs on entering it and on
 * every move between its pages.
 */
export function guardedArea(
  roles: readonly Role[],
  children: Route[],
  options: { styles?: boolean } = {},
): Route {
  const guard = roleGuard(roles);
  return {
    path: '',
    canActivate: options.styles ? [guard, featureStyles] : [guard],
    canActivateChild: [guard],
    children,
  };
}

/**
 * For an area whose pages sit at several top-level addresses (mounted at `''`): it matches only
 * when the address starts with one of `firstSegments`, so its route file is not loaded for others.
 */
export function startsWithOneOf(firstSegments: readonly string[]): CanMatchFn {
  return (_route, segments) => firstSegments.includes(segments[0]?.path ?? '');
}
