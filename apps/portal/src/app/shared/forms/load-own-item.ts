import type { WritableSignal } from '@angular/core';
import { firstValueFrom, type Observable } from 'rxjs';

/** How far an edit page's item has loaded. */
export type OwnItemLoadState = 'loading' | 'ready' | 'notFound';

/**
 * Loads the item an edit page changes: `fill` the form with it and `ready`, or `notFound` when
 * the request fails or the item is not the user's own.
 */
export async function loadOwnItem<T>(
  state: WritableSignal<OwnItemLoadState>,
  request: Observable<T>,
  isOwn: (item: T) => boolean,
  fill: (item: T) => void,
): Promise<void> {
  state.set('loading');
  try {
    const item = await firstValueFrom(request);
    if (!isOwn(item)) {
      state.set('notFound');
      return;
    }
    fill(item);
    state.set('ready');
  } catch {
    state.set('notFound');
  }
}
