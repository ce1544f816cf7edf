import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormBuilder, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { LaunchEventView, ProductView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';
import { LaunchEventsApi } from '../../../core/data-access/launch-events.api';
import { ProductsApi } from '../../../core/data-access/products.api';
import { toApiError } from '../../../core/http/api-error';
import {
  applyServerErrors,
  revealErrors,
} from '../../../shared/forms/server-errors';
import { ProductStatusTagComponent } from '../../../shared/product/product-status-tag.component';
import { ReloadableList } from '../../../shared/ui/reloadable-list';
import {
  createLaunchEventForm,
  LAUNCH_EVENT_RULES,
  toLaunchEventRequest,
} from './launch-event-form';
import { BeijingTimePipe } from '../../../shared/text/beijing-time';
import {
  DATA_TABLE,
  type TableColumn,
} from '../../../shared/ui/data-table.component';
import { FormFieldComponent } from '../../../shared/forms/form-field.component';
import { LanguageService } from '../../../core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';

/** Catalogue keys of a launch event's states. */
const EVENT_STATUS_KEYS: Record<LaunchEventView['status'], string> = {
  planned: 'products.events.statuses.planned',
  released: 'products.events.statuses.released',
};

/** An event holds at most a few dozen products; the API's largest page covers them. */
const MAX_PRODUCTS = 100;

/**
 * 产品发布会: staff plan launch events, put submitted products on them and release them — the
 * release lists all of an event's products at once, and the catalogue shows the event on them.
 */
@Component({
  selector: 'sm-launch-events-page',
  imports: [
    TranslocoPipe,
    DATA_TABLE,
    FormFieldComponent,
    BeijingTimePipe,
    FormsModule,
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzDatePickerModule,
    NzDescriptionsModule,
    NzDrawerModule,
    NzEmptyModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzPopconfirmModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    ProductStatusTagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './launch-events.page.html',
  styleUrl: './launch-events.page.less',
})
export class LaunchEventsPage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(LaunchEventsApi);
  private readonly products = inject(ProductsApi);
  private readonly message = inject(NzMessageService);

  protected readonly rules = LAUNCH_EVENT_RULES;

  protected readonly statusKeys = EVENT_STATUS_KEYS;
  protected readonly list = new ReloadableList(() => this.api.list());
  protected readonly events = this.list.items;
  protected readonly columns = computed((): TableColumn<LaunchEventView>[] => [
    { key: 'title', title: this.i18n.t('products.events.name') },
    {
      key: 'heldOn',
      title: this.i18n.t('products.events.heldOn'),
      width: '120px',
      value: (e) => e.heldOn,
    },
    {
      key: 'venue',
      title: this.i18n.t('products.events.venue'),
    },
    {
      key: 'status',
      title: this.i18n.t('products.events.status'),
      width: '100px',
      tag: (e) => ({
        text: this.i18n.t(EVENT_STATUS_KEYS[e.status]),
        color: e.status === 'released' ? 'success' : 'processing',
      }),
      testId: 'event-status',
    },
    {
      key: 'count',
      title: this.i18n.t('products.events.productCount'),
      width: '80px',
      value: (e) => e.productCount,
      testId: 'event-count',
    },
    { key: 'actions', title: this.i18n.t('common.actions'), width: '200px' },
  ]);
  protected readonly rowAttrs = (e: LaunchEventView) => ({
    'data-id': e.id,
    'data-status': e.status,
  });

  // ── create ────────────────────────────────────────────────────────────────
  protected readonly form = createLaunchEventForm(inject(FormBuilder));
  protected readonly creating = signal(false);
  protected readonly saving = signal(false);
  protected readonly createError = signal<string | null>(null);

  // ── one event ─────────────────────────────────────────────────────────────
  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(
    () => this.events().find((e) => e.id === this.selectedId()) ?? null,
  );
  protected readonly assigned = signal<ProductView[] | null>(null);
  protected readonly candidates = signal<ProductView[]>([]);
  protected readonly picked = signal<string[]>([]);
  protected readonly busy = signal<string | null>(null);
  /** The products a release would list: the assigned ones still waiting for review. */
  protected readonly waiting = computed(
    () =>
      (this.assigned() ?? []).filter((p) => p.status === 'submitted').length,
  );

  protected openCreate(): void {
    this.form.reset();
    this.createError.set(null);
    this.creating.set(true);
  }

  protected async create(): Promise<void> {
    if (this.saving()) return;
    this.createError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    this.saving.set(true);
    try {
      const event = await firstValueFrom(
        this.api.create(toLaunchEventRequest(this.form.getRawValue())),
      );
      this.creating.set(false);
      this.message.success(this.i18n.t('products.events.created'));
      this.list.reload();
      this.open(event);
    } catch (error) {
      const e = toApiError(error);
      const unmatched = applyServerErrors(this.form, e.errors);
      if (!e.errors?.length || unmatched.length)
        this.createError.set(
          unmatched.map((u) => u.message).join('；') || e.message,
        );
    } finally {
      this.saving.set(false);
    }
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

  protected candidateLabel(p: ProductView): string {
    const other = p.launchEvent
      ? this.i18n.t('products.events.otherEvent', {
          title: p.launchEvent.title,
        })
      : '';
    return `${p.name} · ${p.company.name}${other}`;
  }

  protected assign(): void {
    const event = this.selected();
    const ids = this.picked();
    if (!event || !ids.length || this.busy()) return;
    this.busy.set('assign');
    this.api.assign(event.id, ids).subscribe({
      next: () => {
        this.busy.set(null);
        this.picked.set([]);
        this.message.success(
          this.i18n.t('products.events.assignedDone', { n: ids.length }),
        );
        this.afterChange(event);
      },
      error: (error: unknown) => this.failed(error, event),
    });
  }

  protected remove(product: ProductView): void {
    const event = this.selected();
    if (!event || this.busy()) return;
    this.busy.set(product.id);
    this.api.unassign(event.id, product.id).subscribe({
      next: () => {
        this.busy.set(null);
        this.message.success(this.i18n.t('products.events.removed'));
        this.afterChange(event);
      },
      error: (error: unknown) => this.failed(error, event),
    });
  }

  protected release(event: LaunchEventView): void {
    if (this.busy()) return;
    this.busy.set(`release:${event.id}`);
    this.api.release(event.id).subscribe({
      next: (result) => {
        this.busy.set(null);
        this.message.success(
          this.i18n.t('products.events.released', { n: result.listed }),
        );
        this.afterChange(result);
      },
      error: (error: unknown) => this.failed(error, event),
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

  private failed(error: unknown, event: LaunchEventView): void {
    this.busy.set(null);
    this.message.error(toApiError(error).message);
    this.afterChange(event);
  }
}
