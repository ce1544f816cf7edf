import {
  computed,
  effect,
  inject,
  type Signal,
  signal,
  untracked,
} from '@angular/core';
import { firstValueFrom, type Observable } from 'rxjs';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { toApiError } from '@scenematch/portal/core/http/api-error';

/** An item page's load, as `sm-page-state` reads it. */
export type ItemLoadState<T> =
  | { state: 'loading' }
  | { state: 'ready'; item: T }
  | { state: 'notFound' }
  | { state: 'failed'; message: string };

/**
 * The item of a page by its route id (a product, a company): loaded again when the id changes and
 * when the user signs in or out (that changes what may be seen), always once the session is
 * restored (after a reload, an item that is not public is visible only once the token is back).
 * A 404 or 400 (a malformed id) is `notFound`. Create it in an injection context.
 */
export class ItemLoad<T extends { id: string }> {
  private readonly auth = inject(AuthStore);

  readonly view = signal<ItemLoadState<T>>({ state: 'loading' });
  /** The item once loaded. */
  readonly item = computed(() => {
    const v = this.view();
    return v.state === 'ready' ? v.item : null;
  });
  /** The failed load's message. */
  readonly failure = computed(() => {
    const v = this.view();
    return v.state === 'failed' ? v.message : '';
  });

  /**
   * @param fetch the item's request.
   * @param starting called as each load starts (the session restored), with whether it is another
   *   item than the one shown.
   */
  constructor(
    private readonly id: Signal<string>,
    private readonly fetch: (id: string) => Observable<T>,
    private readonly starting: (otherItem: boolean) => void = () => undefined,
  ) {
    effect(() => {
      const current = this.id();
      this.auth.isSignedIn();
      untracked(() => void this.load(current));
    });
  }

  /** Loads the item again (after a failure, or when the copy on screen is out of date). */
  retry(): void {
    void this.load(this.id());
  }

  /** The item as an action left it. */
  set(item: T): void {
    this.view.set({ state: 'ready', item });
  }

  private async load(id: string): Promise<void> {
    const other = this.item()?.id !== id;
    if (other) this.view.set({ state: 'loading' });
    await this.auth.whenReady();
    this.starting(other);
    try {
      this.set(await firstValueFrom(this.fetch(id)));
    } catch (error) {
      const e = toApiError(error);
      this.view.set(
        e.statusCode === 404 || e.statusCode === 400
          ? { state: 'notFound' }
          : { state: 'failed', message: e.message },
      );
    }
  }
}
