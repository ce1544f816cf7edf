import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  model,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { LaunchEventView, ProductView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { ProductStatusTagComponent } from '@scenematch/portal/shared/ui/product/product-status-tag.component';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';
import {
  DATA_TABLE,
  type TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import { EVENT_STATUS_KEYS } from './launch-event-form';
import { LaunchEventReleaseComponent } from './launch-event-release.component';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';

/**
 * One launch event in a drawer: its facts, for a planned event the submitted products to put on
 * it, its products (each removable while planned) and 发布.
 */
@Component({
  selector: 'sm-launch-event-drawer',
  imports: [
    ActionButtonComponent,
    BeijingTimePipe,
    DATA_TABLE,
    FormsModule,
    LaunchEventReleaseComponent,
    NzButtonModule,
    NzDescriptionsModule,
    NzDrawerModule,
    NzSelectModule,
    ProductStatusTagComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './launch-event-drawer.component.less',
  template: `
    <ng-template #drawerTitleTpl
      ><span data-i18n-skip>{{ event()?.title }}</span></ng-template
    >
    <nz-drawer
      [nzVisible]="event() !== null"
      [nzTitle]="drawerTitleTpl"
      [nzWidth]="640"
      (nzOnClose)="closed.emit()"
    >
      <ng-container *nzDrawerContent>
        @if (event(); as event) {
          <div data-testid="event-drawer">
            <nz-descriptions [nzColumn]="1" nzSize="small" class="facts">
              <nz-descriptions-item
                [nzTitle]="'products.events.heldOn' | transloco"
                >{{ event.heldOn }}</nz-descriptions-item
              >
              <nz-descriptions-item
                [nzTitle]="'products.events.venue' | transloco"
              >
                @if (event.venue) {
                  <span data-i18n-skip>{{ event.venue }}</span>
                } @else {
                  {{ 'common.notFilled' | transloco }}
                }
              </nz-descriptions-item>
              <nz-descriptions-item
                [nzTitle]="'products.events.status' | transloco"
                >{{
                  statusKeys[event.status] | transloco
                }}</nz-descriptions-item
              >
              @if (event.releasedAt) {
                <nz-descriptions-item
                  [nzTitle]="'products.events.releasedAt' | transloco"
                  >{{ event.releasedAt | bjTime }}</nz-descriptions-item
                >
              }
              @if (event.description) {
                <nz-descriptions-item
                  [nzTitle]="'products.events.description' | transloco"
                  ><span data-i18n-skip>{{
                    event.description
                  }}</span></nz-descriptions-item
                >
              }
            </nz-descriptions>

            @if (event.status === 'planned') {
              <h3 class="sub">
                {{ 'products.events.assignLabel' | transloco }}
              </h3>
              <div class="assign">
                <nz-select
                  class="grow"
                  nzMode="multiple"
                  nzShowSearch
                  [ngModel]="picked()"
                  (ngModelChange)="picked.set($event)"
                  [nzPlaceHolder]="
                    'products.events.assignPlaceholder' | transloco
                  "
                  [nzNotFoundContent]="'products.events.assignNone' | transloco"
                  data-testid="assign-select"
                  data-i18n-skip
                >
                  @for (p of candidates(); track p.id) {
                    <nz-option [nzValue]="p.id" [nzLabel]="candidateLabel(p)" />
                  }
                </nz-select>
                <button
                  nz-button
                  nzType="primary"
                  [disabled]="!picked().length"
                  [nzLoading]="busy() === 'assign'"
                  (click)="assign.emit()"
                  data-testid="assign-button"
                >
                  {{ 'products.events.assign' | transloco }}
                </button>
              </div>
            }

            <h3 class="sub">
              {{
                event.status === 'planned'
                  ? ('products.events.assigned' | transloco)
                  : ('products.events.listedProducts' | transloco)
              }}
            </h3>
            <sm-data-table
              [rows]="assigned() ?? []"
              [loading]="assigned() === null"
              [columns]="columns()"
              [paged]="false"
              tableSize="small"
              [emptyText]="'products.events.assignedEmpty' | transloco"
              testId="assigned-products"
              rowTestId="assigned-row"
              [rowAttrs]="rowAttrs"
            >
              <ng-template smCell="status" [smCellOf]="assigned()" let-p>
                <sm-product-status-tag [status]="p.status" />
              </ng-template>
              <ng-template smCell="remove" [smCellOf]="assigned()" let-p>
                <sm-action-button
                  type="link"
                  size="small"
                  danger
                  [question]="'products.events.confirmRemove' | transloco"
                  [busy]="busy() === p.id"
                  testid="assigned-remove"
                  (pressed)="remove.emit(p)"
                >
                  {{ 'products.events.remove' | transloco }}
                </sm-action-button>
              </ng-template>
            </sm-data-table>

            @if (event.status === 'planned') {
              <div class="drawer-actions">
                <sm-launch-event-release
                  [event]="event"
                  [count]="waiting()"
                  [busy]="busy()"
                  testid="drawer-release"
                  (release)="release.emit($event)"
                />
              </div>
            }
          </div>
        }
      </ng-container>
    </nz-drawer>
  `,
})
export class LaunchEventDrawerComponent {
  private readonly i18n = inject(LanguageService);

  /** The event shown; null closes the drawer. */
  readonly event = input<LaunchEventView | null>(null);
  /** The event's products (null while they load). */
  readonly assigned = input<ProductView[] | null>(null);
  /** Submitted products that could join a planned event. */
  readonly candidates = input<ProductView[]>([]);
  /** How many products a release would list. */
  readonly waiting = input(0);
  /** The action under way: 'assign', a product id, or 'release:' + the event id. */
  readonly busy = input<string | null>(null);
  /** The candidates chosen to put on the event. */
  readonly picked = model<string[]>([]);
  readonly assign = output<void>();
  readonly remove = output<ProductView>();
  readonly release = output<LaunchEventView>();
  readonly closed = output<void>();

  protected readonly statusKeys = EVENT_STATUS_KEYS;
  protected readonly rowAttrs = (p: ProductView) => ({ 'data-id': p.id });
  protected readonly columns = computed((): TableColumn<ProductView>[] => [
    {
      key: 'name',
      title: this.i18n.t('products.review.name'),
      value: (p) => p.name,
      link: (p) => ['/products', p.id],
      sub: (p) => p.company.name,
      data: true,
      subData: true,
    },
    {
      key: 'status',
      title: this.i18n.t('products.events.status'),
      width: '90px',
    },
    ...(this.event()?.status === 'planned'
      ? [{ key: 'remove', title: '', width: '80px' }]
      : []),
  ]);

  protected candidateLabel(p: ProductView): string {
    const other = p.launchEvent
      ? this.i18n.t('products.events.otherEvent', {
          title: p.launchEvent.title,
        })
      : '';
    return `${p.name} · ${p.company.name}${other}`;
  }
}
