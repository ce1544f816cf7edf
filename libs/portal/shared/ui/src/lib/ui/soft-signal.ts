import type { Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { catchError, of, type Observable } from 'rxjs';

/**
 * What a request answers, as a signal that holds `fallback` while it loads and when it fails: for
 * data a page can do without (a filter's choices, an optional button). Call it in an injection
 * context.
 */
export function softSignal<T, F = T>(
  source: Observable<T>,
  fallback: F,
): Signal<T | F> {
  return toSignal(source.pipe(catchError(() => of(fallback))), {
    initialValue: fallback,
  });
}
