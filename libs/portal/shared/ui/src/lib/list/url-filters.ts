import { inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  ActivatedRoute,
  convertToParamMap,
  Router,
  type ParamMap,
  type Params,
} from '@angular/router';
import type { Observable } from 'rxjs';
import { map } from 'rxjs/operators';

/**
 * Filters kept in the URL's query parameters (a link or the back button returns to the same
 * view), read with `fromParams` (see {@link listParams}): as an observable to load from and as a
 * signal to show. Create it in an injection context (a component's field). {@link UrlList} keeps
 * its filters so; the statistics pages use it alone.
 */
export class UrlFilters<F extends object> {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  readonly filters$: Observable<F>;
  readonly filters: Signal<F>;

  constructor(
    fromParams: (params: ParamMap) => F,
    initial: F = fromParams(convertToParamMap({})),
  ) {
    this.filters$ = this.route.queryParamMap.pipe(map(fromParams));
    this.filters = toSignal(this.filters$, { initialValue: initial });
  }

  /** Moves to these query parameters (a new history entry unless `replace`). */
  navigate(queryParams: Params, replace = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams,
      replaceUrl: replace,
    });
  }

  /** The filters changed in place (null: left out of the URL), replacing the history entry. */
  set(change: Partial<F>): void {
    this.navigate({ ...this.filters(), ...change }, true);
  }

  /** Every filter cleared, replacing the history entry. */
  clear(): void {
    this.navigate({}, true);
  }
}
