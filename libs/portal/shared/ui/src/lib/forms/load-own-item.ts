import type { Location } from '@angular/common';
import {
  effect,
  type Signal,
  untracked,
  type WritableSignal,
} from '@angular/core';
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

/**
 * An edit page's load, run again whenever its route id changes (call in an injection context):
 * `starting()` first, then `blank()` and `ready` for a new item (no id), else the item through
 * `loadOwnItem`.
 */
export function loadOwnItemOnId<T>(
  id: Signal<string | undefined>,
  state: WritableSignal<OwnItemLoadState>,
  item: {
    request: (id: string) => Observable<T>;
    isOwn: (item: T) => boolean;
    fill: (item: T) => void;
    starting?: () => void;
    blank?: () => void;
  },
): void {
  effect(() => {
    const current = id();
    untracked(() => {
      item.starting?.();
      if (current) {
        void loadOwnItem(state, item.request(current), item.isOwn, item.fill);
        return;
      }
      item.blank?.();
      state.set('ready');
    });
  });
}

/**
 * Only the fields that differ (PATCH): after publication every sent change becomes a public
 * revision, so unchanged fields are not sent at all.
 */
export function changedFields<R extends object>(
  before: R,
  after: R,
): Partial<R> {
  const changes: Partial<R> = {};
  for (const key of Object.keys(after) as Array<keyof R>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = after[key];
  }
  return changes;
}

/** The requests an edit page saves its draft with. */
export interface DraftApi<R, V> {
  create(request: R): Observable<V>;
  update(id: string, changes: Partial<R>): Observable<V>;
}

/**
 * Saves an edit page's draft: creates it when it has no id yet (the page then edits it at
 * `editUrl`, also after a reload), else sends the fields changed since `saved` (`keep` drops
 * those the item's state no longer lets change). Returns the id, the item as the server
 * answered (null when nothing changed) and whether it was created.
 */
export async function saveDraft<R extends object, V extends { id: string }>(
  id: WritableSignal<string | null>,
  request: R,
  saved: R | null,
  api: DraftApi<R, V>,
  location: Location,
  editUrl: (id: string) => string,
  keep: (changes: Partial<R>) => void = () => undefined,
): Promise<{ id: string; item: V | null; created: boolean }> {
  const known = id();
  if (!known) {
    const created = await firstValueFrom(api.create(request));
    id.set(created.id);
    location.replaceState(editUrl(created.id));
    return { id: created.id, item: created, created: true };
  }
  const changes = saved ? changedFields(saved, request) : request;
  keep(changes);
  const item = Object.keys(changes).length
    ? await firstValueFrom(api.update(known, changes))
    : null;
  return { id: known, item, created: false };
}
