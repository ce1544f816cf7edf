import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import type { LaunchEventView, ProductView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { type Observable, of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';
import { LaunchEventsApi } from '@scenematch/portal/products/data-access/launch-events.api';
import { ProductsApi } from '@scenematch/portal/products/data-access/products.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { DATA_TABLE } from '@scenematch/portal/shared/ui/ui/data-table.component';
import { ApiActions } from '@scenematch/portal/shared/ui/ui/api-actions';
import { ReloadableList } from '@scenematch/portal/shared/ui/ui/reloadable-list';
import { LaunchEventCreateComponent } from './launch-event-create.component';
import { LaunchEventDrawerComponent } from './launch-event-drawer.component';
import { LaunchEventReleaseComponent } from './launch-event-release.component';
import { launchEventColumns } from './launch-event-form';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

/** An event holds at most a few dozen products; the API's largest page covers them. */
const MAX_PRODUCTS = 100;

/**
 * 产品发布会: staff plan launch events, put submitted products on them and release them — the
 * release lists all of an event's products at once, and the catalogue shows the event on them.
 */
@Component({
  selector: 'sm-launch-events-page',
  imports: [
    PageHeadComponent,
    TranslocoPipe,
    DATA_TABLE,
    LaunchEventCreateComponent,
    LaunchEventDrawerComponent,
    LaunchEventReleaseComponent,
    NzButtonModule,
    NzIconModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './launch-events.page.html',
  styleUrl: './launch-events.page.less',
})
export class LaunchEventsPage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(LaunchEventsApi);
  private readonly products = inject(ProductsApi);

  protected readonly list = new ReloadableList(() => this.api.list());
  protected readonly events = this.list.items;
  protected readonly columns = computed(() =>
    launchEventColumns((key) => this.i18n.t(key)),
  );
  protected readonly rowAttrs = (e: LaunchEventView) => ({
    'data-id': e.id,
    'data-status': e.status,
  });

  protected readonly creating = signal(false);

  // ── one event ─────────────────────────────────────────────────────────────
  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(
    () => this.events().find((e) => e.id === this.selectedId()) ?? null,
  );
  protected readonly assigned = signal<ProductView[] | null>(null);
  protected readonly candidates = signal<ProductView[]>([]);
  protected readonly picked = signal<string[]>([]);
  private readonly actions = new ApiActions();
  /** The action under way: 'assign', a product id, or 'release:' + the event id. */
  protected readonly busy = this.actions.busy;
  /** The products a release would list: the assigned ones still waiting for review. */
  protected readonly waiting = computed(
    () =>
      (this.assigned() ?? []).filter((p) => p.status === 'submitted').length,
  );

  protected created(event: LaunchEventView): void {
    this.creating.set(false);
    this.list.reload();
    this.open(event);
  }

  protected open(event: LaunchEventView): void {
    this.selectedId.set(event.id);
    this.picked.set([]);
    this.assigned.set(null);
    this.candidates.set([]);
    this.refresh(event);
  }

  protected close(): void {
    this.selectedId.set(null);
  }

  /** The event's products, and for a planned event the submitted products that could join it. */
  private refresh(event: LaunchEventView): void {
    const planned = event.status === 'planned';
    this.products
      .list({
        launchEvent: event.id,
        status: planned ? ['submitted', 'listed'] : ['listed'],
        sort: 'name',
        pageSize: MAX_PRODUCTS,
      })
      .pipe(
        map((page) => page.items),
        catchError(() => of([] as ProductView[])),
      )
      .subscribe((items) => this.assigned.set(items));
    if (!planned) return;
    this.products
      .list({ status: ['submitted'], sort: 'newest', pageSize: MAX_PRODUCTS })
      .pipe(
        map((page) => page.items.filter((p) => p.launchEvent?.id !== event.id)),
        catchError(() => of([] as ProductView[])),
      )
      .subscribe((items) => this.candidates.set(items));
  }

  protected assign(): void {
    const event = this.selected();
    const ids = this.picked();
    if (!event || !ids.length) return;
    this.act(event, 'assign', this.api.assign(event.id, ids), {
      then: () => this.picked.set([]),
      done: () =>
        this.i18n.t('products.events.assignedDone', { n: ids.length }),
    });
  }

  protected remove(product: ProductView): void {
    const event = this.selected();
    if (!event) return;
    this.act(event, product.id, this.api.unassign(event.id, product.id), {
      done: () => this.i18n.t('products.events.removed'),
    });
  }

  protected release(event: LaunchEventView): void {
    let changed = event;
    this.act(() => changed, `release:${event.id}`, this.api.release(event.id), {
      then: (result) => (changed = result),
      done: (result) =>
        this.i18n.t('products.events.released', { n: result.listed }),
    });
  }

  /**
   * One change to an event, unless another is under way: says how it went (the API's own words on
   * a failure), then reloads the list and the open drawer (the event as it stands afterwards).
   */
  private act<T>(
    event: LaunchEventView | (() => LaunchEventView),
    key: string,
    request: Observable<T>,
    outcome: { then?: (result: T) => void; done: (result: T) => string },
  ): void {
    this.actions.run(key, request, {
      ...outcome,
      failed: (error) => error.message,
      settled: () =>
        this.afterChange(typeof event === 'function' ? event() : event),
    });
  }

  /** How many products a release lists: known exactly in the drawer, else the event's count. */
  protected releaseCount(event: LaunchEventView): number {
    return this.selectedId() === event.id && this.assigned()
      ? this.waiting()
      : event.productCount;
  }

  private afterChange(event: LaunchEventView): void {
    this.list.reload();
    if (this.selectedId() === event.id) this.refresh(event);
  }
}
