import { computed, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { combineLatest, Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import { toApiError } from '@scenematch/portal/core/http/api-error';

export type ReloadableState<T> =
  | { state: 'loading'; previous: T | null }
  | { state: 'done'; value: T }
  | { state: 'failed'; message: string };

/**
 * What `load` answers, loaded for every value of `args$` (the latest wins) and again on reload():
 * while it loads the value last loaded stays on screen, a failure gives the API's message. Create
 * it in an injection context (a component's field) after whatever `load` uses.
 */
export class Reloadable<T, A = void> {
  private readonly reload$ = new Subject<void>();
  private last: T | null = null;

  readonly state: Signal<ReloadableState<T>>;
  /** The loaded value, the previous one while loading, null before the first and after a failure. */
  readonly value = computed(() => {
    const l = this.state();
    return l.state === 'done'
      ? l.value
      : l.state === 'loading'
        ? l.previous
        : null;
  });
  readonly loading = computed(() => this.state().state === 'loading');
  readonly failure = computed(() => {
    const l = this.state();
    return l.state === 'failed' ? l.message : null;
  });

  constructor(
    load: (args: A) => Observable<T>,
    args$: Observable<A> = of(undefined as A),
  ) {
    this.state = toSignal(
      combineLatest([args$, this.reload$.pipe(startWith(undefined))]).pipe(
        switchMap(([args]) =>
          load(args).pipe(
            map((value): ReloadableState<T> => {
              this.last = value;
              return { state: 'done', value };
            }),
            catchError((error: unknown) =>
              of<ReloadableState<T>>({
                state: 'failed',
                message: toApiError(error).message,
              }),
            ),
            startWith<ReloadableState<T>>({
              state: 'loading',
              previous: this.last,
            }),
          ),
        ),
      ),
      { initialValue: { state: 'loading', previous: null } },
    );
  }

  reload(): void {
    this.reload$.next();
  }
}

/** A whole list (one request) as a Reloadable, with its rows. */
export class ReloadableList<T, A = void> extends Reloadable<T[], A> {
  /** The rows to show: the loaded ones, the previous ones while loading, none after a failure. */
  readonly items = computed(() => this.value() ?? []);
  /** The rows, as a table's source reads them (sm-data-table pages them in the browser). */
  readonly rows = this.items;
}
