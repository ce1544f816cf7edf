import type { Route, UrlSegment } from '@angular/router';
import { UrlSegment as Segment } from '@angular/router';
import { startsWithOneOf } from './route-areas';

describe('startsWithOneOf', () => {
  const segments = (...paths: string[]): UrlSegment[] =>
    paths.map((p) => new Segment(p, {}));
  const route: Route = { path: '' };
  const canMatch = startsWithOneOf(['login', 'register']);

  it('matches an address whose first segment is listed', () => {
    expect(canMatch(route, segments('login'))).toBe(true);
    expect(canMatch(route, segments('login', 'sso'))).toBe(true);
    expect(canMatch(route, segments('register'))).toBe(true);
  });

  it('does not match other addresses, nor the empty one', () => {
    expect(canMatch(route, segments('admin', 'login'))).toBe(false);
    expect(canMatch(route, segments())).toBe(false);
  });
});
